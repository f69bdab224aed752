import type { Access } from 'payload'

/** No one through the API or the admin: records the system writes itself (with overrideAccess). */
export const nobody: Access = () => false
