import type { SelectField } from 'payload'

import { label } from '../lib/label'

/** Licences a trainer needs to know before reusing material. */
export const LICENCES = [
  { value: 'cc-by-4.0', label: 'CC BY 4.0' },
  { value: 'cc-by-sa-4.0', label: 'CC BY-SA 4.0' },
  { value: 'cc0-1.0', label: 'CC0 1.0' },
  {
    value: 'public-legal-text',
    label: label(
      'Văn bản quy phạm pháp luật (không thuộc đối tượng bảo hộ quyền tác giả)',
      'Legal normative text (not protected by copyright in Viet Nam)',
    ),
  },
  { value: 'all-rights-reserved', label: label('Bảo lưu mọi quyền', 'All rights reserved') },
] as const

export const licenceField = (): SelectField => ({
  name: 'licence',
  type: 'select',
  options: [...LICENCES],
  defaultValue: 'cc-by-4.0',
  required: true,
  label: label('Giấy phép', 'Licence'),
})
