import type { Config, Migration } from 'payload'

import { refreshPlannerStatistics } from '../lib/planner-statistics'

/**
 * Applies committed SQLite migrations when Payload starts, in every environment, so the admin,
 * the site build and scripts never read a database whose schema is behind the code. Payload's own
 * `prodMigrations` only runs under NODE_ENV=production; this closes the gap for development.
 */
export const migrateOnInit: NonNullable<Config['onInit']> = async (payload) => {
  if (payload.db.name !== 'sqlite') return
  // The site build reads the database as it is; it reports a stale schema instead of changing it.
  if (process.env.SXSH_SITE_BUILD === '1') return
  const { migrations } = await import('../migrations')
  // The generated migrations are typed for the SQLite adapter; Payload's generic type is looser.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  await refreshPlannerStatistics(payload)
}
