import type { CollectionConfig } from 'payload'

import { editors } from '../access/editors'
import { publishedOrSignedIn } from '../access/published-or-signed-in'
import { signedIn } from '../access/signed-in'
import { firstPublishedAtField } from '../fields/first-published-at'
import { requiredInVietnamese } from '../fields/required-in-vietnamese'
import { slugField } from '../fields/slug'
import { guardPublishing } from '../hooks/guard-publishing'
import { recordFirstPublication } from '../hooks/record-first-publication'
import { queueSiteRebuild, queueSiteRebuildOnDelete } from '../hooks/queue-site-rebuild'
import { ADMIN_GROUPS } from '../lib/admin-groups'
import { label } from '../lib/label'
import { draftsAndVersions } from '../lib/versions'

/** The core cleaner-production vocabulary, defined once in both languages. */
export const GlossaryTerms: CollectionConfig = {
  slug: 'glossary-terms',
  labels: { singular: label('Thuật ngữ', 'Glossary term'), plural: label('Thuật ngữ', 'Glossary') },
  admin: {
    group: ADMIN_GROUPS.taxonomy,
    useAsTitle: 'term',
    defaultColumns: ['term', 'slug', '_status'],
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
    beforeChange: [recordFirstPublication],
    afterChange: [queueSiteRebuild],
    afterDelete: [queueSiteRebuildOnDelete],
  },
  fields: [
    { name: 'term', type: 'text', ...requiredInVietnamese, label: label('Thuật ngữ', 'Term') },
    slugField({ from: 'term' }),
    {
      name: 'definition',
      type: 'textarea',
      ...requiredInVietnamese,
      label: label('Định nghĩa', 'Definition'),
    },
    {
      name: 'seeAlso',
      type: 'relationship',
      relationTo: 'glossary-terms',
      hasMany: true,
      label: label('Xem thêm', 'See also'),
    },
    firstPublishedAtField(),
  ],
}
