import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { parse as parseYaml } from 'yaml'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { exportContent } from '../scripts/content-io/export-content'
import { importContent, type ImportReport } from '../scripts/content-io/import-content'
import { buildMaterials, generatedMaterialNames } from '../scripts/materials/build-materials'
import { countDocuments, readTree } from './helpers/content-tree'
import { startTestPayload, type TestPayload } from './helpers/payload'

const CONTENT = path.resolve('content')
let t: TestPayload
let materialsDir: string
let first: ImportReport

const seed = (options: { dir?: string; force?: boolean } = {}) =>
  importContent({
    payload: t.payload,
    dir: options.dir ?? CONTENT,
    materialsDir,
    force: options.force,
  })

beforeAll(async () => {
  t = await startTestPayload()
  materialsDir = mkdtempSync(path.join(tmpdir(), 'sxsh-materials-'))
  await buildMaterials({ contentDir: CONTENT, outDir: materialsDir })
  first = await seed()
}, 300_000)
afterAll(async () => {
  await t?.close()
  rmSync(materialsDir, { recursive: true, force: true })
})

describe('seeding content/ into an empty database', () => {
  it('imports every file without a problem', () => {
    expect(first.problems).toEqual([])
    expect(first.created.length).toBeGreaterThan(40)
  })

  it.each([
    ['topics', 'topics', 6],
    ['sectors', 'sectors', 5],
    ['legal-documents', 'legal-documents', 3],
    ['case-studies', 'case-studies', 8],
    ['guides', 'guides', 6],
    ['curricula', 'curricula', 3],
  ] as const)(
    '%s: one published document per file, in Vietnamese and English',
    async (folder, collection, minimum) => {
      const expected = countDocuments(folder)
      expect(expected).toBeGreaterThanOrEqual(minimum)
      const vi = await t.payload.find({
        collection,
        locale: 'vi',
        fallbackLocale: false,
        limit: 0,
        where: { _status: { equals: 'published' } },
      })
      expect(vi.totalDocs).toBe(expected)
      const en = await t.payload.find({ collection, locale: 'en', fallbackLocale: false, limit: 0 })
      const titled = en.docs.filter((doc) =>
        Boolean(
          (doc as { title?: string; name?: string }).title ?? (doc as { name?: string }).name,
        ),
      )
      expect(titled.length).toBe(expected)
    },
  )

  it('the glossary, images and training files', async () => {
    const terms = parseYaml(readFileSync(path.join(CONTENT, 'glossary.yml'), 'utf8')) as unknown[]
    expect((await t.payload.count({ collection: 'glossary-terms' })).totalDocs).toBe(terms.length)
    expect((await t.payload.count({ collection: 'media' })).totalDocs).toBeGreaterThan(0)
    const files = await t.payload.find({ collection: 'files', limit: 0 })
    expect(files.docs.map((file) => file.format)).toEqual(expect.arrayContaining(['PDF', 'XLSX']))
  })

  it('case-study figures are computed on import', async () => {
    const { docs } = await t.payload.find({ collection: 'case-studies', limit: 0 })
    for (const study of docs) {
      expect(study.totals?.implementedOptions, study.slug).toBeGreaterThan(0)
      expect(
        study.indicators?.every((indicator) => typeof indicator.changePercent === 'number'),
        study.slug,
      ).toBe(true)
    }
  })
})

describe('a second seed', () => {
  it('changes nothing and says so', async () => {
    const again = await seed()
    expect(again.problems).toEqual([])
    expect(again.created).toEqual([])
    expect(again.updated).toEqual([])
    expect(again.unchanged.length).toBe(first.created.length)
  })
})

describe('round trip', () => {
  it('export writes back exactly the files that were imported', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'sxsh-export-'))
    try {
      await exportContent({
        payload: t.payload,
        dir: out,
        uploadsDir: process.env.UPLOADS_DIR!,
        generatedFiles: generatedMaterialNames(CONTENT),
      })
      const exported = readTree(out)
      const original = readTree(CONTENT)
      expect(Object.keys(exported)).toEqual(Object.keys(original))
      for (const [file, text] of Object.entries(original)) expect(exported[file], file).toBe(text)
    } finally {
      rmSync(out, { recursive: true, force: true })
    }
  })
})

describe('an editor’s newer edit', () => {
  it('is kept by a later seed, and overwritten only with --force', async () => {
    const topic = (
      await t.payload.find({ collection: 'topics', where: { slug: { equals: 'nuoc' } } })
    ).docs[0]!
    await t.payload.update({
      collection: 'topics',
      id: topic.id,
      data: { name: 'Nước (đã biên tập)' },
    })
    const kept = await seed()
    expect(kept.keptEdits).toContain('topics/nuoc')
    expect((await t.payload.findByID({ collection: 'topics', id: topic.id })).name).toBe(
      'Nước (đã biên tập)',
    )
    const forced = await seed({ force: true })
    expect(forced.updated).toContain('topics/nuoc')
    expect((await t.payload.findByID({ collection: 'topics', id: topic.id })).name).toBe(topic.name)
  })
})
