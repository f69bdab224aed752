import type { CollectionConfig, TextFieldSingleValidation } from 'payload'

import { editors } from '../access/editors'
import { publishedOrSignedIn } from '../access/published-or-signed-in'
import { signedIn } from '../access/signed-in'
import { audienceField } from '../fields/audience'
import { computedNumberField } from '../fields/computed'
import { firstPublishedAtField } from '../fields/first-published-at'
import { licenceField } from '../fields/licence'
import { quantityField } from '../fields/quantity'
import { richTextField } from '../fields/rich-text'
import { seoDescriptionField } from '../fields/seo-description'
import { clearReviewOnPublish, reviewStatusField } from '../fields/review-status'
import { slugField } from '../fields/slug'
import { sectorsField, topicsField } from '../fields/taxonomy'
import { computeCurriculumDuration } from '../hooks/compute-curriculum-duration'
import { guardPublishing } from '../hooks/guard-publishing'
import { recordFirstPublication } from '../hooks/record-first-publication'
import { queueSiteRebuild, queueSiteRebuildOnDelete } from '../hooks/queue-site-rebuild'
import { ADMIN_GROUPS } from '../lib/admin-groups'
import { label } from '../lib/label'
import { previewUrl } from '../lib/preview-url'
import { message } from '../lib/message'
import { draftsAndVersions } from '../lib/versions'
import { requiredInVietnamese } from '../fields/required-in-vietnamese'

export const LEVELS = [
  { value: 'introductory', label: label('Nhập môn', 'Introductory') },
  { value: 'intermediate', label: label('Trung cấp', 'Intermediate') },
  { value: 'advanced', label: label('Nâng cao', 'Advanced') },
] as const

const versionNumber: TextFieldSingleValidation = (value, { req }) =>
  value && /^\d+(\.\d+){0,2}$/.test(value)
    ? true
    : message(req, 'Phiên bản dạng 1.0 hoặc 1.2.3.', 'A version like 1.0 or 1.2.3.')

/** A training curriculum: modules a trainer teaches in order, with the materials to hand out. */
export const Curricula: CollectionConfig = {
  slug: 'curricula',
  labels: {
    singular: label('Chương trình đào tạo', 'Curriculum'),
    plural: label('Chương trình đào tạo', 'Curricula'),
  },
  admin: {
    preview: previewUrl('curricula'),
    group: ADMIN_GROUPS.content,
    useAsTitle: 'title',
    defaultColumns: ['title', 'level', 'durationHours', '_status', 'reviewStatus'],
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
    beforeChange: [clearReviewOnPublish, recordFirstPublication, computeCurriculumDuration],
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
    audienceField(),
    {
      name: 'level',
      type: 'select',
      required: true,
      defaultValue: 'introductory',
      options: [...LEVELS],
      label: label('Trình độ', 'Level'),
      admin: { position: 'sidebar' },
    },
    computedNumberField(
      'durationHours',
      label('Thời lượng (giờ)', 'Duration (hours)'),
      label('Tổng thời lượng các học phần', 'Sum of the modules’ durations'),
    ),
    sectorsField(),
    topicsField(),
    {
      name: 'learningOutcomes',
      type: 'array',
      label: label('Kết quả học tập', 'Learning outcomes'),
      labels: { singular: label('Kết quả', 'Outcome'), plural: label('Kết quả', 'Outcomes') },
      fields: [
        {
          name: 'outcome',
          type: 'text',
          ...requiredInVietnamese,
          label: label('Học viên sẽ…', 'Learners will…'),
        },
      ],
    },
    richTextField('overview', label('Giới thiệu cho giảng viên', 'Overview for trainers')),
    {
      name: 'prerequisites',
      type: 'textarea',
      localized: true,
      label: label('Điều kiện tiên quyết', 'Prerequisites'),
    },
    licenceField(),
    {
      name: 'version',
      type: 'text',
      required: true,
      defaultValue: '1.0',
      label: label('Phiên bản', 'Version'),
      admin: { position: 'sidebar' },
      validate: versionNumber,
    },
    {
      name: 'changelog',
      type: 'array',
      label: label('Lịch sử thay đổi', 'Changelog'),
      fields: [
        { name: 'version', type: 'text', required: true, label: label('Phiên bản', 'Version') },
        {
          name: 'date',
          type: 'date',
          required: true,
          label: label('Ngày', 'Date'),
          admin: { date: { pickerAppearance: 'dayOnly' } },
        },
        {
          name: 'note',
          type: 'textarea',
          ...requiredInVietnamese,
          label: label('Thay đổi', 'Changes'),
        },
      ],
    },
    {
      name: 'modules',
      type: 'array',
      label: label('Học phần', 'Modules'),
      labels: { singular: label('Học phần', 'Module'), plural: label('Học phần', 'Modules') },
      admin: {
        description: label(
          'Theo thứ tự giảng dạy; kéo để sắp xếp lại.',
          'In teaching order; drag to reorder.',
        ),
      },
      fields: [
        {
          name: 'title',
          type: 'text',
          ...requiredInVietnamese,
          label: label('Tên học phần', 'Title'),
        },
        quantityField('durationHours', label('Thời lượng (giờ)', 'Duration (hours)'), {
          required: true,
        }),
        {
          name: 'objectives',
          type: 'textarea',
          localized: true,
          label: label('Mục tiêu', 'Objectives'),
        },
        richTextField('content', label('Nội dung', 'Content')),
        {
          name: 'materials',
          type: 'relationship',
          relationTo: 'files',
          hasMany: true,
          label: label(
            'Tài liệu (slide, tài liệu phát tay, phiếu bài tập, ghi chú giảng viên)',
            'Materials (slides, handouts, worksheets, trainer notes)',
          ),
        },
      ],
    },
    {
      name: 'coverImage',
      type: 'upload',
      relationTo: 'media',
      label: label('Ảnh bìa', 'Cover image'),
    },
    seoDescriptionField(),
    firstPublishedAtField(),
  ],
}
