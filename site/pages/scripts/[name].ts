import path from 'node:path'

import type { APIRoute, GetStaticPaths } from 'astro'

import { clientScript, type ClientScriptName } from '../../lib/client-scripts'

/** The reader-side scripts at their content-addressed URLs (see lib/client-scripts.ts). */
export const getStaticPaths = (async () => {
  const names: ClientScriptName[] = ['search', 'offline']
  return Promise.all(
    names.map(async (name) => ({
      params: { name: path.basename((await clientScript(name)).path) },
      props: { name },
    })),
  )
}) satisfies GetStaticPaths

export const GET: APIRoute<{ name: ClientScriptName }> = async ({ props }) =>
  new Response((await clientScript(props.name)).code, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  })
