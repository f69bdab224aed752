import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
  PayloadRequest,
} from 'payload'

import { RebuildQueue, rebuildQueue, type SiteChange } from '../site-builds/rebuild-queue'

type Doc = { id: number | string; slug?: string; _status?: string | null }

const hasDrafts = (collection: CollectionConfig): boolean =>
  typeof collection.versions === 'object' && Boolean(collection.versions.drafts)

function request(req: PayloadRequest, change: Omit<SiteChange, 'user'>): void {
  const user = req.user ? { id: req.user.id, email: req.user.email } : undefined
  rebuildQueue(req.payload).request({ ...change, user })
}

/**
 * Public content changed: queue a site rebuild. Only what readers can see counts — publishing,
 * changing a published document, unpublishing — never a draft of an unpublished document.
 * Seeding and imports (context `seeding`) rebuild once at the end, not per document.
 */
export const queueSiteRebuild: CollectionAfterChangeHook = ({
  collection,
  doc,
  previousDoc,
  operation,
  req,
  context,
}) => {
  if (context.seeding || !RebuildQueue.enabled()) return doc
  const { id, slug, _status } = doc as Doc
  let change: SiteChange['operation']
  if (hasDrafts(collection)) {
    const published = _status === 'published'
    const wasPublished = (previousDoc as Doc | undefined)?._status === 'published'
    if (!published && !wasPublished) return doc
    change = published ? (wasPublished ? 'update' : 'publish') : 'unpublish'
  } else {
    change = operation === 'create' ? 'publish' : 'update'
  }
  request(req, { collection: collection.slug, id, slug, operation: change })
  return doc
}

/** A public document (or an upload pages may use) was deleted: queue a site rebuild. */
export const queueSiteRebuildOnDelete: CollectionAfterDeleteHook = ({
  collection,
  doc,
  req,
  context,
}) => {
  if (context.seeding || !RebuildQueue.enabled()) return doc
  const { id, slug, _status } = doc as Doc
  if (hasDrafts(collection) && _status !== 'published') return doc
  request(req, { collection: collection.slug, id, slug, operation: 'delete' })
  return doc
}
