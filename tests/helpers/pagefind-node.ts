import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import type { Locale } from '../../cms/lib/locales'
import { foldQuery, restoreStroke } from '../../site/lib/d-stroke'
import { searchBundlePath } from '../../site/lib/search-labels'

export interface FoundPage {
  url: string
  title: string
  excerpt: string
  filters: Record<string, string[]>
}

interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>
  mergeIndex(path: string, o: Record<string, unknown>): Promise<void>
  filters(): Promise<Record<string, Record<string, number>>>
  search(
    q: string,
    o?: { filters?: Record<string, unknown> },
  ): Promise<{
    results: {
      id: string
      data(): Promise<{
        url: string
        excerpt: string
        meta: { title?: string }
        filters: Record<string, string[]>
      }>
    }[]
  }>
}

let loads = 0

/**
 * Runs the built site's own `pagefind.js` in Node, reading the index files from disk through a
 * fetch stand-in, and searches as the site's search script does (đ folded, marks restored): one
 * language's bundle and its delta, with the counts per filter loaded.
 */
export async function loadPagefind(outDir: string, locale: Locale = 'vi') {
  // A host per load, so that several loaded sites each read their own folder.
  const HOST = `site-${++loads}.test`
  const realFetch = globalThis.fetch
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input))
    if (url.host !== HOST) return realFetch(input, init)
    return new Response(await readFile(path.join(outDir, decodeURIComponent(url.pathname))))
  }) as typeof fetch
  // Each build has its own folder, so each load is a module of its own. (A query string would do
  // the same, but vitest's module runner does not resolve one on a file URL.)
  const bundle = searchBundlePath(locale)
  const api = (await import(
    pathToFileURL(path.join(outDir, bundle, 'pagefind.js')).href
  )) as PagefindApi
  await api.options({ basePath: `http://${HOST}${bundle}`, excerptLength: 24 })
  // Pages published since the full index are in a delta, which replaces their old copies.
  const delta = JSON.parse(await readFile(path.join(outDir, bundle, 'delta.json'), 'utf8')) as {
    bundle?: string
    superseded: string[]
  }
  if (delta.bundle) await api.mergeIndex(`http://${HOST}${delta.bundle}`, { language: locale })
  const superseded = new Set(delta.superseded)
  await api.filters()
  return {
    /** Whether a delta index is merged. */
    delta: !!delta.bundle,
    async search(query: string, filters?: Record<string, unknown>): Promise<FoundPage[]> {
      const found = await api.search(foldQuery(query), { filters })
      const current = found.results.filter((result) => !superseded.has(result.id))
      const pages = await Promise.all(current.map((result) => result.data()))
      return pages.map((page) => ({
        url: new URL(page.url).pathname,
        title: restoreStroke(page.meta.title ?? ''),
        excerpt: restoreStroke(page.excerpt),
        filters: Object.fromEntries(
          Object.entries(page.filters).map(([key, values]) => [key, values.map(restoreStroke)]),
        ),
      }))
    },
  }
}
