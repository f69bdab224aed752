import type { Block } from 'payload'

import { jsxAttributes } from '../lib/content-refs'
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
  // In Markdown: <Checklist title="…"> then one "- [option-type] text" line per item </Checklist>
  jsx: {
    import: ({ props, children }) => ({
      title: typeof props.title === 'string' ? props.title : undefined,
      items: children
        .split('\n')
        .map((line) => line.trim().match(/^[-*]\s+(?:\[([a-z-]+)\]\s+)?(.+)$/))
        .filter((match): match is RegExpMatchArray => match !== null)
        .map(([, optionType, text]) => ({ optionType, text: text?.trim() })),
    }),
    export: ({ fields }) => {
      const items =
        (fields.items as { optionType?: string | null; text?: string }[] | undefined) ?? []
      const lines = items.map(
        (item) => `- ${item.optionType ? `[${item.optionType}] ` : ''}${item.text ?? ''}`,
      )
      return `<Checklist${jsxAttributes({ title: fields.title })}>\n${lines.join('\n')}\n</Checklist>`
    },
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
