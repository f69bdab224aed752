import { createHash } from 'node:crypto'
import path from 'node:path'

import { build } from 'esbuild'

export interface SearchScript {
  /** Content-addressed URL, so it can be cached for good. */
  path: string
  code: string
}

let script: Promise<SearchScript> | undefined

/**
 * The search script (site/scripts/search.ts), bundled and minified. It is built here rather than
 * by Astro's pipeline so that pages can load it on intent from a small inline snippet: an
 * Astro-processed script is a request on every page load, and on a 400 ms connection one more
 * request before the first paint costs more than the whole script.
 */
export function searchScript(): Promise<SearchScript> {
  script ??= build({
    entryPoints: [path.resolve('site/scripts/search.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  }).then((result) => {
    const code = result.outputFiles[0]!.text
    const hash = createHash('sha256').update(code).digest('hex').slice(0, 10)
    return { path: `/scripts/search.${hash}.js`, code }
  })
  return script
}
