/**
 * The "save for offline" manifests of curricula and sectors, written after the pages are rendered
 * so that they list exactly what the built pages link to, with real sizes: the page itself, its
 * sub-pages (curriculum modules, guide parts), the pages of the documents a sector lists with
 * their own sub-pages, the files they offer (materials, attachments) and the images they show.
 * Links onward from those documents (related documents, legal bases) are not followed.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { BUNDLE_PAGE, bundlePath } from '../../site/lib/offline'

/** Pages of one document: its own page and its parts or modules (`/guides/x/2/`). */
const DOCUMENT_PAGE = /^((?:\/en)?\/(?:guides|case-studies|curricula|legal)\/[^/]+\/)(?:\d+\/)?$/
const FILE = /^\/(?:files|media|_assets)\//

export interface OfflineBundle {
  page: string
  urls: string[]
  bytes: number
}

/** Internal links and image sources of the main content of a built page. */
function linksOf(html: string): { pages: string[]; files: string[] } {
  const main = /<main\b[\s\S]*?<\/main>/.exec(html)?.[0] ?? ''
  const pages = new Set<string>()
  const files = new Set<string>()
  for (const [, href] of main.matchAll(/\shref="(\/[^"#?]*)/g)) {
    if (FILE.test(href!)) files.add(decodeURI(href!))
    else if (href!.endsWith('/')) pages.add(href!)
  }
  for (const [, value] of main.matchAll(/\s(?:src|srcset)="([^"]+)"/g)) {
    for (const candidate of value!.split(',')) {
      const url = candidate.trim().split(/\s+/)[0]
      if (url && FILE.test(url)) files.add(decodeURI(url))
    }
  }
  return { pages: [...pages], files: [...files] }
}

function readIfExists(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return undefined
  }
}

/**
 * Writes `offline-bundles/<page>.json` for every bundle page of the built site in `siteDir`.
 * After a publish (`follows`), a bundle none of whose pages was rendered again is the previous
 * build's, unread: at 10,000 documents working them all out reads most of the site.
 */
export function writeOfflineBundles(
  siteDir: string,
  follows?: {
    previousDir: string
    /** URLs of the pages the build rendered or removed (`/guides/x/`). */
    changed: ReadonlySet<string>
  },
): { bundles: number; reused: number } {
  const fileOf = (url: string) => path.join(siteDir, url.endsWith('/') ? `${url}index.html` : url)
  const cache = new Map<string, ReturnType<typeof linksOf>>()
  const read = (url: string) => {
    let links = cache.get(url)
    if (!links) {
      try {
        links = linksOf(readFileSync(fileOf(url), 'utf8'))
      } catch {
        links = { pages: [], files: [] }
      }
      cache.set(url, links)
    }
    return links
  }
  const sizeOf = (url: string) => {
    try {
      return statSync(fileOf(url)).size
    } catch {
      return undefined
    }
  }

  /** A document page and its sub-pages, with their files. */
  const documentPages = (root: string, into: Set<string>) => {
    into.add(root)
    const own = DOCUMENT_PAGE.exec(root)?.[1] ?? root
    const queue = [root]
    while (queue.length) {
      const { pages, files } = read(queue.pop()!)
      files.forEach((file) => into.add(file))
      for (const page of pages) {
        if (!into.has(page) && page.startsWith(own) && DOCUMENT_PAGE.test(page)) {
          into.add(page)
          queue.push(page)
        }
      }
    }
  }

  /** The previous build's bundle of `page`, when none of its pages changed. */
  const unchanged = (page: string): string | undefined => {
    if (!follows || follows.changed.has(page)) return undefined
    const json = readIfExists(path.join(follows.previousDir, bundlePath(page)))
    if (!json) return undefined
    const { urls } = JSON.parse(json) as OfflineBundle
    return urls.some((url) => follows.changed.has(url)) ? undefined : json
  }

  let bundles = 0
  let reused = 0
  for (const entry of readdirSync(siteDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name !== 'index.html') continue
    const relative = path.relative(siteDir, entry.parentPath).split(path.sep).join('/')
    const page = relative ? `/${relative}/` : '/'
    if (!BUNDLE_PAGE.test(page)) continue
    bundles++
    const previous = unchanged(page)
    if (previous) {
      const out = path.join(siteDir, bundlePath(page))
      mkdirSync(path.dirname(out), { recursive: true })
      writeFileSync(out, previous)
      reused++
      continue
    }
    const urls = new Set<string>()
    documentPages(page, urls)
    if (/\/sectors\//.test(page)) {
      for (const linked of read(page).pages) {
        if (DOCUMENT_PAGE.test(linked)) documentPages(linked, urls)
      }
    }
    const present = [...urls].filter((url) => sizeOf(url) !== undefined)
    const bundle: OfflineBundle = {
      page,
      urls: present,
      bytes: present.reduce((sum, url) => sum + sizeOf(url)!, 0),
    }
    const out = path.join(siteDir, bundlePath(page))
    const json = JSON.stringify(bundle)
    // Unchanged manifests keep their file (and their compressed copies) from the previous build.
    if (readIfExists(out) !== json) {
      mkdirSync(path.dirname(out), { recursive: true })
      writeFileSync(out, json)
    }
  }
  return { bundles, reused }
}
