import { tableSheet, type SheetSpec } from './worksheet-sheet'

/**
 * Workbook 1, `phieu-danh-gia-sxsh-doanh-nghiep.xlsx` (worksheet-spec.md §2), first half: the
 * instructions and the three balance sheets (material, energy, cost of waste). The screening,
 * indicator, plan and list sheets are in worksheet-enterprise-options.ts.
 */

/** Rows 2… of `Huong dan` (spec §2.1); row 1 is the manifest title. */
export const ENTERPRISE_GUIDE: string[] = [
  'Ô màu xanh là số liệu nhập; các ô khác là công thức. / Blue cells are inputs; the others are formulas.',
  'Số liệu mẫu là ví dụ minh họa (một cơ sở chế biến hạt điều, một tháng hoặc một năm), thay bằng số liệu của doanh nghiệp. / The sample figures are illustrative (a cashew processor, one month or one year): replace them with your own.',
  'Thứ tự dùng: Can bang vat lieu → Can bang nang luong → Chi phi dong thai → Sang loc giai phap → Chi so → Ke hoach thuc hien. / Order of use: material balance → energy balance → cost of waste → option screening → indicators → implementation plan.',
  'Cân bằng: dùng cùng một kỳ (một tháng hoặc một năm) và cùng đơn vị cho mọi dòng. / Balances: use one period (a month or a year) and one unit for every row.',
  'Mục tiêu của Kế hoạch 2618/QĐ-UBND tỉnh Bình Phước: giảm 5–8 % năng lượng, nguyên vật liệu trên một đơn vị sản phẩm. / Target of plan 2618/QĐ-UBND: 5–8 % less energy and materials per unit of product.',
  'Giấy phép / Licence: CC BY 4.0 — SXSH Knowledge Base.',
]

const TONNES = '#,##0.0'
const VND = '#,##0'

/** §2.2: losses by step, and the yield and raw-material norm of the whole line. */
const materialBalance = tableSheet({
  name: 'Can bang vat lieu',
  title: 'Cân bằng vật liệu theo công đoạn / Material balance by process step (t/tháng)',
  columns: [
    { header: 'Công đoạn / Step', width: 38 },
    { header: 'Đầu vào / Input (t)', width: 16, numFmt: TONNES },
    { header: 'Sản phẩm ra / Output to next step (t)', width: 18, numFmt: TONNES },
    { header: 'Thu hồi, sản phẩm phụ / Recovered, by-product (t)', width: 22, numFmt: TONNES },
    {
      header: 'Tổn thất / Loss (t)',
      width: 16,
      numFmt: TONNES,
      formula: (r) => `B${r}-C${r}-D${r}`,
    },
    {
      header: 'Tổn thất / Loss (%)',
      width: 14,
      numFmt: '0.0%',
      formula: (r) => `IF(B${r}>0,E${r}/B${r},0)`,
    },
  ],
  rows: [
    { A: 'Phân loại hạt điều thô / Grading raw nuts', B: 1000, C: 985, D: 10 },
    { A: 'Hấp hạt / Steaming', B: 985, C: 980, D: 0 },
    { A: 'Cắt tách vỏ / Shelling', B: 980, C: 260, D: 700 },
    { A: 'Sấy nhân / Drying kernels', B: 260, C: 245, D: 0 },
    { A: 'Bóc lụa, phân loại / Peeling, grading', B: 245, C: 222, D: 18 },
  ],
  total: {
    cells: {
      E: 'sum',
      // All losses as a share of the material entering the first step.
      F: ({ first, total }) => `IF(B${first}>0,E${total}/B${first},0)`,
    },
  },
  below: [
    {
      label:
        'Hiệu suất tổng (sản phẩm cuối ÷ nguyên liệu đầu) / Overall yield (final product ÷ first input)',
      formula: ({ first, last }) => `IF(B${first}>0,C${last}/B${first},0)`,
      numFmt: '0.0%',
    },
    {
      label: 'Định mức nguyên liệu trên đơn vị sản phẩm / Raw material per unit of product (t/t)',
      formula: ({ first, last }) => `IF(C${last}>0,B${first}/C${last},0)`,
      numFmt: '0.00',
    },
  ],
  redWhenNegative: ['E'],
})

/** §2.3: energy by equipment (final energy, 1 kWh = 0.0036 GJ) and per tonne of product. */
const energyBalance = tableSheet({
  name: 'Can bang nang luong',
  title:
    'Năng lượng theo thiết bị và trên đơn vị sản phẩm / Energy by equipment and per unit of product (tháng / month)',
  columns: [
    { header: 'Thiết bị / Equipment', width: 40 },
    { header: 'Điện / Electricity (kWh)', width: 18, numFmt: '#,##0' },
    { header: 'Nhiên liệu / Fuel (t)', width: 16, numFmt: TONNES },
    { header: 'Nhiệt trị / Heating value (GJ/t)', width: 20, numFmt: '0.0' },
    {
      header: 'Điện / Electricity (GJ)',
      width: 18,
      numFmt: TONNES,
      formula: (r) => `B${r}*0.0036`,
    },
    { header: 'Nhiên liệu / Fuel (GJ)', width: 16, numFmt: TONNES, formula: (r) => `C${r}*D${r}` },
    { header: 'Tổng / Total (GJ)', width: 14, numFmt: TONNES, formula: (r) => `E${r}+F${r}` },
  ],
  rows: [
    { A: 'Lò hơi hấp hạt / Steaming boiler', B: 6000, C: 150, D: 15 },
    { A: 'Máy cắt tách vỏ / Shelling machines', B: 30000, C: 0, D: 0 },
    { A: 'Lò sấy nhân / Kernel dryers', B: 18000, C: 60, D: 15 },
    { A: 'Bóc lụa, phân loại, khí nén / Peeling, grading, compressed air', B: 12000, C: 0, D: 0 },
  ],
  total: { cells: { B: 'sum', C: 'sum', E: 'sum', F: 'sum', G: 'sum' } },
  below: [
    {
      label: 'Sản lượng sản phẩm trong kỳ / Product output in the period (t)',
      input: 222,
      numFmt: TONNES,
    },
    {
      label: 'Điện trên đơn vị sản phẩm / Electricity per unit of product (kWh/t)',
      formula: ({ total }) => `IF(B${total + 1}>0,B${total}/B${total + 1},0)`,
      numFmt: '0.0',
    },
    {
      label: 'Nhiên liệu trên đơn vị sản phẩm / Fuel per unit of product (t/t)',
      formula: ({ total }) => `IF(B${total + 1}>0,C${total}/B${total + 1},0)`,
      numFmt: '0.000',
    },
    {
      label: 'Năng lượng trên đơn vị sản phẩm / Energy per unit of product (GJ/t)',
      formula: ({ total }) => `IF(B${total + 1}>0,G${total}/B${total + 1},0)`,
      numFmt: '0.00',
    },
  ],
})

/** §2.4: what each waste stream costs a year; a negative cost means the stream earns money. */
const costOfWaste = tableSheet({
  name: 'Chi phi dong thai',
  title: 'Chi phí của các dòng thải / Cost of waste streams (năm / year)',
  columns: [
    { header: 'Dòng thải, tổn thất / Waste stream, loss', width: 48 },
    { header: 'Lượng/năm / Quantity per year', width: 16, numFmt: TONNES },
    { header: 'Đơn vị / Unit', width: 18 },
    {
      header: 'Giá trị vật liệu mất / Value of material lost (VND/đơn vị)',
      width: 22,
      numFmt: VND,
    },
    { header: 'Chi phí xử lý, thải bỏ / Treatment, disposal (VND/đơn vị)', width: 22, numFmt: VND },
    { header: 'Thu từ bán / Revenue if sold (VND/đơn vị)', width: 18, numFmt: VND },
    {
      header: 'Chi phí/năm / Cost per year (VND)',
      width: 20,
      numFmt: VND,
      formula: (r) => `B${r}*(D${r}+E${r}-F${r})`,
    },
    {
      header: 'Tỷ trọng / Share',
      width: 12,
      numFmt: '0.0%',
      formula: (r, { total }) => `IF($G$${total}>0,G${r}/$G$${total},0)`,
    },
  ],
  rows: [
    {
      A: 'Nhân vỡ do hấp, cắt chưa chuẩn (mất giá khi bán hạng thấp) / Kernels broken by poor steaming and cutting (value lost in a lower grade)',
      B: 60,
      C: 't',
      D: 40000000,
      E: 0,
      F: 0,
    },
    {
      A: 'Hơi rò rỉ, bẫy hơi hỏng (quy ra củi) / Steam leaks, failed traps (as firewood)',
      B: 180,
      C: 't củi / t firewood',
      D: 800000,
      E: 0,
      F: 0,
    },
    { A: 'Vỏ lụa / Testa', B: 216, C: 't', D: 0, E: 150000, F: 0 },
    {
      A: 'Nước thải khu hấp, rửa sàn / Wastewater from steaming and floor washing',
      B: 3000,
      C: 'm³',
      D: 6000,
      E: 8000,
      F: 0,
    },
  ],
  total: { cells: { G: 'sum', H: 'sum' } },
})

/** The balance sheets of workbook 1, in the spec's order. */
export const ENTERPRISE_BALANCE_SHEETS: SheetSpec[] = [materialBalance, energyBalance, costOfWaste]
