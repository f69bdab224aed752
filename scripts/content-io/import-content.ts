import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import type { CollectionSlug, Field, Payload } from 'payload'
import { parse as parseYaml } from 'yaml'

import { blankData, filesToData, localeData, PendingReference } from './document-mapping'
import { parseContentFile } from './front-matter'
import { CONTENT_KINDS, type ContentKind } from './kinds'
import { createMarkdownConverter, type MarkdownConverter } from './markdown'
import { ContentError, type Problem, problemsFrom } from './problems'
import { loadReferences, type ReferenceIndex } from './references'
import { decide, digestOf, remember, type WriteDecision } from './seed-records'
import { sidecarToLocales } from './upload-yaml'

export type ImportOptions = {
  payload: Payload
  /** The content folder (content/). */
  dir: string
  /** Where generated training materials are found (see scripts/build-materials.ts). */
  materialsDir: string
  /** Overwrite documents an editor changed in the CMS since the last import. */
  force?: boolean
  log?: (line: string) => void
}

export type ImportReport = {
  created: string[]
  updated: string[]
  unchanged: string[]
  /** Documents left alone because an editor changed them in the CMS (use --force). */
  keptEdits: string[]
  problems: Problem[]
}

/** Side effects such as site rebuilds are skipped for seeding: hooks check this flag. */
export const SEEDING_CONTEXT = { seeding: true } as const

type Data = Record<string, unknown>
type Stored = { id: number | string; updatedAt: string }

const MIME_BY_EXTENSION: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.pdf': 'application/pdf',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.ods': 'application/vnd.oasis.opendocument.spreadsheet',
  '.odp': 'application/vnd.oasis.opendocument.presentation',
  '.zip': 'application/zip',
  '.csv': 'text/csv',
}

const listFiles = (dir: string, suffix: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith(suffix))
        .sort()
    : []

/**
 * Imports content/ into the CMS: creates what is missing, updates what changed, leaves alone what
 * did not change and what an editor changed since (unless `force`). A bad file is reported with
 * its path and field and skipped; every other file is still imported.
 */
export async function importContent(options: ImportOptions): Promise<ImportReport> {
  const { payload, dir, force = false, log = () => {} } = options
  const report: ImportReport = {
    created: [],
    updated: [],
    unchanged: [],
    keptEdits: [],
    problems: [],
  }
  const markdown = await createMarkdownConverter(payload.config)
  const refs = await loadReferences(payload)
  const context = { payload, refs, markdown, force, report, log, placeholders: new Set<string>() }

  await importUploads(context, 'media', path.join(dir, 'media'), (name) =>
    findSibling(path.join(dir, 'media'), name),
  )
  await importUploads(context, 'files', path.join(dir, 'files'), (name, sidecar) =>
    findFileBinary(dir, options.materialsDir, name, sidecar),
  )
  for (const kind of CONTENT_KINDS) await importKind(context, kind, path.join(dir, kind.folder))
  await importGlossary(context, path.join(dir, 'glossary.yml'))
  return report
}

type Context = {
  /** Documents created as placeholders in this run (to break reference cycles). */
  placeholders: Set<string>
  payload: Payload
  refs: ReferenceIndex
  markdown: MarkdownConverter
  force: boolean
  report: ImportReport
  log: (line: string) => void
}

const fieldsOf = (payload: Payload, collection: CollectionSlug): Field[] =>
  payload.collections[collection].config.fields

function record(context: Context, decision: WriteDecision, label: string) {
  const { report, log } = context
  if (decision === 'create') report.created.push(label)
  else if (decision === 'update') report.updated.push(label)
  else if (decision === 'unchanged') report.unchanged.push(label)
  else {
    report.keptEdits.push(label)
    log(`kept ${label}: changed in the CMS since the last import (use --force to overwrite)`)
  }
  if (decision === 'create' || decision === 'update')
    log(`${decision === 'create' ? 'created' : 'updated'} ${label}`)
}

// ── documents with a .vi.md and an .en.md file ─────────────────────────────────────────────

async function importKind(context: Context, kind: ContentKind, folder: string) {
  const viFiles = listFiles(folder, '.vi.md')
  for (const orphan of listFiles(folder, '.en.md')) {
    if (!viFiles.includes(orphan.replace(/\.en\.md$/, '.vi.md'))) {
      context.report.problems.push({
        path: path.join(folder, orphan),
        message: 'has no .vi.md file beside it',
      })
    }
  }
  // Documents that refer to others of their own kind wait until those exist; each round imports
  // what it can. When a round makes no progress, the waiting documents refer to each other (a
  // cycle, e.g. a plan citing a circular that is based on the plan): each is created as a draft
  // without those references, and the next round completes them all.
  let pending = viFiles
  let placeholdersMade = false
  while (pending.length) {
    const waiting: { file: string; reason: string; field: string }[] = []
    for (const file of pending) {
      const viPath = path.join(folder, file)
      try {
        await importDocument(context, kind, viPath)
      } catch (error) {
        if (error instanceof PendingReference)
          waiting.push({ file, reason: error.target, field: error.field })
        else context.report.problems.push(...problemsFrom(viPath, error))
      }
    }
    if (waiting.length === pending.length) {
      if (!placeholdersMade) {
        placeholdersMade = true
        for (const { file } of waiting) {
          const viPath = path.join(folder, file)
          try {
            await createPlaceholder(context, kind, viPath)
          } catch (error) {
            context.report.problems.push(...problemsFrom(viPath, error))
          }
        }
        pending = waiting.map(({ file }) => file)
        continue
      }
      for (const { file, reason, field } of waiting) {
        context.report.problems.push({
          path: path.join(folder, file),
          field,
          message: `refers to ${reason}, which does not exist`,
        })
      }
      break
    }
    pending = waiting.map(({ file }) => file)
  }
}

/** Reads a document's two files and converts them to Payload data for both locales. */
function readDocument(
  context: Context,
  kind: ContentKind,
  viPath: string,
  withoutPendingReferences = false,
) {
  const { payload, refs, markdown } = context
  const enPath = viPath.replace(/\.vi\.md$/, '.en.md')
  const viText = readFileSync(viPath, 'utf8')
  const enText = existsSync(enPath) ? readFileSync(enPath, 'utf8') : ''
  const vi = parseContentFile(viPath, viText)
  const en = enText ? parseContentFile(enPath, enText) : { data: {}, body: '' }
  const { status = 'published', ...viFields } = vi.data
  if (status !== 'published' && status !== 'draft') {
    throw new ContentError(viPath, 'status', 'is "published" (the default) or "draft"')
  }
  if (vi.body) viFields[kind.body] = vi.body
  const enFields: Data = { ...en.data }
  if (en.body) enFields[kind.body] = en.body
  const fields = fieldsOf(payload, kind.collection)
  const base = { refs, markdown, collection: kind.collection, withoutPendingReferences }
  return {
    fields,
    status: status as 'published' | 'draft',
    digest: digestOf(viText, enText),
    vi: filesToData(fields, viFields, 'vi', { ...base, path: viPath }),
    en: filesToData(fields, enFields, 'en', { ...base, path: enPath }),
  }
}

const findBySlug = async (payload: Payload, collection: CollectionSlug, slug: string) =>
  (
    await payload.find({
      collection,
      where: { slug: { equals: slug } },
      draft: true,
      limit: 1,
      depth: 0,
    })
  ).docs[0] as Stored | undefined

/** A draft holding what a document can hold before the documents it refers to exist. */
async function createPlaceholder(context: Context, kind: ContentKind, viPath: string) {
  const slug = path.basename(viPath, '.vi.md')
  if (await findBySlug(context.payload, kind.collection, slug)) return
  const { vi } = readDocument(context, kind, viPath, true)
  const saved = await context.payload.create({
    collection: kind.collection,
    data: { ...vi, slug, _status: 'draft' } as never,
    draft: true,
    locale: 'vi',
    context: SEEDING_CONTEXT,
    overrideAccess: true,
    depth: 0,
  })
  context.refs.remember(kind.collection, saved as never)
  context.placeholders.add(`${kind.collection}/${slug}`)
}

async function importDocument(context: Context, kind: ContentKind, viPath: string) {
  const { payload, refs } = context
  const slug = path.basename(viPath, '.vi.md')
  const { fields, status, digest, vi, en } = readDocument(context, kind, viPath)
  const existing = await findBySlug(payload, kind.collection, slug)
  const key = `${kind.collection}/${slug}`
  const decision = context.placeholders.has(key)
    ? 'create'
    : await decide(payload, key, existing, digest, context.force)
  record(context, decision, `${kind.folder}/${slug}`)
  if (decision === 'unchanged' || decision === 'edited-in-cms') return

  const write = {
    collection: kind.collection,
    context: SEEDING_CONTEXT,
    depth: 0,
    overrideAccess: true,
  } as const
  const data = { ...(existing ? blankData(fields) : {}), ...vi, slug, _status: status } as never
  const saved = existing
    ? await payload.update({ ...write, id: existing.id, data, locale: 'vi' })
    : await payload.create({ ...write, data, locale: 'vi' })
  refs.remember(kind.collection, saved as never)
  const stored = await payload.findByID({ ...write, id: saved.id, locale: 'vi', draft: true })
  const translated = {
    ...localeData(fields, stored as unknown as Data, en),
    _status: status,
  } as never
  const final = await payload.update({ ...write, id: saved.id, data: translated, locale: 'en' })
  await remember(payload, key, digest, (final as Stored).updatedAt)
}

// ── media and files: a binary with a .yml sidecar ──────────────────────────────────────────

function findSibling(folder: string, stem: string): string | undefined {
  return readdirSync(folder)
    .filter((name) => !name.endsWith('.yml') && path.basename(name, path.extname(name)) === stem)
    .map((name) => path.join(folder, name))[0]
}

function findFileBinary(
  dir: string,
  materialsDir: string,
  stem: string,
  sidecar: Data,
): string | undefined {
  const filename = typeof sidecar.filename === 'string' ? sidecar.filename : undefined
  const candidates = filename
    ? [path.join(dir, 'files', filename), path.join(materialsDir, filename)]
    : [findSibling(path.join(dir, 'files'), stem)]
  return candidates.find((candidate): candidate is string =>
    Boolean(candidate && existsSync(candidate)),
  )
}

async function importUploads(
  context: Context,
  collection: 'media' | 'files',
  folder: string,
  locate: (stem: string, sidecar: Data) => string | undefined,
) {
  const { payload, refs } = context
  const fields = fieldsOf(payload, collection)
  for (const name of listFiles(folder, '.yml')) {
    const ymlPath = path.join(folder, name)
    const stem = path.basename(name, '.yml')
    try {
      const ymlText = readFileSync(ymlPath, 'utf8')
      let sidecar: Data
      try {
        sidecar = (parseYaml(ymlText) ?? {}) as Data
      } catch (error) {
        throw new ContentError(
          ymlPath,
          undefined,
          `malformed YAML: ${(error as Error).message.split('\n')[0]}`,
        )
      }
      const binaryPath = locate(stem, sidecar)
      if (!binaryPath) {
        throw new ContentError(
          ymlPath,
          'file',
          `no file "${String(sidecar.filename ?? stem)}" beside it (or among the built materials)`,
        )
      }
      const { vi, en } = sidecarToLocales(ymlPath, fields, sidecar)
      const binary = readFileSync(binaryPath)
      const filename = path.basename(binaryPath)
      const existing = (
        await payload.find({
          collection,
          where: { filename: { equals: filename } },
          limit: 1,
          depth: 0,
        })
      ).docs[0] as Stored | undefined
      const key = `${collection}/${filename}`
      const digest = digestOf(ymlText, binary)
      const decision = await decide(payload, key, existing, digest, context.force)
      record(context, decision, `${collection}/${filename}`)
      if (decision === 'unchanged' || decision === 'edited-in-cms') continue
      const file = {
        data: binary,
        name: filename,
        size: binary.length,
        mimetype:
          MIME_BY_EXTENSION[path.extname(filename).toLowerCase()] ?? 'application/octet-stream',
      }
      const write = {
        collection,
        context: SEEDING_CONTEXT,
        overrideAccess: true,
        depth: 0,
      } as const
      const saved = existing
        ? await payload.update({
            ...write,
            id: existing.id,
            data: vi as never,
            file,
            locale: 'vi',
            overwriteExistingFiles: true,
          })
        : await payload.create({ ...write, data: vi as never, file, locale: 'vi' })
      refs.remember(collection, saved as never)
      const final = await payload.update({
        ...write,
        id: saved.id,
        data: en as never,
        locale: 'en',
      })
      await remember(payload, key, digest, (final as Stored).updatedAt)
    } catch (error) {
      context.report.problems.push(...problemsFrom(ymlPath, error))
    }
  }
}

// ── the glossary: one YAML list with both languages ────────────────────────────────────────

type GlossaryEntry = {
  slug?: string
  term?: { vi?: string; en?: string }
  definition?: { vi?: string; en?: string }
  seeAlso?: string[]
}

async function importGlossary(context: Context, file: string) {
  if (!existsSync(file)) return
  const { payload, refs } = context
  let entries: GlossaryEntry[]
  try {
    entries = parseYaml(readFileSync(file, 'utf8')) as GlossaryEntry[]
    if (!Array.isArray(entries)) throw new Error('the glossary must be a YAML list of terms')
  } catch (error) {
    context.report.problems.push({
      path: file,
      message: `malformed YAML: ${(error as Error).message.split('\n')[0]}`,
    })
    return
  }
  const write = {
    collection: 'glossary-terms',
    context: SEEDING_CONTEXT,
    overrideAccess: true,
    depth: 0,
  } as const
  // First every term, then the "see also" links, which may point at any other term.
  const written: { entry: GlossaryEntry; id: number | string; key: string; digest: string }[] = []
  for (const [index, entry] of entries.entries()) {
    try {
      if (!entry.slug || !entry.term?.vi || !entry.definition?.vi) {
        throw new ContentError(
          file,
          `#${index + 1}`,
          'each term needs slug, term.vi and definition.vi',
        )
      }
      const key = `glossary-terms/${entry.slug}`
      const digest = digestOf(JSON.stringify(entry))
      const existing = (
        await payload.find({
          ...write,
          where: { slug: { equals: entry.slug } },
          limit: 1,
          draft: true,
        })
      ).docs[0] as Stored | undefined
      const decision = await decide(payload, key, existing, digest, context.force)
      record(context, decision, `glossary/${entry.slug}`)
      if (decision === 'unchanged' || decision === 'edited-in-cms') continue
      const vi = {
        slug: entry.slug,
        term: entry.term.vi,
        definition: entry.definition.vi,
        _status: 'published',
      } as never
      const saved = existing
        ? await payload.update({ ...write, id: existing.id, data: vi, locale: 'vi' })
        : await payload.create({ ...write, data: vi, locale: 'vi' })
      refs.remember('glossary-terms', saved as never)
      const en = {
        term: entry.term.en ?? null,
        definition: entry.definition.en ?? null,
        _status: 'published',
      } as never
      await payload.update({ ...write, id: saved.id, data: en, locale: 'en' })
      written.push({ entry, id: saved.id, key, digest })
    } catch (error) {
      context.report.problems.push(...problemsFrom(file, error))
    }
  }
  for (const { entry, id, key, digest } of written) {
    try {
      const seeAlso = (entry.seeAlso ?? []).map((slug) => {
        const target = refs.idOf('glossary-terms', slug)
        if (target === undefined) {
          throw new ContentError(
            file,
            `${entry.slug}.seeAlso`,
            `refers to term "${slug}", which does not exist`,
          )
        }
        return target
      })
      const final = await payload.update({
        ...write,
        id,
        data: { seeAlso, _status: 'published' } as never,
        locale: 'vi',
      })
      await remember(payload, key, digest, (final as Stored).updatedAt)
    } catch (error) {
      context.report.problems.push(...problemsFrom(file, error))
    }
  }
}
