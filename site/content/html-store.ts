import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { siteCacheDir } from '../lib/cache-dir.mjs'
import type { RenderedRichText, StoredRichText } from './schemas/shared'

/**
 * The HTML of rich-text fields lives in files beside Astro's content store, named by the digest
 * of their text; the store keeps only the name. Astro bundles its whole store into the build and
 * every page's props are hashed for the incremental build: with bodies inline, a 10,000-document
 * site made a 320 MB store that took a minute to bundle on every publish, and gigabytes of memory.
 * A page reads the one body it shows when it renders.
 */
const storeDir = () => path.join(siteCacheDir(), 'sxsh-html')

/** The names each collection's entries refer to, written by the loader for `pruneHtmlStore`. */
const refsFile = (collection: string) => path.join(storeDir(), `refs.${collection}.json`)

const isRendered = (value: unknown): value is RenderedRichText =>
  !!value &&
  typeof value === 'object' &&
  typeof (value as RenderedRichText).html === 'string' &&
  Array.isArray((value as RenderedRichText).headings) &&
  typeof (value as RenderedRichText).textLength === 'number'

const isStored = (value: unknown): value is StoredRichText =>
  !!value && typeof value === 'object' && typeof (value as StoredRichText).htmlRef === 'string'

/** Writes one field's HTML (once per distinct text) and returns the field as stored. */
function stash({ html, ...rest }: RenderedRichText): StoredRichText {
  const ref = createHash('sha256').update(html).digest('hex').slice(0, 32)
  const file = path.join(storeDir(), `${ref}.html`)
  if (!existsSync(file)) {
    mkdirSync(storeDir(), { recursive: true })
    // Written under a temporary name first: a build stopped midway never leaves half a body.
    const temporary = `${file}.${process.pid}.tmp`
    writeFileSync(temporary, html)
    renameSync(temporary, file)
  }
  return { ...rest, htmlRef: ref, htmlLength: html.length }
}

/** A converted entry with every rich-text field's HTML moved to the store. */
export function stashRichText(value: unknown): unknown {
  if (isRendered(value)) return stash(value)
  if (Array.isArray(value)) return value.map(stashRichText)
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stashRichText(v)]))
  return value
}

/** The store names an entry's data refers to. */
export function htmlRefs(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (isStored(value)) into.add(value.htmlRef)
  else if (Array.isArray(value)) value.forEach((v) => htmlRefs(v, into))
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => htmlRefs(v, into))
  return into
}

/** Whether every file an entry refers to is still there (a cache folder may have been cleared). */
export function hasStoredHtml(data: unknown): boolean {
  for (const ref of htmlRefs(data)) if (!existsSync(path.join(storeDir(), `${ref}.html`))) return false
  return true
}

/** The HTML of a stored rich-text field ('' for none). */
export function htmlOf(field: StoredRichText | null | undefined): string {
  if (!field) return ''
  const file = path.join(storeDir(), `${field.htmlRef}.html`)
  try {
    return readFileSync(file, 'utf8')
  } catch {
    throw new Error(
      `The converted text ${field.htmlRef} is missing from ${storeDir()}: run a full build (delete the site cache folder) to convert the content again.`,
    )
  }
}

/** A stored field with its HTML read back, for code that works on the HTML (parts, tables of contents). */
export function withHtml(field: StoredRichText): RenderedRichText {
  const { htmlRef: _ref, htmlLength: _length, ...rest } = field
  return { ...rest, html: htmlOf(field) }
}

/** Records which files a collection's entries use, after its loader ran. */
export function recordHtmlRefs(collection: string, refs: Set<string>): void {
  mkdirSync(storeDir(), { recursive: true })
  writeFileSync(refsFile(collection), JSON.stringify([...refs]))
}

/**
 * Deletes the files no collection refers to any more (edited or unpublished texts). Run by the
 * build after a successful render, when every loader has recorded its references.
 */
export function pruneHtmlStore(): number {
  const dir = storeDir()
  if (!existsSync(dir)) return 0
  const names = readdirSync(dir)
  const live = new Set<string>()
  for (const name of names.filter((n) => /^refs\..+\.json$/.test(n)))
    for (const ref of JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as string[])
      live.add(ref)
  let removed = 0
  for (const name of names) {
    const match = /^([0-9a-f]+)\.html$/.exec(name)
    if (match && !live.has(match[1]!)) {
      rmSync(path.join(dir, name), { force: true })
      removed++
    }
  }
  return removed
}
