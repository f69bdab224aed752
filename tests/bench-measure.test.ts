import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { checkImages } from '../scripts/bench/images'
import { pageType } from '../scripts/bench/page-types'
import { gzipBytes, pageAssets, pageWeight, renderBlocking } from '../scripts/bench/page-weight'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'sxsh-bench-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('page types', () => {
  it('classifies URLs of both locales', () => {
    expect(pageType('/')).toBe('home')
    expect(pageType('/en/')).toBe('home')
    expect(pageType('/guides/')).toBe('list')
    expect(pageType('/en/guides/x/2/')).toBe('guide')
    expect(pageType('/curricula/x/')).toBe('curriculum')
    expect(pageType('/curricula/x/3/')).toBe('curriculum module')
    expect(pageType('/legal/2618-qd-ubnd/')).toBe('legal document')
    expect(pageType('/gioi-thieu/')).toBe('page')
    expect(pageType('/404.html')).toBe('404')
  })
})

describe('page weight', () => {
  it('finds render-blocking stylesheets and classic scripts in <head> only', () => {
    const html = `<html><head>
      <link rel="stylesheet" href="/a.css"><link href="/p.css" rel="stylesheet" media="print">
      <script src="/b.js"></script><script type="module" src="/c.js"></script><script defer src="/d.js"></script>
      </head><body><link rel="stylesheet" href="/late.css"></body></html>`
    expect(renderBlocking(html)).toEqual(['/a.css', '/b.js'])
    expect(pageAssets(html)).toEqual(['/a.css', '/p.css', '/late.css', '/b.js', '/c.js', '/d.js'])
  })

  it('adds what a page loads by itself to its HTML, and spots web fonts', () => {
    writeFileSync(
      path.join(dir, 'site.css'),
      '@font-face{font-family:x;src:url(/x.woff2)} body{color:red}',
    )
    const html =
      '<html><head><style>p{margin:0}</style></head><body><p>Xin chào</p><link rel="stylesheet" href="/site.css"></body></html>'
    const weight = pageWeight(dir, '/', html)
    expect(weight.htmlGzip).toBe(gzipBytes(html))
    expect(weight.criticalCssGzip).toBe(gzipBytes('p{margin:0}'))
    expect(weight.totalGzip).toBeGreaterThan(weight.htmlGzip)
    expect(weight.fonts).toEqual(['/site.css'])
  })
})

describe('images', () => {
  it('reports missing sizes, eager images below the first and oversized variants', async () => {
    mkdirSync(path.join(dir, 'media'), { recursive: true })
    const noisy = Buffer.alloc(720 * 480 * 3).map(() => Math.floor(Math.random() * 256))
    await sharp(noisy, { raw: { width: 720, height: 480, channels: 3 } })
      .webp({ quality: 100 })
      .toFile(path.join(dir, 'media', 'big-720w.webp'))
    await sharp({ create: { width: 360, height: 240, channels: 3, background: '#080' } })
      .webp()
      .toFile(path.join(dir, 'media', 'small-360w.webp'))
    const html = `<main>
      <img src="/media/a.svg" width="10" height="10">
      <picture><source type="image/webp" srcset="/media/small-360w.webp 360w, /media/big-720w.webp 720w, /media/small-360w.webp 1440w"><img src="/media/big-720w.webp" alt=""></picture>
    </main>`
    const report = checkImages(dir, new Map([['/p/', html]]))
    expect(report.images).toBe(2)
    const problems = report.issues.map((issue) => issue.problem)
    expect(problems).toContain('width or height not set')
    expect(problems).toContain('below the first image but not lazy')
    expect(problems.some((p) => p.includes('more than 720'))).toBe(true)
    expect(problems.some((p) => p.includes('more than 40 KB'))).toBe(true)
    expect(report.largestPhoneVariant).toBeGreaterThan(40 * 1024)
  })
})
