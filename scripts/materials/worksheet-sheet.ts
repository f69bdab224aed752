import type ExcelJS from 'exceljs'

/**
 * The sheet model shared by the training workbooks (content/materials/worksheet-spec.md §1): a
 * sheet is a set of cells by A1 address, each an input, a label or a formula, plus the builder of
 * the usual table layout (title, note and parameters, headers, data rows, total row, rows below).
 */

/** A value typed into a cell. */
export type Input = string | number | Date | null

/** One cell of a sheet. Formulas are written without the leading `=`. */
export type CellSpec = {
  value?: Input
  formula?: string
  numFmt?: string
  /** A value the user replaces: filled light blue. Never set on formulas or text labels. */
  input?: boolean
  style?: 'title' | 'note' | 'header' | 'bold'
  validation?: ExcelJS.DataValidation
}

/** A sheet as the renderer writes it. */
export type SheetSpec = {
  name: string
  widths: number[]
  cells: Record<string, CellSpec>
  /** Rows above the frozen split (the header row and what is above it). */
  freezeRows: number
  conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[]
}

/** Where the data rows of every table sheet start (row 1 title, row 2 note, row 3 headers). */
export const FIRST_DATA_ROW = 4
const HEADER_ROW = 3

/** The note in A2 of every table sheet: the sample figures are only an example. */
export const ILLUSTRATIVE_NOTE =
  'Ví dụ minh họa — thay bằng số liệu của doanh nghiệp / Illustrative — replace with your own data'

/** An input value (filled blue when it is a number or a date; text inputs are not filled). */
export const input = (value: Input, numFmt?: string): CellSpec => ({
  value,
  numFmt,
  input: typeof value === 'number' || value instanceof Date,
})
/** A formula cell. */
export const formula = (text: string, numFmt?: string): CellSpec => ({ formula: text, numFmt })
/** A text label. */
export const label = (text: string, style?: CellSpec['style']): CellSpec => ({ value: text, style })

/** Column letter of a 1-based column number (the workbooks stay within A–Z). */
export const letter = (column: number): string => String.fromCharCode(64 + column)

/** The row numbers of a table: first and last data row, and the total row below them. */
export type TableRows = { first: number; last: number; total: number }

/** One column of a table sheet. */
export type Column = {
  header: string
  width: number
  numFmt?: string
  /** The formula of a data row `row`; a column without one is an input column. */
  formula?: (row: number, rows: TableRows) => string
  /** Data validation of the column's data cells. */
  validation?: ExcelJS.DataValidation
}

/** A table sheet as the spec describes it: the sample rows are keyed by column letter. */
export type TableSpec = {
  name: string
  title: string
  columns: Column[]
  rows: Record<string, Input>[]
  /** Parameters and their labels on row 2, by address. */
  params?: Record<string, CellSpec>
  /**
   * The row below the data: `sum` sums the column's data rows, `row` applies the column's data-row
   * formula to this row (ratios of totals, not totals of ratios), a function gives the formula.
   */
  total?: {
    label?: string
    cells: Record<string, 'sum' | 'row' | ((rows: TableRows) => string)>
  }
  /** Rows under the total row, label in A and value in B: an input, or a formula. */
  below?: { label: string; input?: number; formula?: (rows: TableRows) => string; numFmt: string }[]
  /** Columns whose negative data values show in red (a negative loss is a measuring error). */
  redWhenNegative?: string[]
}

/** Builds the cells of a table sheet in the shared layout (spec §1). */
export function tableSheet(spec: TableSpec): SheetSpec {
  const rows: TableRows = {
    first: FIRST_DATA_ROW,
    last: FIRST_DATA_ROW + spec.rows.length - 1,
    total: FIRST_DATA_ROW + spec.rows.length,
  }
  const cells: Record<string, CellSpec> = {
    A1: label(spec.title, 'title'),
    A2: label(ILLUSTRATIVE_NOTE, 'note'),
    ...spec.params,
  }
  spec.columns.forEach((column, index) => {
    const col = letter(index + 1)
    cells[`${col}${HEADER_ROW}`] = label(column.header, 'header')
    spec.rows.forEach((values, offset) => {
      const row = FIRST_DATA_ROW + offset
      const cell = column.formula
        ? formula(column.formula(row, rows), column.numFmt)
        : input(values[col] ?? null, column.numFmt)
      if (column.validation) cell.validation = column.validation
      cells[`${col}${row}`] = cell
    })
    const total = spec.total?.cells[col]
    if (!total) return
    const text =
      total === 'sum'
        ? `SUM(${col}${rows.first}:${col}${rows.last})`
        : total === 'row'
          ? column.formula!(rows.total, rows)
          : total(rows)
    cells[`${col}${rows.total}`] = { ...formula(text, column.numFmt), style: 'bold' }
  })
  if (spec.total) cells[`A${rows.total}`] = label(spec.total.label ?? 'Tổng / Total', 'bold')
  spec.below?.forEach((line, offset) => {
    const row = rows.total + 1 + offset
    cells[`A${row}`] = label(line.label)
    cells[`B${row}`] = line.formula
      ? formula(line.formula(rows), line.numFmt)
      : input(line.input ?? null, line.numFmt)
  })
  return {
    name: spec.name,
    widths: spec.columns.map((column) => column.width),
    cells,
    freezeRows: HEADER_ROW,
    conditionalFormattings: spec.redWhenNegative?.map((col) => ({
      ref: `${col}${rows.first}:${col}${rows.last}`,
      rules: [
        {
          type: 'cellIs',
          operator: 'lessThan',
          formulae: [0],
          priority: 1,
          style: { font: { color: { argb: 'FFC00000' }, bold: true } },
        },
      ],
    })),
  }
}

/** The `Huong dan` sheet: the title, then one instruction per row. */
export function guideSheet(title: string, lines: string[]): SheetSpec {
  const cells: Record<string, CellSpec> = { A1: label(title, 'title') }
  lines.forEach((text, index) => (cells[`A${index + 2}`] = label(text)))
  return { name: 'Huong dan', widths: [110], cells, freezeRows: 0 }
}

const INPUT_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFDCEBFA' },
}
const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFE8F1EC' },
}

/** Writes one sheet into the workbook. */
export function renderSheet(workbook: ExcelJS.Workbook, spec: SheetSpec): void {
  const sheet = workbook.addWorksheet(spec.name)
  sheet.columns = spec.widths.map((width) => ({ width }))
  const guide = spec.name === 'Huong dan'
  for (const [address, cellSpec] of Object.entries(spec.cells)) {
    const cell = sheet.getCell(address)
    cell.value = cellSpec.formula !== undefined ? { formula: cellSpec.formula } : cellSpec.value
    if (cellSpec.numFmt) cell.numFmt = cellSpec.numFmt
    if (cellSpec.input) cell.fill = INPUT_FILL
    if (cellSpec.validation) cell.dataValidation = cellSpec.validation
    if (guide) cell.alignment = { wrapText: true }
    switch (cellSpec.style) {
      case 'title':
        cell.font = { bold: true, size: guide ? 14 : 13 }
        break
      case 'note':
        cell.font = { italic: true, color: { argb: 'FF5B6B62' } }
        break
      case 'header':
        cell.font = { bold: true }
        cell.fill = HEADER_FILL
        cell.alignment = { wrapText: true, vertical: 'top' }
        break
      case 'bold':
        cell.font = { bold: true }
    }
  }
  for (const options of spec.conditionalFormattings ?? []) sheet.addConditionalFormatting(options)
  if (spec.freezeRows) sheet.views = [{ state: 'frozen', ySplit: spec.freezeRows }]
}
