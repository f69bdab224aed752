import type { Block } from 'payload'

import { label } from '../lib/label'
import { OPTION_TYPES } from '../lib/option-types'

/** A checklist of cleaner-production opportunities, each tagged with its UNEP/UNIDO option type. */
export const Checklist: Block = {
  slug: 'checklist',
  interfaceName: 'ChecklistBlock',
  labels: {
    singular: label('Danh mục kiểm tra cơ hội SXSH', 'Cleaner-production checklist'),
    plural: label('Danh mục kiểm tra', 'Checklists'),
  },
  fields: [
    { name: 'title', type: 'text', label: label('Tiêu đề', 'Title') },
    {
      name: 'items',
      type: 'array',
      minRows: 1,
      required: true,
      label: label('Các mục', 'Items'),
      fields: [
        { name: 'text', type: 'textarea', required: true, label: label('Cơ hội', 'Opportunity') },
        {
          name: 'optionType',
          type: 'select',
          options: [...OPTION_TYPES],
          label: label('Loại giải pháp', 'Option type'),
        },
      ],
    },
  ],
}
