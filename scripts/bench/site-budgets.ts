/**
 * The public site's budgets for slow connections, measured on a built site: per page type the
 * HTML (with its inline critical CSS) and everything but images, gzip and brotli; render-blocking
 * requests; fonts; images; the bytes of a first search; and, when asked, Lighthouse runs.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { checkImages } from './images'
import { runLighthouse } from './lighthouse'
import { pageType, type PageType } from './page-types'
import { pageWeight, type PageWeight } from './page-weight'
import { kb, mark, table } from './report'
import { measureSearchTransfer } from './search-transfer'

const KB = 1024
export const BUDGET = {
  htmlGzip: 12 * KB,
  totalGzip: 25 * KB,
  searchBytes: 120 * KB,
  searchDocuments: 1000,
  lcpMs: 2000,
}

export interface BudgetOptions {
  /** Also run Lighthouse on four page types (needs Chromium). */
  lighthouse?: boolean
  /** The first-search budget in bytes (120 KB at 1,000 documents, 190 KB at 10,000). */
  searchBudget?: number
  /** Where the tables go. */
  say?: (text?: string) => void
}

export type SiteBudgets = Awaited<ReturnType<typeof measureSiteBudgets>>

/** Measures the built site in `siteDir`, prints the tables, and returns every figure. */
export async function measureSiteBudgets(siteDir: string, options: BudgetOptions = {}) {
  const say = options.say ?? ((text = '') => process.stdout.write(`${text}\n`))
  const searchBudget = options.searchBudget ?? BUDGET.searchBytes
  const pages = new Map<string, string>()
  for (const entry of readdirSync(siteDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue
    const relative = path
      .relative(siteDir, path.join(entry.parentPath, entry.name))
      .split(path.sep)
      .join('/')
    if (relative.startsWith('pagefind/')) continue
    const url = '/' + relative.replace(/(^|\/)index\.html$/, '$1')
    pages.set(url, readFileSync(path.join(siteDir, relative), 'utf8'))
  }

  const weights = [...pages].map(([url, html]) => pageWeight(siteDir, url, html))
  const byType = new Map<PageType, PageWeight[]>()
  for (const weight of weights) {
    const type = pageType(weight.url)
    byType.set(type, [...(byType.get(type) ?? []), weight])
  }
  const worst = (list: PageWeight[], key: keyof PageWeight) =>
    list.reduce((a, b) => ((b[key] as number) > (a[key] as number) ? b : a))

  const typeRows = [...byType].map(([type, list]) => {
    const overHtml = list.filter((w) => w.htmlGzip > BUDGET.htmlGzip).length
    const overTotal = list.filter((w) => w.totalGzip > BUDGET.totalGzip).length
    return {
      type,
      pages: list.length,
      worstHtmlGzip: worst(list, 'htmlGzip').htmlGzip,
      worstHtmlBrotli: worst(list, 'htmlBrotli').htmlBrotli,
      worstHtmlPage: worst(list, 'htmlGzip').url,
      criticalCssGzip: worst(list, 'criticalCssGzip').criticalCssGzip,
      worstTotalGzip: worst(list, 'totalGzip').totalGzip,
      overHtmlBudget: overHtml,
      overTotalBudget: overTotal,
    }
  })
  const blocking = weights.filter((w) => w.renderBlocking.length > 0)
  const fonts = weights.filter((w) => w.fonts.length > 0)
  const images = checkImages(siteDir, pages)
  // A search runs as the reader types, so the first query is usually one word; a longer query
  // downloads one more index chunk per word and is reported alongside.
  const search = await measureSearchTransfer(siteDir, 'dien')
  const longSearch = await measureSearchTransfer(siteDir, 'tiet kiem dien nang')
  const documentPages = weights.filter((w) =>
    ['guide', 'case study', 'curriculum', 'legal document', 'sector'].includes(pageType(w.url)),
  ).length

  say(`Site budgets for slow connections — ${siteDir} (${pages.size} pages)\n`)
  say(
    table(
      ['page type', 'pages', 'HTML gzip', 'HTML br', 'crit. CSS', 'all but images', 'over', 'ok'],
      typeRows.map((r) => [
        r.type,
        r.pages,
        kb(r.worstHtmlGzip),
        kb(r.worstHtmlBrotli),
        kb(r.criticalCssGzip),
        kb(r.worstTotalGzip),
        r.overHtmlBudget + r.overTotalBudget,
        mark(r.overHtmlBudget + r.overTotalBudget === 0),
      ]),
    ),
  )
  say(
    `(worst page of each type; budgets: HTML with critical CSS ≤ 12 KB gzip, all but images ≤ 25 KB gzip)`,
  )
  say()
  say(
    `${mark(blocking.length === 0)} render-blocking requests: ${blocking.length ? blocking.map((w) => `${w.url} ${w.renderBlocking.join(' ')}`).join('; ') : 'none'}`,
  )
  say(
    `${mark(fonts.length === 0)} web fonts: ${fonts.length ? fonts.map((w) => w.url).join(', ') : 'none'}`,
  )
  say(
    `${mark(images.issues.length === 0)} images: ${images.images} on the pages, ${images.largestPhoneVariant ? `largest phone-width raster variant ${kb(images.largestPhoneVariant)} (≤ 40 KB)` : 'no raster images (vector diagrams only)'}${
      images.issues.length
        ? `; ${images.issues.length} issues, e.g. ${images.issues
            .slice(0, 3)
            .map((i) => `${i.url} ${i.image}: ${i.problem}`)
            .join('; ')}`
        : ''
    }`,
  )
  say(
    `  a four-word first query ("${longSearch.query}"): ${kb(longSearch.bytes)} in ${longSearch.files.length} files`,
  )
  say(
    `${mark(search.bytes <= searchBudget)} first search ("${search.query}", ${search.results} results): ${kb(search.bytes)} transferred in ${search.files.length} files, on a site of ${documentPages} document pages (budget ${kb(searchBudget)})`,
  )

  let lighthouseRuns: Awaited<ReturnType<typeof runLighthouse>> | undefined
  if (options.lighthouse) {
    const first = (type: PageType) =>
      weights.find((w) => pageType(w.url) === type && !w.url.startsWith('/en/'))?.url
    const targets = [
      { label: 'home', path: '/' },
      { label: 'guide', path: first('guide') },
      { label: 'case study', path: first('case study') },
      { label: 'legal document', path: first('legal document') },
    ].filter((t): t is { label: string; path: string } => t.path !== undefined)
    lighthouseRuns = await runLighthouse(siteDir, targets)
    say()
    if (typeof lighthouseRuns === 'string') say(`Lighthouse skipped: ${lighthouseRuns}`)
    else {
      say('Lighthouse, 400 ms RTT / 400 Kbps / 4× CPU, mobile:')
      say(
        table(
          ['page', 'LCP', 'FCP', 'transfer', 'score', 'ok'],
          lighthouseRuns.map((r) => [
            `${r.label} ${r.url}`,
            `${r.lcpMs} ms`,
            `${r.fcpMs} ms`,
            kb(r.transferBytes),
            r.score,
            mark(r.lcpMs <= BUDGET.lcpMs),
          ]),
        ),
      )
    }
  }

  return {
    measuredAt: new Date().toISOString(),
    siteDir,
    pages: pages.size,
    budgets: BUDGET,
    pageTypes: typeRows,
    renderBlocking: blocking.map((w) => ({ url: w.url, requests: w.renderBlocking })),
    fonts: fonts.map((w) => ({ url: w.url, fonts: w.fonts })),
    images,
    search,
    longSearch,
    lighthouse: lighthouseRuns,
    perPage: weights,
  }
}
