import { getPayload, type Payload } from 'payload'

import type { Locale } from '../../cms/lib/locales'
import { DOCUMENT_KIND_NAMES, DOCUMENT_KINDS, type DocumentKind, type UploadKind } from './kinds'
import { type RawDocument, readPublished } from './raw-cache'


/** Everything published in one locale, read once per build and shared by all loaders. */
export interface Snapshot {
  locale: Locale
  documents: Record<DocumentKind, RawDocument[]>
  uploads: Record<UploadKind, RawDocument[]>
  /** How many documents were read in full from the database (the rest came from the cache). */
  read: Record<DocumentKind, number>
  /** Ids (as strings) of documents that have their own text in this locale. */
  translated: Record<DocumentKind, Set<string>>
}

let payload: Promise<Payload> | undefined

/** The Local API, started once per process (migrations run on start for SQLite). */
export function knowledgePayload(): Promise<Payload> {
  // The site build reads published content and signs nothing, so it needs no PAYLOAD_SECRET.
  process.env.SXSH_SITE_BUILD ??= '1'
  payload ??= import('../../cms/payload.config').then(({ default: config }) =>
    getPayload({ config }),
  )
  return payload
}

const snapshots = new Map<Locale, Promise<Snapshot>>()

/**
 * Published content of one locale. Reads go through the public access rules (no user,
 * `overrideAccess: false`) and `draft: false`, so a draft can never reach the site even if a
 * query were wrong; `_status` is checked as well for the same reason.
 */
export function loadSnapshot(locale: Locale): Promise<Snapshot> {
  let snapshot = snapshots.get(locale)
  if (!snapshot) {
    snapshot = readSnapshot(locale)
    snapshots.set(locale, snapshot)
  }
  return snapshot
}

/** Forget what was read, so the next build in this process sees new content. */
export function forgetSnapshots(): void {
  snapshots.clear()
}

let reading = 0

/**
 * Runs one loader's work on the snapshots. When the last loader at work is done, the snapshots
 * are let go: pages never read them, and the raw documents of a large site take gigabytes that
 * rendering needs. Astro starts every loader of a sync at once, so they share one read.
 */
export async function withSnapshots<T>(work: () => Promise<T>): Promise<T> {
  reading++
  try {
    return await work()
  } finally {
    if (--reading === 0) forgetSnapshots()
  }
}

async function readSnapshot(locale: Locale): Promise<Snapshot> {
  const api = await knowledgePayload()
  const common = { locale, depth: 0, draft: false, overrideAccess: false, pagination: false } as const

  const documents = {} as Snapshot['documents']
  const translated = {} as Snapshot['translated']
  const read = {} as Snapshot['read']
  await Promise.all(
    DOCUMENT_KIND_NAMES.map(async (kind) => {
      const published = await readPublished(api, kind, locale, { _status: { equals: 'published' } })
      documents[kind] = published.documents
      read[kind] = published.read
      translated[kind] = await translatedIds(api, kind, locale)
    }),
  )

  const uploads = {} as Snapshot['uploads']
  await Promise.all(
    (['media', 'files'] as const).map(async (kind) => {
      const result = await api.find({ ...common, collection: kind, sort: 'id' })
      uploads[kind] = result.docs as unknown as RawDocument[]
    }),
  )
  return { locale, documents, read, uploads, translated }
}

/** Documents whose naming field exists in this locale itself, not by falling back to Vietnamese. */
async function translatedIds(api: Payload, kind: DocumentKind, locale: Locale): Promise<Set<string>> {
  const field = DOCUMENT_KINDS[kind].titleField
  const result = await api.find({
    collection: kind,
    locale,
    fallbackLocale: false,
    depth: 0,
    draft: false,
    overrideAccess: false,
    pagination: false,
    where: { _status: { equals: 'published' } },
    select: { [field]: true },
  })
  return new Set(
    result.docs
      .filter((doc) => {
        const value = (doc as unknown as Record<string, unknown>)[field]
        return typeof value === 'string' && value.trim() !== ''
      })
      .map((doc) => String(doc.id)),
  )
}
