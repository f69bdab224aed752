import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

/** The HTML pages of a built site, by URL path (`/guides/x/`). */
export function htmlPages(outDir: string): Map<string, string> {
  const pages = new Map<string, string>()
  for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue
    const file = path.join(entry.parentPath, entry.name)
    const relative = path.relative(outDir, file).split(path.sep).join('/')
    if (relative.startsWith('pagefind/')) continue
    pages.set('/' + relative.replace(/(^|\/)index\.html$/, '$1'), readFileSync(file, 'utf8'))
  }
  return pages
}

/** Every text file of the output (HTML, XML, JSON, JS, CSS, TXT), for leak checks. */
export function textFiles(outDir: string): Map<string, string> {
  const files = new Map<string, string>()
  for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(html|xml|json|js|css|txt|svg)$/.test(entry.name)) continue
    const file = path.join(entry.parentPath, entry.name)
    files.set(path.relative(outDir, file), readFileSync(file, 'utf8'))
  }
  return files
}

/** Values of an attribute on matching tags, e.g. attributes(html, 'a', 'href'). */
export function attributes(html: string, tag: string, attribute: string): string[] {
  const values: string[] = []
  for (const match of html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'g'))) {
    const value = new RegExp(`\\s${attribute}="([^"]*)"`).exec(match[0])
    if (value) values.push(value[1]!.replace(/&amp;/g, '&'))
  }
  return values
}

/** All element ids of a page. */
export const ids = (html: string): string[] =>
  [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!)

/** The output file an internal URL path resolves to, or undefined. */
export function resolveOutput(outDir: string, urlPath: string): string | undefined {
  const file = path.join(outDir, decodeURIComponent(urlPath))
  try {
    const info = statSync(file)
    if (info.isFile()) return file
    if (info.isDirectory()) {
      const index = path.join(file, 'index.html')
      return statSync(index).isFile() ? index : undefined
    }
  } catch {
    return undefined
  }
  return undefined
}

/** `<link rel="alternate" hreflang>` of a page: hreflang → URL path. */
export function hreflangs(html: string): Map<string, string> {
  const result = new Map<string, string>()
  for (const match of html.matchAll(/<link\b[^>]*rel="alternate"[^>]*>/g)) {
    const lang = /hreflang="([^"]+)"/.exec(match[0])?.[1]
    const href = /href="([^"]+)"/.exec(match[0])?.[1]
    if (lang && href) result.set(lang, new URL(href).pathname)
  }
  return result
}
