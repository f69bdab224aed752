import ExcelJS from 'exceljs'
import FormulaParser from 'fast-formula-parser'

type CellValue = number | string | boolean | null

/**
 * Evaluates a workbook's formulas the way a spreadsheet would, with an independent formula engine
 * (fast-formula-parser), so a test can check that the formulas themselves compute the right
 * figures — not merely that some cached value was written.
 */
export async function evaluateWorkbook(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer)
  const cache = new Map<string, CellValue>()

  const valueOf = (sheetName: string, row: number, col: number): CellValue => {
    const key = `${sheetName}!${row}:${col}`
    if (cache.has(key)) return cache.get(key)!
    const cell = workbook.getWorksheet(sheetName)?.getCell(row, col)
    const raw = cell?.value as unknown
    let value: CellValue = null
    if (raw && typeof raw === 'object' && 'formula' in raw) {
      // A parser instance is not re-entrant, and evaluating one cell may need another's value.
      value = makeParser().parse(String((raw as { formula: string }).formula), {
        sheet: sheetName,
        row,
        col,
      }) as CellValue
    } else if (typeof raw === 'number' || typeof raw === 'string' || typeof raw === 'boolean') {
      value = raw
    }
    cache.set(key, value)
    return value
  }

  const makeParser = () =>
    new FormulaParser({
      onCell: ({ sheet, row, col }: { sheet: string; row: number; col: number }) =>
        valueOf(sheet, row, col),
      onRange: ({
        sheet,
        from,
        to,
      }: {
        sheet: string
        from: { row: number; col: number }
        to: { row: number; col: number }
      }) => {
        const rows: CellValue[][] = []
        for (let row = from.row; row <= to.row; row++) {
          const cells: CellValue[] = []
          for (let col = from.col; col <= to.col; col++) cells.push(valueOf(sheet, row, col))
          rows.push(cells)
        }
        return rows
      },
    })

  const cellOf = (sheetName: string, address: string): ExcelJS.Cell => {
    const sheet = workbook.getWorksheet(sheetName)
    if (!sheet) throw new Error(`no sheet ${sheetName}`)
    return sheet.getCell(address)
  }

  return {
    workbook,
    /** The computed value of a cell, e.g. value('Chi so', 4, 5). */
    value: valueOf,
    /** The computed value of a cell by address, e.g. at('Chi so', 'E4'). */
    at: (sheetName: string, address: string): CellValue => {
      const cell = cellOf(sheetName, address)
      return valueOf(sheetName, Number(cell.row), Number(cell.col))
    },
    /** The cell as written in the file (its formula, fill, format), by address. */
    cell: cellOf,
    /** Types a new input, as a user would; every computed value is then evaluated afresh. */
    set: (sheetName: string, address: string, value: number | string) => {
      cellOf(sheetName, address).value = value
      cache.clear()
    },
    formulaCount: () =>
      workbook.worksheets.reduce((count, sheet) => {
        let formulas = 0
        sheet.eachRow((row) => row.eachCell((cell) => void (cell.formula ? formulas++ : 0)))
        return count + formulas
      }, 0),
  }
}
