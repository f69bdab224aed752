import type { DocumentKind, UploadKind } from './kinds'
import type { RawDocument } from './knowledge-source'

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

/** Blocks of the rich-text editor that embed an upload, and the field holding it. */
const UPLOAD_BLOCKS: Record<string, [UploadKind, string]> = {
  figure: ['media', 'image'],
  fileDownload: ['files', 'file'],
}

const idOf = (value: unknown): string | undefined =>
  typeof value === 'number' || typeof value === 'string'
    ? String(value)
    : value && typeof value === 'object' && 'id' in value
      ? idOf((value as { id: unknown }).id)
      : undefined

function valuesAt(value: unknown, path: string[]): unknown[] {
  if (path.length === 0) return Array.isArray(value) ? value : [value]
  const [head, ...rest] = path
  if (head === '*') return Array.isArray(value) ? value.flatMap((v) => valuesAt(v, rest)) : []
  if (!value || typeof value !== 'object') return []
  return valuesAt((value as Record<string, unknown>)[head!], rest)
}

/** Uploads embedded anywhere in rich text: upload nodes and upload-holding blocks. */
function collectFromRichText(value: unknown, found: Record<UploadKind, Set<string>>): void {
  if (Array.isArray(value)) return value.forEach((item) => collectFromRichText(item, found))
  if (!value || typeof value !== 'object') return
  const node = value as Record<string, unknown>
  if (node.type === 'upload' && (node.relationTo === 'media' || node.relationTo === 'files')) {
    const id = idOf(node.value)
    if (id) found[node.relationTo].add(id)
  }
  const fields = node.fields as Record<string, unknown> | undefined
  const block = typeof fields?.blockType === 'string' ? UPLOAD_BLOCKS[fields.blockType] : undefined
  if (block) {
    const id = idOf(fields?.[block[1]])
    if (id) found[block[0]].add(id)
  }
  for (const child of Object.values(node)) {
    if (child && typeof child === 'object') collectFromRichText(child, found)
  }
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
      collectFromRichText(doc, found)
    }
  }
  return found
}
