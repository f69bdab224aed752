import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { admins, adminsField } from '../access/admins'
import { adminsOrSelf } from '../access/admins-or-self'
import { ADMIN_GROUPS } from '../lib/admin-groups'
import { label } from '../lib/label'
import { ROLE_OPTIONS } from '../lib/roles'

/** The very first account (made on the admin's "create first user" screen) must be able to manage the rest. */
const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
  if (totalDocs === 0) data.role = 'admin'
  return data
}

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: label('Người dùng', 'User'), plural: label('Người dùng', 'Users') },
  auth: {
    // Lock an account for 10 minutes after 5 wrong passwords in a row: slows password guessing.
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'role'],
    group: ADMIN_GROUPS.administration,
  },
  access: {
    create: admins,
    read: adminsOrSelf,
    update: adminsOrSelf,
    delete: admins,
  },
  hooks: { beforeChange: [firstUserIsAdmin] },
  fields: [
    { name: 'name', type: 'text', required: true, label: label('Họ và tên', 'Name') },
    {
      name: 'role',
      type: 'select',
      required: true,
      // Only the first-user screen creates an account without a signed-in user: that one is the admin.
      defaultValue: ({ user }) => (user ? 'author' : 'admin'),
      options: ROLE_OPTIONS,
      label: label('Vai trò', 'Role'),
      saveToJWT: true,
      // Only admins grant roles; otherwise an author could make themselves an editor.
      access: { create: adminsField, update: adminsField },
      admin: {
        position: 'sidebar',
        description: label(
          'Quản trị viên: mọi quyền. Biên tập viên: viết và xuất bản. Tác giả: chỉ viết bản nháp.',
          'Admin: everything. Editor: writes and publishes. Author: writes drafts only.',
        ),
      },
    },
  ],
}
