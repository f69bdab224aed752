import { existsSync } from 'node:fs'

import { resolveDatabaseTarget, sqliteFilePath } from '../../cms/lib/database'

/** What the site build found in the database before building. */
export type DatabaseCheck = { ok: true; published: number } | { ok: false; message: string }

const PUBLISHED_KINDS = [
  'guides',
  'case-studies',
  'curricula',
  'legal-documents',
  'sectors',
] as const

/**
 * Checks, without changing anything, that the database can be built from: it exists, its schema
 * is up to date with the committed migrations, and it has published content. The site build
 * reads the database as it is, so it reports these in one line instead of crashing in a query.
 */
export async function checkDatabase(): Promise<DatabaseCheck> {
  const target = resolveDatabaseTarget(process.env.DATABASE_URI)
  if (target.kind === 'sqlite' && !existsSync(sqliteFilePath(target.url))) {
    return {
      ok: false,
      message: `There is no database at ${sqliteFilePath(target.url)} yet. Run \`npm run seed\` to create it and load content/.`,
    }
  }
  const { knowledgePayload } = await import('../../site/content/knowledge-source')
  const payload = await knowledgePayload()
  if (payload.db.name === 'sqlite') {
    const { migrations } = await import('../../cms/migrations')
    let applied: string[]
    try {
      const result = await payload.find({
        collection: 'payload-migrations',
        pagination: false,
        depth: 0,
      })
      applied = result.docs.map((doc) => String(doc.name))
    } catch {
      applied = []
    }
    const pending = migrations.map((m) => m.name).filter((name) => !applied.includes(name))
    if (pending.length > 0) {
      return {
        ok: false,
        message: `The database schema is behind the code (${pending.length} migration${pending.length > 1 ? 's' : ''} not applied: ${pending.join(', ')}). Run \`npm run migrate\` and build again.`,
      }
    }
  }
  let published = 0
  for (const collection of PUBLISHED_KINDS) {
    const { totalDocs } = await payload.count({
      collection,
      where: { _status: { equals: 'published' } },
    })
    published += totalDocs
  }
  return { ok: true, published }
}
