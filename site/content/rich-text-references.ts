/** A document that rich text points at: a link, an embedded relation, an upload or a block's. */
export interface Reference {
  collection: string
  id: string
}

/** Blocks of the editor that hold a relation, and the field holding it. */
const RELATION_BLOCKS: Record<string, [collection: string, field: string]> = {
  figure: ['media', 'image'],
  fileDownload: ['files', 'file'],
  legalReference: ['legal-documents', 'document'],
}

/** The id of a relation value, whether Payload gave the id or the populated document. */
export const idOf = (value: unknown): string | undefined =>
  typeof value === 'number' || typeof value === 'string'
    ? String(value)
    : value && typeof value === 'object' && 'id' in value
      ? idOf((value as { id: unknown }).id)
      : undefined

/**
 * Every document the rich text inside `value` (any depth) points at: internal links,
 * relationship and upload nodes, and relation fields of blocks.
 */
export function richTextReferences(value: unknown, found: Reference[] = []): Reference[] {
  if (Array.isArray(value)) {
    for (const item of value) richTextReferences(item, found)
    return found
  }
  if (!value || typeof value !== 'object') return found
  const node = value as Record<string, unknown>
  const add = (collection: unknown, id: unknown) => {
    const key = idOf(id)
    if (typeof collection === 'string' && key) found.push({ collection, id: key })
  }
  if (node.type === 'upload' || node.type === 'relationship') add(node.relationTo, node.value)
  const fields = node.fields as Record<string, unknown> | undefined
  if (node.type === 'link' && fields?.linkType === 'internal') {
    const doc = fields.doc as { relationTo?: unknown; value?: unknown } | undefined
    add(doc?.relationTo, doc?.value)
  }
  const block = typeof fields?.blockType === 'string' ? RELATION_BLOCKS[fields.blockType] : undefined
  if (block) add(block[0], fields?.[block[1]])
  for (const child of Object.values(node)) {
    if (child && typeof child === 'object') richTextReferences(child, found)
  }
  return found
}
