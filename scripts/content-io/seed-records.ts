import { createHash } from 'node:crypto'

import type { Payload } from 'payload'

export type WriteDecision = 'create' | 'update' | 'unchanged' | 'edited-in-cms'

type Stored = { id: number | string; updatedAt: string }

export const digestOf = (...parts: (string | Buffer)[]): string => {
  const hash = createHash('sha256')
  for (const part of parts) hash.update(part).update('\u0000')
  return hash.digest('hex')
}

/**
 * What the importer may do with one document: create it, update it, leave it (the file has not
 * changed since the last import), or leave it because an editor changed it in the CMS since then
 * (or created it there) — which only --force overrides.
 */
export async function decide(
  payload: Payload,
  key: string,
  existing: Stored | undefined,
  digest: string,
  force: boolean,
): Promise<WriteDecision> {
  if (!existing) return 'create'
  const { docs } = await payload.find({
    collection: 'seed-records',
    where: { key: { equals: key } },
    limit: 1,
  })
  const record = docs[0]
  const untouched =
    record &&
    new Date(record.documentUpdatedAt).getTime() === new Date(existing.updatedAt).getTime()
  if (untouched && record.digest === digest) return 'unchanged'
  if (!untouched && !force) return 'edited-in-cms'
  return 'update'
}

/** Remembers what was imported and when the document was last written by the import. */
export async function remember(
  payload: Payload,
  key: string,
  digest: string,
  documentUpdatedAt: string,
): Promise<void> {
  const { docs } = await payload.find({
    collection: 'seed-records',
    where: { key: { equals: key } },
    limit: 1,
  })
  const data = { key, digest, documentUpdatedAt }
  if (docs[0]) await payload.update({ collection: 'seed-records', id: docs[0].id, data })
  else await payload.create({ collection: 'seed-records', data })
}
