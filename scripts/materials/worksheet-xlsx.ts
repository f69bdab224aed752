import ExcelJS from 'exceljs'

/**
 * The enterprise cleaner-production assessment worksheet: material balance, energy balance,
 * option screening with payback, and per-unit indicators against the plan's 5 % target.
 * Inputs are the blue cells; everything else is a formula, so trainees see how each figure is
 * made. The sample rows are illustrative (ví dụ minh họa), for practising with the formulas.
 */

type Row = (string | number | null)[]
type Formula = (row: number) => string

type SheetSpec = {
  name: string
  title: string
  headers: string[]
  /** Input columns (1-based) take the sample values; formula columns are computed. */
  rows: Row[]
  formulas: Record<number, Formula>
  /** Formulas of the total row, by column; the label goes in column 1. */
  totals?: Record<number, (first: number, last: number, totalRow: number) => string>
  widths: number[]
  numberFormats?: Record<number, string>
}

export const WORKSHEET_SHEETS: SheetSpec[] = [
  {
    name: 'Can bang vat lieu',
    title: 'Cân bằng vật liệu theo công đoạn / Material balance by process step (t/tháng)',
    headers: [
      'Công đoạn / Step',
      'Đầu vào / Input (t)',
      'Sản phẩm ra / Output (t)',
      'Thu hồi, sản phẩm phụ / Recovered (t)',
      'Tổn thất / Loss (t)',
      'Tổn thất / Loss (%)',
    ],
    rows: [
      ['Phân loại hạt điều thô / Grading raw nuts', 1000, 985, 10, null, null],
      ['Hấp hạt / Steaming', 985, 980, 0, null, null],
      ['Cắt tách vỏ / Shelling', 980, 260, 700, null, null],
      ['Sấy nhân / Drying kernels', 260, 245, 0, null, null],
      ['Bóc lụa, phân loại / Peeling, grading', 245, 222, 18, null, null],
    ],
    formulas: {
      5: (r) => `B${r}-C${r}-D${r}`,
      6: (r) => `IF(B${r}>0,E${r}/B${r},0)`,
    },
    totals: {
      5: (first, last) => `SUM(E${first}:E${last})`,
    },
    widths: [38, 16, 18, 22, 16, 14],
    numberFormats: { 6: '0.0%' },
  },
  {
    name: 'Can bang nang luong',
    title: 'Năng lượng trên đơn vị sản phẩm / Energy per unit of product (tháng / month)',
    headers: [
      'Thiết bị / Equipment',
      'Điện / Electricity (kWh)',
      'Nhiên liệu / Fuel (t)',
      'Nhiệt trị / Heating value (GJ/t)',
      'Điện / Electricity (GJ)',
      'Nhiên liệu / Fuel (GJ)',
      'Tổng / Total (GJ)',
    ],
    rows: [
      ['Lò hơi hấp hạt / Steaming boiler', 1500, 60, 15, null, null, null],
      ['Máy cắt / Shelling machines', 9000, 0, 0, null, null, null],
      ['Lò sấy nhân / Kernel dryer', 2500, 25, 15, null, null, null],
    ],
    formulas: {
      5: (r) => `B${r}*0.0036`,
      6: (r) => `C${r}*D${r}`,
      7: (r) => `E${r}+F${r}`,
    },
    totals: {
      2: (first, last) => `SUM(B${first}:B${last})`,
      3: (first, last) => `SUM(C${first}:C${last})`,
      7: (first, last) => `SUM(G${first}:G${last})`,
    },
    widths: [34, 18, 16, 20, 18, 16, 14],
    numberFormats: { 5: '0.0', 6: '0.0', 7: '0.0' },
  },
  {
    name: 'Sang loc giai phap',
    title: 'Sàng lọc giải pháp và thời gian hoàn vốn / Option screening and payback',
    headers: [
      'Giải pháp / Option',
      'Đầu tư / Investment (VND)',
      'Tiết kiệm/năm / Savings per year (VND)',
      'Hoàn vốn / Payback (tháng / months)',
      'Kỹ thuật / Technical (1–5)',
      'Kinh tế / Economic (1–5)',
      'Môi trường / Environmental (1–5)',
      'Điểm / Score',
      'Ưu tiên / Priority',
    ],
    rows: [
      [
        'Bảo ôn đường ống hơi / Insulate steam pipes',
        60000000,
        90000000,
        null,
        5,
        5,
        4,
        null,
        null,
      ],
      [
        'Biến tần quạt lò / Variable-speed drive on boiler fan',
        120000000,
        60000000,
        null,
        4,
        4,
        3,
        null,
        null,
      ],
      [
        'Thu hồi dầu vỏ hạt điều / Recover cashew shell liquid',
        900000000,
        300000000,
        null,
        3,
        3,
        4,
        null,
        null,
      ],
    ],
    formulas: {
      4: (r) => `IF(C${r}>0,B${r}/C${r}*12,"")`,
      8: (r) => `0.4*E${r}+0.4*F${r}+0.2*G${r}`,
      9: (r) => `IF(H${r}>=4,"Cao / High",IF(H${r}>=3,"Trung bình / Medium","Thấp / Low"))`,
    },
    widths: [44, 20, 22, 18, 14, 14, 16, 10, 20],
    numberFormats: { 2: '#,##0', 3: '#,##0', 4: '0.0', 8: '0.0' },
  },
  {
    name: 'Chi so',
    title:
      'Chỉ số trên đơn vị sản phẩm so với mục tiêu 5 % / Per-unit indicators against the 5 % target',
    headers: [
      'Chỉ số / Indicator',
      'Đơn vị / Unit',
      'Trước / Before',
      'Sau / After',
      'Thay đổi / Change',
      'Mục tiêu ≥ 5 % / Target ≥ 5 %',
    ],
    rows: [
      ['Điện năng / Electricity', 'kWh/t', 400, 370, null, null],
      ['Củi / Firewood', 't/t', 0.5, 0.48, null, null],
      ['Nước / Water', 'm³/t', 2.4, 2.1, null, null],
    ],
    formulas: {
      5: (r) => `IF(C${r}>0,(D${r}-C${r})/C${r},0)`,
      6: (r) => `IF(E${r}<=-0.05,"Đạt / Met","Chưa đạt / Not met")`,
    },
    widths: [30, 12, 12, 12, 14, 26],
    numberFormats: { 5: '0.0%' },
  },
]

/** Where the data rows of every sheet start (row 1 title, row 2 note, row 3 headers). */
export const FIRST_DATA_ROW = 4

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

export async function renderWorksheetXlsx({
  title,
  date,
}: {
  title: string
  date: Date
}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'SXSH Knowledge Base'
  workbook.title = title
  workbook.created = date
  workbook.modified = date
  // Excel and LibreOffice recompute every formula on opening.
  workbook.calcProperties.fullCalcOnLoad = true

  const guide = workbook.addWorksheet('Huong dan')
  guide.columns = [{ width: 110 }]
  ;[
    title,
    'Ô màu xanh là số liệu nhập; các ô khác là công thức. / Blue cells are inputs; the others are formulas.',
    'Số liệu mẫu là ví dụ minh họa, thay bằng số liệu của doanh nghiệp. / The sample figures are illustrative: replace them with your own.',
    'Mục tiêu của kế hoạch tỉnh: giảm 5–8 % năng lượng và nguyên liệu trên đơn vị sản phẩm. / Plan target: 5–8 % less energy and material per unit of product.',
    'Giấy phép / Licence: CC BY 4.0 — SXSH Knowledge Base.',
  ].forEach((text, index) => {
    const cell = guide.getCell(index + 1, 1)
    cell.value = text
    cell.alignment = { wrapText: true }
    if (index === 0) cell.font = { bold: true, size: 14 }
  })

  for (const spec of WORKSHEET_SHEETS) {
    const sheet = workbook.addWorksheet(spec.name)
    sheet.columns = spec.widths.map((width) => ({ width }))
    sheet.getCell(1, 1).value = spec.title
    sheet.getCell(1, 1).font = { bold: true, size: 13 }
    sheet.getCell(2, 1).value =
      'Ví dụ minh họa — thay bằng số liệu của doanh nghiệp / Illustrative — replace with your own data'
    sheet.getCell(2, 1).font = { italic: true, color: { argb: 'FF5B6B62' } }
    spec.headers.forEach((header, index) => {
      const cell = sheet.getCell(3, index + 1)
      cell.value = header
      cell.font = { bold: true }
      cell.fill = HEADER_FILL
      cell.alignment = { wrapText: true, vertical: 'top' }
    })
    spec.rows.forEach((values, offset) => {
      const row = FIRST_DATA_ROW + offset
      values.forEach((value, index) => {
        const column = index + 1
        const cell = sheet.getCell(row, column)
        const formula = spec.formulas[column]
        if (formula) cell.value = { formula: formula(row) }
        else {
          cell.value = value
          if (column > 1 && typeof value === 'number') cell.fill = INPUT_FILL
        }
        const format = spec.numberFormats?.[column]
        if (format) cell.numFmt = format
      })
    })
    if (spec.totals) {
      const first = FIRST_DATA_ROW
      const last = FIRST_DATA_ROW + spec.rows.length - 1
      const totalRow = last + 1
      sheet.getCell(totalRow, 1).value = 'Tổng / Total'
      sheet.getCell(totalRow, 1).font = { bold: true }
      for (const [column, formula] of Object.entries(spec.totals)) {
        const cell = sheet.getCell(totalRow, Number(column))
        cell.value = { formula: formula(first, last, totalRow) }
        cell.font = { bold: true }
        const format = spec.numberFormats?.[Number(column)]
        if (format) cell.numFmt = format
      }
    }
    sheet.views = [{ state: 'frozen', ySplit: 3 }]
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
