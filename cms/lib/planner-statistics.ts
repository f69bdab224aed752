import type { Payload } from 'payload'

/**
 * Refreshes SQLite's query-planner statistics (ANALYZE). Without them SQLite picks the index on a
 * version's `latest` flag (true for one row in two) over the one on its slug for a draft lookup,
 * and each lookup reads every latest version: seeding 10,000 documents then slows to a crawl.
 * Cheap (milliseconds on thousands of documents); a no-op on MongoDB.
 */
export async function refreshPlannerStatistics(payload: Payload): Promise<void> {
  if (payload.db.name !== 'sqlite') return
  // Imported here: the SQLite adapter's package is loaded only when SQLite is the database.
  const { sql } = await import('@payloadcms/db-sqlite')
  const { drizzle } = payload.db as unknown as {
    drizzle: { run(query: unknown): Promise<unknown> }
  }
  await drizzle.run(sql`ANALYZE`)
}
