import type { Block } from 'payload'

import { label } from '../lib/label'

/** A highlighted note inside a text: a tip, a warning, or a flag that figures are illustrative. */
export const Callout: Block = {
  slug: 'callout',
  interfaceName: 'CalloutBlock',
  labels: { singular: label('Hộp ghi chú', 'Callout'), plural: label('Hộp ghi chú', 'Callouts') },
  fields: [
    {
      name: 'tone',
      type: 'select',
      required: true,
      defaultValue: 'note',
      label: label('Loại', 'Tone'),
      options: [
        { value: 'note', label: label('Ghi chú', 'Note') },
        { value: 'tip', label: label('Mẹo', 'Tip') },
        { value: 'warning', label: label('Cảnh báo', 'Warning') },
        { value: 'illustrative', label: label('Ví dụ minh họa', 'Illustrative example') },
      ],
    },
    { name: 'title', type: 'text', label: label('Tiêu đề', 'Title') },
    { name: 'text', type: 'textarea', required: true, label: label('Nội dung', 'Text') },
  ],
}
