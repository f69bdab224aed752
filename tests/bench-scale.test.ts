import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CORPUS_MIX, generateCorpus, plan, random, type Corpus } from '../scripts/bench/corpus'
import { runMeasured, treeRss } from '../scripts/bench/process-tree'
import { folderSize } from '../scripts/bench/scale'
import { parseContentFile } from '../scripts/content-io/front-matter'

const dir = mkdtempSync(path.join(tmpdir(), 'sxsh-corpus-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const read = (folder: string, name: string) =>
  parseContentFile(name, readFileSync(path.join(folder, name), 'utf8'))
const viFiles = (root: string, kind: string) =>
  readdirSync(path.join(root, kind)).filter((name) => name.endsWith('.vi.md'))

describe('the benchmark corpus', () => {
  const out = path.join(dir, 'corpus')
  let corpus: Corpus
  beforeAll(async () => {
    corpus = await generateCorpus({ sourceDir: 'content', outDir: out, documents: 200, images: 2 })
  })

  it('holds the number of documents asked for, in the planned mix', () => {
    expect(corpus.total).toBe(200)
    for (const kind of Object.keys(CORPUS_MIX)) {
      expect(viFiles(out, kind)).toHaveLength(corpus.counts[kind as keyof typeof CORPUS_MIX])
    }
    expect(corpus.counts['case-studies']).toBeGreaterThan(corpus.counts.curricula)
    expect(corpus.images).toBe(2)
  })

  it('marks every generated document as sample data, in both languages', () => {
    for (const name of viFiles(out, 'guides').filter((n) => n.includes('-mau-'))) {
      expect(String(read(path.join(out, 'guides'), name).data.title)).toMatch(/\(mẫu \d+\)$/)
      expect(read(path.join(out, 'guides'), name).body).toMatch(/^\*Dữ liệu mẫu cho thử tải/)
    }
    const english = readdirSync(path.join(out, 'case-studies')).filter((n) =>
      /-mau-\d+\.en\.md$/.test(n),
    )
    expect(english.length).toBeGreaterThan(0)
    for (const name of english)
      expect(String(read(path.join(out, 'case-studies'), name).data.title)).toMatch(
        /\(sample \d+\)$/,
      )
    expect(corpus.translated).toBeGreaterThan(0)
    expect(corpus.translated).toBeLessThan(corpus.total)
  })

  it('only refers to documents, numbers and files the corpus holds', () => {
    const slugs = (kind: string) => new Set(viFiles(out, kind).map((n) => n.replace('.vi.md', '')))
    const legal = viFiles(out, 'legal-documents').map((n) =>
      String(read(path.join(out, 'legal-documents'), n).data.number),
    )
    expect(new Set(legal).size).toBe(legal.length) // numbers are unique
    const sectors = slugs('sectors')
    const caseStudies = slugs('case-studies')
    for (const name of viFiles(out, 'guides')) {
      const { data, body } = read(path.join(out, 'guides'), name)
      for (const number of data.legalBasis as string[]) expect(legal).toContain(number)
      for (const sector of data.sectors as string[]) expect(sectors).toContain(sector)
      for (const study of (data.relatedCaseStudies as string[] | undefined) ?? [])
        expect(caseStudies).toContain(study)
      for (const [, image] of body.matchAll(/<Figure image="([^"]+)"/g))
        expect(readdirSync(path.join(out, 'media'))).toContain(image)
    }
    for (const name of viFiles(out, 'legal-documents')) {
      const { data } = read(path.join(out, 'legal-documents'), name)
      for (const relation of (data.relations as { document?: string }[] | undefined) ?? [])
        if (relation.document) expect(legal).toContain(relation.document)
    }
  })

  it('is the same corpus for the same seed', async () => {
    const again = path.join(dir, 'again')
    await generateCorpus({ sourceDir: 'content', outDir: again, documents: 200, images: 2 })
    const name = viFiles(out, 'case-studies').find((n) => n.includes('-mau-'))!
    expect(readFileSync(path.join(again, 'case-studies', name), 'utf8')).toBe(
      readFileSync(path.join(out, 'case-studies', name), 'utf8'),
    )
  })

  it('plans no negative counts when the real content already holds more', () => {
    const existing = {
      guides: 6,
      'case-studies': 8,
      'legal-documents': 10,
      curricula: 3,
      sectors: 5,
      topics: 6,
    }
    expect(Object.values(plan(10, existing)).every((n) => n === 0)).toBe(true)
    const counts = plan(10_038, existing)
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(10_000)
    const sequence = random(7)
    const other = random(7)
    expect([sequence.next(), sequence.next()]).toEqual([other.next(), other.next()])
  })
})

describe('the benchmark measurements', () => {
  it('take the peak memory of a whole process tree, and its output', async () => {
    // A child that holds about 200 MB for a moment, started through a shell (a tree of two).
    const script =
      'const b = Buffer.alloc(200 * 1024 * 1024, 1); setTimeout(() => console.log(b[0]), 600)'
    const run = await runMeasured('sh', ['-c', `node -e "${script}"`])
    expect(run.status).toBe(0)
    expect(run.output.trim()).toBe('1')
    expect(run.peakRssBytes).toBeGreaterThan(180 * 1024 * 1024)
    expect(run.durationMs).toBeGreaterThan(500)
    expect(treeRss(process.pid)).toBeGreaterThan(10 * 1024 * 1024)
  })

  it('count the bytes and files of an output folder', () => {
    const size = folderSize(path.join('content', 'topics'))
    expect(size.files).toBe(readdirSync(path.join('content', 'topics')).length)
    expect(size.bytes).toBeGreaterThan(1000)
  })
})
