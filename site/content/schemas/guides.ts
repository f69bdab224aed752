import { z } from 'astro/zod'

import { AUDIENCES } from './vocabularies'
import {
  enumList,
  optionalDate,
  optionalRef,
  optionalText,
  publishedFields,
  refs,
} from './shared'

/** A practical guide, usually for one sector, with its legal basis and worked examples. */
export const guideSchema = <T>(richText: z.ZodType<T>) =>
  z.object({
    ...publishedFields,
    title: z.string().min(1),
    /** One or two sentences shown in lists and as the meta description. */
    summary: optionalText,
    sectors: refs,
    topics: refs,
    /** Who the guide is written for. */
    audience: enumList(AUDIENCES),
    body: richText.nullish().transform((value) => value ?? undefined),
    /** Legal documents the guide rests on; shown with their validity. */
    legalBasis: refs,
    relatedCaseStudies: refs,
    /** Files offered for download at the end of the guide. */
    attachments: refs,
    coverImage: optionalRef,
    /** When an editor last checked the guide is still right. */
    lastReviewed: optionalDate,
  })
