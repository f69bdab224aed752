import type {
  CollectionConfig,
  NumberFieldSingleValidation,
  TextFieldSingleValidation,
} from 'payload'

import { editors } from '../access/editors'
import { publishedOrSignedIn } from '../access/published-or-signed-in'
import { signedIn } from '../access/signed-in'
import { computedCheckboxField, computedNumberField } from '../fields/computed'
import { firstPublishedAtField } from '../fields/first-published-at'
import { quantityField } from '../fields/quantity'
import { richTextField } from '../fields/rich-text'
import { seoDescriptionField } from '../fields/seo-description'
import { clearReviewOnPublish, reviewStatusField } from '../fields/review-status'
import { slugField } from '../fields/slug'
import { topicsField } from '../fields/taxonomy'
import { computeCaseStudyFigures } from '../hooks/compute-case-study-figures'
import { guardPublishing } from '../hooks/guard-publishing'
import { recordFirstPublication } from '../hooks/record-first-publication'
import { queueSiteRebuild, queueSiteRebuildOnDelete } from '../hooks/queue-site-rebuild'
import { ADMIN_GROUPS } from '../lib/admin-groups'
import { FUEL_UNITS } from '../lib/fuel-units'
import { label } from '../lib/label'
import { previewUrl } from '../lib/preview-url'
import { message } from '../lib/message'
import { draftsAndVersions } from '../lib/versions'
import { VERIFICATION_LEVELS } from '../lib/verification-levels'
import { cleanerProductionOptionFields } from '../fields/cleaner-production-option'
import { requiredInVietnamese } from '../fields/required-in-vietnamese'

/** Where: a commune or ward, or an industrial park, within the province. */
const communeOrIndustrialPark: TextFieldSingleValidation = (value, { siblingData, req }) =>
  value || (siblingData as { industrialPark?: string }).industrialPark
    ? true
    : message(
        req,
        'Cần ghi xã/phường hoặc khu công nghiệp.',
        'Give the commune or ward, or the industrial park.',
      )

/** Cleaner-production assessments in Viet Nam began in the 1990s; a later year is a typo. */
const plausibleAssessmentYear: NumberFieldSingleValidation = (value, { req }) => {
  const nextYear = new Date().getFullYear() + 1
  return typeof value === 'number' && Number.isInteger(value) && value >= 1990 && value <= nextYear
    ? true
    : message(req, `Năm từ 1990 đến ${nextYear}.`, `A year from 1990 to ${nextYear}.`)
}

const webAddress: TextFieldSingleValidation = (value, { req }) =>
  !value || /^https?:\/\/\S+$/.test(value)
    ? true
    : message(
        req,
        'Địa chỉ phải bắt đầu bằng http:// hoặc https://',
        'A URL starts with http:// or https://',
      )

/** The plan's pilot models: one enterprise's assessment, the options it chose and what they saved. */
export const CaseStudies: CollectionConfig = {
  slug: 'case-studies',
  labels: {
    singular: label('Điển hình SXSH', 'Case study'),
    plural: label('Điển hình SXSH', 'Case studies'),
  },
  admin: {
    preview: previewUrl('case-studies'),
    group: ADMIN_GROUPS.content,
    useAsTitle: 'title',
    defaultColumns: ['title', 'sector', 'assessmentYear', '_status', 'reviewStatus'],
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
    beforeChange: [clearReviewOnPublish, recordFirstPublication, computeCaseStudyFigures],
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
    {
      name: 'sector',
      type: 'relationship',
      relationTo: 'sectors',
      required: true,
      label: label('Ngành', 'Sector'),
      admin: { position: 'sidebar' },
    },
    topicsField(),
    {
      name: 'enterprise',
      type: 'group',
      label: label('Doanh nghiệp', 'Enterprise'),
      fields: [
        {
          name: 'name',
          type: 'text',
          ...requiredInVietnamese,
          label: label('Tên (hoặc mô tả nếu ẩn danh)', 'Name (or a description if anonymised)'),
        },
        {
          name: 'anonymised',
          type: 'checkbox',
          defaultValue: false,
          label: label(
            'Ẩn danh theo yêu cầu của doanh nghiệp',
            'Anonymised at the enterprise’s request',
          ),
        },
      ],
    },
    {
      name: 'location',
      type: 'group',
      label: label(
        'Địa điểm (theo tên gọi tại thời điểm đánh giá)',
        'Location (as named at the time)',
      ),
      fields: [
        {
          name: 'province',
          type: 'text',
          required: true,
          defaultValue: 'Bình Phước',
          label: label('Tỉnh', 'Province'),
        },
        {
          name: 'commune',
          type: 'text',
          label: label('Xã / phường / thị trấn', 'Commune / ward / town'),
          validate: communeOrIndustrialPark,
        },
        {
          name: 'industrialPark',
          type: 'text',
          label: label('Khu công nghiệp', 'Industrial park'),
        },
      ],
    },
    {
      name: 'assessmentYear',
      type: 'number',
      required: true,
      label: label('Năm đánh giá', 'Assessment year'),
      admin: { position: 'sidebar', step: 1 },
      validate: plausibleAssessmentYear,
    },
    {
      name: 'product',
      type: 'group',
      label: label('Sản phẩm chính', 'Main product'),
      fields: [
        {
          name: 'name',
          type: 'text',
          ...requiredInVietnamese,
          label: label('Tên sản phẩm', 'Product'),
        },
        {
          name: 'unit',
          type: 'text',
          required: true,
          label: label('Đơn vị', 'Unit'),
          admin: {
            description: label(
              'Ví dụ: t nhân điều, t mủ cốm SVR',
              'E.g. t of cashew kernels, t of SVR rubber',
            ),
          },
        },
        quantityField('annualOutput', label('Sản lượng năm', 'Annual output')),
      ],
    },
    {
      name: 'options',
      type: 'array',
      label: label('Giải pháp SXSH', 'Cleaner-production options'),
      labels: { singular: label('Giải pháp', 'Option'), plural: label('Giải pháp', 'Options') },
      fields: cleanerProductionOptionFields(),
    },
    {
      name: 'indicators',
      type: 'array',
      label: label('Chỉ số trên đơn vị sản phẩm', 'Per-unit indicators'),
      labels: { singular: label('Chỉ số', 'Indicator'), plural: label('Chỉ số', 'Indicators') },
      fields: [
        {
          name: 'name',
          type: 'text',
          ...requiredInVietnamese,
          label: label('Chỉ số', 'Indicator'),
        },
        {
          name: 'unit',
          type: 'text',
          required: true,
          label: label('Đơn vị', 'Unit'),
          admin: { description: label('Ví dụ: kWh/t sản phẩm', 'E.g. kWh/t of product') },
        },
        quantityField('before', label('Trước SXSH', 'Before'), { required: true }),
        quantityField('after', label('Sau SXSH', 'After'), { required: true }),
        computedNumberField('changePercent', label('Thay đổi (%)', 'Change (%)')),
        computedCheckboxField(
          'meetsTarget',
          label('Đạt mục tiêu giảm ≥ 5 %', 'Meets the ≥ 5 % reduction target'),
        ),
      ],
    },
    {
      name: 'totals',
      type: 'group',
      label: label(
        'Tổng hợp (tự tính từ các giải pháp đã thực hiện)',
        'Totals (computed from implemented options)',
      ),
      admin: { readOnly: true },
      fields: [
        computedNumberField(
          'implementedOptions',
          label('Số giải pháp đã thực hiện', 'Options implemented'),
        ),
        computedNumberField('investmentVnd', label('Tổng đầu tư (VNĐ)', 'Total investment (VND)')),
        computedNumberField(
          'annualSavingsVnd',
          label('Tổng tiết kiệm/năm (VNĐ)', 'Annual savings (VND)'),
        ),
        computedNumberField(
          'paybackMonths',
          label('Thời gian hoàn vốn (tháng)', 'Payback (months)'),
        ),
        computedNumberField(
          'electricityKwhPerYear',
          label('Điện tiết kiệm (kWh/năm)', 'Electricity saved (kWh/yr)'),
        ),
        computedNumberField(
          'waterM3PerYear',
          label('Nước tiết kiệm (m³/năm)', 'Water saved (m³/yr)'),
        ),
        computedNumberField(
          'rawMaterialTPerYear',
          label('Nguyên liệu tiết kiệm (t/năm)', 'Raw material saved (t/yr)'),
        ),
        computedNumberField(
          'co2eTPerYear',
          label('Giảm phát thải (t CO₂e/năm)', 'Emissions avoided (t CO₂e/yr)'),
        ),
        {
          name: 'fuelPerYear',
          type: 'array',
          label: label('Nhiên liệu tiết kiệm/năm', 'Fuel saved per year'),
          admin: { readOnly: true },
          fields: [
            {
              name: 'unit',
              type: 'select',
              options: [...FUEL_UNITS],
              label: label('Loại', 'Fuel'),
            },
            { name: 'amount', type: 'number', label: label('Lượng', 'Amount') },
          ],
        },
      ],
    },
    {
      name: 'verificationLevel',
      type: 'select',
      required: true,
      defaultValue: 'self-reported',
      options: [...VERIFICATION_LEVELS],
      label: label('Mức độ kiểm chứng', 'Verification level'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'source',
      type: 'group',
      label: label('Nguồn số liệu', 'Source'),
      fields: [
        {
          name: 'citation',
          type: 'textarea',
          ...requiredInVietnamese,
          label: label('Trích dẫn', 'Citation'),
        },
        {
          name: 'url',
          type: 'text',
          label: label('Địa chỉ web', 'URL'),
          validate: webAddress,
        },
        {
          name: 'illustrative',
          type: 'checkbox',
          defaultValue: false,
          label: label(
            'Ví dụ minh họa (số liệu dựng để minh họa, không phải của một doanh nghiệp thật)',
            'Illustrative example (constructed figures, not a real enterprise’s)',
          ),
        },
      ],
    },
    richTextField('story', label('Câu chuyện', 'Story')),
    {
      name: 'images',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      label: label('Hình ảnh', 'Images'),
    },
    {
      name: 'attachments',
      type: 'relationship',
      relationTo: 'files',
      hasMany: true,
      label: label('Tài liệu đính kèm', 'Attachments'),
    },
    seoDescriptionField(),
    firstPublishedAtField(),
  ],
}
