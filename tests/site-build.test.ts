import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import { unzipSync } from 'fflate'
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { DRAFT_MARKERS, HOSTILE_TEXT } from './helpers/site-fixtures'
import {
  attributes,
  hreflangs,
  htmlPages,
  ids,
  resolveOutput,
  textFiles,
} from './helpers/built-site'

const site = inject('site')
let pages: Map<string, string>

beforeAll(() => {
  pages = htmlPages(site.outDir)
})

const SECTION: Record<string, string> = {
  guides: 'guides',
  'case-studies': 'case-studies',
  curricula: 'curricula',
  'legal-documents': 'legal',
  sectors: 'sectors',
}

describe('the built site', () => {
  it('has a page per published document in each locale', () => {
    for (const [collection, slugs] of Object.entries(site.published)) {
      expect(slugs.length, collection).toBeGreaterThan(0)
      for (const slug of slugs) {
        expect(pages.has(`/${SECTION[collection]}/${slug}/`), `vi ${collection} ${slug}`).toBe(true)
        expect(pages.has(`/en/${SECTION[collection]}/${slug}/`), `en ${collection} ${slug}`).toBe(
          true,
        )
      }
    }
  })

  it('has the home, list, search, glossary, 404 and hand-written pages in both locales', () => {
    for (const path of [
      '/',
      '/guides/',
      '/case-studies/',
      '/curricula/',
      '/legal/',
      '/sectors/',
      '/search/',
      '/glossary/',
    ]) {
      expect(pages.has(path), path).toBe(true)
      expect(pages.has(`/en${path}`), `/en${path}`).toBe(true)
    }
    expect(pages.has('/404.html')).toBe(true)
    expect(pages.has('/gioi-thieu/') && pages.has('/en/about/')).toBe(true)
    expect(pages.has('/ke-hoach-hanh-dong/') && pages.has('/en/action-plan/')).toBe(true)
  })

  it('has no page for a draft and no draft text anywhere in the output', () => {
    expect(pages.has(`/guides/${site.fixtures.draftOnlySlug}/`)).toBe(false)
    for (const [file, text] of textFiles(site.outDir)) {
      for (const marker of Object.values(DRAFT_MARKERS)) {
        expect(text.includes(marker), `${marker} in ${file}`).toBe(false)
      }
    }
    // The published version of the revised guide is what the site shows.
    expect(pages.get(`/guides/${site.fixtures.revisedSlug}/`)).toBeDefined()
  })

  it('shows hostile text as text and drops unsafe or unpublished links', () => {
    const html = pages.get(`/guides/${site.fixtures.rasterGuideSlug}/`)!
    expect(html).not.toContain(HOSTILE_TEXT)
    expect(html).toContain('&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;')
    expect(html).not.toMatch(/href="javascript:/i)
    expect(html).toContain('liên kết độc hại')
    expect(html).not.toContain(`/guides/${site.fixtures.draftOnlySlug}/`)
    expect(html).toMatch(/<a href="\/case-studies\/[a-z0-9-]+\/">một điển hình<\/a>/)
  })

  it('resolves every internal link and anchor', () => {
    const broken: string[] = []
    for (const [page, html] of pages) {
      const urls = [
        ...attributes(html, 'a', 'href'),
        ...attributes(html, 'link', 'href'),
        ...attributes(html, 'img', 'src'),
        ...attributes(html, 'script', 'src'),
        ...attributes(html, 'source', 'srcset').flatMap((set) =>
          set.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!),
        ),
      ]
      for (const raw of urls) {
        const url = new URL(raw, `http://localhost:4321${page}`)
        if (url.host !== 'localhost:4321') continue
        const file = resolveOutput(site.outDir, url.pathname)
        if (!file) {
          broken.push(`${page} → ${raw}`)
          continue
        }
        if (url.hash && file.endsWith('.html')) {
          const target = readFileSync(file, 'utf8')
          if (!ids(target).includes(decodeURIComponent(url.hash.slice(1)))) {
            broken.push(`${page} → ${raw} (no such anchor)`)
          }
        }
      }
    }
    expect(broken).toEqual([])
  })

  it('has unique element ids on every page', () => {
    for (const [page, html] of pages) {
      const all = ids(html)
      expect(
        all.filter((id, i) => all.indexOf(id) !== i),
        page,
      ).toEqual([])
    }
  })

  it('pairs hreflang alternates symmetrically', () => {
    let pairs = 0
    for (const [page, html] of pages) {
      const alternates = hreflangs(html)
      if (alternates.size === 0) continue
      const own = page.startsWith('/en/') ? 'en' : 'vi'
      expect(alternates.get(own), page).toBe(page)
      for (const [lang, target] of alternates) {
        if (lang === 'x-default' || lang === own) continue
        const back = pages.get(target)
        expect(back, `${page} → ${target}`).toBeDefined()
        expect(hreflangs(back!).get(own), `${target} back to ${page}`).toBe(page)
        pairs++
      }
    }
    expect(pairs).toBeGreaterThan(100)
  })

  it('gives every page a language, a title, a description and a canonical URL', () => {
    for (const [page, html] of pages) {
      expect(html, page).toMatch(/<html lang="(vi|en)"/)
      expect(html, page).toMatch(/<title>[^<]+<\/title>/)
      expect(html, page).toMatch(/<meta name="description" content="[^"]+"/)
      // Pages that are not content (404, offline) say noindex instead of naming a canonical URL.
      if (!html.includes('<meta name="robots" content="noindex">'))
        expect(html, page).toMatch(/<link rel="canonical" href="[^"]+"/)
      else expect(['/404.html', '/offline/', '/en/offline/']).toContain(page)
    }
  })

  it('marks document pages with structured data of the right type', () => {
    const type = (p: string) => /"@type":"(\w+)"/.exec(pages.get(p)!)?.[1]
    expect(type(`/legal/${site.published['legal-documents']![0]}/`)).toBe('Legislation')
    expect(type(`/curricula/${site.published.curricula![0]}/`)).toBe('Course')
    expect(type(`/guides/${site.published.guides![1]}/`)).toBe('Article')
    expect(type(`/case-studies/${site.published['case-studies']![0]}/`)).toBe('Article')
  })

  it('publishes a sitemap with language alternates, robots.txt and an RSS feed per locale', () => {
    const sitemap = readFileSync(path.join(site.outDir, 'sitemap.xml'), 'utf8')
    expect(sitemap).toContain('xmlns:xhtml')
    for (const slug of site.published.guides!) expect(sitemap).toContain(`/en/guides/${slug}/`)
    expect(readFileSync(path.join(site.outDir, 'robots.txt'), 'utf8')).toMatch(
      /Sitemap: .*\/sitemap\.xml/,
    )
    const rssVi = readFileSync(path.join(site.outDir, 'rss.xml'), 'utf8')
    const rssEn = readFileSync(path.join(site.outDir, 'en', 'rss.xml'), 'utf8')
    expect(rssVi).toContain('<language>vi</language>')
    expect(rssEn).toContain('<language>en</language>')
    expect((rssVi.match(/<item>/g) ?? []).length).toBeGreaterThan(10)
  })
})

describe('downloads', () => {
  it("offers each curriculum's materials one by one with format, language and size, and as a ZIP", () => {
    for (const slug of site.published.curricula!) {
      const html = pages.get(`/curricula/${slug}/`)!
      const zipHref = attributes(html, 'a', 'href').find((href) => href.endsWith('.zip'))!
      expect(zipHref, slug).toBe(`/downloads/${slug}-materials.zip`)
      const archive = unzipSync(readFileSync(path.join(site.outDir, zipHref)))
      const files = attributes(html, 'a', 'href').filter((href) => href.startsWith('/files/'))
      expect(files.length, slug).toBeGreaterThan(0)
      for (const file of files) {
        const name = decodeURIComponent(file.slice('/files/'.length))
        expect(Object.keys(archive), slug).toContain(name)
        expect(archive[name]!.byteLength).toBe(
          readFileSync(path.join(site.outDir, 'files', name)).byteLength,
        )
      }
      // "PDF · Tiếng Việt · 47 kB": format, language and size before the click.
      expect(html).toMatch(
        /class="file-meta">(PDF|XLSX) · (Tiếng Việt|Tiếng Anh|Việt – Anh) · [\d,]+ (kB|MB|B)</,
      )
      expect(html).toMatch(/Tải tất cả tài liệu \(ZIP, [\d,]+ kB\)/)
    }
  })
})

describe('pages for slow connections', () => {
  const KB = 1024
  const inlineCss = (html: string) =>
    [...html.matchAll(/<style>(.*?)<\/style>/gs)].map((m) => m[1]).join('')

  it('fit the first response: HTML with its critical CSS at most 12 KB gzip', () => {
    const over = [...pages]
      .map(([page, html]) => [page, gzipSync(html, { level: 9 }).byteLength] as const)
      .filter(([, bytes]) => bytes > 12 * KB)
    expect(over).toEqual([])
  })

  it('inline a small critical stylesheet and block rendering on nothing', () => {
    for (const [page, html] of pages) {
      expect(gzipSync(inlineCss(html)).byteLength, page).toBeLessThan(3 * KB)
      const head = /<head>(.*?)<\/head>/s.exec(html)![1]!
      expect(head, page).not.toMatch(/<link[^>]*rel="stylesheet"/)
      expect(head, page).not.toMatch(
        /<script(?![^>]*type="(module|application\/ld\+json)")[^>]*src=/,
      )
    }
  })

  it('use no web fonts', () => {
    for (const [file, text] of textFiles(site.outDir)) {
      if (file.startsWith('pagefind')) continue
      expect(text, file).not.toContain('@font-face')
    }
  })

  it('serve raster images as AVIF and WebP at phone widths with their size set', () => {
    const html = pages.get(`/guides/${site.fixtures.rasterGuideSlug}/`)!
    const picture = /<picture>.*?<\/picture>/s.exec(html)![0]
    expect(picture).toContain('type="image/avif"')
    expect(picture).toContain('type="image/webp"')
    const widths = [...picture.matchAll(/ (\d+)w/g)].map((m) => Number(m[1]))
    expect(Math.max(...widths)).toBeLessThanOrEqual(720)
    expect(picture).toMatch(/<img [^>]*width="720" height="450"[^>]*loading="lazy"/)
    for (const src of attributes(picture, 'source', 'srcset').flatMap((s) => s.split(', '))) {
      const file = path.join(site.outDir, src.split(' ')[0]!)
      expect(readFileSync(file).byteLength).toBeLessThanOrEqual(40 * KB)
    }
  })
})
