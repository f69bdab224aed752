import type { FieldHook, TextField } from 'payload'

import { label } from '../lib/label'
import { message } from '../lib/message'
import { hasRole } from '../lib/roles'
import { SLUG_PATTERN, slugify } from '../lib/slugify'

type SlugOptions = {
  /** The field the slug is made from when an editor leaves it empty (default `title`). */
  from?: string
}

/** Fills an empty slug from the source field, folded to ASCII (tone marks dropped, đ → d). */
const fillSlugFrom =
  (from: string): FieldHook =>
  ({ value, data }) => {
    if (typeof value === 'string' && value.trim() !== '') return slugify(value)
    const source = data?.[from]
    return typeof source === 'string' ? slugify(source) : value
  }

/**
 * The readable ASCII slug of a document, unique in its collection. Editors may change it until the
 * document is first published; after that it stays, because links, bookmarks and search results
 * point at it (admins can still change it, e.g. to fix a typo on a new document).
 */
export const slugField = ({ from = 'title' }: SlugOptions = {}): TextField => ({
  name: 'slug',
  type: 'text',
  label: label('Đường dẫn (slug)', 'Slug'),
  required: true,
  unique: true,
  index: true,
  admin: {
    position: 'sidebar',
    description: label(
      'Tự tạo từ tiêu đề nếu để trống (bỏ dấu, đ → d). Không đổi được sau khi đã xuất bản.',
      'Made from the title when left empty (tone marks removed, đ → d). Fixed once published.',
    ),
  },
  hooks: { beforeValidate: [fillSlugFrom(from)] },
  validate: (value: string | null | undefined, { data, previousValue, req }) => {
    // The admin validates the form before the hook has filled an empty slug from the title.
    const source = (data as Record<string, unknown>)[from]
    if (!value && typeof source === 'string' && slugify(source)) return true
    if (!value) return message(req, 'Cần có slug.', 'A slug is required.')
    if (!SLUG_PATTERN.test(value)) {
      return message(
        req,
        'Slug chỉ gồm chữ thường không dấu, chữ số và dấu gạch nối.',
        'A slug has only lowercase ASCII letters, digits and single hyphens.',
      )
    }
    const published = Boolean((data as { firstPublishedAt?: string | null }).firstPublishedAt)
    if (published && previousValue && value !== previousValue && !hasRole(req.user, 'admin')) {
      return message(
        req,
        `Tài liệu đã xuất bản giữ nguyên slug "${previousValue}" để các liên kết không bị hỏng.`,
        `A published document keeps its slug "${previousValue}" so that links to it keep working.`,
      )
    }
    return true
  },
})
