import type { CollectionBeforeChangeHook, SelectField } from 'payload'

import { label } from '../lib/label'

/**
 * Where a draft stands in the Department's review: an author writes, then marks it ready; an
 * editor publishes it or sends it back. Editors find their work by filtering the list on
 * "ready for review". Publishing clears it.
 */
export const REVIEW_STATUSES = [
  { value: 'writing', label: label('Đang soạn', 'Being written') },
  { value: 'ready', label: label('Chờ duyệt', 'Ready for review') },
  { value: 'changes-requested', label: label('Cần sửa', 'Changes requested') },
] as const

export const reviewStatusField = (): SelectField => ({
  name: 'reviewStatus',
  type: 'select',
  options: [...REVIEW_STATUSES],
  defaultValue: 'writing',
  index: true,
  label: label('Duyệt', 'Review'),
  admin: {
    position: 'sidebar',
    description: label(
      'Tác giả chọn "Chờ duyệt" khi bản nháp sẵn sàng; biên tập viên duyệt và xuất bản.',
      'Authors choose "Ready for review" when a draft is done; an editor reviews and publishes.',
    ),
  },
})

/** A published document has been reviewed: its next draft starts over as "being written". */
export const clearReviewOnPublish: CollectionBeforeChangeHook = ({ data }) => {
  if (data._status === 'published') data.reviewStatus = 'writing'
  return data
}
