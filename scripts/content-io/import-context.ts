import { existsSync, readdirSync } from 'node:fs'

import type { CollectionSlug, Field, Payload } from 'payload'

import type { ImportReport } from './import-content'
import type { MarkdownConverter } from './markdown'
import type { ReferenceIndex } from './references'
import type { WriteDecision } from './seed-records'

/** Side effects such as site rebuilds are skipped for seeding: hooks check this flag. */
export const SEEDING_CONTEXT = { seeding: true } as const

export type Data = Record<string, unknown>
export type Stored = { id: number | string; updatedAt: string }

/** What every importer shares during one `npm run seed`. */
export type Context = {
  /** Documents created as provisional drafts in this run (to break reference cycles). */
  provisionalDrafts: Set<string>
  payload: Payload
  refs: ReferenceIndex
  markdown: MarkdownConverter
  force: boolean
  report: ImportReport
  log: (line: string) => void
}

/**
 * Lets the event loop turn. SQLite (libsql) frees a prepared statement's native memory in a
 * callback that runs only when the loop turns, and an import is one long chain of promises that
 * never lets it: without this, seeding leaks about 1 MB of native memory per document.
 */
export const letTheLoopTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

export const listFiles = (dir: string, suffix: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith(suffix))
        .sort()
    : []

export const fieldsOf = (payload: Payload, collection: CollectionSlug): Field[] =>
  payload.collections[collection].config.fields

export function record(context: Context, decision: WriteDecision, label: string) {
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
