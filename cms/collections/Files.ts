import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { editors } from '../access/editors'
import { signedIn } from '../access/signed-in'
import { licenceField } from '../fields/licence'
import { limitUploadSize } from '../hooks/limit-upload-size'
import { recordFileFormat } from '../hooks/record-file-format'
import { queueSiteRebuild, queueSiteRebuildOnDelete } from '../hooks/queue-site-rebuild'
import { ADMIN_GROUPS } from '../lib/admin-groups'
import { FILE_MIME_TYPES } from '../lib/file-formats'
import { label } from '../lib/label'
import { MB, uploadsDir } from '../lib/uploads'
import { requiredInVietnamese } from '../fields/required-in-vietnamese'

/** Training packs and scanned legal originals are large, but must stay downloadable on 3G. */
export const FILES_MAX_BYTES = 50 * MB

/** Languages a document can be written in; many provincial materials are bilingual. */
export const DOCUMENT_LANGUAGES = [
  { value: 'vi', label: label('Tiếng Việt', 'Vietnamese') },
  { value: 'en', label: label('Tiếng Anh', 'English') },
  { value: 'vi-en', label: label('Song ngữ Việt – Anh', 'Vietnamese and English') },
] as const

export const Files: CollectionConfig = {
  slug: 'files',
  labels: { singular: label('Tệp tài liệu', 'File'), plural: label('Tệp tài liệu', 'Files') },
  admin: {
    group: ADMIN_GROUPS.library,
    useAsTitle: 'title',
    defaultColumns: ['title', 'format', 'language', 'filesize', 'updatedAt'],
  },
  access: {
    create: signedIn,
    read: anyone,
    update: signedIn,
    delete: editors,
  },
  hooks: {
    beforeOperation: [limitUploadSize(FILES_MAX_BYTES)],
    beforeChange: [recordFileFormat],
    afterChange: [queueSiteRebuild],
    afterDelete: [queueSiteRebuildOnDelete],
  },
  upload: {
    staticDir: uploadsDir('files'),
    mimeTypes: FILE_MIME_TYPES,
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      ...requiredInVietnamese,
      label: label('Tiêu đề', 'Title'),
    },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      label: label('Mô tả', 'Description'),
    },
    {
      name: 'language',
      type: 'select',
      required: true,
      defaultValue: 'vi',
      options: [...DOCUMENT_LANGUAGES],
      label: label('Ngôn ngữ của tài liệu', 'Language of the document'),
    },
    licenceField(),
    {
      name: 'format',
      type: 'text',
      label: label('Định dạng', 'Format'),
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: label('Tự động', 'Recorded automatically'),
      },
    },
  ],
}
