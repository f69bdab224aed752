import path from 'node:path'

import type { APIRoute } from 'astro'

import { searchScript } from '../../lib/search-script'

/** The search script at its content-addressed URL (see lib/search-script.ts). */
export async function getStaticPaths() {
  const script = await searchScript()
  return [{ params: { name: path.basename(script.path) } }]
}

export const GET: APIRoute = async () =>
  new Response((await searchScript()).code, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  })
