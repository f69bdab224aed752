import type ExcelJS from 'exceljs'

import {
  formula,
  input,
  label,
  tableSheet,
  type CellSpec,
  type Input,
  type SheetSpec,
} from './worksheet-sheet'

/**
 * Workbook 1 (worksheet-spec.md §2), second half: option screening, per-unit indicators, the
 * implementation plan and the list of UNEP/UNIDO option types.
 */

const VND = '#,##0'

/** §2.8: the eight option types by code, for the screening sheet's list (in this order). */
const OPTION_TYPES = {
  'good-housekeeping': 'Quản lý nội vi tốt / Good housekeeping',
  'input-material-change': 'Thay đổi nguyên liệu đầu vào / Input material change',
  'better-process-control': 'Kiểm soát quá trình tốt hơn / Better process control',
  'equipment-modification': 'Cải tiến thiết bị / Equipment modification',
  'technology-change': 'Thay đổi công nghệ / Technology change',
  'on-site-recovery-reuse': 'Thu hồi, tái sử dụng tại chỗ / On-site recovery and reuse',
  'useful-by-product': 'Tạo sản phẩm phụ hữu ích / Production of a useful by-product',
  'product-modification': 'Cải tiến sản phẩm / Product modification',
} as const

const SCORE: ExcelJS.DataValidation = {
  type: 'whole',
  operator: 'between',
  allowBlank: true,
  formulae: [1, 5],
  showErrorMessage: true,
  error: 'Điểm từ 1 đến 5 / A score from 1 to 5',
}
const WEIGHT = '0.00'

/** A sample option: name, type, then investment, net savings and the three scores. */
const option = (
  A: string,
  B: string,
  [C, D, F, G, H]: [number, number, number, number, number],
): Record<string, Input> => ({
  A,
  B,
  C,
  D,
  F,
  G,
  H,
})

/**
 * §2.5: payback and a weighted score; the options are those of the case study
 * che-bien-dieu-cai-tien-lo-hap.
 */
const screening = tableSheet({
  name: 'Sang loc giai phap',
  title: 'Sàng lọc giải pháp và thời gian hoàn vốn / Option screening and payback',
  params: {
    E2: label('Trọng số / Weights:'),
    F2: input(0.4, WEIGHT),
    G2: input(0.4, WEIGHT),
    H2: input(0.2, WEIGHT),
    I2: formula('F2+G2+H2', WEIGHT),
    J2: formula('IF(ABS(I2-1)>0.001,"Tổng trọng số phải bằng 1 / Weights must add up to 1","")'),
  },
  columns: [
    { header: 'Giải pháp / Option', width: 48 },
    {
      header: 'Nhóm giải pháp / Option type',
      width: 30,
      // The list lives on `Danh muc`; a validation may point to another sheet, formulas do not.
      validation: { type: 'list', allowBlank: true, formulae: ["'Danh muc'!$B$2:$B$9"] },
    },
    { header: 'Đầu tư / Investment (VND)', width: 18, numFmt: VND },
    { header: 'Tiết kiệm ròng/năm / Net savings per year (VND)', width: 20, numFmt: VND },
    {
      header: 'Hoàn vốn / Payback (tháng / months)',
      width: 16,
      numFmt: '0.0',
      formula: (r) => `IF(D${r}>0,C${r}/D${r}*12,"")`,
    },
    { header: 'Kỹ thuật / Technical (1–5)', width: 13, numFmt: '0', validation: SCORE },
    { header: 'Kinh tế / Economic (1–5)', width: 13, numFmt: '0', validation: SCORE },
    { header: 'Môi trường / Environmental (1–5)', width: 15, numFmt: '0', validation: SCORE },
    {
      header: 'Điểm / Score',
      width: 10,
      numFmt: '0.0',
      formula: (r) => `F${r}*$F$2+G${r}*$G$2+H${r}*$H$2`,
    },
    {
      header: 'Ưu tiên / Priority',
      width: 22,
      // ROUND keeps a score such as 4.0 from falling below the threshold by floating-point error.
      formula: (r) =>
        `IF(ROUND(I${r},2)>=4,"Cao / High",IF(ROUND(I${r},2)>=3,"Trung bình / Medium","Thấp / Low"))`,
    },
  ],
  rows: [
    option(
      'Quản lý nội vi lò hơi, mạng hơi / Housekeeping of boiler and steam network',
      OPTION_TYPES['good-housekeeping'],
      [30000000, 41600000, 5, 5, 4],
    ),
    option(
      'Bảo ôn đường ống hơi và nồi hấp / Insulate steam pipes and steamers',
      OPTION_TYPES['equipment-modification'],
      [95000000, 52000000, 5, 4, 4],
    ),
    option(
      'Thu hồi nước ngưng lò sấy về lò hơi / Return dryer condensate to the boiler',
      OPTION_TYPES['on-site-recovery-reuse'],
      [60000000, 31840000, 4, 4, 5],
    ),
    option(
      'Kiểm soát thời gian, áp suất hấp / Control steaming time and pressure',
      OPTION_TYPES['better-process-control'],
      [15000000, 26400000, 5, 5, 3],
    ),
    option(
      'Biến tần cho quạt lò hơi / Variable-speed drives on boiler fans',
      OPTION_TYPES['equipment-modification'],
      [45000000, 15600000, 4, 3, 3],
    ),
    option(
      'Thay lò hơi mới cấp liệu tự động / New boiler with automatic feeding',
      OPTION_TYPES['technology-change'],
      [1800000000, 280000000, 3, 2, 4],
    ),
  ],
})

/** §2.6: per-unit values from consumption and output, so a rise in output does not hide a gain. */
const indicators = tableSheet({
  name: 'Chi so',
  title: 'Chỉ số trên đơn vị sản phẩm, trước và sau / Per-unit indicators, before and after',
  params: { I2: label('Mục tiêu giảm / Target reduction:'), J2: input(0.05, '0%') },
  columns: [
    { header: 'Chỉ số / Indicator', width: 30 },
    { header: 'Đơn vị chỉ số / Indicator unit', width: 14 },
    { header: 'Tiêu thụ trước / Consumption before', width: 16, numFmt: '#,##0.0' },
    { header: 'Sản lượng trước / Output before', width: 16, numFmt: '#,##0.0' },
    {
      header: 'Trên đơn vị SP trước / Per unit before',
      width: 16,
      numFmt: '0.000',
      formula: (r) => `IF(D${r}>0,C${r}/D${r},"")`,
    },
    { header: 'Tiêu thụ sau / Consumption after', width: 16, numFmt: '#,##0.0' },
    { header: 'Sản lượng sau / Output after', width: 16, numFmt: '#,##0.0' },
    {
      header: 'Trên đơn vị SP sau / Per unit after',
      width: 16,
      numFmt: '0.000',
      formula: (r) => `IF(G${r}>0,F${r}/G${r},"")`,
    },
    {
      header: 'Thay đổi / Change',
      width: 14,
      numFmt: '0.0%',
      formula: (r) => `IF(AND(C${r}>0,D${r}>0,G${r}>0),(H${r}-E${r})/E${r},"")`,
    },
    {
      header: 'So với mục tiêu / Against target',
      width: 22,
      formula: (r) => `IF(I${r}="","",IF(I${r}<=-$J$2,"Đạt / Met","Chưa đạt / Not met"))`,
    },
  ],
  rows: [
    { A: 'Củi / Firewood', B: 't/t', C: 1300, D: 1300, F: 1118, G: 1300 },
    { A: 'Nước / Water', B: 'm³/t', C: 5460, D: 1300, F: 4420, G: 1300 },
    { A: 'Điện năng / Electricity', B: 'kWh/t', C: 403000, D: 1300, F: 392600, G: 1300 },
    { A: 'Hạt điều thô / Raw cashew nuts', B: 't/t', C: 5400, D: 1200, F: 5720, G: 1300 },
  ],
})

const date = (iso: string): Date => new Date(`${iso}T00:00:00.000Z`)
const FIREWOOD_PER_KERNEL = 'Củi trên tấn nhân / Firewood per tonne of kernels'
const NOT_STARTED = 'Chưa bắt đầu / Not started'

/** §2.7: who does what by when, and the indicator that shows whether it worked. */
const plan = tableSheet({
  name: 'Ke hoach thuc hien',
  title: 'Kế hoạch thực hiện và theo dõi / Implementation and monitoring plan',
  columns: [
    { header: 'Giải pháp / Option', width: 40 },
    { header: 'Người phụ trách / Responsible', width: 26 },
    { header: 'Bắt đầu / Start', width: 12, numFmt: 'dd/mm/yyyy' },
    { header: 'Hoàn thành / Finish', width: 12, numFmt: 'dd/mm/yyyy' },
    { header: 'Kinh phí / Budget (VND)', width: 16, numFmt: VND },
    { header: 'Chỉ số theo dõi / Indicator monitored', width: 28 },
    { header: 'Đơn vị / Unit', width: 10 },
    { header: 'Hiện trạng / Baseline', width: 12, numFmt: '0.00' },
    { header: 'Mục tiêu / Target', width: 12, numFmt: '0.00' },
    {
      header: 'Thay đổi dự kiến / Expected change',
      width: 14,
      numFmt: '0.0%',
      formula: (r) => `IF(H${r}>0,(I${r}-H${r})/H${r},"")`,
    },
    { header: 'Tình trạng / Status', width: 20 },
  ],
  rows: [
    {
      A: 'Bảo ôn đường ống hơi và nồi hấp / Insulate steam pipes and steamers',
      B: 'Tổ trưởng lò hơi / Boiler foreman',
      C: date('2027-01-04'),
      D: date('2027-01-29'),
      E: 95000000,
      F: FIREWOOD_PER_KERNEL,
      G: 't/t',
      H: 1,
      I: 0.93,
      K: NOT_STARTED,
    },
    {
      A: 'Kiểm soát thời gian, áp suất hấp / Control steaming time and pressure',
      B: 'Quản đốc phân xưởng hấp – cắt / Steaming and shelling supervisor',
      C: date('2027-01-04'),
      D: date('2027-02-26'),
      E: 15000000,
      F: FIREWOOD_PER_KERNEL,
      G: 't/t',
      H: 0.93,
      I: 0.9,
      K: NOT_STARTED,
    },
  ],
  total: { cells: { E: 'sum' } },
})

/** §2.8: no title row; the headers are on row 1 and the eight types on rows 2–9. */
const optionTypes: SheetSpec = {
  name: 'Danh muc',
  widths: [26, 60],
  cells: Object.fromEntries<CellSpec>([
    ['A1', label('Mã / Code', 'header')],
    ['B1', label('Nhóm giải pháp / Option type', 'header')],
    ...Object.entries(OPTION_TYPES).flatMap(([code, name], index): [string, CellSpec][] => [
      [`A${index + 2}`, label(code)],
      [`B${index + 2}`, label(name)],
    ]),
  ]),
  freezeRows: 1,
}

/** The option, indicator, plan and list sheets of workbook 1, in the spec's order. */
export const ENTERPRISE_OPTION_SHEETS: SheetSpec[] = [screening, indicators, plan, optionTypes]
