export type ParsedTable = { ok: true; rows: string[][] } | { ok: false; error: string }

/** Splits one line of a pasted table: tabs win (spreadsheets), otherwise "|" (Markdown style). */
function splitRow(line: string): string[] {
  if (line.includes('\t')) return line.split('\t').map((cell) => cell.trim())
  return line
    .replace(/^\s*\|/, '')
    .replace(/\|\s*$/, '')
    .split('|')
    .map((cell) => cell.trim())
}

/** A Markdown separator row such as `|---|:---:|` carries no data. */
const isSeparator = (cells: string[]): boolean => cells.every((cell) => /^:?-{2,}:?$/.test(cell))

/** Parses table text into rows of cells, refusing ragged rows so nothing is silently dropped. */
export function parseTableText(text: string): ParsedTable {
  const rows = text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map(splitRow)
    .filter((cells) => !isSeparator(cells))
  if (rows.length === 0) return { ok: false, error: 'The table is empty. / Bảng đang trống.' }
  const width = rows[0]?.length ?? 0
  const ragged = rows.findIndex((cells) => cells.length !== width)
  if (ragged !== -1) {
    return {
      ok: false,
      error: `Row ${ragged + 1} has ${rows[ragged]?.length} cells, the first row has ${width}. / Hàng ${ragged + 1} có ${rows[ragged]?.length} ô, hàng đầu có ${width} ô.`,
    }
  }
  return { ok: true, rows }
}
