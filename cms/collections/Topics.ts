import type { CollectionConfig } from 'payload'

import { editors } from '../access/editors'
import { publishedOrSignedIn } from '../access/published-or-signed-in'
import { signedIn } from '../access/signed-in'
import { firstPublishedAtField } from '../fields/first-published-at'
import { slugField } from '../fields/slug'
import { guardPublishing } from '../hooks/guard-publishing'
import { recordFirstPublication } from '../hooks/record-first-publication'
import { queueSiteRebuild, queueSiteRebuildOnDelete } from '../hooks/queue-site-rebuild'
import { ADMIN_GROUPS } from '../lib/admin-groups'
import { label } from '../lib/label'
import { draftsAndVersions } from '../lib/versions'
import { requiredInVietnamese } from '../fields/required-in-vietnamese'

/** Resource themes that cut across sectors: energy, water, raw materials, waste, chemicals, emissions. */
export const Topics: CollectionConfig = {
  slug: 'topics',
  labels: { singular: label('Chủ đề', 'Topic'), plural: label('Chủ đề', 'Topics') },
  admin: {
    group: ADMIN_GROUPS.taxonomy,
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', '_status'],
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
    {
      name: 'name',
      type: 'text',
      ...requiredInVietnamese,
      label: label('Tên chủ đề', 'Name'),
    },
    slugField({ from: 'name' }),
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      label: label('Mô tả', 'Description'),
    },
    firstPublishedAtField(),
  ],
}
