import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

const site = inject('site')
let dir: string

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'sxsh-site-errors-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Runs `npm run build`'s script on a database, into a folder of its own. */
function build(databaseFile: string) {
  const result = spawnSync('tsx', ['scripts/build-site.ts'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      DATABASE_URI: `file:${databaseFile}`,
      UPLOADS_DIR: site.uploadsDir,
      SITE_OUT_DIR: path.join(dir, `out-${path.basename(databaseFile)}`),
      SITE_CACHE_DIR: path.join(dir, `cache-${path.basename(databaseFile)}`),
      PAYLOAD_LOG_LEVEL: 'fatal',
    },
  })
  return { status: result.status, output: `${result.stdout}${result.stderr}` }
}

/** A copy of the seeded test database, changed by one SQL statement. */
async function databaseWith(name: string, sql: string, args: (string | number)[] = []) {
  const file = path.join(dir, name)
  copyFileSync(site.databaseUri.replace(/^file:/, ''), file)
  const client = createClient({ url: `file:${file}` })
  await client.execute({ sql, args })
  client.close()
  return file
}

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
