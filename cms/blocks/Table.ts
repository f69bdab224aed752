import type { Block } from 'payload'

import { jsxAttributes } from '../lib/content-refs'
import { label } from '../lib/label'
import { parseTableText } from '../lib/table-text'

/**
 * A data table typed or pasted as text: one row per line, cells separated by a tab (as Excel and
 * LibreOffice copy them) or by "|". Plain text keeps tables easy to paste, diff and import.
 */
export const Table: Block = {
  slug: 'table',
  interfaceName: 'TableBlock',
  labels: { singular: label('Bảng', 'Table'), plural: label('Bảng', 'Tables') },
  // In Markdown: a plain GFM table, or <Table caption="…" source="…"> around one.
  jsx: {
    import: ({ props, children }) => ({
      caption: typeof props.caption === 'string' ? props.caption : undefined,
      source: typeof props.source === 'string' ? props.source : undefined,
      headerRow: true,
      data: children.trim(),
    }),
    export: ({ fields }) => {
      const data = String(fields.data ?? '').trim()
      if (!fields.caption && !fields.source) return data
      return `<Table${jsxAttributes({ caption: fields.caption, source: fields.source })}>\n${data}\n</Table>`
    },
  },
  fields: [
    { name: 'caption', type: 'text', label: label('Chú thích bảng', 'Caption') },
    {
      name: 'headerRow',
      type: 'checkbox',
      defaultValue: true,
      label: label('Dòng đầu là tiêu đề cột', 'First row is the header'),
    },
    {
      name: 'data',
      type: 'textarea',
      required: true,
      label: label('Dữ liệu', 'Data'),
      admin: {
        description: label(
          'Mỗi dòng một hàng; các ô cách nhau bằng Tab (dán từ Excel) hoặc dấu |.',
          'One row per line; cells separated by Tab (paste from Excel) or |.',
        ),
      },
      validate: (value: string | null | undefined) => {
        const result = parseTableText(value ?? '')
        return result.ok ? true : result.error
      },
    },
    { name: 'source', type: 'text', label: label('Nguồn số liệu', 'Source') },
  ],
}
