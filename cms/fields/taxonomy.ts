import type { RelationshipField } from 'payload'

import { label } from '../lib/label'

/** The sectors (industries) a document is for, e.g. cashew processing. */
export const sectorsField = (): RelationshipField => ({
  name: 'sectors',
  type: 'relationship',
  relationTo: 'sectors',
  hasMany: true,
  label: label('Ngành', 'Sectors'),
  admin: { position: 'sidebar' },
})

/** The resource topics a document covers, e.g. energy or water. */
export const topicsField = (): RelationshipField => ({
  name: 'topics',
  type: 'relationship',
  relationTo: 'topics',
  hasMany: true,
  label: label('Chủ đề', 'Topics'),
  admin: { position: 'sidebar' },
})
