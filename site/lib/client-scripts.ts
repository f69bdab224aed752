import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { build } from 'esbuild'

import { LOCALES } from '../../cms/lib/locales'
import { searchBundlePath } from './search-labels'

export interface ClientScript {
  /** Content-addressed URL, so it can be cached for good. */
  path: string
  code: string
}

/** Scripts that pages load on intent, each from `site/scripts/<name>.ts`. */
export type ClientScriptName = 'search' | 'offline'

const bundles = new Map<string, Promise<string>>()

/** A script of site/scripts bundled and minified (once per build), with constants substituted. */
function bundle(entry: string, define: Record<string, string> = {}): Promise<string> {
  const key = `${entry}:${JSON.stringify(define)}`
  let code = bundles.get(key)
  if (!code) {
    code = build({
      entryPoints: [path.resolve('site/scripts', entry)],
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
      define,
    }).then((result) => result.outputFiles[0]!.text)
    bundles.set(key, code)
  }
  return code
}

const hashOf = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 10)

/**
 * A reader-side script, bundled here rather than by Astro's pipeline so that pages can load it on
 * intent from a small inline snippet: an Astro-processed script is a request on every page load,
 * and on a 400 ms connection one more request before the first paint costs more than the script.
 */
export function clientScript(name: ClientScriptName): Promise<ClientScript> {
  // Every page asks for its URL: bundle and hash once per build.
  let script = scripts.get(name)
  if (!script) {
    script = bundle(`${name}.ts`).then((code) => ({
      path: `/scripts/${name}.${hashOf(code)}.js`,
      code,
    }))
    scripts.set(name, script)
  }
  return script
}
const scripts = new Map<ClientScriptName, Promise<ClientScript>>()

export const searchScript = () => clientScript('search')

/** Pages every reader may need offline: the offline page of each locale. */
export const OFFLINE_PAGES = ['/offline/', '/en/offline/']

/**
 * The service worker, served at /sw.js (its URL must not change). Its version changes only when
 * what it precaches changes — its own code, the search script, Pagefind — so that a content build
 * does not make every reader download the shell again.
 */
export async function serviceWorkerScript(): Promise<{ code: string; version: string }> {
  const [search, offline] = await Promise.all([searchScript(), clientScript('offline')])
  const pagefind = JSON.parse(
    readFileSync(path.resolve('node_modules/pagefind/package.json'), 'utf8'),
  ) as { version: string }
  // The offline pages list what is saved with the offline script, so it belongs with them.
  const shell = [
    ...OFFLINE_PAGES,
    offline.path,
    search.path,
    ...LOCALES.map((locale) => `${searchBundlePath(locale)}pagefind.js`),
  ]
  const source = await bundle('sw.ts', { __SHELL__: JSON.stringify(shell), __VERSION__: '"?"' })
  const version = hashOf(`${source}${pagefind.version}`)
  const code = await bundle('sw.ts', {
    __SHELL__: JSON.stringify(shell),
    __VERSION__: JSON.stringify(version),
  })
  return { code, version }
}
