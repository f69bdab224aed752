/**
 * Pure computations behind a case study's figures. The CMS hook stores their results and the site
 * shows them, so editors never type a total, a payback period or a percentage by hand.
 */

/** The part of a cleaner-production option that the figures depend on. */
export type OptionFigures = {
  status?: string | null
  investmentVnd?: number | null
  annualSavingsVnd?: number | null
  electricityKwhPerYear?: number | null
  fuelPerYear?: number | null
  fuelUnit?: string | null
  waterM3PerYear?: number | null
  rawMaterialTPerYear?: number | null
  co2eTPerYear?: number | null
}

export type CaseStudyTotals = {
  implementedOptions: number
  investmentVnd: number
  annualSavingsVnd: number
  paybackMonths: number | null
  electricityKwhPerYear: number
  waterM3PerYear: number
  rawMaterialTPerYear: number
  co2eTPerYear: number
  /** Fuels are summed per unit: tonnes of firewood and litres of diesel do not add up. */
  fuelPerYear: { unit: string; amount: number }[]
}

/** The plan's target: 5–8 % less energy and material per unit of product (QĐ 2618/QĐ-UBND, 2011). */
export const PLAN_TARGET_MIN_PERCENT = 5

const sum = (values: (number | null | undefined)[]): number =>
  values.reduce<number>((total, value) => total + (value ?? 0), 0)

/** Months to recover an investment from annual savings, to one decimal; null when nothing is saved. */
export function paybackMonths(investmentVnd: number, annualSavingsVnd: number): number | null {
  if (annualSavingsVnd <= 0) return null
  return Math.round((investmentVnd / annualSavingsVnd) * 12 * 10) / 10
}

/**
 * Totals over the implemented options only: planned and rejected options have saved nothing yet,
 * and counting them would overstate what cleaner production achieved.
 */
export function computeTotals(options: OptionFigures[]): CaseStudyTotals {
  const implemented = options.filter((option) => option.status === 'implemented')
  const investmentVnd = sum(implemented.map((o) => o.investmentVnd))
  const annualSavingsVnd = sum(implemented.map((o) => o.annualSavingsVnd))
  return {
    implementedOptions: implemented.length,
    investmentVnd,
    annualSavingsVnd,
    paybackMonths: paybackMonths(investmentVnd, annualSavingsVnd),
    electricityKwhPerYear: sum(implemented.map((o) => o.electricityKwhPerYear)),
    waterM3PerYear: sum(implemented.map((o) => o.waterM3PerYear)),
    rawMaterialTPerYear: sum(implemented.map((o) => o.rawMaterialTPerYear)),
    co2eTPerYear: sum(implemented.map((o) => o.co2eTPerYear)),
    fuelPerYear: sumFuelByUnit(implemented),
  }
}

function sumFuelByUnit(options: OptionFigures[]): { unit: string; amount: number }[] {
  const byUnit = new Map<string, number>()
  for (const option of options) {
    if (!option.fuelUnit || !option.fuelPerYear) continue
    byUnit.set(option.fuelUnit, (byUnit.get(option.fuelUnit) ?? 0) + option.fuelPerYear)
  }
  return [...byUnit].map(([unit, amount]) => ({ unit, amount }))
}

/** Change from before to after in percent of before, to one decimal; negative means a reduction. */
export function percentChange(before: number, after: number): number | null {
  if (before === 0) return null
  return Math.round(((after - before) / before) * 1000) / 10
}

/** Whether a per-unit consumption indicator fell by at least the plan's 5 % target. */
export function meetsPlanTarget(change: number | null): boolean {
  return change !== null && change <= -PLAN_TARGET_MIN_PERCENT
}
