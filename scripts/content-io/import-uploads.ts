import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { parse as parseYaml } from 'yaml'

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
import { ContentError, problemsFrom } from './problems'
import { decide, digestOf, remember } from './seed-records'
import { sidecarToLocales } from './upload-yaml'

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

// ── media and files: a binary with a .yml sidecar ──────────────────────────────────────────

export function findSibling(folder: string, stem: string): string | undefined {
  return readdirSync(folder)
    .filter((name) => !name.endsWith('.yml') && path.basename(name, path.extname(name)) === stem)
    .map((name) => path.join(folder, name))[0]
}

export function findFileBinary(
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

export async function importUploads(
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
    await letTheLoopTurn()
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
      const label = `${collection}/${filename}`
      if (decision === 'unchanged' || decision === 'edited-in-cms') {
        record(context, decision, label)
        continue
      }
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
      record(context, decision, label)
    } catch (error) {
      context.report.problems.push(...problemsFrom(ymlPath, error))
    }
  }
}
