import type { DateField } from 'payload'

import { label } from '../lib/label'

/** When the document was first published; set by the recordFirstPublication hook, never typed. */
export const firstPublishedAtField = (): DateField => ({
  name: 'firstPublishedAt',
  type: 'date',
  label: label('Xuất bản lần đầu', 'First published'),
  admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
})
