import { z } from 'astro/zod'

import { AUDIENCES, LICENCE_VALUES } from './vocabularies'
import {
  enumList,
  isoDate,
  optionalNumber,
  optionalRef,
  optionalText,
  publishedFields,
  refs,
} from './shared'

/** A training curriculum: outcomes, modules and the materials a trainer downloads. */
export const curriculumSchema = <T>(richText: z.ZodType<T>) =>
  z.object({
    ...publishedFields,
    title: z.string().min(1),
    summary: optionalText,
    audience: enumList(AUDIENCES),
    level: z.enum(['introductory', 'intermediate', 'advanced']),
    /** Computed by the CMS: the sum of the modules' hours. */
    durationHours: optionalNumber,
    sectors: refs,
    topics: refs,
    learningOutcomes: z
      .array(z.object({ outcome: z.string().min(1) }))
      .nullish()
      .transform((value) => (value ?? []).map((entry) => entry.outcome)),
    overview: richText.nullish().transform((value) => value ?? undefined),
    prerequisites: optionalText,
    licence: z.enum(LICENCE_VALUES),
    /** The curriculum's own version, so trainers know whether their copy is current. */
    version: z.string().min(1),
    changelog: z
      .array(z.object({ version: z.string(), date: isoDate, note: z.string() }))
      .nullish()
      .transform((value) => value ?? []),
    modules: z
      .array(
        z.object({
          title: z.string().min(1),
          durationHours: z.number(),
          objectives: optionalText,
          content: richText.nullish().transform((value) => value ?? undefined),
          /** Files of the module, also bundled in the curriculum's ZIP. */
          materials: refs,
        }),
      )
      .nullish()
      .transform((value) => value ?? []),
    coverImage: optionalRef,
  })
