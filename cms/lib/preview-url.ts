import type { CollectionConfig } from 'payload'

/** The admin's Preview button: the draft rendered by the CMS's preview route, in the edited locale. */
export const previewUrl =
  (collection: string): NonNullable<NonNullable<CollectionConfig['admin']>['preview']> =>
  (doc, { locale }) =>
    `/preview/${collection}/${String(doc.id)}?locale=${encodeURIComponent(locale ?? 'vi')}`
