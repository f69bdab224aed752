import type { z } from 'astro/zod'

import { LINKABLE_COLLECTIONS } from '../../cms/fields/rich-text'
import type { FileItem } from '../lib/file-meta'
import type { MediaItem } from '../lib/images'
import { documentPath, filePath, type SectionKind } from '../lib/urls'
import { currentValidity } from '../lib/validity'
import type { LegalTarget, LinkTarget, RenderContext } from '../rich-text/render-context'
import { fromZodError } from './boundary-error'
import { DOCUMENT_KINDS } from './kinds'
import type { Snapshot } from './knowledge-source'
import type { RawDocument } from './raw-cache'
import { referencedUploads } from './referenced-uploads'
import type { Reference } from './rich-text-references'
import { legalDocumentSchema } from './schemas/legal-documents'
import { LEXICAL } from './schemas/shared'
import { fileSchema, mediaSchema } from './schemas/uploads'

export type MediaData = z.output<ReturnType<typeof mediaSchema>>
export type FileData = z.output<ReturnType<typeof fileSchema>>

/** What one locale's published content offers to every page: link targets and uploads. */
export interface SiteContext {
  render: RenderContext
  /** The uploads published documents use, validated, by id. */
  media: Map<string, MediaData>
  files: Map<string, FileData>
  /**
   * A digest of what rich text shows of the documents it points at (titles, URLs, file sizes…):
   * part of each entry's digest, so a document is converted again exactly when it or something
   * it shows has changed.
   */
  referencesDigest: (references: Reference[]) => string
}

type Digest = (data: Record<string, unknown> | string) => string

const contexts = new WeakMap<Snapshot, SiteContext>()

/** The context of a snapshot, built once and shared by every collection's loader. */
export function siteContext(snapshot: Snapshot, digest: Digest): SiteContext {
  let context = contexts.get(snapshot)
  if (!context) {
    context = buildSiteContext(snapshot, digest)
    contexts.set(snapshot, context)
  }
  return context
}

function validUploads<S extends z.ZodType>(
  collection: 'media' | 'files',
  raws: RawDocument[],
  used: Set<string>,
  schema: S,
  locale: string,
): Map<string, z.output<S>> {
  const result = new Map<string, z.output<S>>()
  for (const raw of raws) {
    if (!used.has(String(raw.id))) continue
    const parsed = schema.safeParse(raw)
    const name = typeof raw.filename === 'string' ? raw.filename : String(raw.id)
    if (!parsed.success) throw fromZodError(collection, name, locale, parsed.error)
    result.set(String(raw.id), parsed.data)
  }
  return result
}

function buildSiteContext(snapshot: Snapshot, digest: Digest): SiteContext {
  const { locale } = snapshot
  const used = referencedUploads(snapshot.documents)
  const media = validUploads('media', snapshot.uploads.media, used.media, mediaSchema(), locale)
  const files = validUploads('files', snapshot.uploads.files, used.files, fileSchema(), locale)

  const links = new Map<string, LinkTarget>()
  for (const kind of LINKABLE_COLLECTIONS) {
    const titleField = DOCUMENT_KINDS[kind].titleField
    for (const doc of snapshot.documents[kind]) {
      if (typeof doc.slug !== 'string') continue
      links.set(`${kind}:${doc.id}`, {
        href: documentPath(locale, kind as SectionKind, doc.slug),
        title: String(doc[titleField] ?? doc.slug),
      })
    }
  }

  const legal = new Map<string, LegalTarget>()
  const legalSchema = legalDocumentSchema(LEXICAL)
  for (const doc of snapshot.documents['legal-documents']) {
    const parsed = legalSchema.safeParse(doc)
    // An invalid document fails its own collection's loader with a precise message.
    if (!parsed.success) continue
    legal.set(String(doc.id), {
      href: documentPath(locale, 'legal-documents', parsed.data.slug),
      title: parsed.data.title,
      number: parsed.data.number,
      validity: currentValidity(parsed.data),
    })
  }

  const fileTargets = new Map<string, FileItem & { href: string }>()
  for (const [id, file] of files) fileTargets.set(id, { ...file, href: filePath(file.filename) })

  const render: RenderContext = {
    locale,
    link: (collection, id) => links.get(`${collection}:${id}`),
    legal: (id) => legal.get(String(id)),
    media: (id) => media.get(String(id)) as MediaItem | undefined,
    file: (id) => fileTargets.get(String(id)),
  }
  const targets: Record<string, Map<string, unknown>> = {
    media,
    files,
    'legal-documents': legal,
  }
  for (const [key, target] of links) {
    const [collection, id] = key.split(':') as [string, string]
    if (collection === 'legal-documents') continue
    ;(targets[collection] ??= new Map()).set(id, target)
  }
  /** What a document's rich text shows of the documents it points at (see payload-loader.ts). */
  const referencesDigest = (references: Reference[]): string =>
    digest(references.map((r) => [r.collection, r.id, targets[r.collection]?.get(r.id) ?? null]) as never)
  return { render, media, files, referencesDigest }
}
