import { label } from './label'

/** How far a case study's figures were checked, weakest first; readers weigh them accordingly. */
export const VERIFICATION_LEVELS = [
  { value: 'self-reported', label: label('Doanh nghiệp tự báo cáo', 'Self-reported') },
  { value: 'consultant-checked', label: label('Tư vấn đã kiểm tra', 'Checked by a consultant') },
  {
    value: 'department-verified',
    label: label('Sở Công Thương đã xác minh', 'Verified by the Department'),
  },
] as const
