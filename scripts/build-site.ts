/**
 * `npm run build`: the public site from the database as it is — Astro renders the published
 * content into dist/ (SITE_OUT_DIR), then Pagefind indexes it for search.
 */
import { existsSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { pruneHtmlStore } from '../site/content/html-store'
import { ensureBuildHeap } from './site/build-heap'
import { withBuildLock } from './site/build-lock'
import { checkDatabase } from './site/check-database'
import { fullBuildReason, missingPages, recordBuild, sitemapPages } from './site/incremental'
import { indexSearch } from './site/index-search'
import { writeOfflineBundles } from './site/offline-bundles'
import { precompress, reuseCompressedCopies } from './site/precompress'
import { readManifest, renderedPages, urlOfPage } from './site/rendered-pages'

await ensureBuildHeap()
process.env.SXSH_SITE_BUILD = '1'
process.env.ASTRO_TELEMETRY_DISABLED = '1'
// The build reports its own progress; Payload's start-up notices would only be noise here.
process.env.PAYLOAD_LOG_LEVEL ??= 'error'
const started = Date.now()
/** Seconds spent in each phase, printed at the end and written to SITE_TIMINGS_FILE if set. */
const timings: Record<string, number> = {}
let phaseStarted = Date.now()
const phase = (name: string) => {
  timings[name] = (timings[name] ?? 0) + (Date.now() - phaseStarted) / 1000
  phaseStarted = Date.now()
}
const say = (line: string) => process.stdout.write(`${line}\n`)

const check = await checkDatabase().catch((error: Error) => ({
  ok: false as const,
  message: `Cannot read the database: ${error.message.split('\n')[0]}`,
}))
if (!check.ok) {
  process.stderr.write(`✖ ${check.message}\n`)
  process.exit(1)
}
if (check.published === 0) {
  say('! The database has no published content yet: the site will be built with empty lists.')
  say('  Run `npm run seed` to load content/, or publish documents in the admin.')
}

const outDir = path.resolve(process.env.SITE_OUT_DIR ?? 'dist')
const { build } = await import('astro')
const logLevel = process.env.SITE_LOG_LEVEL === 'info' ? 'info' : 'warn'
async function astroBuild(force: boolean) {
  try {
    await withBuildLock(
      () => build({ root: process.cwd(), logLevel, force }),
      (pid) => say(`Waiting for another site build (process ${pid}) to finish…`),
    )
  } catch (error) {
    // Content errors (ContentBoundaryError) already say which document and field to fix.
    process.stderr.write(`✖ The site build failed: ${(error as Error).message}\n`)
    process.exit(1)
  }
}

// A build into a fresh folder (the publishing queue's way, so that the served site switches only
// when a build is complete) follows the previous one: Astro restores unchanged pages from its
// cache and renders only what changed; the compressed copies of unchanged files are reused.
const previousDir = process.env.SITE_PREVIOUS_DIR && path.resolve(process.env.SITE_PREVIOUS_DIR)
const follows =
  previousDir && previousDir !== outDir && existsSync(path.join(previousDir, 'index.html'))
if (follows) {
  say(`Following the previous build (${path.relative(process.cwd(), previousDir)}).`)
  if (!fullBuildReason(previousDir)) recordBuild(outDir)
}
phase('prepare')

const reason = fullBuildReason(outDir)
say(reason ? `Building every page (${reason})…` : 'Building the pages that changed…')
// What the cache recorded of each page before this build, to tell which pages it rendered.
const manifestBefore = readManifest()
// A full build also reads every document again instead of only those whose updatedAt changed.
if (reason) process.env.SXSH_READ_ALL_CONTENT = '1'
await astroBuild(!!reason)
let everyPage = !!reason
let missing = missingPages(outDir)
if (missing.length > 0 && !reason) {
  say(`! ${missing.length} pages were not restored by the incremental build; building every page.`)
  process.env.SXSH_READ_ALL_CONTENT = '1'
  everyPage = true
  await astroBuild(true)
  missing = missingPages(outDir)
}
if (missing.length > 0) {
  process.stderr.write(`✖ The build is missing pages: ${missing.slice(0, 5).join(', ')}\n`)
  process.exit(1)
}
recordBuild(outDir)
// Texts of edited or unpublished documents are no longer used by any page.
pruneHtmlStore()
const builtPages = (sitemapPages(outDir) ?? []).map((page) =>
  path.join(page.replace(/^\//, ''), 'index.html'),
)
const manifestAfter = readManifest()
// After a publish, what the build rendered (the rest was restored as it was) tells which offline
// bundles, search entries and compressed copies need work.
const changes =
  follows && previousDir && !everyPage && manifestBefore && manifestAfter
    ? { previousDir, ...renderedPages(manifestBefore, manifestAfter, builtPages) }
    : undefined
writeOfflineBundles(
  outDir,
  changes && {
    previousDir: changes.previousDir,
    changed: new Set([...changes.changed, ...changes.removed].map(urlOfPage)),
  },
)
if (follows) await reuseCompressedCopies(previousDir, outDir)
phase('render')
say('Indexing for search…')
const { pages: indexed, delta } = await indexSearch(outDir, changes)
const pages = builtPages.length
phase('index')
say('Compressing (gzip, brotli)…')
// Pages the build restored are as they were: their compressed copies need no check.
const rendered = new Set(changes?.changed)
const restored = changes
  ? new Set(
      builtPages
        .filter((page) => !rendered.has(page))
        .map((page) => page.split(path.sep).join('/')),
    )
  : undefined
const { files } = await precompress(outDir, restored)
phase('compress')
timings.total = (Date.now() - started) / 1000
if (process.env.SITE_TIMINGS_FILE)
  writeFileSync(
    process.env.SITE_TIMINGS_FILE,
    JSON.stringify({ ...timings, pages, indexed, delta, compressed: files }),
  )
const seconds = (name: string) => `${name} ${(timings[name] ?? 0).toFixed(1)} s`
say(
  `✓ Site built in ${timings.total.toFixed(1)} s (${['render', 'index', 'compress'].map(seconds).join(', ')}): ${pages} pages, ${indexed} indexed for search${delta === undefined ? '' : ` (${delta} pages updated by a delta index)`}, in ${path.relative(process.cwd(), outDir) || '.'}/`,
)
process.exit(0)
