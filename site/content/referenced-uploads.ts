import type { DocumentKind, UploadKind } from './kinds'
import type { RawDocument } from './raw-cache'
import { idOf, richTextReferences } from './rich-text-references'

/** Fields (dot paths; `*` walks arrays) that hold uploads, per kind and upload collection. */
const UPLOAD_FIELDS: Record<DocumentKind, Record<UploadKind, string[]>> = {
  sectors: { media: ['image'], files: [] },
  topics: { media: [], files: [] },
  'glossary-terms': { media: [], files: [] },
  guides: { media: ['coverImage'], files: ['attachments'] },
  'case-studies': { media: ['images'], files: ['attachments'] },
  curricula: { media: ['coverImage'], files: ['modules.*.materials'] },
  'legal-documents': { media: [], files: ['originalFile'] },
}

/** Values at a dot path (`*` walks arrays). */
function valuesAt(value: unknown, path: string[]): unknown[] {
  if (path.length === 0) return Array.isArray(value) ? value : [value]
  const [head, ...rest] = path
  if (head === '*') return Array.isArray(value) ? value.flatMap((v) => valuesAt(v, rest)) : []
  if (!value || typeof value !== 'object') return []
  return valuesAt((value as Record<string, unknown>)[head!], rest)
}

/**
 * Ids of the uploads that published documents use. Only these are published on the site: an
 * image uploaded for a draft stays in the CMS until the draft is published.
 */
export function referencedUploads(
  documents: Record<DocumentKind, RawDocument[]>,
): Record<UploadKind, Set<string>> {
  const found: Record<UploadKind, Set<string>> = { media: new Set(), files: new Set() }
  for (const [kind, docs] of Object.entries(documents) as [DocumentKind, RawDocument[]][]) {
    for (const doc of docs) {
      for (const uploadKind of ['media', 'files'] as const) {
        for (const path of UPLOAD_FIELDS[kind][uploadKind]) {
          for (const value of valuesAt(doc, path.split('.'))) {
            const id = idOf(value)
            if (id) found[uploadKind].add(id)
          }
        }
      }
      for (const reference of richTextReferences(doc)) {
        if (reference.collection === 'media' || reference.collection === 'files') {
          found[reference.collection].add(reference.id)
        }
      }
    }
  }
  return found
}
