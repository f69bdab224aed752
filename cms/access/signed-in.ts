import type { Access } from 'payload'

/** Any signed-in user of the CMS (admin, editor or author). */
export const signedIn: Access = ({ req }) => Boolean(req.user)
