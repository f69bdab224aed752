import { defineCollection } from 'astro:content'
import { glob } from 'astro/loaders'
import { z } from 'astro/zod'

import { payloadLoader, uploadsLoader } from './content/payload-loader'
import { withPartEnds } from './content/part-ends'
import { caseStudySchema } from './content/schemas/case-studies'
import { curriculumSchema } from './content/schemas/curricula'
import { guideSchema } from './content/schemas/guides'
import { legalDocumentSchema } from './content/schemas/legal-documents'
import { entryFields, STORED_RICH_TEXT } from './content/schemas/shared'
import { glossaryTermSchema, sectorSchema, topicSchema } from './content/schemas/taxonomies'
import { fileSchema, mediaSchema } from './content/schemas/uploads'

/** Hand-written pages (`content/pages/<locale>/<name>.mdx`), paired across locales by file name. */
const pageSchema = z.object({
  /** Page title, printed by the layout as the only h1. */
  title: z.string().min(1),
  /** Meta description, at most 160 characters. */
  description: z.string().min(1).max(160),
  /** URL slug in this locale: readable ASCII. */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** When the page was last updated (YYYY-MM-DD). */
  updated: z.coerce.date(),
})

/**
 * The site's content: one collection per CMS collection it publishes (entries `<locale>/<slug>`,
 * rich text already HTML, kept
 * beside the store), the uploads those documents use, and the hand-written MDX pages.
 */
export const collections = {
  guides: defineCollection({
    loader: payloadLoader('guides', guideSchema(STORED_RICH_TEXT).extend(entryFields), {
      afterRender: withPartEnds,
    }),
  }),
  'case-studies': defineCollection({
    loader: payloadLoader('case-studies', caseStudySchema(STORED_RICH_TEXT).extend(entryFields)),
  }),
  curricula: defineCollection({
    loader: payloadLoader('curricula', curriculumSchema(STORED_RICH_TEXT).extend(entryFields)),
  }),
  'legal-documents': defineCollection({
    loader: payloadLoader(
      'legal-documents',
      legalDocumentSchema(STORED_RICH_TEXT).extend(entryFields),
    ),
  }),
  sectors: defineCollection({
    loader: payloadLoader('sectors', sectorSchema().extend(entryFields)),
  }),
  topics: defineCollection({ loader: payloadLoader('topics', topicSchema().extend(entryFields)) }),
  'glossary-terms': defineCollection({
    loader: payloadLoader('glossary-terms', glossaryTermSchema().extend(entryFields)),
  }),
  media: defineCollection({ loader: uploadsLoader('media', mediaSchema().extend(entryFields)) }),
  files: defineCollection({ loader: uploadsLoader('files', fileSchema().extend(entryFields)) }),
  pages: defineCollection({
    // Ids are `<locale>/<file name>` (not the front-matter slug, which differs per locale).
    loader: glob({
      pattern: '*/*.mdx',
      base: './content/pages',
      generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
    }),
    schema: pageSchema,
  }),
}
