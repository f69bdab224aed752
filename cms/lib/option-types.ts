import { label } from './label'

/**
 * The UNEP/UNIDO cleaner-production option types, used to classify what an enterprise did.
 * Source: UNEP/UNIDO cleaner production assessment methodology (as summarised in ../shared/README.md).
 */
export const OPTION_TYPES = [
  { value: 'good-housekeeping', label: label('Quản lý nội vi tốt', 'Good housekeeping') },
  {
    value: 'input-material-change',
    label: label('Thay đổi nguyên liệu đầu vào', 'Input material change'),
  },
  {
    value: 'better-process-control',
    label: label('Kiểm soát quá trình tốt hơn', 'Better process control'),
  },
  { value: 'equipment-modification', label: label('Cải tiến thiết bị', 'Equipment modification') },
  { value: 'technology-change', label: label('Thay đổi công nghệ', 'Technology change') },
  {
    value: 'on-site-recovery-reuse',
    label: label('Thu hồi và tái sử dụng tại chỗ', 'On-site recovery and reuse'),
  },
  {
    value: 'useful-by-product',
    label: label('Sản xuất sản phẩm phụ hữu ích', 'Production of a useful by-product'),
  },
  { value: 'product-modification', label: label('Cải tiến sản phẩm', 'Product modification') },
] as const

export type OptionType = (typeof OPTION_TYPES)[number]['value']
