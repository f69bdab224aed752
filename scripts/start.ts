/**
 * `npm start`: the whole product on one machine. Applies migrations, seeds content/ into an
 * empty database, makes sure there is an admin, builds the admin (once; reused while its sources
 * are unchanged) and the public site, then serves the admin and API (CMS_PORT, 3000) and the
 * site (SITE_PORT, 4321). Publishing in the admin rebuilds the site (cms/site-builds/).
 * Ctrl-C stops everything.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

import { getPayload } from 'payload'

import { resolvePayloadSecret } from '../cms/lib/secret'
import { runSiteBuild } from '../cms/site-builds/run-build'
import { currentBuild, siteFolders } from '../cms/site-builds/site-folders'
import { createStaticServer } from './site/static-server'
import { buildAdminIfChanged } from './start/admin-build'
import { ensureAdmin, seedIfEmpty } from './start/prepare-database'

const cmsPort = Number(process.env.CMS_PORT ?? 3000)
const sitePort = Number(process.env.SITE_PORT ?? 4321)
const adminUrl = `http://localhost:${cmsPort}/admin`
const siteUrl = `http://localhost:${sitePort}/`
process.env.SITE_DIR = path.resolve(process.env.SITE_DIR ?? path.join('data', 'site'))
// The CMS runs in production mode; locally its secret is the one kept in data/ (made once).
process.env.PAYLOAD_SECRET ??= resolvePayloadSecret({ ...process.env, NODE_ENV: 'development' })
const folders = siteFolders()!

const step = (title: string) => process.stdout.write(`\n▸ ${title}\n`)
const say = (line: string) => process.stdout.write(`  ${line}\n`)

/** The CMS process, once started (stop() may run before that). */
const running: { cms?: ChildProcess } = {}
let stopping = false
const site = createStaticServer(folders.current)

/** Stops the CMS and everything it started (its process group, builds included), then exits. */
function stop(code = 0): void {
  if (stopping) return
  stopping = true
  process.stdout.write('\nStopping…\n')
  site.close()
  const cms = running.cms
  if (cms?.pid) {
    try {
      process.kill(-cms.pid, 'SIGTERM')
    } catch {
      // already gone
    }
    const force = setTimeout(() => {
      try {
        process.kill(-cms.pid!, 'SIGKILL')
      } catch {
        // gone
      }
      process.exit(code)
    }, 5000)
    force.unref()
    cms.on('exit', () => process.exit(code))
  } else process.exit(code)
}
process.on('SIGINT', () => stop(0))
process.on('SIGTERM', () => stop(0))

step('Database')
{
  const { default: config } = await import('../cms/payload.config')
  const payload = await getPayload({ config })
  say(`Migrations applied (${payload.db.name}).`)
  await seedIfEmpty(payload)
  await ensureAdmin(payload, adminUrl)
  await payload.destroy()
}

step('Admin')
await buildAdminIfChanged(say).catch((error: Error) => {
  process.stderr.write(`✖ The admin build failed (${error.message}); see its output above.\n`)
  process.exit(1)
})

step('Public site')
if (currentBuild(folders))
  say(`Serving the last build (${path.relative(process.cwd(), currentBuild(folders)!)}).`)
else {
  say('Building the site and its search index…')
  const outcome = await runSiteBuild(folders, (line) => say(`  ${line}`))
  if (!outcome.ok) {
    process.stderr.write(`✖ The site build failed:\n${outcome.log}\n`)
    process.exit(1)
  }
}
await new Promise<void>((resolve) => site.listen(sitePort, resolve))

step('CMS')
const cms = spawn(
  path.resolve('node_modules', '.bin', 'next'),
  ['start', 'cms', '--port', String(cmsPort)],
  {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      // This CMS rebuilds the site in SITE_DIR when content is published, and runs scheduled jobs.
      SXSH_RUN_JOBS: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so that stopping it also stops the builds it started.
    detached: true,
  },
)
const relay = (chunk: Buffer) =>
  chunk
    .toString('utf8')
    .split('\n')
    .filter((line) => line.trim())
    .forEach((line) => say(line))
running.cms = cms
cms.stdout!.on('data', relay)
cms.stderr!.on('data', relay)
cms.on('exit', (code) => {
  if (!stopping) {
    process.stderr.write(`✖ The CMS stopped (exit ${code}).\n`)
    stop(1)
  }
})

// Ready when the admin answers.
for (let attempt = 0; attempt < 120 && !stopping; attempt++) {
  const ok = await fetch(`http://127.0.0.1:${cmsPort}/api/users/me`).then(
    (response) => response.status < 500,
    () => false,
  )
  if (ok) break
  await new Promise((resolve) => setTimeout(resolve, 500))
}
process.stdout.write(
  `\n✓ Ready.\n  Site:  ${siteUrl}\n  Admin: ${adminUrl}\n  Ctrl-C stops both.\n`,
)
