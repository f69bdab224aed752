import {
  formula,
  ILLUSTRATIVE_NOTE,
  input,
  label,
  tableSheet,
  type CellSpec,
  type SheetSpec,
} from './worksheet-sheet'

/**
 * Workbook 3, `phieu-danh-gia-sxsh-sxsh-nganh-che-bien-hat-dieu.xlsx` (worksheet-spec.md §4): the
 * cashew curriculum's exercises — kernel outturn, boiler fuel, shells and shell liquid, and the
 * facility's action plan.
 */

/** Rows 2… of `Huong dan` (spec §4.1); row 1 is the manifest title. */
export const CASHEW_GUIDE: string[] = [
  'Ô màu xanh là số liệu nhập; các ô khác là công thức. / Blue cells are inputs; the others are formulas.',
  'Mọi số liệu mẫu, kể cả nhiệt trị, hiệu suất lò, tỷ lệ vỏ, tỷ lệ thu dầu và giá, là ví dụ minh họa; hãy cân, đo và hỏi giá thực tế. / Every sample figure, including heating values, boiler efficiency, shell share, oil recovery and prices, is illustrative: weigh, measure and use current prices.',
  'KOR = số pound nhân trên bao 80 kg hạt điều thô (1 lb = 0,45359237 kg). / KOR = pounds of kernels per 80 kg bag of raw nuts.',
  'Đốt bã vỏ cần cải tạo ghi lò và xử lý khói; dầu vỏ gây bỏng da và dễ cháy. / Burning shell cake needs a modified grate and flue-gas treatment; shell liquid burns skin and is flammable.',
  'Giấy phép / Licence: CC BY 4.0 — SXSH Knowledge Base.',
]

const KG = '#,##0'
const TONNES = '#,##0.0'
const VND = '#,##0'
const PERCENT = '0.0%'
const MONTHS = '0.0'

/** §4.2: outturn, breakage and KOR by lot; the total row gives the ratios of the summed lots. */
const outturn = tableSheet({
  name: 'Ty le thu hoi nhan',
  title: 'Tỷ lệ thu hồi nhân và nhân vỡ theo lô / Kernel outturn and breakage by lot',
  columns: [
    { header: 'Lô / Lot', width: 16 },
    { header: 'Hạt thô / Raw nuts (kg)', width: 14, numFmt: KG },
    { header: 'Nhân nguyên / Whole kernels (kg)', width: 16, numFmt: KG },
    { header: 'Nhân vỡ / Broken kernels (kg)', width: 16, numFmt: KG },
    {
      header: 'Tổng nhân / Total kernels (kg)',
      width: 16,
      numFmt: KG,
      formula: (r) => `C${r}+D${r}`,
    },
    {
      header: 'Tỷ lệ thu hồi nhân / Outturn',
      width: 14,
      numFmt: PERCENT,
      formula: (r) => `IF(B${r}>0,E${r}/B${r},"")`,
    },
    {
      header: 'Tỷ lệ nhân vỡ / Broken share',
      width: 14,
      numFmt: PERCENT,
      formula: (r) => `IF(E${r}>0,D${r}/E${r},"")`,
    },
    {
      header: 'KOR (lbs/bao 80 kg)',
      width: 14,
      numFmt: '0.0',
      // Kernels per kg of raw nuts × 80 kg per bag, in pounds (1 lb = 0.45359237 kg).
      formula: (r) => `IF(B${r}>0,E${r}/B${r}*80/0.45359237,"")`,
    },
    {
      header: 'Hạt thô trên nhân / Raw nuts per kernel (kg/kg)',
      width: 16,
      numFmt: '0.00',
      formula: (r) => `IF(E${r}>0,B${r}/E${r},"")`,
    },
  ],
  rows: [
    { A: 'Lô 1 / Lot 1', B: 1000, C: 205, D: 45 },
    { A: 'Lô 2 / Lot 2', B: 1000, C: 230, D: 32 },
    { A: 'Lô 3 / Lot 3', B: 1000, C: 218, D: 40 },
  ],
  total: {
    cells: { B: 'sum', C: 'sum', D: 'sum', E: 'row', F: 'row', G: 'row', H: 'row', I: 'row' },
  },
})

/** §4.3: firewood against shell cake for the same useful heat; always two fuel rows. */
const boilerFuel = tableSheet({
  name: 'Nhien lieu lo hoi',
  title:
    'So sánh nhiên liệu lò hơi: củi và bã vỏ hạt điều / Boiler fuel: firewood and cashew shell cake (tháng / month)',
  params: { I2: label('Sản lượng nhân / Kernel output (t/tháng):'), J2: input(222, TONNES) },
  columns: [
    { header: 'Nhiên liệu / Fuel', width: 30 },
    { header: 'Lượng / Quantity (t/tháng)', width: 14, numFmt: TONNES },
    { header: 'Nhiệt trị / Heating value (GJ/t)', width: 14, numFmt: '0.0' },
    { header: 'Hiệu suất lò / Boiler efficiency', width: 14, numFmt: '0%' },
    { header: 'Giá / Price (VND/t)', width: 14, numFmt: VND },
    {
      header: 'Năng lượng nhiên liệu / Fuel energy (GJ)',
      width: 16,
      numFmt: TONNES,
      formula: (r) => `B${r}*C${r}`,
    },
    {
      header: 'Nhiệt hữu ích / Useful heat (GJ)',
      width: 14,
      numFmt: TONNES,
      formula: (r) => `F${r}*D${r}`,
    },
    { header: 'Chi phí / Cost (VND)', width: 16, numFmt: VND, formula: (r) => `B${r}*E${r}` },
    {
      header: 'Chi phí trên GJ hữu ích / Cost per useful GJ (VND)',
      width: 18,
      numFmt: VND,
      formula: (r) => `IF(G${r}>0,H${r}/G${r},"")`,
    },
    {
      header: 'Nhiệt hữu ích trên t nhân / Useful heat per t kernels (GJ/t)',
      width: 18,
      numFmt: '0.00',
      formula: (r) => `IF($J$2>0,G${r}/$J$2,"")`,
    },
    {
      header: 'Chi phí nhiên liệu trên t nhân / Fuel cost per t kernels (VND/t)',
      width: 20,
      numFmt: VND,
      formula: (r) => `IF($J$2>0,H${r}/$J$2,"")`,
    },
  ],
  rows: [
    { A: 'Củi / Firewood', B: 210, C: 15, D: 0.6, E: 800000 },
    { A: 'Bã vỏ hạt điều / Cashew shell cake', B: 175, C: 18, D: 0.6, E: 300000 },
  ],
  total: {
    label: 'Chênh lệch (dòng 4 − dòng 5) / Difference (row 4 − row 5)',
    cells: {
      H: ({ first }) => `H${first}-H${first + 1}`,
      K: ({ first }) => `K${first}-K${first + 1}`,
    },
  },
})

type ListLine = [label: string, value: CellSpec, unit?: string, note?: string]

/** §4.4: a vertical list, inputs in B4:B17 and results in B19:B31; addresses are fixed. */
function shellsSheet(): SheetSpec {
  const inputs: ListLine[] = [
    ['Hạt điều thô chế biến / Raw nuts processed', input(4500, TONNES), 't/năm'],
    [
      'Tỷ lệ vỏ cứng trong hạt thô / Shell share of raw nuts',
      input(0.65, '0%'),
      '',
      'tham khảo, cần cân thực tế / indicative, weigh it',
    ],
    [
      'Tỷ lệ thu dầu khi ép / Shell liquid recovered by pressing (share of shell)',
      input(0.15, '0%'),
      '',
      'tham khảo, cần ép thử / indicative, run a trial',
    ],
    ['Bã vỏ đốt ở lò hơi của cơ sở / Shell cake burnt in own boiler', input(600, TONNES), 't/năm'],
    ['Củi được thay thế / Firewood replaced', input(750, TONNES), 't/năm'],
    ['Giá bán vỏ thô / Raw shell price', input(700000, VND), 'VND/t'],
    ['Giá dầu vỏ / Shell liquid price', input(8000000, VND), 'VND/t', 'biến động mạnh / volatile'],
    ['Giá bã vỏ / Shell cake price', input(300000, VND), 'VND/t'],
    ['Giá củi / Firewood price', input(800000, VND), 'VND/t'],
    ['Điện cho ép / Electricity for pressing', input(35, '#,##0'), 'kWh/t vỏ'],
    ['Giá điện / Electricity price', input(1600, VND), 'VND/kWh'],
    [
      'Nhân công, bảo dưỡng dây chuyền ép / Labour, maintenance of the press line',
      input(300000000, VND),
      'VND/năm',
    ],
    ['Đầu tư dây chuyền ép / Investment, press line', input(1350000000, VND), 'VND'],
    [
      'Đầu tư cải tạo lò hơi, xử lý khói / Investment, boiler conversion and flue-gas treatment',
      input(280000000, VND),
      'VND',
    ],
  ]
  const results: ListLine[] = [
    ['Vỏ cứng / Shells', formula('B4*B5', TONNES), 't/năm'],
    ['Dầu vỏ thu được / Shell liquid recovered', formula('B19*B6', TONNES), 't/năm'],
    ['Bã vỏ / Shell cake', formula('B19-B20', TONNES), 't/năm'],
    // MAX(B21-B7,0) in the spec: fast-formula-parser has no MAX, and this IF gives the same value.
    ['Bã vỏ dư để bán / Surplus cake for sale', formula('IF(B21>B7,B21-B7,0)', TONNES), 't/năm'],
    ['Thu bán dầu vỏ / Shell liquid sales', formula('B20*B10', VND), 'VND/năm'],
    ['Thu bán bã dư / Surplus cake sales', formula('B22*B11', VND), 'VND/năm'],
    ['Mất khoản bán vỏ thô / Raw shell sales forgone', formula('B19*B9', VND), 'VND/năm'],
    ['Điện tăng thêm / Additional electricity', formula('B19*B13', '#,##0'), 'kWh/năm'],
    ['Chi phí điện ép / Electricity cost of pressing', formula('B26*B14', VND), 'VND/năm'],
    [
      'Lợi ích ròng của ép dầu / Net benefit of pressing',
      formula('B23+B24-B25-B27-B15', VND),
      'VND/năm',
    ],
    [
      'Hoàn vốn dây chuyền ép / Payback, press line',
      formula('IF(B28>0,B16/B28*12,"")', MONTHS),
      'tháng',
    ],
    [
      'Lợi ích ròng của đốt bã thay củi / Net benefit of burning cake instead of firewood',
      formula('B8*B12-B7*B11', VND),
      'VND/năm',
    ],
    [
      'Hoàn vốn cải tạo lò / Payback, boiler conversion',
      formula('IF(B30>0,B17/B30*12,"")', MONTHS),
      'tháng',
    ],
  ]
  const cells: Record<string, CellSpec> = {
    A1: label(
      'Cân bằng vỏ hạt, dầu vỏ và bã vỏ (năm) / Shells, shell liquid and shell cake (year)',
      'title',
    ),
    A2: label(ILLUSTRATIVE_NOTE, 'note'),
    A3: label('Thông số / Item', 'header'),
    B3: label('Giá trị / Value', 'header'),
    C3: label('Đơn vị / Unit', 'header'),
    D3: label('Ghi chú / Note', 'header'),
    A18: label('Kết quả tính / Results', 'bold'),
  }
  const place = (lines: ListLine[], firstRow: number) =>
    lines.forEach(([text, value, unit, note], offset) => {
      const row = firstRow + offset
      cells[`A${row}`] = label(text)
      cells[`B${row}`] = value
      if (unit) cells[`C${row}`] = label(unit)
      if (note) cells[`D${row}`] = label(note)
    })
  place(inputs, 4)
  place(results, 19)
  return { name: 'Vo hat va dau vo', widths: [70, 18, 12, 44], cells, freezeRows: 3 }
}

const date = (iso: string): Date => new Date(`${iso}T00:00:00.000Z`)
const HOUSEKEEPING = 'Quản lý nội vi tốt / Good housekeeping'
const NOT_STARTED = 'Chưa bắt đầu / Not started'

/** §4.5: the workshop's action plan; an action without money savings has a blank payback. */
const actionPlan = tableSheet({
  name: 'Ke hoach hanh dong',
  title: 'Kế hoạch hành động SXSH của cơ sở / Cleaner-production action plan of the facility',
  columns: [
    { header: 'Vấn đề, cơ hội / Issue, opportunity', width: 32 },
    { header: 'Nhóm giải pháp / Option type', width: 26 },
    { header: 'Việc cần làm / Action', width: 40 },
    { header: 'Người phụ trách / Responsible', width: 24 },
    { header: 'Hạn hoàn thành / Deadline', width: 12, numFmt: 'dd/mm/yyyy' },
    { header: 'Đầu tư / Investment (VND)', width: 16, numFmt: VND },
    { header: 'Tiết kiệm ròng/năm / Net savings per year (VND)', width: 18, numFmt: VND },
    {
      header: 'Hoàn vốn / Payback (tháng / months)',
      width: 14,
      numFmt: MONTHS,
      formula: (r) => `IF(G${r}>0,F${r}/G${r}*12,"")`,
    },
    { header: 'Chỉ số theo dõi / Indicator', width: 28 },
    { header: 'Tình trạng / Status', width: 18 },
  ],
  rows: [
    {
      A: 'Rò hơi, bẫy hơi hỏng / Steam leaks, failed traps',
      B: HOUSEKEEPING,
      C: 'Sửa rò rỉ, thay bẫy hơi, ghi sổ ca lò / Fix leaks, replace traps, keep a boiler log',
      D: 'Tổ trưởng lò hơi / Boiler foreman',
      E: date('2027-01-31'),
      F: 30000000,
      G: 41600000,
      I: 'Củi trên tấn nhân (t/t) / Firewood per tonne of kernels',
      J: NOT_STARTED,
    },
    {
      A: 'Nhân vỡ nhiều khi cắt / Many kernels broken at shelling',
      B: 'Kiểm soát quá trình tốt hơn / Better process control',
      C: 'Chỉnh dao theo cỡ hạt, kiểm soát độ ẩm sau hấp / Set cutters to nut size, control moisture after steaming',
      D: 'Quản đốc phân xưởng cắt / Shelling supervisor',
      E: date('2027-02-28'),
      // 3 t/year fewer broken kernels × 40,000,000 VND/t of value lost.
      F: 20000000,
      G: 120000000,
      I: 'Tỷ lệ nhân vỡ (%) / Broken share (%)',
      J: NOT_STARTED,
    },
    {
      A: "Bỏng dầu vỏ ở tay công nhân cắt / Shell-liquid burns on cutters' hands",
      B: HOUSEKEEPING,
      C: 'Găng tay chống hóa chất, chỗ rửa tay, huấn luyện / Chemical-resistant gloves, hand-washing point, training',
      D: 'Cán bộ an toàn / Safety officer',
      E: date('2027-01-15'),
      F: 12000000,
      G: 0,
      I: 'Số ca bỏng/tháng / Burn cases per month',
      J: NOT_STARTED,
    },
  ],
  total: { cells: { F: 'sum', G: 'sum', H: 'row' } },
})

/** The sheets of workbook 3 after `Huong dan`, in the spec's order. */
export const CASHEW_SHEETS: SheetSpec[] = [outturn, boilerFuel, shellsSheet(), actionPlan]
