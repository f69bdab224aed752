import type { Block } from 'payload'

import { jsxAttributes, refKey, toRef } from '../lib/content-refs'
import { label } from '../lib/label'

/** An image from the media library with its caption and credit. */
export const Figure: Block = {
  slug: 'figure',
  interfaceName: 'FigureBlock',
  labels: { singular: label('Hình', 'Figure'), plural: label('Hình', 'Figures') },
  // In Markdown: <Figure image="file-name.svg" caption="…" credit="…" />
  jsx: {
    import: ({ props }) => ({
      image: toRef('media', String(props.image ?? '')),
      caption: typeof props.caption === 'string' ? props.caption : undefined,
      credit: typeof props.credit === 'string' ? props.credit : undefined,
    }),
    export: ({ fields }) =>
      `<Figure${jsxAttributes({ image: refKey(fields.image), caption: fields.caption, credit: fields.credit })} />`,
  },
  fields: [
    {
      name: 'image',
      type: 'upload',
      relationTo: 'media',
      required: true,
      label: label('Ảnh', 'Image'),
    },
    { name: 'caption', type: 'text', label: label('Chú thích', 'Caption') },
    { name: 'credit', type: 'text', label: label('Nguồn ảnh', 'Credit') },
  ],
}
