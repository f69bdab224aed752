import { spawnSync } from 'node:child_process'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { createDatabaseAdapter } from '../cms/database-adapter'
import { DEFAULT_SQLITE_PATH, DatabaseUriError, resolveDatabaseTarget } from '../cms/lib/database'

describe('DATABASE_URI selects the adapter', () => {
  it('unset or blank → embedded SQLite at data/sxsh.db', () => {
    expect(resolveDatabaseTarget(undefined)).toEqual({
      kind: 'sqlite',
      url: `file:${DEFAULT_SQLITE_PATH}`,
    })
    expect(resolveDatabaseTarget('  ')).toEqual({
      kind: 'sqlite',
      url: `file:${DEFAULT_SQLITE_PATH}`,
    })
    expect(DEFAULT_SQLITE_PATH.endsWith(path.join('data', 'sxsh.db'))).toBe(true)
  })

  it('file: → SQLite at that path', () => {
    expect(resolveDatabaseTarget('file:/var/lib/sxsh/kb.db')).toEqual({
      kind: 'sqlite',
      url: 'file:/var/lib/sxsh/kb.db',
    })
  })

  it('mongodb:// and mongodb+srv:// → MongoDB', () => {
    expect(resolveDatabaseTarget('mongodb://db1,db2/sxsh?replicaSet=rs0').kind).toBe('mongodb')
    expect(resolveDatabaseTarget('mongodb+srv://cluster.example/sxsh').kind).toBe('mongodb')
  })

  it('anything else is refused with one line naming DATABASE_URI and the accepted forms', () => {
    for (const uri of ['postgres://localhost/sxsh', 'sxsh.db', 'sqlite:data/sxsh.db']) {
      expect(() => resolveDatabaseTarget(uri)).toThrow(DatabaseUriError)
    }
    try {
      resolveDatabaseTarget('postgres://user:secret@localhost/sxsh')
    } catch (error) {
      const message = (error as Error).message
      expect(message).toContain('DATABASE_URI')
      expect(message).toMatch(/file:.*mongodb:\/\/.*mongodb\+srv:\/\//)
      expect(message).not.toContain('secret') // never echo credentials
      expect(message.split('\n')).toHaveLength(1)
    }
  })

  it('builds the matching Payload adapter (each imported only when chosen)', async () => {
    const sqlite = await createDatabaseAdapter({
      kind: 'sqlite',
      url: 'file:/tmp/sxsh-adapter-test/x.db',
    })
    expect(sqlite.name).toBe('sqlite')
    const mongo = await createDatabaseAdapter({
      kind: 'mongodb',
      url: 'mongodb://127.0.0.1:1/sxsh',
    })
    expect(mongo.name).toBe('mongoose')
  })

  it('a process started with a bad DATABASE_URI stops with that one line', () => {
    const result = spawnSync('tsx', ['scripts/migrate.ts'], {
      env: { ...process.env, DATABASE_URI: 'mysql://localhost/sxsh' },
      encoding: 'utf8',
      timeout: 60_000,
    })
    expect(result.status).toBe(1)
    expect(result.stderr.trim()).toMatch(/^✖ DATABASE_URI "mysql:…" is not supported/)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
  })
})
