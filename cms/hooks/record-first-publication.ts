import type { CollectionBeforeChangeHook } from 'payload'

/**
 * Stamps the moment a document is first published. The slug locks from then on (links to it
 * exist), and feeds can tell new documents from updated ones.
 */
export const recordFirstPublication: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const already = (originalDoc as { firstPublishedAt?: string | null } | undefined)
    ?.firstPublishedAt
  if (already) {
    data.firstPublishedAt = already
  } else if (data._status === 'published') {
    data.firstPublishedAt = new Date().toISOString()
  }
  return data
}
