import { describe, expect, inject, it } from 'vitest'

import { browserOnSite } from './helpers/browser'

const site = inject('site')
const served = browserOnSite(site.outDir)

const isSearchAsset = (url: string) =>
  url.includes('/pagefind/') || url.includes('/scripts/search.')

describe('in a browser', () => {
  it('searches from the home page, loading nothing for search before the reader shows intent', async () => {
    const page = await served.browser.newPage()
    const requested: string[] = []
    page.on('request', (request) => requested.push(request.url()))
    await page.goto(`${served.origin}/`, { waitUntil: 'networkidle' })
    expect(requested.filter(isSearchAsset)).toEqual([])

    const box = page.locator('#home-q')
    await box.focus()
    await box.pressSequentially('tiet kiem dien')
    const results = page.locator('.search-page .results a')
    await results.first().waitFor()
    expect(requested.filter(isSearchAsset).length).toBeGreaterThan(0)
    expect(await page.locator('.search-page [data-search-panel]').textContent()).toMatch(
      /kết quả cho “tiet kiem dien”/,
    )
    // Titles come back with their đ.
    expect((await results.allTextContents()).join(' ')).toMatch(/điện|điều|đ/)
    await page.close()
  })

  it('narrows search results with a filter', async () => {
    const page = await served.browser.newPage()
    const requested: string[] = []
    page.on('request', (request) => requested.push(new URL(request.url()).pathname))
    await page.goto(`${served.origin}/search/?q=san+xuat+sach+hon`)
    const panel = page.locator('[data-search-page] [data-search-panel]')
    await panel.locator('.results a').first().waitFor()
    // A first search loads the index of the page's language only, and no counts per filter.
    const index = requested.filter((path) => path.startsWith('/pagefind/'))
    expect(index.length).toBeGreaterThan(0)
    expect(index.filter((path) => !path.startsWith('/pagefind/vi/'))).toEqual([])
    expect(index.filter((path) => path.endsWith('.pf_filter'))).toEqual([])
    // Pagefind runs in the page: its web worker would be one more script to download.
    expect(index.filter((path) => path.endsWith('pagefind-worker.js'))).toEqual([])
    const before = await panel.locator('.results a').count()
    await panel.getByRole('button', { name: 'Lọc kết quả' }).click()
    await panel.getByRole('checkbox', { name: /^Hướng dẫn \(\d+\)$/ }).check()
    await expect
      .poll(async () => {
        const hrefs = await panel
          .locator('.results a')
          .evaluateAll((links) => links.map((a) => a.getAttribute('href')))
        return hrefs.length > 0 && hrefs.every((href) => href!.includes('/guides/'))
      })
      .toBe(true)
    expect(await panel.locator('.results a').count()).toBeLessThanOrEqual(before)
    await page.close()
  })

  it('widens a search to the other language on request', async () => {
    const page = await served.browser.newPage()
    await page.goto(`${served.origin}/search/?q=cashew+processing`)
    const panel = page.locator('[data-search-page] [data-search-panel]')
    const english = panel.getByRole('checkbox', { name: /^English/ })
    await english.waitFor()
    expect(await english.isChecked()).toBe(false)
    const hrefs = () =>
      panel.locator('.results a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))
    expect((await hrefs()).filter((href) => href!.startsWith('/en/'))).toEqual([])
    await english.check()
    await expect
      .poll(async () => (await hrefs()).some((href) => href!.startsWith('/en/')))
      .toBe(true)
    await page.close()
  })

  it('switches language on a document page and stays on the same document', async () => {
    const page = await served.browser.newPage()
    const slug = site.published['case-studies']![0]!
    await page.goto(`${served.origin}/case-studies/${slug}/`)
    await page.getByRole('link', { name: 'English', exact: true }).click()
    await page.waitForURL(`${served.origin}/en/case-studies/${slug}/`)
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    await page.getByRole('link', { name: 'Tiếng Việt', exact: true }).click()
    await page.waitForURL(`${served.origin}/case-studies/${slug}/`)
    await page.close()
  })

  it('filters and sorts the case studies list', async () => {
    const page = await served.browser.newPage()
    await page.goto(`${served.origin}/case-studies/`)
    const cards = page.locator('[data-items] > li:not([hidden])')
    const total = await cards.count()
    await page.selectOption('select[name="sector"]', 'che-bien-hat-dieu')
    await expect.poll(() => cards.count()).toBeLessThan(total)
    expect(page.url()).toContain('sector=che-bien-hat-dieu')
    await page.selectOption('select[name="sector"]', '')
    await page.selectOption('select[name="sort"]', 'payback:asc')
    const paybacks = await cards.evaluateAll((items) =>
      items.map((li) => Number(li.getAttribute('data-payback'))),
    )
    expect(paybacks).toEqual([...paybacks].sort((a, b) => a - b))
    await page.close()
  })

  it('prints a guide without the site chrome', async () => {
    const page = await served.browser.newPage()
    await page.goto(`${served.origin}/guides/${site.published.guides![1]}/`)
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('header .top').isVisible()).toBe(false)
    expect(await page.locator('footer').isVisible()).toBe(false)
    expect(await page.locator('article h1').isVisible()).toBe(true)
    const pdf = await page.pdf({ format: 'A4' })
    expect(pdf.byteLength).toBeGreaterThan(10_000)
    await page.close()
  })

  it('is readable and navigable with JavaScript turned off', async () => {
    const context = await served.browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${served.origin}/`)
    await page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Điển hình' })
      .click()
    await page.waitForURL(`${served.origin}/case-studies/`)
    // Every item shows; the filter form (which needs JavaScript) stays hidden.
    expect(await page.locator('[data-items] > li:visible').count()).toBe(
      site.published['case-studies']!.length,
    )
    expect(await page.locator('form.filters').isVisible()).toBe(false)
    await page.locator('[data-items] a').first().click()
    await expect.poll(() => page.locator('table').count()).toBeGreaterThan(0)
    // Without JavaScript the search form submits to the search page, which says how to browse instead.
    await page.locator('#q').fill('dien')
    await page.locator('#q').press('Enter')
    await page.waitForURL(/\/search\/\?q=dien/)
    expect(await page.locator('main p', { hasText: 'Tìm kiếm cần JavaScript' }).isVisible()).toBe(
      true,
    )
    await context.close()
  })
})
