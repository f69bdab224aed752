import type { TextareaField } from 'payload'

import { label } from '../lib/label'

/** Search engines show about this many characters of a description. */
export const SEO_DESCRIPTION_MAX = 160

export const seoDescriptionField = (): TextareaField => ({
  name: 'seoDescription',
  type: 'textarea',
  localized: true,
  maxLength: SEO_DESCRIPTION_MAX,
  label: label('Mô tả cho công cụ tìm kiếm', 'SEO description'),
  admin: {
    description: label(
      `Tối đa ${SEO_DESCRIPTION_MAX} ký tự; để trống thì dùng phần tóm tắt.`,
      `Up to ${SEO_DESCRIPTION_MAX} characters; the summary is used when empty.`,
    ),
  },
})
