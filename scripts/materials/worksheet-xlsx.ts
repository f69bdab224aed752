import ExcelJS from 'exceljs'

import { CASHEW_GUIDE, CASHEW_SHEETS } from './worksheet-cashew'
import { ENTERPRISE_BALANCE_SHEETS, ENTERPRISE_GUIDE } from './worksheet-enterprise'
import { ENTERPRISE_OPTION_SHEETS } from './worksheet-enterprise-options'
import { OFFICIALS_GUIDE, OFFICIALS_SHEETS } from './worksheet-officials'
import { guideSheet, renderSheet, type SheetSpec } from './worksheet-sheet'

/**
 * The training workbooks (XLSX with working formulas), specified in
 * content/materials/worksheet-spec.md. Inputs are the blue cells; everything else is a formula,
 * so trainees see how each figure is made. The sample rows are illustrative (ví dụ minh họa).
 */

export { FIRST_DATA_ROW } from './worksheet-sheet'

/** The three workbooks: the manifest's `variant` of a `worksheet-xlsx` entry. */
export const WORKSHEET_VARIANTS = ['enterprise', 'officials', 'cashew'] as const
/** Which workbook a `worksheet-xlsx` material is. */
export type WorksheetVariant = (typeof WORKSHEET_VARIANTS)[number]

/** Each workbook's instructions (after the title line) and its sheets after `Huong dan`. */
const WORKBOOKS: Record<WorksheetVariant, { guide: string[]; sheets: SheetSpec[] }> = {
  enterprise: {
    guide: ENTERPRISE_GUIDE,
    sheets: [...ENTERPRISE_BALANCE_SHEETS, ...ENTERPRISE_OPTION_SHEETS],
  },
  officials: { guide: OFFICIALS_GUIDE, sheets: OFFICIALS_SHEETS },
  cashew: { guide: CASHEW_GUIDE, sheets: CASHEW_SHEETS },
}

/** Renders one workbook; `title` (from the manifest) heads `Huong dan` and the file metadata. */
export async function renderWorksheetXlsx({
  title,
  date,
  variant = 'enterprise',
}: {
  title: string
  date: Date
  variant?: WorksheetVariant
}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'SXSH Knowledge Base'
  workbook.title = title
  // Fixed dates, so rebuilding gives the same content.
  workbook.created = date
  workbook.modified = date
  // No values are cached with the formulas: Excel and LibreOffice recompute them on opening.
  workbook.calcProperties.fullCalcOnLoad = true

  const { guide, sheets } = WORKBOOKS[variant]
  for (const sheet of [guideSheet(title, guide), ...sheets]) renderSheet(workbook, sheet)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
