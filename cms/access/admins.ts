import type { Access, FieldAccess } from 'payload'

import { hasRole } from '../lib/roles'

/** Admins only: user management and other settings that change who can do what. */
export const admins: Access = ({ req }) => hasRole(req.user, 'admin')

/** The same rule for a single field, e.g. a user's role. */
export const adminsField: FieldAccess = ({ req }) => hasRole(req.user, 'admin')
