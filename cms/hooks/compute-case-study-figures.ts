import type { CollectionBeforeChangeHook } from 'payload'

import {
  computeTotals,
  meetsPlanTarget,
  type OptionFigures,
  paybackMonths,
  percentChange,
} from '../lib/case-study-figures'

type Indicator = { before?: number | null; after?: number | null; [key: string]: unknown }
type Option = OptionFigures & { [key: string]: unknown }
type CaseStudyData = {
  options?: Option[] | null
  indicators?: Indicator[] | null
  totals?: unknown
}

/**
 * Computes every derived figure of a case study — option paybacks, totals of the implemented
 * options, overall payback, and each indicator's % change against the plan's 5 % target — so that
 * what the site shows always agrees with the options and indicators an editor entered.
 */
export const computeCaseStudyFigures: CollectionBeforeChangeHook<
  CaseStudyData & { id: string }
> = ({ data, originalDoc }) => {
  const options = data.options ?? originalDoc?.options ?? []
  data.options = options.map((option) => ({
    ...option,
    paybackMonths: paybackMonths(option.investmentVnd ?? 0, option.annualSavingsVnd ?? 0),
  }))
  data.totals = computeTotals(options)

  const indicators = data.indicators ?? originalDoc?.indicators
  if (indicators) {
    data.indicators = indicators.map((indicator) => {
      const change =
        typeof indicator.before === 'number' && typeof indicator.after === 'number'
          ? percentChange(indicator.before, indicator.after)
          : null
      return { ...indicator, changePercent: change, meetsTarget: meetsPlanTarget(change) }
    })
  }
  return data
}
