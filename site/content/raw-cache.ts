import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import type { Payload, Where } from 'payload'

import type { Locale } from '../../cms/lib/locales'
import { siteCacheDir } from '../lib/cache-dir.mjs'
import type { DocumentKind } from './kinds'

/** A CMS document as the Local API returns it at depth 0, before validation. */
export type RawDocument = Record<string, unknown> & { id: number | string; updatedAt?: unknown }

/** What one cache file holds: the documents of one kind and locale as last read. */
interface CacheFile {
  /** Changes when the collection's fields or the applied migrations change. */
  fingerprint: string
  documents: RawDocument[]
}

/** Documents fetched in one query when only some have changed. */
const BATCH = 200

/**
 * Set by `npm run build` for a full build: every document is read again from the database.
 * Edits made outside Payload (SQL by hand) do not change `updatedAt`, so they need one.
 */
export const readEverything = () => process.env.SXSH_READ_ALL_CONTENT === '1'

const cacheFile = (kind: DocumentKind, locale: Locale) =>
  path.join(siteCacheDir(), 'sxsh-raw', `${kind}.${locale}.json`)

function readCache(file: string, fingerprint: string): Map<string, RawDocument> {
  if (readEverything()) return new Map()
  try {
    const cached = JSON.parse(readFileSync(file, 'utf8')) as CacheFile
    if (cached.fingerprint !== fingerprint) return new Map()
    return new Map(cached.documents.map((doc) => [String(doc.id), doc]))
  } catch {
    // Missing or unreadable: read everything, as on a first build.
    return new Map()
  }
}

function writeCache(file: string, contents: CacheFile) {
  mkdirSync(path.dirname(file), { recursive: true })
  const temporary = `${file}.${process.pid}.tmp`
  writeFileSync(temporary, JSON.stringify(contents))
  renameSync(temporary, file)
}

/**
 * A fingerprint of what shapes a stored document: the collection's fields (functions drop out of
 * JSON) and the migrations applied. A change to either reads every document again.
 */
async function fingerprintOf(api: Payload, kind: DocumentKind): Promise<string> {
  const migrations = await api.find({
    collection: 'payload-migrations',
    pagination: false,
    depth: 0,
    sort: 'id',
    select: { name: true },
  })
  return createHash('sha256')
    .update(JSON.stringify(api.collections[kind].config.fields))
    .update(JSON.stringify(migrations.docs.map((doc) => doc.name)))
    .digest('hex')
}

/**
 * The published documents of one kind in one locale, sorted by id. Only documents whose
 * `updatedAt` changed since the last build are read in full; the rest come from the cache in the
 * site's cache folder. Every save through Payload sets `updatedAt` (publishing, unpublishing, an
 * edit in either locale), and a document that is no longer published drops out of the list.
 * This is what keeps a rebuild after one edit from reading the whole database again.
 */
export async function readPublished(
  api: Payload,
  kind: DocumentKind,
  locale: Locale,
  published: Where,
): Promise<{ documents: RawDocument[]; read: number }> {
  const common = { collection: kind, locale, depth: 0, draft: false, overrideAccess: false } as const
  const file = cacheFile(kind, locale)
  const fingerprint = await fingerprintOf(api, kind)
  const cached = readCache(file, fingerprint)
  const current = await api.find({
    ...common,
    where: published,
    pagination: false,
    sort: 'id',
    select: { updatedAt: true },
  })
  const stale = new Set(
    current.docs
      .filter((doc) => cached.get(String(doc.id))?.updatedAt !== doc.updatedAt)
      .map((doc) => String(doc.id)),
  )
  const staleIds = current.docs.filter((doc) => stale.has(String(doc.id))).map((doc) => doc.id)
  const fresh = new Map<string, RawDocument>()
  for (let start = 0; start < staleIds.length; start += BATCH) {
    const ids = staleIds.slice(start, start + BATCH)
    const result = await api.find({
      ...common,
      where: { and: [published, { id: { in: ids } }] },
      pagination: false,
    })
    for (const doc of result.docs) fresh.set(String(doc.id), doc as unknown as RawDocument)
  }
  // A document unpublished between the two queries is left out, never taken from the cache.
  const documents = current.docs
    .map((doc) => (stale.has(String(doc.id)) ? fresh : cached).get(String(doc.id)))
    .filter((doc): doc is RawDocument => doc !== undefined)
  if (stale.size > 0 || documents.length !== cached.size) writeCache(file, { fingerprint, documents })
  return { documents, read: fresh.size }
}
