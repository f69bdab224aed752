import type { SelectField } from 'payload'

import { label } from '../lib/label'

/** Who a guide or curriculum is written for; the plan trains each group differently. */
export const AUDIENCES = [
  { value: 'enterprises', label: label('Doanh nghiệp', 'Enterprises') },
  { value: 'technical-staff', label: label('Cán bộ kỹ thuật', 'Technical staff') },
  { value: 'officials', label: label('Cán bộ quản lý nhà nước', 'State officials') },
] as const

export const audienceField = (): SelectField => ({
  name: 'audience',
  type: 'select',
  hasMany: true,
  options: [...AUDIENCES],
  label: label('Đối tượng', 'Audience'),
  admin: { position: 'sidebar' },
})
