import type { Access } from 'payload'

import { hasRole } from '../lib/roles'

/** Admins see and change every account; everyone else only their own. */
export const adminsOrSelf: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (!req.user) return false
  return { id: { equals: req.user.id } }
}
