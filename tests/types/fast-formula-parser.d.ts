/** The part of fast-formula-parser (no bundled types) that the worksheet tests use. */
declare module 'fast-formula-parser' {
  type Position = { sheet: string; row: number; col: number }
  type Options = {
    onCell: (ref: Position) => unknown
    onRange: (ref: {
      sheet: string
      from: Omit<Position, 'sheet'>
      to: Omit<Position, 'sheet'>
    }) => unknown[][]
  }
  export default class FormulaParser {
    constructor(options: Options)
    parse(formula: string, position: Position): unknown
  }
}
