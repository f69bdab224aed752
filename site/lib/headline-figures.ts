/** The case-study fields the home page's figures use. */
export interface FigureSource {
  enterprise: { name: string }
  totals: { investmentVnd?: number; annualSavingsVnd?: number; paybackMonths?: number }
  source: { illustrative: boolean }
}

export interface HeadlineFigures {
  caseStudies: number
  /** Enterprises counted once each, however many case studies they have. */
  enterprises: number
  investmentVnd: number
  annualSavingsVnd: number
  /** Mean of the case studies' own payback periods (those that have one), to one decimal. */
  averagePaybackMonths: number | undefined
  /** How many of the case studies are illustrative (sample) data, so the page can say so. */
  illustrative: number
}

/** Headline figures computed from the published case studies, never typed by hand. */
export function headlineFigures(studies: FigureSource[]): HeadlineFigures {
  const paybacks = studies
    .map((study) => study.totals.paybackMonths)
    .filter((months): months is number => months !== undefined)
  return {
    caseStudies: studies.length,
    enterprises: new Set(studies.map((study) => study.enterprise.name.trim().toLowerCase())).size,
    investmentVnd: studies.reduce((sum, study) => sum + (study.totals.investmentVnd ?? 0), 0),
    annualSavingsVnd: studies.reduce((sum, study) => sum + (study.totals.annualSavingsVnd ?? 0), 0),
    averagePaybackMonths: paybacks.length
      ? Math.round((paybacks.reduce((a, b) => a + b, 0) / paybacks.length) * 10) / 10
      : undefined,
    illustrative: studies.filter((study) => study.source.illustrative).length,
  }
}
