import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { APIRoute, GetStaticPaths } from 'astro'

import { LOCALES } from '../../../cms/lib/locales'
import { uploadsDir } from '../../../cms/lib/uploads'
import { catalog } from '../../lib/catalog'

/** Every file a published page offers for download, copied from the CMS uploads. */
export const getStaticPaths = (async () => {
  const files = new Map<string, string>()
  for (const locale of LOCALES) {
    for (const file of (await catalog(locale)).files.values())
      files.set(file.filename, file.mimeType)
  }
  return [...files].map(([name, mimeType]) => ({ params: { name }, props: { mimeType } }))
}) satisfies GetStaticPaths

export const GET: APIRoute = async ({ params, props }) =>
  new Response(await readFile(path.join(uploadsDir('files'), params.name!)), {
    headers: { 'Content-Type': String(props.mimeType) },
  })
