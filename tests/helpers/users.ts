import type { Payload } from 'payload'

import type { User } from '../../cms/payload-types'

export type Role = User['role']

/** Creates a user of a role directly (as an admin would), returning the full user document. */
export async function createUser(payload: Payload, role: Role): Promise<User> {
  return payload.create({
    collection: 'users',
    data: {
      email: `${role}-${Math.random().toString(36).slice(2)}@sxsh.test`,
      password: 'correct horse battery',
      name: role,
      role,
    },
    overrideAccess: true,
  })
}

/** One user of each role: what the access matrix is checked against. */
export async function createTeam(payload: Payload) {
  // The first user ever created becomes admin; create the admin first so roles stay as asked.
  const admin = await createUser(payload, 'admin')
  const editor = await createUser(payload, 'editor')
  const author = await createUser(payload, 'author')
  return { admin, editor, author }
}
