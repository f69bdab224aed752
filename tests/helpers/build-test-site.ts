/**
 * Builds the public site from a freshly seeded temporary database, for the site tests:
 * `tsx tests/helpers/build-test-site.ts <dir>` seeds content/ (plus the fixtures of
 * site-fixtures.ts) into <dir>/site.db, builds into <dir>/dist with `scripts/build-site.ts`, and
 * prints one JSON line describing the result. Run by tests/global-setup.ts, once per test run.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'

const dir = path.resolve(process.argv[2] ?? '')
const env = {
  ...process.env,
  DATABASE_URI: `file:${path.join(dir, 'site.db')}`,
  UPLOADS_DIR: path.join(dir, 'uploads'),
  PAYLOAD_SECRET: 'test-secret-not-for-production',
  PAYLOAD_LOG_LEVEL: 'fatal',
}
Object.assign(process.env, env)

const { getPayload } = await import('payload')
const { default: config } = await import('../../cms/payload.config')
const { importContent } = await import('../../scripts/content-io/import-content')
const { buildMaterials } = await import('../../scripts/materials/build-materials')
const { addSiteFixtures } = await import('./site-fixtures')

const payload = await getPayload({ config })
const materialsDir = path.join(dir, 'materials')
await buildMaterials({ contentDir: path.resolve('content'), outDir: materialsDir })
const report = await importContent({ payload, dir: path.resolve('content'), materialsDir })
if (report.problems.length) throw new Error(`Seeding failed: ${JSON.stringify(report.problems)}`)
const fixtures = await addSiteFixtures(payload)

const published: Record<string, string[]> = {}
for (const collection of [
  'guides',
  'case-studies',
  'curricula',
  'legal-documents',
  'sectors',
] as const) {
  const { docs } = await payload.find({
    collection,
    where: { _status: { equals: 'published' } },
    pagination: false,
    depth: 0,
    draft: false,
  })
  published[collection] = docs.map((doc) => doc.slug)
}
await payload.destroy()

const outDir = path.join(dir, 'dist')
const build = spawnSync('tsx', ['scripts/build-site.ts'], {
  env: { ...env, SITE_OUT_DIR: outDir, SITE_CACHE_DIR: path.join(dir, 'cache') },
  encoding: 'utf8',
})
if (build.status !== 0) throw new Error(`The site build failed:\n${build.stdout}\n${build.stderr}`)

process.stdout.write(
  `\n${JSON.stringify({ dir, outDir, databaseUri: env.DATABASE_URI, uploadsDir: env.UPLOADS_DIR, published, fixtures })}\n`,
)
process.exit(0)
