import type { Access } from 'payload'

/**
 * Staff read everything, drafts included; the public (REST, GraphQL, the site build) reads only
 * what an editor has published.
 */
export const publishedOrSignedIn: Access = ({ req }) => {
  if (req.user) return true
  return { _status: { equals: 'published' } }
}
