import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import * as pagefind from 'pagefind'

import { siteCacheDir } from '../../site/lib/cache-dir.mjs'
import { strokeForIndex } from '../../site/lib/d-stroke'

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
}

/**
 * Mirrors the site's HTML with đ written as d + a combining stroke (d-stroke.ts), which is what
 * Pagefind indexes: searches without the stroke then match. The mirror lives in the cache between
 * builds and only pages whose text changed are written again. Pagefind reads the mirror itself, on
 * all cores, which is several times faster than passing it each page.
 */
async function mirrorForIndex(siteDir: string, mirror: string): Promise<number> {
  const files = await htmlFiles(siteDir)
  const wanted = new Set<string>()
  let next = 0
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++]!
      const html = await readFile(path.join(siteDir, file), 'utf8')
      // Pagefind indexes only what is marked as content; lists, home pages and the like carry no
      // such mark, and leaving them out of the mirror spares Pagefind from parsing them.
      if (!html.includes('data-pagefind-body')) continue
      wanted.add(file)
      const content = strokeForIndex(html)
      const target = path.join(mirror, file)
      const existing = await readFile(target, 'utf8').catch(() => undefined)
      if (existing === content) continue
      await mkdir(path.dirname(target), { recursive: true })
      await writeFile(target, content)
    }
  }
  await Promise.all(Array.from({ length: 8 }, worker))
  if (wanted.size === 0) await mkdir(mirror, { recursive: true })
  // Pages that are gone from the site leave the index too.
  if (existsSync(mirror)) {
    for (const file of await htmlFiles(mirror))
      if (!wanted.has(file)) await rm(path.join(mirror, file), { force: true })
  }
  return wanted.size
}

/** Builds the Pagefind index of a built site into `<siteDir>/pagefind/`. */
export async function indexSearch(siteDir: string): Promise<{ pages: number }> {
  const mirror = path.join(siteCacheDir(), 'search-mirror')
  await mirrorForIndex(siteDir, mirror)
  const { index, errors } = await pagefind.createIndex({
    // One index for both languages (Vietnamese has no stemmer anyway), so a reader can widen a
    // search to the other language with the language filter.
    forceLanguage: 'vi',
  })
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
  try {
    const added = await index.addDirectory({ path: mirror })
    if (added.errors.length)
      throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`)
    const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') })
    if (written.errors.length)
      throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`)
    return { pages: added.page_count }
  } finally {
    await pagefind.close()
  }
}
