import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { foldQuery, restoreStroke } from '../../site/lib/d-stroke'

export interface FoundPage {
  url: string
  title: string
  excerpt: string
  filters: Record<string, string[]>
}

interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>
  filters(): Promise<Record<string, Record<string, number>>>
  search(
    q: string,
    o?: { filters?: Record<string, unknown> },
  ): Promise<{
    results: {
      data(): Promise<{
        url: string
        excerpt: string
        meta: { title?: string }
        filters: Record<string, string[]>
      }>
    }[]
  }>
}

const HOST = 'built-site.test'

/**
 * Runs the built site's own `pagefind.js` in Node, reading the index files from disk through a
 * fetch stand-in, and searches as the site's search script does (đ folded, marks restored).
 */
export async function loadPagefind(outDir: string) {
  const realFetch = globalThis.fetch
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input))
    if (url.host !== HOST) return realFetch(input, init)
    return new Response(await readFile(path.join(outDir, decodeURIComponent(url.pathname))))
  }) as typeof fetch
  // Each build has its own folder, so each load is a module of its own. (A query string would do
  // the same, but vitest's module runner does not resolve one on a file URL.)
  const api = (await import(
    pathToFileURL(path.join(outDir, 'pagefind', 'pagefind.js')).href
  )) as PagefindApi
  await api.options({ basePath: `http://${HOST}/pagefind/`, excerptLength: 24 })
  await api.filters()
  return {
    async search(query: string, filters?: Record<string, unknown>): Promise<FoundPage[]> {
      const found = await api.search(foldQuery(query), { filters })
      const pages = await Promise.all(found.results.map((result) => result.data()))
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
