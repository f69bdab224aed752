import { copyFileSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { request } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { gunzipSync } from 'node:zlib'

import { DEFAULT_LOCALE } from '../../cms/lib/locales'
import { foldQuery } from '../../site/lib/d-stroke'
import { searchBundlePath } from '../../site/lib/search-labels'
import { createStaticServer } from '../site/static-server'
import { gzipBytes } from './page-weight'

export interface SearchTransfer {
  query: string
  /** Bytes over the wire (gzip where the server compresses) for the first query. */
  bytes: number
  files: { path: string; bytes: number }[]
  results: number
}

let measurements = 0

/** GET over HTTP with `Accept-Encoding: gzip`, counting the bytes that cross the wire. */
function get(url: string): Promise<{ wire: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers: { 'Accept-Encoding': 'gzip' } }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => {
        const raw = Buffer.concat(chunks)
        const gzipped = res.headers['content-encoding'] === 'gzip'
        resolve({ wire: raw.byteLength, body: gzipped ? gunzipSync(raw) : raw })
      })
      res.on('error', reject)
    })
      .on('error', reject)
      .end()
  })
}

/**
 * What a reader's first search downloads, measured in Node without a browser: the site's search
 * script, then Pagefind's own files as `pagefind.js` requests them over HTTP from the served
 * site (gzip on), for a query run the way site/scripts/search.ts runs it.
 */
export async function measureSearchTransfer(
  siteDir: string,
  query: string,
): Promise<SearchTransfer> {
  const server = createStaticServer(siteDir)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const files: SearchTransfer['files'] = []
  // The site's own search script, loaded on intent from a content-addressed URL.
  const scripts = path.join(siteDir, 'scripts')
  for (const name of readdirSync(scripts).filter((n) => /^search\..*\.js$/.test(n))) {
    files.push({
      path: `/scripts/${name}`,
      bytes: gzipBytes(readFileSync(path.join(scripts, name))),
    })
  }
  const realFetch = globalThis.fetch
  const inFlight = new Set<Promise<unknown>>()
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input)
    if (!url.startsWith(origin)) return realFetch(input, init)
    const request = get(url)
    inFlight.add(request)
    const { wire, body } = await request.finally(() => inFlight.delete(request))
    files.push({ path: new URL(url).pathname, bytes: wire })
    return new Response(new Uint8Array(body))
  }) as typeof fetch
  try {
    // A reader's first search loads the index of their language only (site/scripts/search.ts):
    // Pagefind's script (run in the page, without its web worker) and the note on the delta.
    const bundle = searchBundlePath(DEFAULT_LOCALE)
    const pagefindJs = await get(`${origin}${bundle}pagefind.js`)
    files.push({ path: `${bundle}pagefind.js`, bytes: pagefindJs.wire })
    const delta = await fetch(`${origin}${bundle}delta.json`).then(
      (r) => r.json() as Promise<{ bundle?: string; superseded: string[] }>,
    )
    type Api = {
      options(o: object): Promise<void>
      mergeIndex(path: string, o: object): Promise<void>
      search(q: string, o: object): Promise<{ results: { id: string; data(): Promise<unknown> }[] }>
    }
    // A fresh module instance per measurement, as a reader's first visit would have: a copy at a
    // path of its own (a query string on the file URL may get the cached module back).
    const copy = path.join(tmpdir(), `sxsh-pagefind-${process.pid}-${++measurements}.mjs`)
    copyFileSync(path.join(siteDir, bundle, 'pagefind.js'), copy)
    const api = (await import(pathToFileURL(copy).href)) as Api
    rmSync(copy, { force: true })
    await api.options({ basePath: `${origin}${bundle}`, excerptLength: 24 })
    if (delta.bundle) await api.mergeIndex(`${origin}${delta.bundle}`, { language: DEFAULT_LOCALE })
    // The counts per kind and sector load only when the reader asks to filter.
    const found = await api.search(foldQuery(query), { filters: {} })
    const superseded = new Set(delta.superseded)
    const results = found.results.filter((result) => !superseded.has(result.id))
    // The site shows the first five results, then more on request.
    await Promise.all(results.slice(0, 5).map((result) => result.data()))
    while (inFlight.size) await Promise.allSettled([...inFlight])
    return {
      query,
      bytes: files.reduce((sum, file) => sum + file.bytes, 0),
      files,
      results: results.length,
    }
  } finally {
    globalThis.fetch = realFetch
    // Pagefind may go on loading chunks after answering (it preloads on a timer): the server stays
    // up for those, without holding the process open.
    server.unref()
  }
}
