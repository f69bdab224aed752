import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { stripVTControlCharacters } from 'node:util'

import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { loadPagefind } from './helpers/pagefind-node'

const site = inject('site')
let dir: string

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'sxsh-site-errors-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/**
 * Runs `npm run build`'s script on a database, into a folder (and cache) of its own; `follows`
 * builds into a new folder after the given one, as a publish does.
 */
function build(databaseFile: string, follows?: { previous: string; out: string }) {
  const result = spawnSync('tsx', ['scripts/build-site.ts'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      DATABASE_URI: `file:${databaseFile}`,
      UPLOADS_DIR: site.uploadsDir,
      SITE_OUT_DIR: follows?.out ?? outDir(databaseFile),
      ...(follows ? { SITE_PREVIOUS_DIR: follows.previous } : {}),
      SITE_CACHE_DIR: path.join(dir, `cache-${path.basename(databaseFile)}`),
      SITE_LOG_LEVEL: 'info',
      PAYLOAD_LOG_LEVEL: 'fatal',
    },
  })
  return {
    status: result.status,
    output: stripVTControlCharacters(`${result.stdout}${result.stderr}`),
  }
}

const outDir = (databaseFile: string) => path.join(dir, `out-${path.basename(databaseFile)}`)

const loaderLines = (output: string) =>
  [
    ...output.matchAll(
      /\[payload:([a-z-]+)\] (\d+) entries, (\d+) read from the database, (\d+) converted/g,
    ),
  ].map((m) => ({ kind: m[1]!, read: Number(m[3]), converted: Number(m[4]) }))

/** How many entries of each collection the loaders converted (the rest kept their digest). */
const converted = (output: string) =>
  Object.fromEntries(loaderLines(output).map((line) => [line.kind, line.converted]))

/** How many documents of each collection were read in full from the database, both locales. */
const read = (output: string) =>
  Object.fromEntries(loaderLines(output).map((line) => [line.kind, line.read]))

/** A copy of the seeded test database, changed by one SQL statement. */
async function databaseWith(name: string, sql: string, args: (string | number)[] = []) {
  const file = path.join(dir, name)
  const source = site.databaseUri.replace(/^file:/, '')
  copyFileSync(source, file)
  // SQLite runs in WAL mode: the latest writes may still be in the -wal file beside the database.
  if (existsSync(`${source}-wal`)) copyFileSync(`${source}-wal`, `${file}-wal`)
  const client = createClient({ url: `file:${file}` })
  await client.execute({ sql, args })
  client.close()
  return file
}

/** Changes a case study's Vietnamese title in a database, as an editor's save would. */
async function retitleCaseStudy(file: string, slug: string, title: string) {
  const client = createClient({ url: `file:${file}` })
  await client.execute({
    sql: `UPDATE case_studies_locales SET title = ? WHERE _locale = 'vi'
        AND _parent_id = (SELECT id FROM case_studies WHERE slug = ?)`,
    args: [title, slug],
  })
  // Payload sets updatedAt on every save; an edit by hand has to, or the build reuses its copy.
  await client.execute({
    sql: 'UPDATE case_studies SET updated_at = ? WHERE slug = ?',
    args: [new Date().toISOString(), slug],
  })
  client.close()
}

describe('building again', () => {
  it(
    'converts only what changed, and the changed page shows the change',
    { timeout: 180_000 },
    async () => {
      const file = await databaseWith('incremental.db', 'SELECT 1')
      const first = build(file)
      expect(first.status, first.output).toBe(0)
      expect(converted(first.output).guides).toBeGreaterThan(0)

      const second = build(file)
      expect(second.status, second.output).toBe(0)
      expect(Object.values(converted(second.output))).toEqual(
        Object.values(converted(second.output)).map(() => 0),
      )
      // Nothing changed, so nothing is read again from the database either.
      expect(Object.values(read(second.output)).length).toBeGreaterThan(0)
      expect(Object.values(read(second.output))).toEqual(
        Object.values(read(second.output)).map(() => 0),
      )

      const slug = site.published['case-studies']![0]!
      await retitleCaseStudy(file, slug, 'Tiêu đề đã sửa')
      const third = build(file)
      expect(third.status, third.output).toBe(0)
      // That one document, in both locales, and nothing else.
      expect(read(third.output)).toMatchObject({ 'case-studies': 2, guides: 0, topics: 0 })
      const counts = converted(third.output)
      expect(counts['case-studies']).toBeGreaterThanOrEqual(1)
      expect(counts.topics).toBe(0)
      expect(counts['glossary-terms']).toBe(0)
      const page = readFileSync(path.join(outDir(file), 'case-studies', slug, 'index.html'), 'utf8')
      expect(page).toContain('Tiêu đề đã sửa')
    },
  )
})

describe('searching after a publish', () => {
  it(
    'indexes only the rendered pages, in a delta that replaces their old copies',
    { timeout: 240_000 },
    async () => {
      const file = await databaseWith('delta.db', 'SELECT 1')
      const first = build(file)
      expect(first.status, first.output).toBe(0)
      const slug = site.published['case-studies']![0]!
      const url = `/case-studies/${slug}/`
      const before = await loadPagefind(outDir(file))
      expect(before.delta).toBe(false)
      const html = readFileSync(path.join(outDir(file), 'case-studies', slug, 'index.html'), 'utf8')
      const oldTitle = /<h1>([^<]+)<\/h1>/.exec(html)![1]!.trim()
      expect((await before.search(oldTitle)).map((page) => page.url)).toContain(url)

      await retitleCaseStudy(file, slug, 'Điển hình kiểm tra chỉ mục bổ sung')
      const next = path.join(dir, 'out-delta-next')
      const second = build(file, { previous: outDir(file), out: next })
      expect(second.status, second.output).toBe(0)
      expect(second.output).toMatch(/pages updated by a delta index/)

      const after = await loadPagefind(next)
      expect(after.delta).toBe(true)
      const found = await after.search('"kiem tra chi muc bo sung"')
      // The page itself, and the pages that link to it by its title (its sector, related guides).
      expect(found.map((page) => page.url)).toContain(url)
      // The full index still holds the old copy, but a search never shows it.
      for (const page of await after.search(oldTitle))
        if (page.url === url) expect(page.title).toBe('Điển hình kiểm tra chỉ mục bổ sung')
      // The served build's index is left as it was.
      expect((await before.search('"kiem tra chi muc bo sung"')).map((p) => p.url)).toEqual([])
    },
  )
})

describe('npm run build on a database it cannot build from', () => {
  it('says there is no database, instead of creating one', () => {
    const { status, output } = build(path.join(dir, 'missing.db'))
    expect(status).toBe(1)
    expect(output).toMatch(/There is no database at .*missing\.db.*npm run seed/)
    expect(output).not.toMatch(/\n\s+at /) // no stack trace
  })

  it('says the schema is behind the code when migrations are missing', async () => {
    const file = await databaseWith('stale.db', 'DELETE FROM payload_migrations')
    const { status, output } = build(file)
    expect(status).toBe(1)
    expect(output).toMatch(/schema is behind the code .*npm run migrate/)
  })

  it('names the collection, document and field of an invalid document', async () => {
    const slug = site.published['case-studies']![0]!
    const file = await databaseWith(
      'invalid.db',
      'UPDATE case_studies SET assessment_year = 1800 WHERE slug = ?',
      [slug],
    )
    const { status, output } = build(file)
    expect(status).toBe(1)
    expect(output).toContain(`case-studies "${slug}" (vi): field "assessmentYear"`)
    expect(output).not.toMatch(/\n\s+at /)
  })
})
