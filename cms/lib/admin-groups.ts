import { label } from './label'

/** Sections of the admin sidebar, in the order editors use them. */
export const ADMIN_GROUPS = {
  content: label('Nội dung', 'Content'),
  taxonomy: label('Phân loại', 'Taxonomy'),
  library: label('Thư viện tệp', 'Library'),
  administration: label('Quản trị', 'Administration'),
} as const
