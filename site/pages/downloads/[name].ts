import type { APIRoute, GetStaticPaths } from 'astro'

import { DEFAULT_LOCALE } from '../../../cms/lib/locales'
import { catalog, pick } from '../../lib/catalog'
import { materialsZip } from '../../lib/materials-zip'
import { materialsZipPath } from '../../lib/urls'

/** The "download all materials" ZIP of each curriculum, made at build time. */
export const getStaticPaths = (async () => {
  const c = await catalog(DEFAULT_LOCALE)
  return c.curricula
    .map((curriculum) => ({
      name: materialsZipPath(curriculum.slug).split('/').pop()!,
      filenames: curriculum.modules.flatMap((module) =>
        pick(c.files, module.materials).map((file) => file.filename),
      ),
    }))
    .filter((zip) => zip.filenames.length > 0)
    .map(({ name, filenames }) => ({ params: { name }, props: { filenames } }))
}) satisfies GetStaticPaths

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await materialsZip(props.filenames as string[])), {
    headers: { 'Content-Type': 'application/zip' },
  })
