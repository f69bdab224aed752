import type { Block } from 'payload'

import { jsxAttributes, refKey, toRef } from '../lib/content-refs'
import { label } from '../lib/label'

/** A link to download a document from the files library; the site shows its format and size. */
export const FileDownload: Block = {
  slug: 'fileDownload',
  interfaceName: 'FileDownloadBlock',
  labels: {
    singular: label('Tệp tải về', 'File download'),
    plural: label('Tệp tải về', 'File downloads'),
  },
  // In Markdown: <FileDownload file="file-slug" label="…" />
  jsx: {
    import: ({ props }) => ({
      file: toRef('files', String(props.file ?? '')),
      label: typeof props.label === 'string' ? props.label : undefined,
    }),
    export: ({ fields }) =>
      `<FileDownload${jsxAttributes({ file: refKey(fields.file), label: fields.label })} />`,
  },
  fields: [
    {
      name: 'file',
      type: 'relationship',
      relationTo: 'files',
      required: true,
      label: label('Tệp', 'File'),
    },
    {
      name: 'label',
      type: 'text',
      label: label('Nhãn liên kết', 'Link text'),
      admin: { description: label('Để trống thì dùng tên tệp.', "The file's title when empty.") },
    },
  ],
}
