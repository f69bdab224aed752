import { z } from 'astro/zod'

import { optionalRef, optionalText, publishedFields, refs } from './shared'

/** A sector (ngành) of the province's industry: cashew, rubber, tapioca starch… */
export const sectorSchema = () =>
  z.object({
    ...publishedFields,
    name: z.string().min(1),
    /** What the sector makes and where its cleaner-production potential lies. */
    description: optionalText,
    /** VSIC 2018 codes of the sector. */
    vsicCodes: z
      .array(z.object({ code: z.string() }))
      .nullish()
      .transform((value) => (value ?? []).map((entry) => entry.code)),
    /** A broader sector this one belongs to. */
    parent: optionalRef,
    image: optionalRef,
  })

/** A cross-cutting topic (energy, water, waste…). */
export const topicSchema = () =>
  z.object({
    ...publishedFields,
    name: z.string().min(1),
    description: optionalText,
  })

/** A glossary term with its definition. */
export const glossaryTermSchema = () =>
  z.object({
    ...publishedFields,
    term: z.string().min(1),
    definition: z.string().min(1),
    /** Related terms. */
    seeAlso: refs,
  })
