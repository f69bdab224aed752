import { z } from 'astro/zod'

import { LEGAL_RELATION_VALUES, LEGAL_TYPE_VALUES, VALIDITY_VALUES } from './vocabularies'
import {
  isoDate,
  optionalDate,
  optionalRef,
  optionalText,
  publishedFields,
  refs,
} from './shared'

/** A relation this document has to another ("amends 31/2009/…"); the site shows the inverse too. */
const relation = z.object({
  relation: z.enum(LEGAL_RELATION_VALUES),
  /** The related document when the knowledge base holds it… */
  document: optionalRef,
  /** …otherwise its number and title as text. */
  externalNumber: optionalText,
  externalTitle: optionalText,
  note: optionalText,
})

/** A legal document with the metadata vbpl.vn shows. */
export const legalDocumentSchema = <T>(richText: z.ZodType<T>) =>
  z.object({
    ...publishedFields,
    /** Số ký hiệu, e.g. 2618/QĐ-UBND. */
    number: z.string().min(1),
    title: z.string().min(1),
    type: z.enum(LEGAL_TYPE_VALUES),
    scope: z.enum(['national', 'provincial']),
    issuingBody: z.string().min(1),
    signer: optionalText,
    issueDate: isoDate,
    effectiveDate: optionalDate,
    expiryDate: optionalDate,
    /** As saved; the site derives it again at build time unless an editor set it by hand. */
    validityStatus: z
      .enum(VALIDITY_VALUES)
      .nullish()
      .transform((value) => value ?? undefined),
    validityStatusSetByEditor: z
      .boolean()
      .nullish()
      .transform((value) => value ?? false),
    province: optionalText,
    sectors: refs,
    topics: refs,
    summary: optionalText,
    fullText: richText.nullish().transform((value) => value ?? undefined),
    /** True when `fullText` is a summary written for the knowledge base, not the official text. */
    fullTextIsSummary: z
      .boolean()
      .nullish()
      .transform((value) => value ?? false),
    source: optionalText,
    originalFile: optionalRef,
    relations: z
      .array(relation)
      .nullish()
      .transform((value) => value ?? []),
  })
