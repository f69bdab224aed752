import path from 'node:path'

import type { Payload } from 'payload'

import type { Problem } from './problems'
import { importKind } from './import-documents'
import { importGlossary } from './import-glossary'
import { findFileBinary, findSibling, importUploads } from './import-uploads'
import { CONTENT_KINDS } from './kinds'
import { createMarkdownConverter } from './markdown'
import { loadReferences } from './references'

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
  const context = {
    payload,
    refs,
    markdown,
    force,
    report,
    log,
    provisionalDrafts: new Set<string>(),
  }

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
