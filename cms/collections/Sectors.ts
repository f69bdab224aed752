import type {
  CollectionConfig,
  RelationshipFieldSingleValidation,
  TextFieldSingleValidation,
} from 'payload'

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
import { previewUrl } from '../lib/preview-url'
import { message } from '../lib/message'
import { draftsAndVersions } from '../lib/versions'
import { requiredInVietnamese } from '../fields/required-in-vietnamese'

/** A VSIC 2018 code (QĐ 27/2018/QĐ-TTg): a section letter A–U, or 2 to 5 digits. */
export const VSIC_CODE = /^(?:[A-U]|\d{2,5})$/

const vsicCode: TextFieldSingleValidation = (value, { req }) =>
  value && VSIC_CODE.test(value)
    ? true
    : message(
        req,
        'Mã VSIC là một chữ cái A–U hoặc 2–5 chữ số.',
        'A VSIC code is a letter A–U or 2 to 5 digits.',
      )

const notOwnParent: RelationshipFieldSingleValidation = (value, { id, req }) =>
  value !== undefined && value !== null && id !== undefined && String(value) === String(id)
    ? message(
        req,
        'Một ngành không thể là ngành cha của chính nó.',
        'A sector cannot be its own parent.',
      )
    : true

export const Sectors: CollectionConfig = {
  slug: 'sectors',
  labels: { singular: label('Ngành', 'Sector'), plural: label('Ngành', 'Sectors') },
  admin: {
    preview: previewUrl('sectors'),
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
      label: label('Tên ngành', 'Name'),
    },
    slugField({ from: 'name' }),
    {
      name: 'vsicCodes',
      type: 'array',
      label: label('Mã ngành VSIC', 'VSIC codes'),
      labels: { singular: label('Mã', 'Code'), plural: label('Mã', 'Codes') },
      admin: {
        description: label(
          'Theo Hệ thống ngành kinh tế Việt Nam 2018 (QĐ 27/2018/QĐ-TTg).',
          'Vietnam Standard Industrial Classification 2018 (Decision 27/2018/QĐ-TTg).',
        ),
      },
      fields: [
        {
          name: 'code',
          type: 'text',
          required: true,
          label: label('Mã', 'Code'),
          validate: vsicCode,
        },
      ],
    },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      label: label('Mô tả', 'Description'),
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'sectors',
      label: label('Ngành cha', 'Parent sector'),
      admin: { position: 'sidebar' },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
      validate: notOwnParent,
    },
    { name: 'image', type: 'upload', relationTo: 'media', label: label('Ảnh đại diện', 'Image') },
    firstPublishedAtField(),
  ],
}
