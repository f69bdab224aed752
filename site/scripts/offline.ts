/**
 * Reading offline, on the page side (loaded after `load` by Base.astro, only where the service
 * worker is supported): the "save for offline" button of curricula and sectors, and the list of
 * saved pages on the offline page. Labels come from data attributes, in the page's language.
 */
import type { Locale } from '../../cms/lib/locales'
import { formatBytes } from '../lib/format'

/** A bundle's manifest, written at build time by scripts/site/offline-bundles.ts. */
interface Bundle {
  page: string
  urls: string[]
  /** What the saved copy takes on the device (decoded sizes). */
  bytes: number
}

const SAVED = 'sxsh-saved:'
const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole))

async function saveButton(box: HTMLElement): Promise<void> {
  const labels = box.dataset
  const lang: Locale = document.documentElement.lang === 'en' ? 'en' : 'vi'
  const button = box.querySelector<HTMLButtonElement>('[data-save]')!
  const remove = box.querySelector<HTMLButtonElement>('[data-remove]')!
  const status = box.querySelector<HTMLElement>('[data-status]')!
  // Saving is worth offering only where a worker will serve what is saved.
  await navigator.serviceWorker.ready
  const response = await fetch(labels.bundle!)
  if (!response.ok) return
  const bundle = (await response.json()) as Bundle
  const cacheName = `${SAVED}${bundle.page}`
  const show = async () => {
    const saved = await caches.has(cacheName)
    button.hidden = saved
    remove.hidden = !saved
    button.textContent = fill(labels.save!, { size: formatBytes(lang, bundle.bytes) })
    if (saved) status.textContent = fill(labels.saved!, { size: formatBytes(lang, bundle.bytes) })
  }
  button.addEventListener('click', async () => {
    button.disabled = true
    // Saved into a new cache first, so that a failure halfway leaves the earlier copy whole.
    const staging = `${cacheName}#saving`
    try {
      const cache = await caches.open(staging)
      let done = 0
      for (const url of bundle.urls) {
        status.textContent = fill(labels.saving!, { done, total: bundle.urls.length })
        const file = await fetch(url, { cache: 'no-cache' })
        if (!file.ok) throw new Error(`${url}: ${file.status}`)
        await cache.put(url, file)
        done++
      }
      await caches.delete(cacheName)
      const final = await caches.open(cacheName)
      for (const request of await cache.keys())
        await final.put(request, (await cache.match(request))!)
      await caches.delete(staging)
      await show()
    } catch (error) {
      await caches.delete(staging)
      status.textContent = fill(labels.failed!, { reason: (error as Error).message })
    } finally {
      button.disabled = false
    }
  })
  remove.addEventListener('click', async () => {
    await caches.delete(cacheName)
    await show()
    status.textContent = labels.removed!
  })
  box.hidden = false
  await show()
}

/** The offline page's list of saved pages, with their titles read from the saved copies. */
async function savedList(box: HTMLElement): Promise<void> {
  const list = box.querySelector('ul')!
  const pages = new Map<string, string>()
  for (const name of await caches.keys()) {
    if (!(name === 'sxsh-pages' || name.startsWith(SAVED)) || name.endsWith('#saving')) continue
    const cache = await caches.open(name)
    for (const request of await cache.keys()) {
      const path = new URL(request.url).pathname
      if (!path.endsWith('/') || pages.has(path) || /\/offline\/$/.test(path)) continue
      const html = await (await cache.match(request))!.text()
      const heading = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? path
      const title = new DOMParser().parseFromString(heading, 'text/html').body.textContent
      pages.set(path, title?.trim() || path)
    }
  }
  for (const [path, title] of [...pages].sort((a, b) => a[1].localeCompare(b[1]))) {
    const item = document.createElement('li')
    const link = document.createElement('a')
    link.href = path
    link.textContent = title
    item.append(link)
    list.append(item)
  }
  box.querySelector<HTMLElement>('[data-none]')!.hidden = pages.size > 0
  box.querySelector<HTMLElement>('[data-noscript]')?.remove()
}

export function start(): void {
  document
    .querySelectorAll<HTMLElement>('[data-save-offline]')
    .forEach((box) => void saveButton(box))
  document
    .querySelectorAll<HTMLElement>('[data-offline-list]')
    .forEach((box) => void savedList(box))
}
