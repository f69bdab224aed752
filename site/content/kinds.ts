import { caseStudySchema } from './schemas/case-studies'
import { curriculumSchema } from './schemas/curricula'
import { guideSchema } from './schemas/guides'
import { legalDocumentSchema } from './schemas/legal-documents'
import type { z } from 'astro/zod'
import { glossaryTermSchema, sectorSchema, topicSchema } from './schemas/taxonomies'

/**
 * The CMS collections the site publishes, each with its boundary schema and the field that names
 * a document (used to tell whether an English version exists and to label links).
 */
export const DOCUMENT_KINDS = {
  sectors: { schema: <T>(_: z.ZodType<T>) => sectorSchema(), titleField: 'name' },
  topics: { schema: <T>(_: z.ZodType<T>) => topicSchema(), titleField: 'name' },
  'glossary-terms': {
    schema: <T>(_: z.ZodType<T>) => glossaryTermSchema(),
    titleField: 'term',
  },
  guides: { schema: guideSchema, titleField: 'title' },
  'case-studies': { schema: caseStudySchema, titleField: 'title' },
  curricula: { schema: curriculumSchema, titleField: 'title' },
  'legal-documents': { schema: legalDocumentSchema, titleField: 'title' },
} as const

export type DocumentKind = keyof typeof DOCUMENT_KINDS
export const DOCUMENT_KIND_NAMES = Object.keys(DOCUMENT_KINDS) as DocumentKind[]

export type UploadKind = 'media' | 'files'
