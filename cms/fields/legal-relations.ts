import type { ArrayField, RelationshipFieldSingleValidation } from 'payload'

import { label } from '../lib/label'
import { LEGAL_RELATIONS } from '../lib/legal-document-types'
import { message } from '../lib/message'

type RelationRow = { document?: unknown; externalNumber?: string | null }

/** A relation points at exactly one target, a document in the base or an outside number, never itself. */
const oneTargetNotSelf: RelationshipFieldSingleValidation = (value, { siblingData, id, req }) => {
  const row = siblingData as RelationRow
  const hasDocument = value !== null && value !== undefined && value !== ''
  if (hasDocument && id !== undefined && String(value) === String(id)) {
    return message(
      req,
      'Văn bản không thể liên hệ với chính nó.',
      'A document cannot relate to itself.',
    )
  }
  if (hasDocument === Boolean(row.externalNumber)) {
    return message(
      req,
      'Chọn một văn bản trong cơ sở dữ liệu hoặc ghi số hiệu văn bản bên ngoài (chỉ một trong hai).',
      'Choose a document in the base or give an outside document’s number (one of the two).',
    )
  }
  return true
}

/**
 * Links from this document to others: to one in the base, or to an outside document by its
 * number when the base does not hold it (yet).
 */
export const legalRelationsField = (): ArrayField => ({
  name: 'relations',
  type: 'array',
  label: label('Quan hệ với văn bản khác', 'Relations to other documents'),
  labels: { singular: label('Quan hệ', 'Relation'), plural: label('Quan hệ', 'Relations') },
  fields: [
    {
      name: 'relation',
      type: 'select',
      required: true,
      options: LEGAL_RELATIONS.map(({ value, label: optionLabel }) => ({
        value,
        label: optionLabel,
      })),
      label: label('Quan hệ', 'Relation'),
    },
    {
      name: 'document',
      type: 'relationship',
      relationTo: 'legal-documents',
      label: label('Văn bản trong cơ sở dữ liệu', 'Document in the base'),
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
      validate: oneTargetNotSelf,
    },
    {
      name: 'externalNumber',
      type: 'text',
      label: label('Số hiệu văn bản bên ngoài', 'Outside document number'),
    },
    {
      name: 'externalTitle',
      type: 'text',
      localized: true,
      label: label('Tên văn bản bên ngoài', 'Outside document title'),
    },
    {
      name: 'note',
      type: 'text',
      localized: true,
      label: label('Ghi chú (điều, khoản…)', 'Note (article, clause…)'),
    },
  ],
})
