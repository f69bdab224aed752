import type { Field } from 'payload'

import { ContentError } from './problems'

type Data = Record<string, unknown>
type Named = Field & { name: string; localized?: boolean }

/** The data fields of an upload collection that a .yml sidecar carries (not the file's own). */
function sidecarFields(fields: Field[]): Named[] {
  return fields.filter(
    (field): field is Named =>
      'name' in field &&
      typeof field.name === 'string' &&
      field.name !== 'id' &&
      !(field.admin as { readOnly?: boolean } | undefined)?.readOnly &&
      !('hidden' in field && field.hidden) &&
      !UPLOAD_OWN.has(field.name),
  )
}

/** Fields Payload fills from the uploaded file itself. */
const UPLOAD_OWN = new Set([
  'filename',
  'mimeType',
  'filesize',
  'width',
  'height',
  'focalX',
  'focalY',
  'url',
  'thumbnailURL',
  'sizes',
  'createdAt',
  'updatedAt',
])

/** A sidecar (`alt: {vi, en}`, `licence: cc-by-4.0`…) split into per-locale data. */
export function sidecarToLocales(
  path: string,
  fields: Field[],
  sidecar: Data,
): { vi: Data; en: Data } {
  const known = sidecarFields(fields)
  for (const key of Object.keys(sidecar)) {
    if (key !== 'filename' && !known.some((field) => field.name === key)) {
      throw new ContentError(path, key, 'is not a field of this kind of file')
    }
  }
  const vi: Data = {}
  const en: Data = {}
  for (const field of known) {
    const value = sidecar[field.name]
    if (value === undefined) continue
    if (field.localized) {
      if (typeof value !== 'object' || value === null) {
        throw new ContentError(
          path,
          field.name,
          'needs a Vietnamese and an English value: {vi: …, en: …}',
        )
      }
      const { vi: viValue, en: enValue } = value as { vi?: unknown; en?: unknown }
      vi[field.name] = viValue
      if (enValue !== undefined) en[field.name] = enValue
    } else {
      vi[field.name] = value
    }
  }
  return { vi, en }
}

/** The reverse: a stored upload document (read in both locales) as its sidecar. */
export function localesToSidecar(fields: Field[], vi: Data, en: Data): Data {
  const out: Data = {}
  for (const field of sidecarFields(fields)) {
    const value = vi[field.name]
    if (field.localized) {
      const pair: Data = {}
      if (value !== undefined && value !== null && value !== '') pair.vi = value
      const enValue = en[field.name]
      if (enValue !== undefined && enValue !== null && enValue !== '') pair.en = enValue
      if (Object.keys(pair).length) out[field.name] = pair
    } else if (value !== undefined && value !== null && value !== '' && value !== false) {
      out[field.name] = value
    }
  }
  return out
}
