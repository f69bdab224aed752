import type { Field } from 'payload'

import { parseRef } from '../../cms/lib/content-refs'
import type { LexicalState, MarkdownConverter } from './markdown'
import { mapDeep } from './markdown'
import { ContentError } from './problems'

type Data = Record<string, unknown>
type NamedField = Field & {
  name: string
  localized?: boolean
  admin?: { readOnly?: boolean }
  custom?: Record<string, unknown>
}

/**
 * Fields that are implied by the file (slug), kept by Payload, computed by hooks, or editorial
 * workflow state (review status) rather than content.
 */
const NOT_IN_FILES = new Set([
  'id',
  'slug',
  'createdAt',
  'updatedAt',
  '_status',
  'firstPublishedAt',
  'deletedAt',
  'reviewStatus',
])

/** Ids ↔ the keys content files use (slug, legal number, file name). */
export type References = {
  keyOf: (collection: string, id: unknown) => string
  /** The id for a key; undefined when no such document exists (yet). */
  idOf: (collection: string, key: string) => number | string | undefined
}

/** Raised when a document refers to another of its own collection that is not imported yet. */
export class PendingReference extends Error {
  constructor(
    readonly target: string,
    readonly field: string,
  ) {
    super(`waits for ${target}`)
  }
}

const isEmpty = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  value === '' ||
  value === false ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && !Array.isArray(value) && Object.keys(value as object).length === 0)

const hasName = (field: Field): field is NamedField =>
  'name' in field && typeof field.name === 'string'

/** Named data fields in order, with rows and collapsibles (layout only) flattened. */
function dataFields(fields: Field[]): NamedField[] {
  return fields.flatMap((field) => {
    if (field.type === 'row' || field.type === 'collapsible') return dataFields(field.fields)
    const hidden = 'hidden' in field && field.hidden
    if (!hasName(field) || NOT_IN_FILES.has(field.name) || field.admin?.readOnly || hidden)
      return []
    if (field.type === 'ui' || field.type === 'join') return []
    return [field]
  })
}

const subFields = (field: NamedField): Field[] =>
  'fields' in field && Array.isArray(field.fields) ? field.fields : []
/**
 * An array whose rows have a single field (VSIC codes, learning outcomes) is written in files as a
 * plain list of values, the way people write lists.
 */
const singleFieldOf = (field: NamedField): NamedField | undefined => {
  const fields = dataFields(subFields(field))
  return field.type === 'array' && fields.length === 1 ? fields[0] : undefined
}

const relationTarget = (field: NamedField): string | undefined =>
  'relationTo' in field && typeof field.relationTo === 'string' ? field.relationTo : undefined

// ── CMS → files ────────────────────────────────────────────────────────────────────────────

/** Everything the export needs to turn documents into content files. */
export type ToFilesContext = { refs: References; markdown: MarkdownConverter }

function leafToFile(field: NamedField, value: unknown, context: ToFilesContext): unknown {
  if (isEmpty(value)) return undefined
  const target = relationTarget(field)
  if ((field.type === 'relationship' || field.type === 'upload') && target) {
    const keyOf = (item: unknown) =>
      context.refs.keyOf(
        target,
        typeof item === 'object' && item !== null ? (item as { id: unknown }).id : item,
      )
    return Array.isArray(value) ? value.map(keyOf) : keyOf(value)
  }
  if (field.type === 'richText') {
    const withKeys = mapDeep(value, (item, key) => {
      if (typeof item !== 'number' && typeof item !== 'string') return item
      const collection = { document: 'legal-documents', image: 'media', file: 'files' }[key]
      return collection && typeof item === 'number'
        ? `ref:${collection}:${context.refs.keyOf(collection, item)}`
        : item
    })
    return context.markdown.toMarkdown(withKeys as LexicalState) || undefined
  }
  if (field.type === 'date' && typeof value === 'string') return value.slice(0, 10)
  return value
}

/** Splits one document (read in both locales) into the front matter of its .vi.md and .en.md files. */
export function documentToFiles(
  fields: Field[],
  vi: Data,
  en: Data,
  context: ToFilesContext,
): { vi: Data; en: Data } {
  const viOut: Data = {}
  const enOut: Data = {}
  for (const field of dataFields(fields)) {
    const derivedUnless = field.custom?.derivedUnless
    if (typeof derivedUnless === 'string' && !vi[derivedUnless]) continue
    const name = field.name
    if (field.type === 'group') {
      const parts = documentToFiles(
        subFields(field),
        (vi[name] as Data) ?? {},
        (en[name] as Data) ?? {},
        context,
      )
      if (!isEmpty(parts.vi)) viOut[name] = parts.vi
      if (!isEmpty(parts.en)) enOut[name] = parts.en
    } else if (field.type === 'array') {
      const viRows = (vi[name] as Data[] | undefined) ?? []
      const enRows = (en[name] as Data[] | undefined) ?? []
      const rows = viRows.map((row, index) =>
        documentToFiles(subFields(field), row, enRows[index] ?? {}, context),
      )
      const single = singleFieldOf(field)
      const flatten = (row: Data) => (single ? (row[single.name] ?? null) : row)
      if (rows.length) viOut[name] = rows.map((row) => flatten(row.vi))
      if (rows.some((row) => !isEmpty(row.en))) enOut[name] = rows.map((row) => flatten(row.en))
    } else {
      const viValue = leafToFile(field, vi[name], context)
      if (viValue !== undefined) viOut[name] = viValue
      if (field.localized) {
        const enValue = leafToFile(field, en[name], context)
        if (enValue !== undefined) enOut[name] = enValue
      }
    }
  }
  return { vi: viOut, en: enOut }
}

// ── files → CMS ────────────────────────────────────────────────────────────────────────────

/** Everything the import needs to turn content files into Payload data. */
export type FromFilesContext = {
  refs: References
  markdown: MarkdownConverter
  path: string
  /** The collection being imported: references to it may not exist yet. */
  collection: string
  /**
   * Leave out every top-level field that refers to a document of the same collection not yet
   * imported, instead of failing: used to create provisional drafts that break reference cycles.
   */
  withoutPendingReferences?: boolean
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

function isoDate(value: unknown, context: FromFilesContext, fieldPath: string): string {
  const text = String(value)
  const match = DATE.exec(text)
  const date = match ? new Date(`${text}T00:00:00.000Z`) : null
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) {
    throw new ContentError(
      context.path,
      fieldPath,
      `"${text}" is not a valid date: write it as YYYY-MM-DD`,
    )
  }
  return date.toISOString()
}

function resolve(
  target: string,
  key: unknown,
  context: FromFilesContext,
  fieldPath: string,
): number | string {
  const id = context.refs.idOf(target, String(key))
  if (id !== undefined) return id
  if (target === context.collection)
    throw new PendingReference(`${target} "${String(key)}"`, fieldPath)
  throw new ContentError(
    context.path,
    fieldPath,
    `refers to ${target} "${String(key)}", which does not exist`,
  )
}

function leafFromFile(
  field: NamedField,
  value: unknown,
  context: FromFilesContext,
  fieldPath: string,
): unknown {
  if (value === undefined || value === null) return value
  const target = relationTarget(field)
  if ((field.type === 'relationship' || field.type === 'upload') && target) {
    if ('hasMany' in field && field.hasMany) {
      if (!Array.isArray(value)) throw new ContentError(context.path, fieldPath, 'must be a list')
      return value.map((key) => resolve(target, key, context, fieldPath))
    }
    return resolve(target, value, context, fieldPath)
  }
  if (field.type === 'richText') {
    if (typeof value !== 'string')
      throw new ContentError(context.path, fieldPath, 'must be Markdown text')
    return mapDeep(context.markdown.toLexical(value), (item) => {
      const ref = parseRef(item)
      return ref ? resolve(ref.collection, ref.key, context, fieldPath) : item
    })
  }
  if (field.type === 'date') return isoDate(value, context, fieldPath)
  if (field.type === 'number' && typeof value !== 'number') {
    throw new ContentError(context.path, fieldPath, `"${String(value)}" is not a number`)
  }
  return value
}

/**
 * Turns front matter into Payload data for one locale. `locale: 'vi'` takes every field;
 * `locale: 'en'` only localized ones. Unknown keys are refused, so a typo never passes silently.
 */
export function filesToData(
  fields: Field[],
  input: Data,
  locale: 'vi' | 'en',
  context: FromFilesContext,
  prefix = '',
): Data {
  const known = dataFields(fields)
  for (const key of Object.keys(input)) {
    if (!known.some((field) => field.name === key)) {
      throw new ContentError(
        context.path,
        `${prefix}${key}`,
        'is not a field of this kind of document',
      )
    }
  }
  const out: Data = {}
  for (const field of known) {
    const value = input[field.name]
    const fieldPath = `${prefix}${field.name}`
    if (value === undefined) continue
    if (context.withoutPendingReferences && prefix === '') {
      try {
        const converted = filesToData([field], { [field.name]: value }, locale, {
          ...context,
          withoutPendingReferences: false,
        })
        Object.assign(out, converted)
      } catch (error) {
        if (!(error instanceof PendingReference)) throw error
      }
      continue
    }
    if (field.type === 'group') {
      out[field.name] = filesToData(
        subFields(field),
        value as Data,
        locale,
        context,
        `${fieldPath}.`,
      )
    } else if (field.type === 'array') {
      if (!Array.isArray(value)) throw new ContentError(context.path, fieldPath, 'must be a list')
      const single = singleFieldOf(field)
      out[field.name] = value.map((row, index) => {
        const rowData =
          single && (row === null || typeof row !== 'object')
            ? { [single.name]: row ?? undefined }
            : row
        return filesToData(
          subFields(field),
          (rowData ?? {}) as Data,
          locale,
          context,
          `${fieldPath}.${index}.`,
        )
      })
    } else if (locale === 'vi' || field.localized) {
      out[field.name] = leafFromFile(field, value, context, fieldPath)
    } else {
      throw new ContentError(
        context.path,
        fieldPath,
        'is not translated: write it in the .vi.md file only',
      )
    }
  }
  return out
}

/**
 * The data for saving a document in a second locale: every non-localized value (and array row id)
 * as stored, every localized value from `translated` — or empty, so untranslated text falls back
 * to Vietnamese at read time instead of being copied into English.
 */
export function localeData(fields: Field[], stored: Data, translated: Data): Data {
  const out: Data = {}
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') {
      Object.assign(out, localeData(field.fields, stored, translated))
      continue
    }
    if (!hasName(field) || field.name === 'id' || NOT_IN_FILES.has(field.name)) continue
    const name = field.name
    if (field.type === 'group') {
      out[name] = localeData(
        subFields(field),
        (stored[name] as Data) ?? {},
        (translated[name] as Data) ?? {},
      )
    } else if (field.type === 'array') {
      const rows = (stored[name] as Data[] | undefined) ?? []
      const translatedRows = (translated[name] as Data[] | undefined) ?? []
      out[name] = rows.map((row, index) => ({
        id: row.id,
        ...localeData(subFields(field), row, translatedRows[index] ?? {}),
      }))
    } else if (field.localized) {
      out[name] = translated[name] ?? null
    } else if (!field.admin?.readOnly) {
      out[name] = stored[name]
    }
  }
  return out
}

/**
 * Every field a file can carry, set to empty: the base of an update, so a field removed from a
 * file is cleared in the CMS rather than silently kept.
 */
export function blankData(fields: Field[]): Data {
  return Object.fromEntries(
    dataFields(fields).map((field) => [
      field.name,
      field.type === 'array' ? [] : field.type === 'group' ? blankData(subFields(field)) : null,
    ]),
  )
}
