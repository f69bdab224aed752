import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../cms/lib/locales'
import { strokeForIndex } from '../../site/lib/d-stroke'

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
}

/** The locale of a built page, from its path: English pages are under `en/`. */
export const localeOfPage = (file: string): Locale =>
  LOCALES.find((locale) => locale !== DEFAULT_LOCALE && file.startsWith(`${locale}/`)) ??
  DEFAULT_LOCALE

/**
 * What Pagefind needs of a page: its `<html lang>`, its head without styles and scripts, and the
 * element marked `data-pagefind-body` (which holds the page's filters and meta too). The chrome
 * around it is ignored by Pagefind anyway; leaving it out halves what it parses. Undefined when
 * the page has no such element (lists, home pages), which stay out of the index.
 */
export function slimForIndex(html: string): string | undefined {
  const mark = html.indexOf('data-pagefind-body')
  if (mark < 0) return undefined
  const start = html.lastIndexOf('<', mark)
  const tag = /^<([a-z][a-z0-9]*)/i.exec(html.slice(start))?.[1]
  if (!tag) return undefined
  // The matching end tag: count nested elements of the same name.
  const boundary = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi')
  boundary.lastIndex = start
  let depth = 0
  let end = html.length
  for (let match = boundary.exec(html); match; match = boundary.exec(html)) {
    depth += match[1] ? -1 : 1
    if (depth === 0) {
      end = match.index + match[0].length
      break
    }
  }
  const headEnd = html.indexOf('</head>')
  const head = (headEnd < 0 ? '' : html.slice(0, headEnd))
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, '')
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
  return `${head}</head><body>${html.slice(start, end)}</body></html>`
}

/**
 * Mirrors the site's indexed pages for Pagefind: slimmed (slimForIndex), with đ written as d + a
 * combining stroke (d-stroke.ts) so that searches without the stroke match, and each language
 * under a root of its own (`vi/guides/…`, `en/en/guides/…`) so each gets its own index; a page's
 * URL is its path below the root. The mirror lives in the cache between builds and only pages
 * whose text changed are written again. Pagefind reads the mirror itself, on all cores, which is
 * several times faster than passing it each page. Returns the mirrored pages by path.
 */
export async function mirrorForIndex(
  siteDir: string,
  mirror: string,
  /** Only these output files (a delta); every page of the site when absent. */
  only?: string[],
): Promise<Set<string>> {
  const files = only ?? (await htmlFiles(siteDir))
  const wanted = new Set<string>()
  let next = 0
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++]!
      const html = await readFile(path.join(siteDir, file), 'utf8').catch(() => undefined)
      const slim = html === undefined ? undefined : slimForIndex(html)
      if (slim === undefined) continue
      const mirrored = path.join(localeOfPage(file), file)
      wanted.add(mirrored)
      const content = strokeForIndex(slim)
      const target = path.join(mirror, mirrored)
      const existing = await readFile(target, 'utf8').catch(() => undefined)
      if (existing === content) continue
      await mkdir(path.dirname(target), { recursive: true })
      await writeFile(target, content)
    }
  }
  await Promise.all(Array.from({ length: 8 }, worker))
  // Pages that are gone from the site leave the index too.
  for (const locale of LOCALES) await mkdir(path.join(mirror, locale), { recursive: true })
  for (const file of await htmlFiles(mirror))
    if (!wanted.has(file)) await rm(path.join(mirror, file), { force: true })
  return wanted
}
