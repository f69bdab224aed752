import type { CollectionSlug } from 'payload'

/** A folder of content/ and the collection it fills. */
export type ContentKind = {
  folder: string
  collection: CollectionSlug
  /** The field written as the Markdown body of the file. */
  body: string
  /** True when the body field is plain text (a textarea), not rich text. */
  plainBody?: boolean
}

/**
 * The document folders, in import order: each only refers to kinds above it, except to itself
 * (sector parents, relations between legal documents), which the importer sets in a second pass.
 */
export const CONTENT_KINDS: ContentKind[] = [
  { folder: 'topics', collection: 'topics', body: 'description', plainBody: true },
  { folder: 'sectors', collection: 'sectors', body: 'description', plainBody: true },
  { folder: 'legal-documents', collection: 'legal-documents', body: 'fullText' },
  { folder: 'case-studies', collection: 'case-studies', body: 'story' },
  { folder: 'guides', collection: 'guides', body: 'body' },
  { folder: 'curricula', collection: 'curricula', body: 'overview' },
]

/**
 * How content files name a document of each collection: legal documents by their number, files by
 * their file name without extension, media by file name, everything else by slug.
 */
export const REFERENCE_KEY: Partial<
  Record<CollectionSlug, 'slug' | 'number' | 'fileStem' | 'filename'>
> = {
  topics: 'slug',
  sectors: 'slug',
  guides: 'slug',
  'case-studies': 'slug',
  curricula: 'slug',
  'glossary-terms': 'slug',
  'legal-documents': 'number',
  files: 'fileStem',
  media: 'filename',
}

export const LOCALES = ['vi', 'en'] as const
export type Locale = (typeof LOCALES)[number]
