import type { Block } from 'payload'

import { label } from '../lib/label'

/** A citation of a legal document in the base, optionally down to the article. */
export const LegalReference: Block = {
  slug: 'legal-reference',
  interfaceName: 'LegalReferenceBlock',
  labels: {
    singular: label('Trích dẫn văn bản pháp luật', 'Legal reference'),
    plural: label('Trích dẫn văn bản pháp luật', 'Legal references'),
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
