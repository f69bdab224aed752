import { z } from 'astro/zod'

import {
  FUEL_UNIT_VALUES,
  OPTION_TYPE_VALUES,
  VERIFICATION_LEVEL_VALUES,
} from './vocabularies'
import {
  optionalNumber,
  optionalText,
  publishedFields,
  ref,
  refs,
} from './shared'

/** One cleaner-production option an enterprise considered, with its costs and savings. */
const option = z.object({
  description: z.string().min(1),
  optionType: z.enum(OPTION_TYPE_VALUES),
  /** Only implemented options count in the totals. */
  status: z.enum(['implemented', 'planned', 'rejected']),
  investmentVnd: optionalNumber,
  annualSavingsVnd: optionalNumber,
  paybackMonths: optionalNumber,
  electricityKwhPerYear: optionalNumber,
  waterM3PerYear: optionalNumber,
  rawMaterialTPerYear: optionalNumber,
  co2eTPerYear: optionalNumber,
  fuelPerYear: optionalNumber,
  fuelUnit: z
    .enum(FUEL_UNIT_VALUES)
    .nullish()
    .transform((value) => value ?? undefined),
})

/** A per-unit indicator before and after, e.g. kWh per tonne of kernels. */
const indicator = z.object({
  name: z.string().min(1),
  unit: z.string().min(1),
  before: z.number(),
  after: z.number(),
  /** Computed by the CMS: (after − before) / before × 100. */
  changePercent: optionalNumber,
  /** Computed by the CMS: true when the indicator fell by at least 5 %. */
  meetsTarget: z
    .boolean()
    .nullish()
    .transform((value) => value ?? false),
})

/** A pilot or illustrative case study of cleaner production in one enterprise. */
export const caseStudySchema = <T>(richText: z.ZodType<T>) =>
  z.object({
    ...publishedFields,
    title: z.string().min(1),
    summary: optionalText,
    sector: ref,
    topics: refs,
    enterprise: z.object({
      name: z.string().min(1),
      anonymised: z
        .boolean()
        .nullish()
        .transform((value) => value ?? false),
    }),
    location: z.object({
      province: z.string().min(1),
      commune: optionalText,
      industrialPark: optionalText,
    }),
    assessmentYear: z.number().int().min(1990).max(2100),
    product: z.object({
      name: z.string().min(1),
      unit: z.string().min(1),
      annualOutput: optionalNumber,
    }),
    options: z
      .array(option)
      .nullish()
      .transform((value) => value ?? []),
    indicators: z
      .array(indicator)
      .nullish()
      .transform((value) => value ?? []),
    /** Computed by the CMS from the implemented options. */
    totals: z
      .object({
        implementedOptions: optionalNumber,
        investmentVnd: optionalNumber,
        annualSavingsVnd: optionalNumber,
        paybackMonths: optionalNumber,
        electricityKwhPerYear: optionalNumber,
        waterM3PerYear: optionalNumber,
        rawMaterialTPerYear: optionalNumber,
        co2eTPerYear: optionalNumber,
        fuelPerYear: z
          .array(z.object({ unit: z.enum(FUEL_UNIT_VALUES), amount: z.number() }))
          .nullish()
          .transform((value) => value ?? []),
      })
      .nullish()
      .transform((value) => value ?? { fuelPerYear: [] }),
    verificationLevel: z.enum(VERIFICATION_LEVEL_VALUES),
    source: z.object({
      citation: z.string().min(1),
      url: optionalText,
      /** Sample data: the site says so on the page and in lists. */
      illustrative: z
        .boolean()
        .nullish()
        .transform((value) => value ?? false),
    }),
    story: richText.nullish().transform((value) => value ?? undefined),
    images: refs,
    attachments: refs,
  })
