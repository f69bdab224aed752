import type { CollectionSlug, Payload } from 'payload'

import type { References } from './document-mapping'
import { REFERENCE_KEY } from './kinds'

type Keyed = {
  id: number | string
  slug?: string | null
  number?: string | null
  filename?: string | null
}

const stem = (filename: string): string => filename.replace(/\.[^.]+$/, '')

function keyOfDoc(collection: CollectionSlug, doc: Keyed): string | undefined {
  switch (REFERENCE_KEY[collection]) {
    case 'number':
      return doc.number ?? undefined
    case 'fileStem':
      return doc.filename ? stem(doc.filename) : undefined
    case 'filename':
      return doc.filename ?? undefined
    case 'slug':
      return doc.slug ?? undefined
    default:
      return undefined
  }
}

/** A live index of every document's content key, updated as the importer creates documents. */
export type ReferenceIndex = References & {
  remember: (collection: CollectionSlug, doc: Keyed) => void
}

export async function loadReferences(payload: Payload): Promise<ReferenceIndex> {
  const byKey = new Map<string, number | string>()
  const byId = new Map<string, string>()
  const remember = (collection: CollectionSlug, doc: Keyed) => {
    const key = keyOfDoc(collection, doc)
    if (key === undefined) return
    byKey.set(`${collection}\u0000${key}`, doc.id)
    byId.set(`${collection}\u0000${doc.id}`, key)
  }
  for (const collection of Object.keys(REFERENCE_KEY) as CollectionSlug[]) {
    const { docs } = await payload.find({
      collection,
      limit: 0,
      depth: 0,
      draft: true,
      pagination: false,
    })
    for (const doc of docs as Keyed[]) remember(collection, doc)
  }
  return {
    remember,
    idOf: (collection, key) => byKey.get(`${collection}\u0000${key}`),
    keyOf: (collection, id) => byId.get(`${collection}\u0000${String(id)}`) ?? String(id),
  }
}
