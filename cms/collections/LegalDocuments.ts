import type { CollectionConfig } from 'payload'

import { editors } from '../access/editors'
import { publishedOrSignedIn } from '../access/published-or-signed-in'
import { signedIn } from '../access/signed-in'
import { firstPublishedAtField } from '../fields/first-published-at'
import { legalRelationsField } from '../fields/legal-relations'
import { richTextField } from '../fields/rich-text'
import { seoDescriptionField } from '../fields/seo-description'
import { clearReviewOnPublish, reviewStatusField } from '../fields/review-status'
import { slugField } from '../fields/slug'
import { sectorsField, topicsField } from '../fields/taxonomy'
import { deriveLegalValidity } from '../hooks/derive-legal-validity'
import { guardPublishing } from '../hooks/guard-publishing'
import { recordFirstPublication } from '../hooks/record-first-publication'
import { queueSiteRebuild, queueSiteRebuildOnDelete } from '../hooks/queue-site-rebuild'
import { ADMIN_GROUPS } from '../lib/admin-groups'
import { label } from '../lib/label'
import { previewUrl } from '../lib/preview-url'
import { LEGAL_DOCUMENT_TYPES } from '../lib/legal-document-types'
import { VALIDITY_STATUSES } from '../lib/legal-validity'
import { message } from '../lib/message'
import { draftsAndVersions } from '../lib/versions'
import { requiredInVietnamese } from '../fields/required-in-vietnamese'

type LegalDates = { issueDate?: string | null; effectiveDate?: string | null }

const dayOnly = { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } as const

/** Laws, decrees, decisions and plans that promote cleaner production, with vbpl.vn's metadata. */
export const LegalDocuments: CollectionConfig = {
  slug: 'legal-documents',
  labels: {
    singular: label('Văn bản pháp luật', 'Legal document'),
    plural: label('Văn bản pháp luật', 'Legal documents'),
  },
  admin: {
    preview: previewUrl('legal-documents'),
    group: ADMIN_GROUPS.content,
    useAsTitle: 'number',
    defaultColumns: [
      'number',
      'title',
      'type',
      'issueDate',
      'validityStatus',
      '_status',
      'reviewStatus',
    ],
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
    beforeChange: [clearReviewOnPublish, recordFirstPublication, deriveLegalValidity],
    afterChange: [queueSiteRebuild],
    afterDelete: [queueSiteRebuildOnDelete],
  },
  fields: [
    {
      name: 'number',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: label('Số ký hiệu', 'Number / symbol'),
      admin: { description: label('Ví dụ: 1419/QĐ-TTg', 'E.g. 1419/QĐ-TTg') },
    },
    {
      name: 'title',
      type: 'text',
      ...requiredInVietnamese,
      label: label('Trích yếu', 'Title'),
    },
    slugField({ from: 'number' }),
    reviewStatusField(),
    {
      type: 'row',
      fields: [
        {
          name: 'type',
          type: 'select',
          required: true,
          options: [...LEGAL_DOCUMENT_TYPES],
          label: label('Loại văn bản', 'Type'),
        },
        {
          name: 'scope',
          type: 'select',
          required: true,
          defaultValue: 'national',
          options: [
            { value: 'national', label: label('Trung ương', 'National') },
            { value: 'provincial', label: label('Địa phương', 'Provincial') },
          ],
          label: label('Phạm vi', 'Scope'),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'issuingBody',
          type: 'text',
          ...requiredInVietnamese,
          label: label('Cơ quan ban hành', 'Issuing body'),
        },
        { name: 'signer', type: 'text', label: label('Người ký', 'Signer') },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'issueDate',
          type: 'date',
          required: true,
          label: label('Ngày ban hành', 'Issue date'),
          admin: { date: dayOnly },
        },
        {
          name: 'effectiveDate',
          type: 'date',
          label: label('Ngày có hiệu lực', 'Effective date'),
          admin: { date: dayOnly },
        },
        {
          name: 'expiryDate',
          type: 'date',
          label: label('Ngày hết hiệu lực', 'Expiry date'),
          admin: { date: dayOnly },
          validate: (value: Date | string | null | undefined, { siblingData, req }) => {
            if (!value) return true
            const { issueDate, effectiveDate } = siblingData as LegalDates
            const expiry = new Date(value).getTime()
            if (Number.isNaN(expiry)) return message(req, 'Ngày không hợp lệ.', 'Not a valid date.')
            if (issueDate && expiry <= new Date(issueDate).getTime()) {
              return message(
                req,
                'Ngày hết hiệu lực phải sau ngày ban hành.',
                'The expiry date must be after the issue date.',
              )
            }
            if (effectiveDate && expiry <= new Date(effectiveDate).getTime()) {
              return message(
                req,
                'Ngày hết hiệu lực phải sau ngày có hiệu lực.',
                'The expiry date must be after the effective date.',
              )
            }
            return true
          },
        },
      ],
    },
    {
      name: 'validityStatus',
      type: 'select',
      // Derived by a hook unless an editor set it: content files only carry it in that case.
      custom: { derivedUnless: 'validityStatusSetByEditor' },
      options: [...VALIDITY_STATUSES],
      label: label('Tình trạng hiệu lực', 'Validity status'),
      admin: {
        position: 'sidebar',
        description: label(
          'Tự tính từ các ngày, trừ khi biên tập viên đặt thủ công bên dưới.',
          'Derived from the dates unless an editor sets it by hand below.',
        ),
      },
    },
    {
      name: 'validityStatusSetByEditor',
      type: 'checkbox',
      defaultValue: false,
      label: label('Đặt tình trạng hiệu lực thủ công', 'Set the validity status by hand'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'province',
      type: 'text',
      label: label('Tỉnh ban hành', 'Province'),
      admin: { condition: (_, siblingData) => siblingData?.scope === 'provincial' },
    },
    sectorsField(),
    topicsField(),
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      label: label('Tóm tắt nội dung', 'Summary'),
    },
    richTextField('fullText', label('Toàn văn', 'Full text')),
    {
      name: 'fullTextIsSummary',
      type: 'checkbox',
      defaultValue: false,
      label: label(
        'Phần "toàn văn" là bản tóm tắt, không phải văn bản chính thức',
        'The "full text" is a summary, not the official text',
      ),
    },
    {
      name: 'source',
      type: 'text',
      localized: true,
      label: label('Nguồn văn bản và thông tin', 'Source of the text and metadata'),
      admin: {
        description: label(
          'Ví dụ: Công báo; Cơ sở dữ liệu quốc gia về VBPL (vbpl.vn)',
          'E.g. the Official Gazette; the national legal database (vbpl.vn)',
        ),
      },
    },
    {
      name: 'originalFile',
      type: 'relationship',
      relationTo: 'files',
      label: label('Bản gốc (PDF)', 'Original file'),
    },
    legalRelationsField(),
    seoDescriptionField(),
    firstPublishedAtField(),
  ],
}
