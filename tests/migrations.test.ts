import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { startTestPayload } from './helpers/payload'

const MIGRATIONS_DIR = path.resolve('cms/migrations')
const dirs: string[] = []
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

/** Runs a script as production would: NODE_ENV=production on a brand-new database file. */
function runProduction(script: string, env: Record<string, string | undefined>) {
  const dir = mkdtempSync(path.join(tmpdir(), 'sxsh-prod-'))
  dirs.push(dir)
  return spawnSync('tsx', [script], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URI: `file:${path.join(dir, 'sxsh.db')}`,
      UPLOADS_DIR: path.join(dir, 'uploads'),
      PAYLOAD_LOG_LEVEL: 'warn',
      ...env,
    },
    encoding: 'utf8',
    timeout: 90_000,
  })
}

describe('migrations', () => {
  it('`npm run migrate` builds the schema on an empty database under NODE_ENV=production', () => {
    const result = runProduction('scripts/migrate.ts', { PAYLOAD_SECRET: 'prod-test-secret' })
    expect(result.stderr).not.toMatch(/no such table/i)
    expect(result.status).toBe(0)
  })

  it('a script that reads a fresh production database works without a separate migrate step', () => {
    const result = runProduction('tests/fixtures/count-documents.ts', {
      PAYLOAD_SECRET: 'prod-test-secret',
    })
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('guides=0')
  })

  it('production refuses to start without PAYLOAD_SECRET, in one clear line', () => {
    const result = runProduction('scripts/migrate.ts', { PAYLOAD_SECRET: '' })
    expect(result.status).toBe(1)
    expect(result.stderr.trim()).toMatch(/^✖ PAYLOAD_SECRET is required when NODE_ENV=production/)
  })

  it('the committed migrations match the collections (no schema change left without a migration)', async () => {
    if (process.env.TEST_MONGODB_URI) return // MongoDB has no schema to migrate
    const t = await startTestPayload()
    try {
      const db = t.payload.db as unknown as {
        schema: unknown
        requireDrizzleKit: () => {
          generateDrizzleJson: (schema: unknown) => Promise<{ version: string }>
          generateMigration: (before: unknown, after: unknown) => Promise<string[]>
        }
      }
      const { generateDrizzleJson, generateMigration } = db.requireDrizzleKit()
      const latest = readdirSync(MIGRATIONS_DIR)
        .filter((file) => file.endsWith('.json'))
        .sort()
        .at(-1)
      expect(latest).toBeDefined()
      const committed = JSON.parse(readFileSync(path.join(MIGRATIONS_DIR, latest!), 'utf8'))
      const current = await generateDrizzleJson(db.schema)
      const pending = await generateMigration(committed, current)
      expect(pending, 'run `npm run migrate:create -- <name>` and commit the result').toEqual([])
    } finally {
      await t.close()
    }
  })
})
