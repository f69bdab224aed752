import { input, label, tableSheet, type Input, type SheetSpec } from './worksheet-sheet'

/**
 * Workbook 2, `phieu-danh-gia-sxsh-nhan-thuc-sxsh-cho-can-bo-quan-ly.xlsx` (worksheet-spec.md §3):
 * exercises for state officials — reading a case study's indicators and payback, and tracking the
 * provincial plan's targets by area.
 */

/** Rows 2… of `Huong dan` (spec §3.1); row 1 is the manifest title. */
export const OFFICIALS_GUIDE: string[] = [
  'Ô màu xanh là số liệu nhập; các ô khác là công thức. / Blue cells are inputs; the others are formulas.',
  'Chi so nghien cuu, Hoan von: số liệu lấy từ hai nghiên cứu điển hình minh họa ngành điều trong cơ sở dữ liệu (che-bien-dieu-cai-tien-lo-hap, che-bien-dieu-thu-hoi-dau-vo-hat). / Figures from two illustrative cashew case studies in the knowledge base.',
  'Theo doi chi tieu, Ke hoach thuc day: số liệu địa bàn là ví dụ minh họa, không phải số liệu thống kê. / Area figures are illustrative, not statistics.',
  'Mục tiêu đến năm 2015 của Kế hoạch 2618/QĐ-UBND: 100 % cơ sở được phổ biến, 50 % nhận thức lợi ích, 25 % áp dụng SXSH, 50 % cán bộ kỹ thuật được tập huấn; tiết kiệm 5–8 % trên đơn vị sản phẩm. / Targets of plan 2618/QĐ-UBND for 2015.',
  'Giấy phép / Licence: CC BY 4.0 — SXSH Knowledge Base.',
]

const BOILER = 'Cải tiến lò hơi, hấp hạt / Boiler and steaming'
const SHELL_LIQUID = 'Ép dầu vỏ, đốt bã vỏ / Shell-liquid pressing'
const VND = '#,##0'
const COUNT = '#,##0'
const PERCENT = '0.0%'

/** A sample row of the case-study sheets: indicator or option, case study, then the rest. */
const caseRow = (A: string, B: string, rest: Record<string, Input>): Record<string, Input> => ({
  A,
  B,
  ...rest,
})

/** §3.2: the change of each indicator and how it reads against the target reduction. */
const caseIndicators = tableSheet({
  name: 'Chi so nghien cuu',
  title: 'Đọc chỉ số của nghiên cứu điển hình / Reading the indicators of a case study',
  params: { F2: label('Mục tiêu giảm / Target reduction:'), G2: input(0.05, '0%') },
  columns: [
    { header: 'Chỉ số / Indicator', width: 24 },
    { header: 'Nghiên cứu điển hình / Case study', width: 40 },
    { header: 'Đơn vị / Unit', width: 12 },
    { header: 'Trước / Before', width: 12, numFmt: '0.00' },
    { header: 'Sau / After', width: 12, numFmt: '0.00' },
    {
      header: 'Thay đổi / Change',
      width: 14,
      numFmt: PERCENT,
      formula: (r) => `IF(D${r}>0,(E${r}-D${r})/D${r},"")`,
    },
    {
      header: 'Nhận xét / Reading',
      width: 34,
      formula: (r) =>
        `IF(F${r}="","",IF(F${r}<=-$G$2,"Đạt / Met",IF(F${r}<0,"Có giảm, chưa đạt / Reduced, not met","Không giảm / Not reduced")))`,
    },
  ],
  rows: [
    caseRow('Củi / Firewood', BOILER, { C: 't/t nhân', D: 1, E: 0.86 }),
    caseRow('Nước / Water', BOILER, { C: 'm³/t nhân', D: 4.2, E: 3.4 }),
    caseRow('Điện năng / Electricity', BOILER, { C: 'kWh/t nhân', D: 310, E: 302 }),
    caseRow('Củi / Firewood', SHELL_LIQUID, { C: 't/t nhân', D: 0.9, E: 0.15 }),
    caseRow('Điện năng / Electricity', SHELL_LIQUID, { C: 'kWh/t nhân', D: 280, E: 370 }),
  ],
})

/** §3.3: simple payback, in months and in years. */
const payback = tableSheet({
  name: 'Hoan von',
  title: 'Thời gian hoàn vốn giản đơn / Simple payback',
  columns: [
    { header: 'Giải pháp / Option', width: 44 },
    { header: 'Nghiên cứu điển hình / Case study', width: 40 },
    { header: 'Đầu tư / Investment (VND)', width: 18, numFmt: VND },
    { header: 'Tiết kiệm ròng/năm / Net savings per year (VND)', width: 20, numFmt: VND },
    {
      header: 'Hoàn vốn (tháng) / Payback (months)',
      width: 16,
      numFmt: '0.0',
      formula: (r) => `IF(D${r}>0,C${r}/D${r}*12,"")`,
    },
    {
      header: 'Hoàn vốn (năm) / Payback (years)',
      width: 16,
      numFmt: '0.00',
      formula: (r) => `IF(D${r}>0,C${r}/D${r},"")`,
    },
  ],
  rows: [
    caseRow('Bảo ôn đường ống hơi, nồi hấp / Insulation', BOILER, { C: 95000000, D: 52000000 }),
    caseRow('Quản lý nội vi lò hơi / Boiler housekeeping', BOILER, { C: 30000000, D: 41600000 }),
    caseRow('Biến tần quạt lò / Fan drives', BOILER, { C: 45000000, D: 15600000 }),
    caseRow('Dây chuyền ép dầu vỏ / Shell-liquid press line', SHELL_LIQUID, {
      C: 1350000000,
      D: 1547100000,
    }),
    caseRow('Đốt bã vỏ thay củi / Burn shell cake instead of firewood', SHELL_LIQUID, {
      C: 280000000,
      D: 420000000,
    }),
  ],
})

const share = (part: string, whole: string) => (r: number) =>
  `IF(${whole}${r}>0,${part}${r}/${whole}${r},0)`

/** §3.4: the plan's four targets by area; the total row shows the shares of the whole province. */
const targets = tableSheet({
  name: 'Theo doi chi tieu',
  title: "Theo dõi chỉ tiêu của Kế hoạch SXSH theo địa bàn / Tracking the plan's targets by area",
  params: {
    G2: label('Mục tiêu / Targets:'),
    H2: input(1, '0%'),
    I2: input(0.5, '0%'),
    J2: input(0.25, '0%'),
    K2: input(0.5, '0%'),
  },
  columns: [
    { header: 'Địa bàn, khu công nghiệp / Area, industrial park', width: 40 },
    { header: 'Số cơ sở sản xuất công nghiệp / Industrial facilities', width: 16, numFmt: COUNT },
    { header: 'Cơ sở được phổ biến SXSH / Facilities informed', width: 16, numFmt: COUNT },
    {
      header: 'Cơ sở nhận thức lợi ích / Facilities aware of the benefits',
      width: 16,
      numFmt: COUNT,
    },
    { header: 'Cơ sở áp dụng SXSH / Facilities applying CP', width: 16, numFmt: COUNT },
    { header: 'Cán bộ kỹ thuật / Technical staff', width: 14, numFmt: COUNT },
    { header: 'Cán bộ kỹ thuật được tập huấn / Technical staff trained', width: 16, numFmt: COUNT },
    {
      header: '% được phổ biến / % informed',
      width: 12,
      numFmt: PERCENT,
      formula: share('C', 'B'),
    },
    { header: '% nhận thức / % aware', width: 12, numFmt: PERCENT, formula: share('D', 'B') },
    { header: '% áp dụng / % applying', width: 12, numFmt: PERCENT, formula: share('E', 'B') },
    {
      header: '% cán bộ kỹ thuật được tập huấn / % staff trained',
      width: 16,
      numFmt: PERCENT,
      formula: share('G', 'F'),
    },
    {
      header: 'Số chỉ tiêu đạt (trên 4) / Targets met (of 4)',
      width: 14,
      numFmt: '0',
      formula: (r) => ['H', 'I', 'J', 'K'].map((col) => `IF(${col}${r}>=$${col}$2,1,0)`).join('+'),
    },
  ],
  rows: [
    {
      A: 'Địa bàn A (minh họa) / Area A (illustrative)',
      B: 120,
      C: 120,
      D: 70,
      E: 32,
      F: 150,
      G: 80,
    },
    {
      A: 'Địa bàn B (minh họa) / Area B (illustrative)',
      B: 80,
      C: 64,
      D: 30,
      E: 12,
      F: 90,
      G: 36,
    },
    {
      A: 'Khu công nghiệp C (minh họa) / Industrial park C (illustrative)',
      B: 45,
      C: 45,
      D: 25,
      E: 9,
      F: 110,
      G: 60,
    },
  ],
  total: {
    cells: {
      B: 'sum',
      C: 'sum',
      D: 'sum',
      E: 'sum',
      F: 'sum',
      G: 'sum',
      // Shares of the whole: the data-row ratios applied to the totals.
      H: 'row',
      I: 'row',
      J: 'row',
      K: 'row',
      L: 'row',
    },
  },
})

/** §3.5: the agency's own promotion plan; only the budget adds up. */
const promotion = tableSheet({
  name: 'Ke hoach thuc day',
  title: 'Kế hoạch thúc đẩy SXSH của đơn vị / Cleaner-production promotion plan of the agency',
  columns: [
    { header: 'Hoạt động / Activity', width: 44 },
    { header: 'Đối tượng / Target group', width: 30 },
    { header: 'Thời gian / When', width: 16 },
    { header: 'Đơn vị chủ trì / Lead unit', width: 30 },
    { header: 'Kinh phí / Budget (VND)', width: 16, numFmt: VND },
    { header: 'Kết quả dự kiến / Expected result', width: 34 },
  ],
  rows: [
    {
      A: 'Hội thảo giới thiệu SXSH và mô hình ngành điều / Awareness workshop with the cashew demonstration',
      B: 'Chủ cơ sở chế biến điều / Cashew processors',
      C: 'Tháng 3/2027',
      D: 'Sở Công Thương / Department of Industry and Trade',
      E: 30000000,
      F: '40 cơ sở tham dự / 40 facilities attend',
    },
    {
      A: 'Khảo sát nhanh tại 10 cơ sở / Walk-through visits at 10 facilities',
      B: 'Cơ sở có lò hơi, lò sấy / Facilities with boilers or dryers',
      C: 'Tháng 4–6/2027',
      D: 'Văn phòng hỗ trợ SXSH / CP support office',
      E: 50000000,
      F: '10 báo cáo khảo sát nhanh / 10 walk-through reports',
    },
    {
      A: 'Đăng 3 nghiên cứu điển hình lên cơ sở dữ liệu / Publish 3 case studies',
      B: 'Doanh nghiệp, cán bộ / Enterprises, officials',
      C: 'Tháng 7/2027',
      D: 'Sở Công Thương / Department of Industry and Trade',
      E: 10000000,
      F: '3 bài được đăng / 3 published',
    },
  ],
  total: { cells: { E: 'sum' } },
})

/** The table sheets of workbook 2, in the spec's order. */
export const OFFICIALS_SHEETS: SheetSpec[] = [caseIndicators, payback, targets, promotion]
