/**
 * Part of `npm run bench` (run by scale.ts, in its own process): the time from an editor
 * publishing one edited document to its new page being served, through the product's own path —
 * the afterChange hook queues a rebuild, the queue waits for its quiet period, builds into a fresh
 * folder following the served one (only changed pages rendered), indexes, compresses and switches. Needs SITE_DIR holding a served build. Prints one JSON line.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { getPayload } from 'payload'

import { currentBuild, siteFolders } from '../../cms/site-builds/site-folders'
import { createStaticServer } from '../site/static-server'

const folders = siteFolders()
if (!folders || !currentBuild(folders)) throw new Error('SITE_DIR must hold a served build')
const timingsFile = path.join(folders.root, 'publish-timings.json')
process.env.SITE_TIMINGS_FILE = timingsFile

const { default: config } = await import('../../cms/payload.config')
const payload = await getPayload({ config })
const server = createStaticServer(folders.current).listen(0, '127.0.0.1')
await new Promise((resolve) => server.once('listening', resolve))
const port = (server.address() as AddressInfo).port

// A guide from the middle of the corpus, as an editor would pick any document.
const { docs, totalDocs } = await payload.find({
  collection: 'guides',
  where: { _status: { equals: 'published' } },
  sort: 'id',
  limit: 1,
  page: 1,
  depth: 0,
  locale: 'vi',
})
const middle = await payload.find({
  collection: 'guides',
  where: { _status: { equals: 'published' } },
  sort: 'id',
  limit: 1,
  page: Math.max(1, Math.floor(totalDocs / 2)),
  depth: 0,
  locale: 'vi',
})
const guide = middle.docs[0] ?? docs[0]
if (!guide) throw new Error('the corpus has no published guide')
const title = `${guide.title} (đã sửa ${new Date().toISOString().slice(11, 19)})`
const url = `http://127.0.0.1:${port}/guides/${guide.slug}/`
const before = currentBuild(folders)

const started = performance.now()
await payload.update({
  collection: 'guides',
  id: guide.id,
  locale: 'vi',
  overrideAccess: true,
  data: { title, _status: 'published' },
})
const escaped = title.replace(/&/g, '&amp;').replace(/</g, '&lt;')
let servedMs: number | undefined
const deadline = started + 15 * 60_000
while (performance.now() < deadline) {
  const body = await fetch(url)
    .then((r) => r.text())
    .catch(() => '')
  if (body.includes(escaped)) {
    servedMs = performance.now() - started
    break
  }
  await new Promise((resolve) => setTimeout(resolve, 200))
}

// What the build changed: HTML pages whose content differs from the build served before.
const after = currentBuild(folders)
let html = 0
let changed = 0
if (after && before) {
  for (const entry of readdirSync(after, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue
    html++
    const file = path.join(entry.parentPath, entry.name)
    const old = path.join(before, path.relative(after, file))
    if (!existsSync(old) || !readFileSync(file).equals(readFileSync(old))) changed++
  }
}
let timings: Record<string, number> = {}
try {
  timings = JSON.parse(readFileSync(timingsFile, 'utf8')) as Record<string, number>
} catch {
  // No build finished.
}
server.close()
process.stdout.write(
  `${JSON.stringify({
    servedMs,
    quietMs: Number(process.env.REBUILD_QUIET_MS ?? 3000),
    switched: before !== after,
    pagesChanged: changed,
    pagesTotal: html,
    build: timings,
  })}\n`,
)
await payload.destroy()
process.exit(servedMs === undefined ? 1 : 0)
