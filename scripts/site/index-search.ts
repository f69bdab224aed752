import { existsSync } from 'node:fs'
import { link, mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import * as pagefind from 'pagefind'

import { LOCALES, type Locale } from '../../cms/lib/locales'
import { siteCacheDir } from '../../site/lib/cache-dir.mjs'
import { searchBundlePath, searchDeltaPath } from '../../site/lib/search-labels'
import { urlOfPage } from './rendered-pages'
import { localeOfPage, mirrorForIndex } from './search-mirror'
import {
  pageIds,
  readEntries,
  readIndexState,
  writeIndexState,
  type SearchIndexState,
} from './search-index-state'

export interface IndexOutcome {
  /** Pages in the full index. */
  pages: number
  /** Pages in the delta index, when the build updated the full one by a delta. */
  delta?: number
}

/** What a build after a publish changed, from renderedPages(). */
export interface FollowedBuild {
  previousDir: string
  changed: string[]
  removed: string[]
}

/**
 * A delta grows with every publish until the next full index; past this many pages a full index
 * is cheaper than readers loading a large delta beside it.
 */
const deltaLimit = (pages: number) => Math.max(200, Math.round(pages * 0.03))

/** The first build a day after the full index makes a new one, however few pages changed. */
const FULL_INDEX_AGE_MS = 24 * 60 * 60 * 1000

const bundleDir = (siteDir: string, locale: Locale) =>
  path.join(siteDir, searchBundlePath(locale).slice(1))

/** Indexes one language's mirrored pages into a Pagefind bundle; returns how many were indexed. */
async function indexInto(root: string, locale: Locale, outputPath: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({
    // Vietnamese has no stemmer; English pages get Pagefind's English one.
    forceLanguage: locale,
  })
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
  try {
    const added = await index.addDirectory({ path: root })
    if (added.errors.length)
      throw new Error(`Pagefind could not index the ${locale} pages: ${added.errors.join('; ')}`)
    const written = await index.writeFiles({ outputPath })
    if (written.errors.length)
      throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`)
    return added.page_count
  } finally {
    await index.deleteIndex()
  }
}

/**
 * Hard-links a bundle of the served build into the new one: tens of thousands of files at 10,000
 * documents, never changed in place. The delta note and compressed copies are written afresh.
 */
async function linkTree(from: string, to: string): Promise<void> {
  const entries = await readdir(from, { withFileTypes: true, recursive: true })
  const dirs = new Set<string>([to])
  for (const entry of entries)
    if (entry.isDirectory())
      dirs.add(path.join(to, path.relative(from, path.join(entry.parentPath, entry.name))))
  for (const dir of dirs) await mkdir(dir, { recursive: true })
  const files = entries.filter(
    (entry) => entry.isFile() && entry.name !== 'delta.json' && !/\.(gz|br)$/.test(entry.name),
  )
  let next = 0
  const worker = async () => {
    while (next < files.length) {
      const entry = files[next++]!
      const source = path.join(entry.parentPath, entry.name)
      await link(source, path.join(to, path.relative(from, source)))
    }
  }
  await Promise.all(Array.from({ length: 16 }, worker))
}

/** Tells readers' search which delta to merge and which full-index results it replaces. */
async function writeDeltaNote(
  siteDir: string,
  locale: Locale,
  delta: { bundle: string; superseded: string[] } | undefined,
) {
  const note = path.join(bundleDir(siteDir, locale), 'delta.json')
  await rm(note, { force: true })
  await writeFile(note, JSON.stringify(delta ?? { superseded: [] }))
}

/**
 * Builds one Pagefind bundle per language into `<siteDir>/pagefind/<locale>/`. A reader's first
 * search then loads only the index of the pages in their language; the search script merges the
 * other language's bundle only when asked.
 */
async function fullIndex(siteDir: string): Promise<IndexOutcome> {
  const mirror = path.join(siteCacheDir(), 'search-mirror')
  await mirrorForIndex(siteDir, mirror)
  await rm(path.join(siteDir, 'pagefind'), { recursive: true, force: true })
  let pages = 0
  const ids: Partial<SearchIndexState['ids']> = {}
  // One language after the other: Pagefind holds a whole index in memory while it writes it.
  for (const locale of LOCALES) {
    pages += await indexInto(path.join(mirror, locale), locale, bundleDir(siteDir, locale))
    ids[locale] = await pageIds(bundleDir(siteDir, locale))
    await writeDeltaNote(siteDir, locale, undefined)
  }
  const entries = readEntries(siteDir)
  if (entries)
    writeIndexState({
      indexedAt: new Date().toISOString(),
      entries,
      ids: ids as SearchIndexState['ids'],
      pages,
      changed: [],
      removed: [],
    })
  return { pages }
}

/**
 * After a publish, keeps the full index of the previous build and indexes only the pages rendered
 * since it into a small delta bundle per language (`/pagefind/<locale>-delta/`), which the search
 * script merges, dropping the full index's results for those pages. Undefined when a full index is
 * needed instead: no usable previous index, or too many changes since it.
 */
async function deltaIndex(
  siteDir: string,
  follows: FollowedBuild,
): Promise<IndexOutcome | undefined> {
  const state = readIndexState()
  const previous = readEntries(follows.previousDir)
  if (!state || !previous || LOCALES.some((l) => previous[l] !== state.entries[l])) return undefined
  const changed = new Set(state.changed)
  const removed = new Set(state.removed)
  for (const file of follows.removed) {
    changed.delete(file)
    removed.add(file)
  }
  for (const file of follows.changed) {
    changed.add(file)
    removed.delete(file)
  }
  if (changed.size + removed.size > deltaLimit(state.pages)) return undefined
  if (!(Date.now() - Date.parse(state.indexedAt) < FULL_INDEX_AGE_MS)) return undefined

  await rm(path.join(siteDir, 'pagefind'), { recursive: true, force: true })
  for (const locale of LOCALES)
    await linkTree(bundleDir(follows.previousDir, locale), bundleDir(siteDir, locale))
  const mirror = path.join(siteCacheDir(), 'search-delta-mirror')
  const mirrored = await mirrorForIndex(siteDir, mirror, [...changed])
  let delta = 0
  for (const locale of LOCALES) {
    const superseded = [...changed, ...removed]
      .filter((file) => localeOfPage(file) === locale)
      .map((file) => state.ids[locale][urlOfPage(file)])
      .filter((id): id is string => !!id)
    const has = [...mirrored].some((file) => file.startsWith(`${locale}${path.sep}`))
    const bundle = searchDeltaPath(locale)
    if (has)
      delta += await indexInto(
        path.join(mirror, locale),
        locale,
        path.join(siteDir, bundle.slice(1)),
      )
    await writeDeltaNote(siteDir, locale, { bundle: has ? bundle : '', superseded })
  }
  writeIndexState({ ...state, changed: [...changed], removed: [...removed] })
  return { pages: state.pages, delta }
}

/**
 * Indexes a built site for search. A build that follows a served one (a publish) updates the
 * served index by a delta when it can; otherwise, and for every other build, the whole site is
 * indexed again.
 */
export async function indexSearch(siteDir: string, follows?: FollowedBuild): Promise<IndexOutcome> {
  try {
    const delta =
      follows && existsSync(follows.previousDir) ? await deltaIndex(siteDir, follows) : undefined
    return delta ?? (await fullIndex(siteDir))
  } finally {
    await pagefind.close()
  }
}
