import type { CollectionConfig } from 'payload'

/**
 * Drafts and version history for every content collection. Drafts are validated like published
 * documents: a draft with a negative investment or an expiry before its issue date is as wrong as
 * a published one, and refusing it early keeps bad data out of the database entirely.
 */
export const draftsAndVersions: CollectionConfig['versions'] = {
  // Editors can schedule publishing and unpublishing, per locale; Payload's job queue does it.
  drafts: { validate: true, schedulePublish: true },
  maxPerDoc: 100,
}
