/**
 * The site's service worker (served at /sw.js): reading offline as an enhancement.
 *
 * - Pages are network-first: online, a reader always gets the current build (and the cached copy
 *   is refreshed, in saved bundles too); offline, the last copy read or saved is served, else the
 *   offline page, which lists what is saved.
 * - The shell (offline pages, search script, Pagefind's core) is cached at install, per version.
 * - Content-addressed files (images, hashed scripts, Pagefind chunks) are cache-first as they are
 *   visited: their names change when their content does, so a page never gets another build's.
 * - "Save for offline" bundles live in caches of their own (`sxsh-saved:<page>`), made and removed
 *   by the page (site/scripts/offline.ts); nothing is saved in bulk without the reader asking.
 */

// The worker's globals, typed here so that the site's DOM-typed program can compile this file.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void
}
interface FetchEvent extends ExtendableEvent {
  request: Request
  respondWith(response: Promise<Response> | Response): void
}
interface WorkerScope {
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void
  skipWaiting(): Promise<void>
  clients: { claim(): Promise<void> }
  location: Location
}

declare const __VERSION__: string
declare const __SHELL__: string[]

const worker = self as unknown as WorkerScope
const SHELL = `sxsh-shell-${__VERSION__}`
const PAGES = 'sxsh-pages'
const ASSETS = 'sxsh-assets'
const SAVED = 'sxsh-saved:'
/** Pages read online that are kept for offline reading (the oldest go first). */
const MAX_PAGES = 150
const MAX_ASSETS = 400
/** The offline pages and their script; the rest of the shell is search. */
const OFFLINE_PAGES = __SHELL__.filter((url) => /\/offline(\/|\.[0-9a-f]+\.js$)/.test(url))

worker.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const shell = await caches.open(SHELL)
      await shell.addAll(OFFLINE_PAGES)
      // Search works offline too, but a reader who asked to save data fetches it only on use.
      const connection = (navigator as Navigator & { connection?: { saveData?: boolean } })
        .connection
      if (!connection?.saveData) await precacheSearch(shell)
      await worker.skipWaiting()
    })(),
  )
})

/** The search script and Pagefind's core, so that a reader can search what is saved. */
async function precacheSearch(shell: Cache): Promise<void> {
  const scripts = __SHELL__.filter((url) => !OFFLINE_PAGES.includes(url))
  await shell.addAll(scripts)
  // One Pagefind bundle per language, each beside its script: its entry names this build's
  // metadata file and the WebAssembly module it needs.
  for (const bundle of scripts.filter(isPagefindScript).map((url) => url.replace(/[^/]+$/, ''))) {
    const entry = await fetch(`${bundle}pagefind-entry.json`)
    if (!entry.ok) continue
    const { languages } = (await entry.clone().json()) as {
      languages: Record<string, { hash: string; wasm?: string }>
    }
    await shell.put(`${bundle}pagefind-entry.json`, entry)
    await shell.addAll(
      Object.values(languages).flatMap(({ hash, wasm }) => [
        `${bundle}pagefind.${hash}.pf_meta`,
        `${bundle}wasm.${wasm ?? 'unknown'}.pagefind`,
      ]),
    )
  }
}

const isPagefindScript = (path: string) => /^\/pagefind\/[a-z]+\/pagefind\.js$/.test(path)

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith('sxsh-shell-') && name !== SHELL) await caches.delete(name)
      }
      await worker.clients.claim()
    })(),
  )
})

worker.addEventListener('fetch', (event) => {
  const { request } = event
  const url = new URL(request.url)
  if (request.method !== 'GET' || url.origin !== worker.location.origin) return
  if (url.pathname === '/sw.js') return
  if (request.mode === 'navigate' || url.pathname.endsWith('/')) {
    event.respondWith(page(request, url))
  } else if (
    /^\/pagefind\/.*(pagefind-entry|delta)\.json$/.test(url.pathname) ||
    url.pathname.endsWith('.xml')
  ) {
    event.respondWith(networkFirst(request, ASSETS))
  } else if (contentAddressed(url.pathname)) {
    event.respondWith(cacheFirst(request))
  } else {
    // Files, ZIPs and anything else: from the network, or from a saved bundle when offline.
    event.respondWith(fetch(request).catch(() => fromCaches(request)))
  }
})

/** Files whose URL changes whenever their content does. */
function contentAddressed(path: string): boolean {
  return (
    /^\/(_assets|media)\//.test(path) ||
    /^\/scripts\/.+\.[0-9a-f]{10}\.js$/.test(path) ||
    /^\/pagefind\/.+\.(pf_fragment|pf_index|pf_filter|pf_meta|pagefind)$/.test(path) ||
    isPagefindScript(path)
  )
}

async function page(request: Request, url: URL): Promise<Response> {
  try {
    const response = await fetch(request)
    if (response.ok && response.type === 'basic') {
      const copy = response.clone()
      void remember(url, copy)
    }
    return response
  } catch {
    const cached = await caches.match(url.pathname, { ignoreSearch: true })
    if (cached) return cached
    const offline = url.pathname.startsWith('/en/') ? '/en/offline/' : '/offline/'
    return (
      (await caches.match(offline)) ??
      new Response('Offline', { status: 503, headers: { 'Content-Type': 'text/plain' } })
    )
  }
}

/** Keeps a page read online: in the visited pages, and fresh in every bundle that saved it. */
async function remember(url: URL, response: Response): Promise<void> {
  const key = url.pathname
  const body = await response.blob()
  // Only the type is kept: the body is already decoded, so an encoding header would be false.
  const type = response.headers.get('Content-Type') ?? 'text/html; charset=utf-8'
  const copy = () => new Response(body, { headers: { 'Content-Type': type } })
  const pages = await caches.open(PAGES)
  await pages.put(key, copy())
  await trim(pages, MAX_PAGES)
  for (const name of await caches.keys()) {
    if (!name.startsWith(SAVED)) continue
    const saved = await caches.open(name)
    if (await saved.match(key)) await saved.put(key, copy())
  }
}

async function cacheFirst(request: Request): Promise<Response> {
  const cached = await caches.match(request)
  if (cached) return cached
  const response = await fetch(request)
  if (response.ok) {
    const assets = await caches.open(ASSETS)
    await assets.put(request, response.clone())
    void trim(assets, MAX_ASSETS)
  }
  return response
}

async function networkFirst(request: Request, cacheName: string): Promise<Response> {
  try {
    const response = await fetch(request)
    if (response.ok) await (await caches.open(cacheName)).put(request, response.clone())
    return response
  } catch {
    return fromCaches(request)
  }
}

async function fromCaches(request: Request): Promise<Response> {
  return (await caches.match(request, { ignoreSearch: true })) ?? Response.error()
}

/** Drops the oldest entries beyond `max` (Cache Storage keeps insertion order). */
async function trim(cache: Cache, max: number): Promise<void> {
  const keys = await cache.keys()
  for (const key of keys.slice(0, Math.max(0, keys.length - max))) await cache.delete(key)
}
