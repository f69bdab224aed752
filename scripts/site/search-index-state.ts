import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

import { LOCALES, type Locale } from '../../cms/lib/locales'
import { siteCacheDir } from '../../site/lib/cache-dir.mjs'
import { searchBundlePath } from '../../site/lib/search-labels'

/**
 * What the cache remembers of the last full search index, so that a build after a publish can
 * index only what changed since (a delta) and leave the full index as it is.
 */
export interface SearchIndexState {
  /** Each language's `pagefind-entry.json` of the full index: it names the index's metadata. */
  entries: Record<Locale, string>
  /** Page ids of the full index by URL, per language, to tell readers which results are stale. */
  ids: Record<Locale, Record<string, string>>
  /** Pages in the full index. */
  pages: number
  /** When the full index was made (ISO date). */
  indexedAt: string
  /** Output files (`guides/x/index.html`) rendered again since the full index. */
  changed: string[]
  /** Output files gone since the full index. */
  removed: string[]
}

const stateFile = () => path.join(siteCacheDir(), 'sxsh-search-index.json')

export function readIndexState(): SearchIndexState | undefined {
  try {
    return JSON.parse(readFileSync(stateFile(), 'utf8')) as SearchIndexState
  } catch {
    return undefined
  }
}

export function writeIndexState(state: SearchIndexState): void {
  writeFileSync(stateFile(), JSON.stringify(state))
}

const entryFile = (siteDir: string, locale: Locale) =>
  path.join(siteDir, searchBundlePath(locale).slice(1), 'pagefind-entry.json')

/** Each language's entry file in a built site, or undefined when one is missing. */
export function readEntries(siteDir: string): Record<Locale, string> | undefined {
  const entries: Partial<Record<Locale, string>> = {}
  for (const locale of LOCALES) {
    const file = entryFile(siteDir, locale)
    if (!existsSync(file)) return undefined
    entries[locale] = readFileSync(file, 'utf8')
  }
  return entries as Record<Locale, string>
}

/** URL → page id of a written Pagefind bundle, read from its fragments (one per page). */
export async function pageIds(bundleDir: string): Promise<Record<string, string>> {
  const dir = path.join(bundleDir, 'fragment')
  const names = existsSync(dir) ? await readdir(dir) : []
  const ids: Record<string, string> = {}
  let next = 0
  const worker = async () => {
    while (next < names.length) {
      const name = names[next++]!
      // A fragment is gzip'd "pagefind_dcd" followed by the page's JSON, which starts with its URL.
      const text = gunzipSync(await readFile(path.join(dir, name))).toString('utf8')
      const url = /^pagefind_dcd\{"url":"((?:[^"\\]|\\.)*)"/.exec(text)?.[1]
      if (url) ids[JSON.parse(`"${url}"`) as string] = name.replace(/\.pf_fragment$/, '')
    }
  }
  await Promise.all(Array.from({ length: 8 }, worker))
  return ids
}
