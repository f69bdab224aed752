import type { CollectionConfig } from 'payload'

import { editors } from '../access/editors'
import { publishedOrSignedIn } from '../access/published-or-signed-in'
import { signedIn } from '../access/signed-in'
import { audienceField } from '../fields/audience'
import { firstPublishedAtField } from '../fields/first-published-at'
import { richTextField } from '../fields/rich-text'
import { seoDescriptionField } from '../fields/seo-description'
import { clearReviewOnPublish, reviewStatusField } from '../fields/review-status'
import { slugField } from '../fields/slug'
import { sectorsField, topicsField } from '../fields/taxonomy'
import { guardPublishing } from '../hooks/guard-publishing'
import { recordFirstPublication } from '../hooks/record-first-publication'
import { queueSiteRebuild, queueSiteRebuildOnDelete } from '../hooks/queue-site-rebuild'
import { ADMIN_GROUPS } from '../lib/admin-groups'
import { label } from '../lib/label'
import { previewUrl } from '../lib/preview-url'
import { draftsAndVersions } from '../lib/versions'
import { requiredInVietnamese } from '../fields/required-in-vietnamese'

/** Sector-specific cleaner-production guidance: where losses occur and what to do about them. */
export const Guides: CollectionConfig = {
  slug: 'guides',
  labels: { singular: label('Hướng dẫn', 'Guide'), plural: label('Hướng dẫn', 'Guides') },
  admin: {
    preview: previewUrl('guides'),
    group: ADMIN_GROUPS.content,
    useAsTitle: 'title',
    defaultColumns: ['title', 'sectors', '_status', 'reviewStatus', 'updatedAt'],
  },
  access: {
    create: signedIn,
    read: publishedOrSignedIn,
    update: signedIn,
    delete: editors,
    readVersions: signedIn,
  },
  versions: draftsAndVersions,
  hooks: {
    beforeOperation: [guardPublishing],
    beforeChange: [clearReviewOnPublish, recordFirstPublication],
    afterChange: [queueSiteRebuild],
    afterDelete: [queueSiteRebuildOnDelete],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      ...requiredInVietnamese,
      label: label('Tiêu đề', 'Title'),
    },
    slugField(),
    reviewStatusField(),
    { name: 'summary', type: 'textarea', localized: true, label: label('Tóm tắt', 'Summary') },
    sectorsField(),
    topicsField(),
    audienceField(),
    richTextField('body', label('Nội dung', 'Body')),
    {
      name: 'legalBasis',
      type: 'relationship',
      relationTo: 'legal-documents',
      hasMany: true,
      label: label('Căn cứ pháp lý', 'Legal basis'),
    },
    {
      name: 'relatedCaseStudies',
      type: 'relationship',
      relationTo: 'case-studies',
      hasMany: true,
      label: label('Điển hình liên quan', 'Related case studies'),
    },
    {
      name: 'attachments',
      type: 'relationship',
      relationTo: 'files',
      hasMany: true,
      label: label('Tài liệu đính kèm', 'Attachments'),
    },
    {
      name: 'coverImage',
      type: 'upload',
      relationTo: 'media',
      label: label('Ảnh bìa', 'Cover image'),
    },
    {
      name: 'lastReviewed',
      type: 'date',
      label: label('Rà soát lần cuối', 'Last reviewed'),
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' },
      },
    },
    seoDescriptionField(),
    firstPublishedAtField(),
  ],
}
