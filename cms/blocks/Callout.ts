import type { Block } from 'payload'

import { jsxAttributes } from '../lib/content-refs'
import { label } from '../lib/label'

/** A highlighted note inside a text: a tip, a warning, or a flag that figures are illustrative. */
export const Callout: Block = {
  slug: 'callout',
  interfaceName: 'CalloutBlock',
  labels: { singular: label('Hộp ghi chú', 'Callout'), plural: label('Hộp ghi chú', 'Callouts') },
  // In Markdown: <Callout tone="tip" title="…">text</Callout>
  jsx: {
    import: ({ props, children }) => ({
      tone: typeof props.tone === 'string' ? props.tone : 'note',
      title: typeof props.title === 'string' ? props.title : undefined,
      text: children.trim(),
    }),
    export: ({ fields }) =>
      `<Callout${jsxAttributes({ tone: fields.tone, title: fields.title })}>\n${String(fields.text ?? '').trim()}\n</Callout>`,
  },
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
