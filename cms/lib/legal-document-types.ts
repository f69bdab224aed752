import { label } from './label'

/** Kinds of legal document (loại văn bản) the knowledge base holds. */
export const LEGAL_DOCUMENT_TYPES = [
  { value: 'luat', label: label('Luật', 'Law') },
  { value: 'nghi-quyet', label: label('Nghị quyết', 'Resolution') },
  { value: 'nghi-dinh', label: label('Nghị định', 'Decree') },
  { value: 'quyet-dinh', label: label('Quyết định', 'Decision') },
  { value: 'chi-thi', label: label('Chỉ thị', 'Directive') },
  { value: 'thong-tu', label: label('Thông tư', 'Circular') },
  { value: 'thong-tu-lien-tich', label: label('Thông tư liên tịch', 'Joint circular') },
  { value: 'ke-hoach', label: label('Kế hoạch', 'Plan') },
  { value: 'cong-van', label: label('Công văn', 'Official letter') },
  {
    value: 'quy-chuan',
    label: label('Quy chuẩn kỹ thuật quốc gia', 'National technical regulation'),
  },
  { value: 'tieu-chuan', label: label('Tiêu chuẩn quốc gia', 'National standard') },
] as const

/**
 * How one document relates to another (as vbpl.vn records them). Each is stored on the document
 * that acts; the site shows the inverse on the other ("amended by", "guided by"…).
 */
export const LEGAL_RELATIONS = [
  {
    value: 'based-on',
    label: label('Căn cứ', 'Based on'),
    inverse: label('Là căn cứ của', 'Basis for'),
  },
  {
    value: 'guides',
    label: label('Hướng dẫn', 'Guides'),
    inverse: label('Được hướng dẫn bởi', 'Guided by'),
  },
  {
    value: 'amends',
    label: label('Sửa đổi, bổ sung', 'Amends'),
    inverse: label('Được sửa đổi bởi', 'Amended by'),
  },
  {
    value: 'replaces',
    label: label('Thay thế', 'Replaces'),
    inverse: label('Bị thay thế bởi', 'Replaced by'),
  },
  {
    value: 'repeals',
    label: label('Bãi bỏ', 'Repeals'),
    inverse: label('Bị bãi bỏ bởi', 'Repealed by'),
  },
  {
    value: 'implements',
    label: label('Triển khai thực hiện', 'Implements'),
    inverse: label('Được triển khai bởi', 'Implemented by'),
  },
] as const
