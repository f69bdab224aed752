/**
 * `npm run bench`: the scale benchmark. Generates a corpus of 1,000 documents (`--10k` or
 * `--documents <n>` for more) and measures it through the real pipeline on a temporary database:
 * seed, build (render, index, compress), peak memory, output and index size, the page budgets for
 * slow connections, the first search, and publish → served. A report, not a test: it prints the
 * tables and writes every figure to bench/scale-<n>-latest.json (git-ignored).
 *
 * `--site <dir>` measures the budgets of an already built site instead; `--lighthouse` adds
 * Lighthouse runs (needs Chromium); `--keep` keeps the temporary database, corpus and builds;
 * `--reuse <dir>` builds and measures again from a database kept that way (same `--documents`).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { kb, mark, table } from './bench/report'
import { runScale, type ScaleReport } from './bench/scale'
import { measureSiteBudgets } from './bench/site-budgets'

const { values } = parseArgs({
  options: {
    documents: { type: 'string' },
    '10k': { type: 'boolean', default: false },
    site: { type: 'string' },
    lighthouse: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    reuse: { type: 'string' },
  },
})
const say = (text = '') => process.stdout.write(`${text}\n`)
const stamp = () => new Date().toISOString().replace(/[:.]/g, '-')
const write = (name: string, report: unknown) => {
  mkdirSync('bench', { recursive: true })
  const json = JSON.stringify(report, null, 2)
  writeFileSync(path.join('bench', `${name}-${stamp()}.json`), json)
  writeFileSync(path.join('bench', `${name}-latest.json`), json)
  say(`\nFigures written to bench/${name}-latest.json`)
}

if (values.site) {
  const siteDir = path.resolve(values.site)
  if (!existsSync(path.join(siteDir, 'index.html'))) {
    process.stderr.write(`✖ No built site in ${siteDir}: run \`npm run build\` first.\n`)
    process.exit(1)
  }
  write('site-budgets', await measureSiteBudgets(siteDir, { lighthouse: values.lighthouse }))
  process.exit(0)
}

const documents = values['10k'] ? 10_000 : Number(values.documents ?? 1000)
if (!Number.isInteger(documents) || documents < 100) {
  process.stderr.write('✖ --documents must be a whole number of at least 100.\n')
  process.exit(1)
}

/** The goals of the scale issue, stated for 10,000 documents on a 2-core machine. */
const GOALS = { buildSeconds: 60, peakRssBytes: 2.5 * 1024 ** 3, publishSeconds: 35 }
const report = await runScale({
  documents,
  lighthouse: values.lighthouse,
  keep: values.keep,
  reuse: values.reuse,
  say,
})
const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GB`
const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MB`
const s = (seconds: number) => `${seconds.toFixed(1)} s`
const phase = (name: string) => s(report.build.phases[name] ?? 0)
const at10k = documents >= 10_000

say(`\nScale: ${documents} documents (${report.corpus.translated} generated ones also in English)`)
say(
  table(
    ['measure', 'value', 'goal (10,000 docs)', 'ok'],
    [
      ['seed (npm run seed)', report.seed ? s(report.seed.seconds) : 'not in this run', '', ''],
      ['seed peak memory', report.seed ? gb(report.seed.peakRssBytes) : 'not in this run', '', ''],
      [
        'build + index',
        s(report.build.seconds),
        `≤ ${GOALS.buildSeconds} s`,
        at10k ? mark(report.build.seconds <= GOALS.buildSeconds) : '',
      ],
      ['  render (incl. content sync)', phase('render'), '', ''],
      ['  Pagefind index', phase('index'), '', ''],
      ['  compress (gzip, brotli)', phase('compress'), '', ''],
      ['pages', report.build.pages, '', ''],
      ['pages per second (render)', report.build.pagesPerSecond.toFixed(0), '', ''],
      [
        'build peak memory (process tree)',
        gb(report.build.peakRssBytes),
        `≤ ${gb(GOALS.peakRssBytes)}`,
        at10k ? mark(report.build.peakRssBytes <= GOALS.peakRssBytes) : '',
      ],
      ['output', `${mb(report.output.bytes)} in ${report.output.files} files`, '', ''],
      [
        'search index',
        `${mb(report.output.searchIndex.bytes)} in ${report.output.searchIndex.files} files`,
        '',
        '',
      ],
      [
        'first search ("dien")',
        kb(report.budgets.search.bytes),
        '≤ 190 KB',
        at10k ? mark(report.budgets.search.bytes <= 190 * 1024) : '',
      ],
      ...(report.publish
        ? [
            [
              'publish → served',
              s(report.publish.servedSeconds),
              `≤ ${GOALS.publishSeconds} s`,
              at10k ? mark(report.publish.servedSeconds <= GOALS.publishSeconds) : '',
            ],
            [`  quiet period`, s(report.publish.quietSeconds), '', ''],
            [`  render`, s(report.publish.phases.render ?? 0), '', ''],
            [`  index`, s(report.publish.phases.index ?? 0), '', ''],
            [`  other (copy, compress)`, s(otherPublishSeconds(report.publish)), '', ''],
            [
              '  pages changed',
              `${report.publish.pagesChanged} of ${report.publish.pagesTotal}`,
              '',
              '',
            ],
          ]
        : []),
    ],
  ),
)
if (report.failures.length) say(`\n✗ ${report.failures.join('; ')}`)

// Growth against every other size measured here: the cost per document should not rise.
for (const name of existsSync('bench') ? readdirSync('bench') : []) {
  const match = /^scale-(\d+)-latest\.json$/.exec(name)
  if (!match || Number(match[1]) === documents) continue
  const previous = JSON.parse(readFileSync(path.join('bench', name), 'utf8')) as ScaleReport
  const [small, large] = documents < previous.documents ? [report, previous] : [previous, report]
  const ratio = large.documents / small.documents
  const growth = (a: number, b: number) => `${(b / a).toFixed(1)}× (linear: ${ratio.toFixed(1)}×)`
  say(`\nFrom ${small.documents} to ${large.documents} documents:`)
  say(`  build time ${growth(small.build.seconds, large.build.seconds)}`)
  say(`  peak memory ${growth(small.build.peakRssBytes, large.build.peakRssBytes)}`)
  say(`  output ${growth(small.output.bytes, large.output.bytes)}`)
  if (small.seed && large.seed) say(`  seed ${growth(small.seed.seconds, large.seed.seconds)}`)
  if (small.publish && large.publish)
    say(`  publish → served ${growth(small.publish.servedSeconds, large.publish.servedSeconds)}`)
}
write(`scale-${documents}`, { measuredAt: new Date().toISOString(), goals: GOALS, ...report })
process.exit(report.failures.length ? 1 : 0)

function otherPublishSeconds(publish: NonNullable<ScaleReport['publish']>) {
  const { render = 0, index = 0 } = publish.phases
  return Math.max(0, publish.servedSeconds - publish.quietSeconds - render - index)
}
