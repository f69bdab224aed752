import type { Block } from 'payload'

import { jsxAttributes, refKey, toRef } from '../lib/content-refs'
import { label } from '../lib/label'

/** A citation of a legal document in the base, optionally down to the article. */
export const LegalReference: Block = {
  slug: 'legalReference',
  interfaceName: 'LegalReferenceBlock',
  labels: {
    singular: label('Trích dẫn văn bản pháp luật', 'Legal reference'),
    plural: label('Trích dẫn văn bản pháp luật', 'Legal references'),
  },
  // In Markdown: <LegalReference number="1419/QĐ-TTg" article="Điều 1" note="…" />
  jsx: {
    import: ({ props }) => ({
      document: toRef('legal-documents', String(props.number ?? '')),
      article: typeof props.article === 'string' ? props.article : undefined,
      note: typeof props.note === 'string' ? props.note : undefined,
    }),
    export: ({ fields }) =>
      `<LegalReference${jsxAttributes({ number: refKey(fields.document), article: fields.article, note: fields.note })} />`,
  },
  fields: [
    {
      name: 'document',
      type: 'relationship',
      relationTo: 'legal-documents',
      required: true,
      label: label('Văn bản', 'Document'),
    },
    { name: 'article', type: 'text', label: label('Điều, khoản', 'Article, clause') },
    { name: 'note', type: 'textarea', label: label('Ghi chú', 'Note') },
  ],
}
