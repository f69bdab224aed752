import type { Access } from 'payload'

import { hasRole } from '../lib/roles'

/** Editors and admins: the people who may publish, unpublish and delete content. */
export const editors: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')
