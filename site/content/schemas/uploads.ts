import { z } from 'astro/zod'

import { LICENCE_VALUES } from './vocabularies'
import { docId, isoDate, optionalNumber, optionalText } from './shared'

/** Fields of every upload the site publishes. */
const uploadFields = {
  id: docId,
  updatedAt: isoDate,
  filename: z.string().min(1),
  mimeType: z.string().min(1),
  filesize: z.number().nonnegative(),
}

/** An image of the media library. */
export const mediaSchema = () =>
  z.object({
    ...uploadFields,
    /** Describes the image for readers who cannot see it. */
    alt: z.string().min(1),
    caption: optionalText,
    credit: optionalText,
    width: optionalNumber,
    height: optionalNumber,
  })

/** A downloadable document (handout, slides, worksheet, original legal text). */
export const fileSchema = () =>
  z.object({
    ...uploadFields,
    title: z.string().min(1),
    description: optionalText,
    language: z.enum(['vi', 'en', 'vi-en']),
    licence: z.enum(LICENCE_VALUES),
    /** Short format name (PDF, XLSX…), recorded by the CMS. */
    format: optionalText,
  })
