import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import type { CollectionSlug, Payload } from 'payload'

import { documentToFiles } from './document-mapping'
import { formatContentFile, toYaml } from './front-matter'
import { CONTENT_KINDS } from './kinds'
import { createMarkdownConverter } from './markdown'
import { loadReferences } from './references'
import { localesToSidecar } from './upload-yaml'

type Data = Record<string, unknown>

export type ExportOptions = {
  payload: Payload
  /** Where to write (content/ or any other folder). */
  dir: string
  /** Where the CMS keeps uploaded binaries, to copy media and non-generated files from. */
  uploadsDir: string
  /** File names that are generated from sources in the repo and so are not copied. */
  generatedFiles: Set<string>
  log?: (line: string) => void
}

/** Reads every document of a collection in both locales (latest version, drafts included). */
async function readBoth(payload: Payload, collection: CollectionSlug) {
  const read = (locale: 'vi' | 'en') =>
    payload.find({
      collection,
      locale,
      fallbackLocale: false,
      draft: true,
      depth: 0,
      limit: 0,
      pagination: false,
      sort: 'createdAt',
    })
  const [vi, en] = await Promise.all([read('vi'), read('en')])
  const enById = new Map(en.docs.map((doc) => [doc.id, doc as unknown as Data]))
  return vi.docs.map((doc) => ({ vi: doc as unknown as Data, en: enById.get(doc.id) ?? {} }))
}

const write = (file: string, text: string) => {
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, text)
}

/** Writes the CMS's content back into the content/ format that `importContent` reads. */
export async function exportContent({
  payload,
  dir,
  uploadsDir,
  generatedFiles,
  log = () => {},
}: ExportOptions) {
  const markdown = await createMarkdownConverter(payload.config)
  const refs = await loadReferences(payload)
  const context = { refs, markdown }
  let count = 0

  for (const collection of ['media', 'files'] as const) {
    const fields = payload.collections[collection].config.fields
    for (const { vi, en } of await readBoth(payload, collection)) {
      const filename = String(vi.filename)
      const stem = filename.replace(/\.[^.]+$/, '')
      const sidecar = localesToSidecar(fields, vi, en)
      const generated = generatedFiles.has(filename)
      if (collection === 'files') sidecar.filename = filename
      write(path.join(dir, collection, `${stem}.yml`), toYaml(sidecar))
      const source = path.join(uploadsDir, collection, filename)
      if (!generated && existsSync(source))
        copyFileSync(source, path.join(dir, collection, filename))
      count++
    }
  }

  for (const kind of CONTENT_KINDS) {
    const fields = payload.collections[kind.collection].config.fields
    for (const { vi, en } of await readBoth(payload, kind.collection)) {
      const parts = documentToFiles(fields, vi, en, context)
      const { [kind.body]: viBody, ...viData } = parts.vi
      const { [kind.body]: enBody, ...enData } = parts.en
      if (vi._status === 'draft') viData.status = 'draft'
      const base = path.join(dir, kind.folder, String(vi.slug))
      write(`${base}.vi.md`, formatContentFile({ data: viData, body: String(viBody ?? '') }))
      if (Object.keys(enData).length || enBody) {
        write(`${base}.en.md`, formatContentFile({ data: enData, body: String(enBody ?? '') }))
      }
      count++
    }
  }

  const terms = await readBoth(payload, 'glossary-terms')
  if (terms.length) {
    const glossary = terms
      .map(({ vi, en }) => {
        const entry: Data = {
          slug: vi.slug,
          term: { vi: vi.term, en: en.term ?? undefined },
          definition: { vi: vi.definition, en: en.definition ?? undefined },
        }
        const seeAlso = ((vi.seeAlso as unknown[] | undefined) ?? []).map((id) =>
          refs.keyOf('glossary-terms', id),
        )
        if (seeAlso.length) entry.seeAlso = seeAlso
        return entry
      })
      .sort((a, b) => String((a.term as Data).vi).localeCompare(String((b.term as Data).vi), 'vi'))
    write(path.join(dir, 'glossary.yml'), toYaml(glossary))
    count += terms.length
  }
  log(`exported ${count} documents to ${dir}`)
  return count
}
