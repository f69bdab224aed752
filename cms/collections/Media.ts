import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { editors } from '../access/editors'
import { signedIn } from '../access/signed-in'
import { limitUploadSize } from '../hooks/limit-upload-size'
import { queueSiteRebuild, queueSiteRebuildOnDelete } from '../hooks/queue-site-rebuild'
import { ADMIN_GROUPS } from '../lib/admin-groups'
import { label } from '../lib/label'
import { MB, uploadsDir } from '../lib/uploads'
import { requiredInVietnamese } from '../fields/required-in-vietnamese'

/** Images are for the web: anything larger than this is a photo straight off a camera. */
export const MEDIA_MAX_BYTES = 10 * MB

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: label('Ảnh', 'Image'), plural: label('Ảnh', 'Images') },
  admin: {
    group: ADMIN_GROUPS.library,
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'updatedAt'],
  },
  access: {
    create: signedIn,
    read: anyone,
    update: signedIn,
    delete: editors,
  },
  upload: {
    staticDir: uploadsDir('media'),
    // Payload checks the bytes, not just the name: a renamed .exe is refused, and SVGs with
    // scripts or external references are rejected as unsafe.
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'image/avif', 'image/svg+xml'],
    imageSizes: [
      {
        name: 'thumbnail',
        width: 320,
        height: 240,
        position: 'centre',
        formatOptions: { format: 'webp', options: { quality: 75 } },
      },
      { name: 'card', width: 720, formatOptions: { format: 'webp', options: { quality: 72 } } },
      { name: 'wide', width: 1440, formatOptions: { format: 'webp', options: { quality: 72 } } },
    ],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
  },
  hooks: {
    beforeOperation: [limitUploadSize(MEDIA_MAX_BYTES)],
    afterChange: [queueSiteRebuild],
    afterDelete: [queueSiteRebuildOnDelete],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      ...requiredInVietnamese,
      label: label('Văn bản thay thế', 'Alt text'),
      admin: {
        description: label(
          'Mô tả ảnh cho người không nhìn thấy ảnh (trình đọc màn hình, mạng chậm).',
          'What the image shows, for people who cannot see it (screen readers, slow networks).',
        ),
      },
    },
    { name: 'caption', type: 'text', localized: true, label: label('Chú thích', 'Caption') },
    { name: 'credit', type: 'text', label: label('Nguồn / tác giả ảnh', 'Credit') },
  ],
}
