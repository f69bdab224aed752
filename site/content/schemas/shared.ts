import { z } from 'astro/zod'

import { SLUG_PATTERN } from '../../../cms/lib/slugify'

/**
 * Building blocks of the boundary schemas. Each content schema is a factory over its rich-text
 * type: the loader parses Payload's documents with `LEXICAL` (the editor's JSON) and stores them
 * with `STORED_RICH_TEXT` (the HTML it made, kept in a file), so one definition describes both
 * sides.
 */

/** A document id: a number on SQLite, a string (ObjectId) on MongoDB. */
export const docId = z.union([z.number(), z.string()])

/** A relation as Payload returns it: an id at depth 0, a document when populated. */
export const ref = z.union([docId, z.looseObject({ id: docId }).transform((doc) => doc.id)])

/** A hasMany relation; missing or null is an empty list. */
export const refs = z
  .array(ref)
  .nullish()
  .transform((value) => value ?? [])

/** An optional single relation; null becomes undefined. */
export const optionalRef = ref.nullish().transform((value) => value ?? undefined)

/** Optional text: null and blank strings become undefined, so templates test one thing. */
export const optionalText = z
  .string()
  .nullish()
  .transform((value) => (value && value.trim() !== '' ? value : undefined))

export const optionalNumber = z
  .number()
  .nullish()
  .transform((value) => value ?? undefined)

/** A slug that makes a readable ASCII URL. */
export const slug = z.string().regex(SLUG_PATTERN, 'is not a readable URL slug (a-z, 0-9, hyphens)')

/** An ISO date-time string that parses to a real date. */
export const isoDate = z
  .string()
  .refine((value) => !Number.isNaN(Date.parse(value)), 'is not a valid date')

export const optionalDate = isoDate.nullish().transform((value) => value ?? undefined)

/** A list of enum values (audience…); missing is empty. */
export const enumList = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .array(z.enum(values))
    .nullish()
    .transform((value) => value ?? [])

/** The serialized Lexical state of a rich-text field, as stored by Payload. */
export const LEXICAL = z.looseObject({
  root: z.looseObject({
    type: z.literal('root'),
    children: z.array(z.looseObject({ type: z.string() })),
  }),
})

/** A heading of a rendered rich-text field, for tables of contents. */
export const heading = z.object({
  /** 2 or 3: deeper headings are not listed. */
  depth: z.number(),
  /** Anchor id, unique within the page. */
  id: z.string(),
  text: z.string(),
})

/** A rich-text field after conversion: sanitized HTML and its headings. */
export const RENDERED = z.object({
  html: z.string(),
  headings: z.array(heading),
  /** Plain text length, to decide whether a table of contents is worth showing. */
  textLength: z.number(),
  /**
   * Where each part of a long body ends (offsets into `html`), recorded when the document is
   * converted so that builds need not measure it again; see lib/parts.ts.
   */
  partEnds: z.array(z.number().int().nonnegative()).optional(),
})

export type RenderedRichText = z.output<typeof RENDERED>

/**
 * A rich-text field as the content store keeps it: its HTML is in a file beside the store
 * (content/html-store.ts), read by the page that shows it.
 */
export const STORED_RICH_TEXT = RENDERED.omit({ html: true }).extend({
  /** Name of the file holding the HTML: a digest of the text. */
  htmlRef: z.string(),
  /** Length of the HTML in characters (0 when the field is empty). */
  htmlLength: z.number().int().nonnegative(),
})

export type StoredRichText = z.output<typeof STORED_RICH_TEXT>

/** Fields every published document carries. */
export const publishedFields = {
  id: docId,
  slug,
  createdAt: isoDate,
  updatedAt: isoDate,
  /** Set once, when the document was first published; falls back to creation in lists. */
  firstPublishedAt: optionalDate,
  /** Up to 160 characters for search engines; the summary is used when empty. */
  seoDescription: optionalText,
}

/** What the loader adds to every stored entry. */
export const entryFields = {
  /** The locale this entry was read in. */
  locale: z.enum(['vi', 'en']),
  /** False when the English entry falls back to the Vietnamese text. */
  translated: z.boolean(),
}
