/**
 * References between documents as they are written in content/ files: by slug, legal number or
 * file name instead of database ids, so that files read well and import in any order.
 * Inside rich text they travel as "ref:<collection>:<key>" strings until the importer swaps them
 * for ids (and the exporter swaps ids back).
 */
export const REF_PREFIX = 'ref:'

export const toRef = (collection: string, key: string): string =>
  `${REF_PREFIX}${collection}:${key}`

export function parseRef(value: unknown): { collection: string; key: string } | null {
  if (typeof value !== 'string' || !value.startsWith(REF_PREFIX)) return null
  const rest = value.slice(REF_PREFIX.length)
  const colon = rest.indexOf(':')
  return colon === -1 ? null : { collection: rest.slice(0, colon), key: rest.slice(colon + 1) }
}

/** The key of a reference for writing back into a tag; plain values pass through. */
export const refKey = (value: unknown): string => parseRef(value)?.key ?? String(value ?? '')

/** Renders JSX-style attributes in a fixed order, skipping empty ones: ` a="x" b="y"`. */
export function jsxAttributes(attributes: Record<string, unknown>): string {
  return Object.entries(attributes)
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .map(([name, value]) => ` ${name}="${String(value).replace(/"/g, '&quot;')}"`)
    .join('')
}
