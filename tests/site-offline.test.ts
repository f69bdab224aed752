import { readFileSync } from 'node:fs'
import path from 'node:path'

import type { BrowserContext, Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'

import { browserOnSite } from './helpers/browser'

const site = inject('site')
const served = browserOnSite(site.outDir)

/** A page in a context whose service worker has installed and controls the page. */
async function controlledPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage()
  await page.goto(`${served.origin}/`)
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
  await page.reload()
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true)
  return page
}

const bundleOf = (pagePath: string) =>
  JSON.parse(
    readFileSync(
      path.join(site.outDir, `offline-bundles${pagePath.replace(/\/$/, '')}.json`),
      'utf8',
    ),
  ) as { page: string; urls: string[]; bytes: number }

describe('reading offline', () => {
  it('keeps visited pages readable offline and shows the offline page for the rest', async () => {
    const context = await served.browser.newContext()
    const page = await controlledPage(context)
    const [guide, other] = site.published.guides!
    await page.goto(`${served.origin}/guides/${guide}/`)
    const title = await page.locator('h1').textContent()

    await context.setOffline(true)
    await page.reload()
    expect(await page.locator('h1').textContent()).toBe(title)
    expect(await page.locator('main p').count()).toBeGreaterThan(0)

    await page.goto(`${served.origin}/guides/${other}/`)
    expect(await page.locator('h1').textContent()).toBe('Bạn đang ngoại tuyến')
    // The offline page lists what is saved, the visited guide among it.
    await expect
      .poll(() => page.locator('[data-offline-list] a').allTextContents())
      .toContain(title!.trim())
    await context.close()
  })

  it('saves a curriculum with its modules and materials, and removes it on request', async () => {
    const context = await served.browser.newContext()
    const page = await controlledPage(context)
    const slug = site.published.curricula![0]!
    const pagePath = `/curricula/${slug}/`
    const bundle = bundleOf(pagePath)
    const modules = bundle.urls.filter((url) => /\/\d+\/$/.test(url))
    const material = bundle.urls.find((url) => url.startsWith('/files/'))
    expect(modules.length).toBeGreaterThan(0)
    expect(material).toBeDefined()

    await page.goto(`${served.origin}${pagePath}`)
    const save = page.locator('[data-save-offline] [data-save]')
    // The size is shown before saving.
    await expect
      .poll(() => save.textContent())
      .toMatch(/Lưu để đọc ngoại tuyến \([\d,.]+ (kB|MB)\)/)
    await save.click()
    const status = page.locator('[data-save-offline] [data-status]')
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toMatch(/^Đã lưu/)

    await context.setOffline(true)
    // A module page that was never visited opens from the saved copy.
    await page.goto(`${served.origin}${modules.at(-1)}`)
    expect(await page.locator('h1').textContent()).not.toBe('Bạn đang ngoại tuyến')
    expect(await page.locator('h1').textContent()).toMatch(/\S/)
    // So does its material.
    const file = await page.evaluate(async (url) => {
      const response = await fetch(url)
      return { ok: response.ok, bytes: (await response.arrayBuffer()).byteLength }
    }, material!)
    expect(file.ok).toBe(true)
    expect(file.bytes).toBeGreaterThan(1000)

    await context.setOffline(false)
    await page.goto(`${served.origin}${pagePath}`)
    await page.locator('[data-save-offline] [data-remove]').click()
    await expect.poll(() => status.textContent()).toBe('Đã xóa bản lưu.')
    expect(await page.evaluate((name) => caches.has(name), `sxsh-saved:${pagePath}`)).toBe(false)
    await context.close()
  })

  it('lists every page, file and image of a sector and its documents, with their size', () => {
    const sector = site.published.sectors![0]!
    const bundle = bundleOf(`/sectors/${sector}/`)
    expect(bundle.urls[0]).toBe(`/sectors/${sector}/`)
    const sectorPage = readFileSync(path.join(site.outDir, 'sectors', sector, 'index.html'), 'utf8')
    for (const [, href] of sectorPage.matchAll(/href="(\/(?:guides|case-studies)\/[^/"]+\/)"/g)) {
      expect(bundle.urls).toContain(href)
    }
    expect(bundle.bytes).toBeGreaterThan(10_000)
  })

  it('leaves a page as it was without the service worker', async () => {
    const context = await served.browser.newContext({ serviceWorkers: 'block' })
    const page = await context.newPage()
    const slug = site.published.curricula![0]!
    await page.goto(`${served.origin}/curricula/${slug}/`, { waitUntil: 'load' })
    expect(await page.locator('[data-save-offline]').isVisible()).toBe(false)
    expect(await page.locator('h1').isVisible()).toBe(true)
    await context.close()
  })
})
