import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { DatabaseAdapterObj } from 'payload'

import { type DatabaseTarget, sqliteFilePath } from './lib/database'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/**
 * Builds the database adapter for a target. Each adapter is imported only when chosen, so a
 * SQLite install never loads the MongoDB driver and vice versa.
 */
export async function createDatabaseAdapter(target: DatabaseTarget): Promise<DatabaseAdapterObj> {
  if (target.kind === 'mongodb') {
    const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
    return mongooseAdapter({
      url: target.url,
      // Payload passes the request locale (vi or en) as the collation locale, so sorting follows
      // Vietnamese alphabetical order (a ă â … đ …) for Vietnamese content.
      collation: { strength: 3 },
      migrationDir: path.resolve(dirname, 'migrations-mongodb'),
    })
  }
  const { sqliteAdapter } = await import('@payloadcms/db-sqlite')
  mkdirSync(path.dirname(sqliteFilePath(target.url)), { recursive: true })
  return sqliteAdapter({
    client: { url: target.url },
    wal: true,
    // Readers (the site build) and the CMS may share the file: wait on a lock instead of failing.
    busyTimeout: 5000,
    // The schema only ever changes through committed migrations, in development too, so that
    // what a developer runs is what production runs.
    push: false,
    migrationDir: path.resolve(dirname, 'migrations'),
  })
}
