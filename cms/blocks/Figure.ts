import type { Block } from 'payload'

import { label } from '../lib/label'

/** An image from the media library with its caption and credit. */
export const Figure: Block = {
  slug: 'figure',
  interfaceName: 'FigureBlock',
  labels: { singular: label('Hình', 'Figure'), plural: label('Hình', 'Figures') },
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
