import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import type { CollectionSlug, Payload } from 'payload'

import { blankData, filesToData, localeData, PendingReference } from './document-mapping'
import { refreshPlannerStatistics } from '../../cms/lib/planner-statistics'
import { parseContentFile } from './front-matter'
import {
  type Context,
  type Data,
  fieldsOf,
  letTheLoopTurn,
  listFiles,
  record,
  SEEDING_CONTEXT,
  type Stored,
} from './import-context'
import type { ContentKind } from './kinds'
import { ContentError, problemsFrom } from './problems'
import { decide, digestOf, remember } from './seed-records'

// ── documents with a .vi.md and an .en.md file ─────────────────────────────────────────────

export async function importKind(context: Context, kind: ContentKind, folder: string) {
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
  let provisionalDraftsMade = false
  let imported = 0
  while (pending.length) {
    const parked = new Map<string, { file: string; reason: string; field: string }[]>()
    const queue = [...pending]
    while (queue.length) {
      const file = queue.shift()!
      const viPath = path.join(folder, file)
      await letTheLoopTurn()
      try {
        await importDocument(context, kind, viPath)
        if (++imported % 250 === 0) await refreshPlannerStatistics(context.payload)
        // Documents waiting for one that now exists go next, so that a chain of references
        // (a decision amending one amending another…) imports in one round, not one per link.
        for (const [reason, entries] of parked) {
          if (!resolves(context, reason)) continue
          parked.delete(reason)
          queue.unshift(...entries.map((entry) => entry.file))
        }
      } catch (error) {
        if (error instanceof PendingReference) {
          const entries = parked.get(error.target) ?? []
          entries.push({ file, reason: error.target, field: error.field })
          parked.set(error.target, entries)
        } else context.report.problems.push(...problemsFrom(viPath, error))
      }
    }
    const waiting = [...parked.values()].flat()
    if (waiting.length === pending.length) {
      if (!provisionalDraftsMade) {
        provisionalDraftsMade = true
        for (const { file } of waiting) {
          const viPath = path.join(folder, file)
          try {
            await createProvisionalDraft(context, kind, viPath)
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

/** Whether the document a PendingReference waits for (`<collection> "<key>"`) exists now. */
function resolves(context: Context, reason: string): boolean {
  const match = /^(\S+) "(.*)"$/.exec(reason)
  return !!match && context.refs.idOf(match[1] as CollectionSlug, match[2]!) !== undefined
}

type DocumentFiles = {
  viPath: string
  enPath: string
  viText: string
  enText: string
  digest: string
}

/** Reads a document's two files as text: enough to tell whether it changed since the last import. */
function readDocumentFiles(viPath: string): DocumentFiles {
  const enPath = viPath.replace(/\.vi\.md$/, '.en.md')
  const viText = readFileSync(viPath, 'utf8')
  const enText = existsSync(enPath) ? readFileSync(enPath, 'utf8') : ''
  return { viPath, enPath, viText, enText, digest: digestOf(viText, enText) }
}

/** Converts a document's files to Payload data for both locales (Markdown to rich text, references to ids). */
function convertDocument(
  context: Context,
  kind: ContentKind,
  { viPath, enPath, viText, enText }: DocumentFiles,
  withoutPendingReferences = false,
) {
  const { payload, refs, markdown } = context
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
async function createProvisionalDraft(context: Context, kind: ContentKind, viPath: string) {
  const slug = path.basename(viPath, '.vi.md')
  if (await findBySlug(context.payload, kind.collection, slug)) return
  const { vi } = convertDocument(context, kind, readDocumentFiles(viPath), true)
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
  context.provisionalDrafts.add(`${kind.collection}/${slug}`)
}

async function importDocument(context: Context, kind: ContentKind, viPath: string) {
  const { payload, refs } = context
  const slug = path.basename(viPath, '.vi.md')
  const files = readDocumentFiles(viPath)
  const { digest } = files
  const existing = await findBySlug(payload, kind.collection, slug)
  const key = `${kind.collection}/${slug}`
  const label = `${kind.folder}/${slug}`
  const decision = context.provisionalDrafts.has(key)
    ? 'create'
    : await decide(payload, key, existing, digest, context.force)
  // Unchanged files are not converted again: Markdown to rich text is the costly part.
  if (decision === 'unchanged' || decision === 'edited-in-cms')
    return record(context, decision, label)
  const { fields, status, vi, en } = convertDocument(context, kind, files)

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
  // Counted only once written, so a document the CMS refuses is a problem, not a creation.
  record(context, decision, label)
}
