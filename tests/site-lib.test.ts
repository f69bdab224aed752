import { describe, expect, it } from 'vitest'

import { foldQuery, restoreStroke, strokeForIndex } from '../site/lib/d-stroke'
import { excerpt } from '../site/lib/html'
import { formatBytes, formatPercent, formatVnd } from '../site/lib/format'
import { headlineFigures } from '../site/lib/headline-figures'
import { withPartEnds } from '../site/content/part-ends'
import { linkAcrossParts, partEnds, partPath, splitIntoParts } from '../site/lib/parts'
import { currentValidity } from '../site/lib/validity'

const study = (
  name: string,
  investmentVnd: number,
  annualSavingsVnd: number,
  paybackMonths?: number,
  illustrative = false,
) => ({
  enterprise: { name },
  totals: { investmentVnd, annualSavingsVnd, paybackMonths },
  source: { illustrative },
})

describe('card excerpts', () => {
  it('keeps a short text, else whole sentences, else words with an ellipsis', () => {
    expect(excerpt('Ngắn gọn.')).toBe('Ngắn gọn.')
    const long = `Câu thứ nhất về điều. Câu thứ hai ${'rất dài '.repeat(40)}kết thúc.`
    expect(excerpt(long)).toBe('Câu thứ nhất về điều.')
    const oneSentence = `${'từ '.repeat(120)}hết.`
    const cut = excerpt(oneSentence, 50)
    expect(cut.endsWith('…')).toBe(true)
    expect(cut.length).toBeLessThanOrEqual(51)
    expect(cut).not.toMatch(/\s…$/)
  })
})

describe('headline figures', () => {
  it('counts enterprises once and sums and averages the published case studies', () => {
    const figures = headlineFigures([
      study('Công ty A', 100e6, 50e6, 24, true),
      study('công ty a ', 200e6, 100e6, 24),
      study('Công ty B', 300e6, 0),
    ])
    expect(figures).toEqual({
      caseStudies: 3,
      enterprises: 2,
      investmentVnd: 600e6,
      annualSavingsVnd: 150e6,
      averagePaybackMonths: 24,
      illustrative: 1,
    })
    expect(headlineFigures([]).averagePaybackMonths).toBeUndefined()
  })
})

describe('long documents in parts', () => {
  const section = (id: string, words: number) =>
    `<h2 id="${id}">${id}</h2><p>${Array.from({ length: words }, (_, i) => `từ${(i * 7919) % 10007}`).join(' ')}</p>`
  const body = (html: string) => ({ html, headings: [], textLength: html.length })

  it('keeps a short body whole', () => {
    expect(splitIntoParts(body(section('a', 50)))).toHaveLength(1)
  })

  it('splits a long body at h2 boundaries into parts within the budget', () => {
    const html = `<p>Mở đầu</p>${['a', 'b', 'c', 'd'].map((id) => section(id, 800)).join('')}`
    const parts = splitIntoParts(body(html), 1200)
    expect(parts.length).toBeGreaterThan(1)
    expect(parts.map((p) => p.html).join('')).toBe(html)
    expect(parts[0]!.html.startsWith('<p>Mở đầu</p>')).toBe(true)
    for (const part of parts.slice(1)) expect(part.html.startsWith('<h2 id=')).toBe(true)
    expect(parts.flatMap((p) => p.headings.map((h) => h.id))).toEqual(['a', 'b', 'c', 'd'])
  })

  it('cuts a section larger than the budget at its h3 headings, naming the new parts by them', () => {
    const words = (n: number) =>
      Array.from({ length: n }, (_, i) => `chữ${(i * 7919) % 10007}`).join(' ')
    const big = `<h2 id="lon">Lớn</h2><p>${words(300)}</p>${['x', 'y', 'z']
      .map((id) => `<h3 id="${id}">Mục ${id}</h3><p>${words(700)}</p>`)
      .join('')}`
    const parts = splitIntoParts(body(`${section('a', 100)}${big}`), 1500)
    expect(parts.map((p) => p.html).join('')).toBe(`${section('a', 100)}${big}`)
    expect(parts.length).toBeGreaterThan(2)
    expect(parts.flatMap((p) => p.headings.map((h) => h.id))).toEqual(['a', 'lon', 'x', 'y', 'z'])
    expect(parts.at(-1)!.headings).toEqual([{ id: 'z', text: 'Mục z' }])
  })

  it('cuts a section without h3 headings between its paragraphs, lists and tables', () => {
    const words = (n: number) =>
      Array.from({ length: n }, (_, i) => `chữ${(i * 7919) % 10007}`).join(' ')
    const blocks = [
      `<p>${words(400)}</p>`,
      `<ul><li>${words(400)}</li><li><p>${words(50)}</p></li></ul>`,
      `<div class="table-wrap"><table><tr><td>${words(400)}<br></td></tr></table></div>`,
    ]
    const html = `<h2 id="lon">Lớn</h2>${blocks.join('')}`
    const parts = splitIntoParts(body(html), 1200)
    expect(parts.map((p) => p.html).join('')).toBe(html)
    expect(parts.length).toBeGreaterThan(1)
    // Every cut falls between whole blocks.
    for (const part of parts.slice(1))
      expect(blocks.some((b) => part.html.startsWith(b))).toBe(true)
  })

  it('splits at the part ends the loader recorded, and measures again when they do not fit', () => {
    const words = (n: number, seed: number) =>
      Array.from({ length: n }, (_, i) => `chữ${(i * 7919 + seed) % 10007}`).join(' ')
    const html = ['a', 'b', 'c', 'd', 'e', 'f']
      .map((id, i) => `<h2 id="${id}">Phần ${id}</h2><p>${words(1200, i * 101)}</p>`)
      .join('')
    const measured = splitIntoParts(body(html))
    expect(measured.length).toBeGreaterThan(1)
    const entry = withPartEnds({ title: 'x', body: body(html) }) as { body: { partEnds: number[] } }
    expect(entry.body.partEnds).toEqual(partEnds(body(html)))
    expect(entry.body.partEnds.at(-1)).toBe(html.length)
    // Recorded ends are used as they are (here: deliberately different ones)…
    const recorded = splitIntoParts({ ...body(`${html} `), partEnds: [10, html.length + 1] })
    expect(recorded.map((p) => p.html.length)).toEqual([10, html.length - 9])
    // …unless they do not describe this HTML, which is then measured.
    const stale = splitIntoParts({ ...body(`${html}  `), partEnds: [10, html.length] })
    expect(stale.map((p) => p.html).join('')).toBe(`${html}  `)
    expect(stale[0]!.html.length).toBeGreaterThan(10)
  })

  it('points in-page links at the part that holds their target', () => {
    const parts = linkAcrossParts(
      [
        {
          number: 1,
          headings: [],
          html: '<p><a href="#b">xem b</a> <a href="#a">a</a></p><h2 id="a">a</h2>',
        },
        { number: 2, headings: [], html: '<h2 id="b">b</h2><a href="#a">về a</a>' },
      ],
      (n) => partPath('/guides/x/', n),
    )
    expect(parts[0]!.html).toContain('href="/guides/x/2/#b"')
    expect(parts[0]!.html).toContain('href="#a"')
    expect(parts[1]!.html).toContain('href="/guides/x/#a"')
  })
})

describe('đ in search', () => {
  it('indexes đ as d with a combining stroke, folds queries and restores text', () => {
    expect(strokeForIndex('Điện đồng')).toBe('D\u0335iện d\u0335ồng')
    expect(foldQuery('điện Đồng')).toBe('diện Dồng')
    expect(restoreStroke(strokeForIndex('Điện đồng'))).toBe('Điện đồng')
  })
})

describe('formatting for readers', () => {
  it('writes money, percentages and sizes as Vietnamese and English readers expect', () => {
    expect(formatVnd('vi', 1_250_000_000)).toBe('1,25 tỷ đồng')
    expect(formatVnd('en', 1_250_000_000)).toBe('VND 1.25 billion')
    expect(formatVnd('vi', 45_000_000)).toBe('45 triệu đồng')
    expect(formatPercent('vi', -6.54)).toBe('−6,5 %')
    expect(formatBytes('vi', 1_234_567)).toBe('1,2 MB')
    expect(formatBytes('en', 48_000)).toBe('48 kB')
  })
})

describe('legal validity at build time', () => {
  const doc = {
    issueDate: '2026-01-01T00:00:00Z',
    effectiveDate: '2027-01-01T00:00:00Z',
    validityStatusSetByEditor: false,
  }
  it('is derived again from the dates on the day of the build', () => {
    expect(currentValidity(doc, new Date('2026-06-01'))).toBe('not-yet-in-force')
    expect(currentValidity(doc, new Date('2027-01-02'))).toBe('in-force')
  })
  it('keeps a status an editor set by hand', () => {
    expect(
      currentValidity(
        { ...doc, validityStatus: 'partly-expired', validityStatusSetByEditor: true },
        new Date('2027-06-01'),
      ),
    ).toBe('partly-expired')
  })
})
