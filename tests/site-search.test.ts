import { beforeAll, describe, expect, inject, it } from 'vitest'

import { DRAFT_MARKERS } from './helpers/site-fixtures'
import { loadPagefind } from './helpers/pagefind-node'

const site = inject('site')
let pagefind: Awaited<ReturnType<typeof loadPagefind>>

beforeAll(async () => {
  pagefind = await loadPagefind(site.outDir)
})

const urls = async (query: string, filters?: Record<string, unknown>) =>
  (await pagefind.search(query, filters)).map((page) => page.url)

describe('search over the built site', () => {
  it('ignores tone marks both ways', async () => {
    const without = await urls('san xuat sach hon')
    const withMarks = await urls('sản xuất sạch hơn')
    expect(without.length).toBeGreaterThan(5)
    expect(new Set(withMarks)).toEqual(new Set(without))
    expect(without).toContain('/guides/huong-dan-danh-gia-sxsh-tai-doanh-nghiep/')
  })

  it('treats đ as d, typed either way', async () => {
    const plain = await urls('dien')
    const stroked = await urls('điện')
    // "Lắp biến tần … giảm 17% điện trên mỗi tấn": the word exists only with đ.
    expect(plain).toContain('/case-studies/cao-su-bien-tan-dong-co/')
    expect(new Set(stroked)).toEqual(new Set(plain))
    expect(await urls('danh gia')).toContain('/guides/huong-dan-danh-gia-sxsh-tai-doanh-nghiep/')
  })

  it('finds quoted phrases typed without tone marks', async () => {
    const found = await pagefind.search('"tiet kiem dien"')
    expect(found.length).toBeGreaterThan(0)
    for (const page of found) {
      expect(page.excerpt.toLowerCase().replace(/<\/?mark>/g, ''), page.url).toContain(
        'tiết kiệm điện',
      )
    }
  })

  it('shows titles, excerpts and filter values with their đ', async () => {
    const [first] = await pagefind.search('hat dieu')
    expect(first).toBeDefined()
    expect(`${first!.title} ${first!.excerpt}`).toContain('điều')
    expect(first!.title).not.toContain('\u0335')
    expect(first!.filters.kind?.[0]).toBeTruthy()
  })

  it('keeps one index per language', async () => {
    // The Vietnamese index holds Vietnamese pages only; English pages have their own.
    for (const url of await urls('san xuat sach hon')) expect(url).not.toMatch(/^\/en\//)
    const english = await (await loadPagefind(site.outDir, 'en')).search('cashew')
    expect(english.length).toBeGreaterThan(0)
    for (const page of english) expect(page.url).toMatch(/^\/en\//)
    expect(await urls('cashew processing')).not.toContain(english[0]!.url)
  })

  it('filters by kind and sector', async () => {
    const guides = await pagefind.search('san xuat', { kind: { any: ['Hướng dẫn'] } })
    expect(guides.length).toBeGreaterThan(0)
    for (const page of guides) expect(page.url).toMatch(/^\/guides\//)

    const cashew = await pagefind.search('san xuat', {
      sector: { any: ['Chế biến hạt điều'.replace(/đ/g, 'd\u0335')] },
    })
    expect(cashew.length).toBeGreaterThan(0)
    for (const page of cashew) expect(page.filters.sector).toContain('Chế biến hạt điều')
  })

  it('indexes only published, translated content', async () => {
    for (const marker of Object.values(DRAFT_MARKERS)) {
      for (const page of await pagefind.search(marker)) {
        expect(page.excerpt.toUpperCase(), page.url).not.toContain(marker)
      }
    }
    // List pages and the chrome are not indexed, so a search never lands on a navigation page.
    for (const url of await urls('san xuat sach hon')) {
      expect(url).not.toMatch(/^\/(en\/)?(guides|case-studies|curricula|legal|sectors)\/$/)
    }
  })
})
