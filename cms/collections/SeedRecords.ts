import type { CollectionConfig } from 'payload'

import { admins } from '../access/admins'
import { label } from '../lib/label'

/**
 * Bookkeeping of `npm run seed`: what each content/ file looked like when it was last imported,
 * and when the document was last written by the import. It lets a second run skip what did not
 * change, and refuse to overwrite a document an editor has changed since (unless --force).
 */
export const SeedRecords: CollectionConfig = {
  slug: 'seed-records',
  labels: {
    singular: label('Bản ghi nhập liệu', 'Seed record'),
    plural: label('Bản ghi nhập liệu', 'Seed records'),
  },
  admin: { hidden: true, useAsTitle: 'key' },
  access: {
    create: admins,
    read: admins,
    update: admins,
    delete: admins,
  },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'digest', type: 'text', required: true },
    { name: 'documentUpdatedAt', type: 'date', required: true },
  ],
}
