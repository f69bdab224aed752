import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'

import { parseContentFile } from '../scripts/content-io/front-matter'
import { readManifest, renderMaterial } from '../scripts/materials/build-materials'
import { FIRST_DATA_ROW } from '../scripts/materials/worksheet-xlsx'
import { evaluateWorkbook } from './helpers/xlsx-formulas'

const CONTENT = path.resolve('content')
const manifest = readManifest(CONTENT)

async function pdfText(buffer: Buffer): Promise<{ pages: number; text: string }> {
  const pdf = await getDocument({
    data: new Uint8Array(buffer),
    useSystemFonts: false,
    verbosity: 0,
  }).promise
  let text = ''
  for (let page = 1; page <= pdf.numPages; page++) {
    const content = await (await pdf.getPage(page)).getTextContent()
    text += content.items.map((item) => ('str' in item ? item.str : '')).join(' ')
  }
  return { pages: pdf.numPages, text }
}

describe('training materials build from the repository and open', () => {
  it('every curriculum hands out a PDF handout and an XLSX worksheet that the manifest generates', () => {
    const generated = new Set(manifest.map((spec) => spec.filename))
    const curricula = readdirSync(path.join(CONTENT, 'curricula')).filter((name) =>
      name.endsWith('.vi.md'),
    )
    expect(curricula.length).toBeGreaterThanOrEqual(3)
    for (const name of curricula) {
      const { data } = parseContentFile(
        name,
        readFileSync(path.join(CONTENT, 'curricula', name), 'utf8'),
      )
      const modules = (data.modules ?? []) as { materials?: string[] }[]
      const filenames = modules
        .flatMap((module) => module.materials ?? [])
        .map(
          (key) =>
            (
              parseYaml(readFileSync(path.join(CONTENT, 'files', `${key}.yml`), 'utf8')) as {
                filename: string
              }
            ).filename,
        )
      expect(
        filenames.some((file) => file.endsWith('.pdf') && generated.has(file)),
        name,
      ).toBe(true)
      expect(
        filenames.some((file) => file.endsWith('.xlsx') && generated.has(file)),
        name,
      ).toBe(true)
    }
  })

  for (const spec of manifest.filter((item) => item.build === 'handout-pdf')) {
    it(`${spec.filename} parses as a PDF with its Vietnamese text intact`, async () => {
      const { pages, text } = await pdfText(await renderMaterial(spec, CONTENT))
      expect(pages).toBeGreaterThanOrEqual(1)
      expect(text).toMatch(/sản xuất sạch hơn|cleaner production/i)
    })
  }
})

type Book = Awaited<ReturnType<typeof evaluateWorkbook>>

/** Builds a workbook from its manifest entry and evaluates it with the independent engine. */
async function workbook(filename: string): Promise<{ title: string; fresh: () => Promise<Book> }> {
  const spec = manifest.find((item) => item.filename === filename)
  if (!spec) throw new Error(`${filename} is missing from content/materials/materials.yml`)
  const buffer = await renderMaterial(spec, CONTENT)
  return { title: spec.title, fresh: () => evaluateWorkbook(buffer) }
}

/**
 * Checks computed cells against the spec: each must hold a formula (not a typed number); numbers
 * agree to a relative 1e-9 or to the 7 decimals the spec prints, text exactly ('' is blank).
 */
function expectComputed(book: Book, sheet: string, ...rows: Record<string, number | string>[]) {
  for (const [address, want] of rows.flatMap((row) => Object.entries(row))) {
    const where = `${sheet}!${address}`
    expect(book.cell(sheet, address).formula, `${where} holds a formula`).toBeTruthy()
    const got = book.at(sheet, address)
    if (typeof want === 'string') {
      expect(got, where).toBe(want)
      continue
    }
    expect(typeof got, `${where} = ${String(got)}`).toBe('number')
    const tolerance = Math.max(1e-9 * Math.abs(want), 5e-8)
    expect(Math.abs(Number(got) - want), `${where} = ${String(got)}`).toBeLessThanOrEqual(tolerance)
  }
}

/** Spec §1: sheet order, the title, the note and frozen header, and blue inputs only. */
function expectLayout(book: Book, title: string, sheets: string[]) {
  expect(book.workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Huong dan', ...sheets])
  expect(book.at('Huong dan', 'A1')).toBe(title)
  for (const sheet of book.workbook.worksheets) {
    if (!['Huong dan', 'Danh muc'].includes(sheet.name)) {
      expect(book.at(sheet.name, 'A2'), sheet.name).toMatch(/^Ví dụ minh họa .* Illustrative/)
      expect(sheet.views[0], sheet.name).toMatchObject({
        state: 'frozen',
        ySplit: FIRST_DATA_ROW - 1,
      })
    }
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const fill = cell.fill
        const blue = fill?.type === 'pattern' && fill.fgColor?.argb === 'FFDCEBFA'
        const typed = typeof cell.value === 'number' || cell.value instanceof Date
        // Inputs (numbers, dates) are blue; formulas and text never are.
        expect(blue, `${sheet.name}!${cell.address}`).toBe(!cell.formula && typed)
      }),
    )
  }
}

const MET = 'Đạt / Met'
const NOT_MET = 'Chưa đạt / Not met'
const HIGH = 'Cao / High'

describe('the training workbooks compute the results of worksheet-spec.md', () => {
  it('enterprise (§2): balances, cost of waste, screening, indicators and plan', async () => {
    const { title, fresh } = await workbook('phieu-danh-gia-sxsh-doanh-nghiep.xlsx')
    const book = await fresh()
    expectLayout(book, title, [
      'Can bang vat lieu',
      'Can bang nang luong',
      'Chi phi dong thai',
      'Sang loc giai phap',
      'Chi so',
      'Ke hoach thuc hien',
      'Danh muc',
    ])
    expectComputed(
      book,
      'Can bang vat lieu',
      { E4: 5, F4: 0.005, E5: 5, F5: 0.0050761, E6: 20, F6: 0.0204082, E7: 15 },
      { F7: 0.0576923, E8: 5, F8: 0.0204082, E9: 50, F9: 0.05, B10: 0.222, B11: 4.5045045 },
    )
    expectComputed(
      book,
      'Can bang nang luong',
      { E4: 21.6, F4: 2250, G4: 2271.6, E5: 108, F5: 0, G5: 108, E6: 64.8, F6: 900 },
      { G6: 964.8, E7: 43.2, F7: 0, G7: 43.2, E8: 237.6, F8: 3150, G8: 3387.6 },
      { B8: 66000, C8: 210, B10: 297.2972973, B11: 0.9459459, B12: 15.2594595 },
    )
    expectComputed(
      book,
      'Chi phi dong thai',
      { G4: 2_400_000_000, G5: 144_000_000, G6: 32_400_000, G7: 42_000_000 },
      { G8: 2_618_400_000, H4: 0.9165903, H5: 0.0549954, H6: 0.012374, H7: 0.0160403, H8: 1 },
    )
    expectComputed(
      book,
      'Sang loc giai phap',
      { E4: 8.6538462, I4: 4.8, J4: HIGH, E5: 21.9230769, I5: 4.4, J5: HIGH },
      { E6: 22.6130653, I6: 4.2, J6: HIGH, E7: 6.8181818, I7: 4.6, J7: HIGH },
      { E8: 34.6153846, I8: 3.4, J8: 'Trung bình / Medium' },
      { E9: 77.1428571, I9: 2.8, J9: 'Thấp / Low', I2: 1, J2: '' },
    )
    expectComputed(
      book,
      'Chi so',
      { E4: 1, H4: 0.86, I4: -0.14, J4: MET, E5: 4.2, H5: 3.4, I5: -0.1904762, J5: MET },
      { E6: 310, H6: 302, I6: -0.0258065, J6: NOT_MET },
      { E7: 4.5, H7: 4.4, I7: -0.0222222, J7: NOT_MET },
    )
    expectComputed(book, 'Ke hoach thuc hien', { J4: -0.07, J5: -0.0322581, E6: 110_000_000 })
    // Every option type of the samples is one of the validation list on `Danh muc`.
    const list = [2, 3, 4, 5, 6, 7, 8, 9].map((row) => book.at('Danh muc', `B${row}`))
    for (const row of [4, 5, 6, 7, 8, 9]) {
      expect(list).toContain(book.at('Sang loc giai phap', `B${row}`))
      expect(book.cell('Sang loc giai phap', `B${row}`).dataValidation).toMatchObject({
        type: 'list',
        formulae: ["'Danh muc'!$B$2:$B$9"],
      })
    }

    // Typed inputs change the results, and each IF takes its other branch.
    const whatIf = await fresh()
    whatIf.set('Can bang vat lieu', 'B4', 1100)
    expectComputed(
      whatIf,
      'Can bang vat lieu',
      { E4: 105, F4: 0.0954545, E9: 150 },
      { F9: 0.1363636, B10: 0.2018182, B11: 4.954955 },
    )
    whatIf.set('Can bang vat lieu', 'B4', 0)
    whatIf.set('Can bang vat lieu', 'C8', 0)
    expectComputed(whatIf, 'Can bang vat lieu', { E4: -995, F4: 0, F9: 0, B10: 0, B11: 0 })
    whatIf.set('Can bang nang luong', 'B9', 0)
    expectComputed(whatIf, 'Can bang nang luong', { B10: 0, B11: 0, B12: 0 })
    for (const row of [4, 5, 6, 7]) whatIf.set('Chi phi dong thai', `B${row}`, 0)
    expectComputed(whatIf, 'Chi phi dong thai', { G8: 0, H4: 0, H8: 0 })
    whatIf.set('Sang loc giai phap', 'F2', 0.5)
    whatIf.set('Sang loc giai phap', 'D4', 0)
    expectComputed(
      whatIf,
      'Sang loc giai phap',
      { I2: 1.1, J2: 'Tổng trọng số phải bằng 1 / Weights must add up to 1' },
      { I4: 5.3, E4: '' },
    )
    whatIf.set('Chi so', 'J2', 0.15)
    whatIf.set('Chi so', 'D4', 0)
    whatIf.set('Chi so', 'G6', 0)
    expectComputed(whatIf, 'Chi so', { E4: '', I4: '', J4: '', J5: MET, H6: '', I6: '', J6: '' })
    whatIf.set('Chi so', 'G6', 1300)
    expectComputed(whatIf, 'Chi so', { J5: MET, I6: -0.0258065, J6: NOT_MET })
    whatIf.set('Chi so', 'J2', 0.2)
    expectComputed(whatIf, 'Chi so', { J5: NOT_MET })
    whatIf.set('Ke hoach thuc hien', 'H4', 0)
    expectComputed(whatIf, 'Ke hoach thuc hien', { J4: '' })
  })

  it('officials (§3): case-study indicators, payback, targets by area, promotion plan', async () => {
    const file = 'phieu-danh-gia-sxsh-nhan-thuc-sxsh-cho-can-bo-quan-ly.xlsx'
    const { title, fresh } = await workbook(file)
    const book = await fresh()
    expectLayout(book, title, [
      'Chi so nghien cuu',
      'Hoan von',
      'Theo doi chi tieu',
      'Ke hoach thuc day',
    ])
    expectComputed(
      book,
      'Chi so nghien cuu',
      { F4: -0.14, G4: MET, F5: -0.1904762, G5: MET },
      { F6: -0.0258065, G6: 'Có giảm, chưa đạt / Reduced, not met', F7: -0.8333333, G7: MET },
      { F8: 0.3214286, G8: 'Không giảm / Not reduced' },
    )
    expectComputed(
      book,
      'Hoan von',
      { E4: 21.9230769, F4: 1.8269231, E5: 8.6538462, F5: 0.7211538, E6: 34.6153846 },
      { F6: 2.8846154, E7: 10.4712042, F7: 0.8726003, E8: 8, F8: 0.6666667 },
    )
    expectComputed(
      book,
      'Theo doi chi tieu',
      { H4: 1, I4: 0.5833333, J4: 0.2666667, K4: 0.5333333, L4: 4 },
      { H5: 0.8, I5: 0.375, J5: 0.15, K5: 0.4, L5: 0 },
      { H6: 1, I6: 0.5555556, J6: 0.2, K6: 0.5454545, L6: 3 },
      { H7: 0.9346939, I7: 0.5102041, J7: 0.2163265, K7: 0.5028571, L7: 2 },
      { B7: 245, C7: 229, D7: 125, E7: 53, F7: 350, G7: 176 },
    )
    expectComputed(book, 'Ke hoach thuc day', { E7: 90_000_000 })

    const whatIf = await fresh()
    whatIf.set('Chi so nghien cuu', 'D4', 0)
    whatIf.set('Chi so nghien cuu', 'G2', 0.2)
    expectComputed(
      whatIf,
      'Chi so nghien cuu',
      { F4: '', G4: '' },
      { G5: 'Có giảm, chưa đạt / Reduced, not met', G7: MET },
    )
    whatIf.set('Hoan von', 'D4', 0)
    expectComputed(whatIf, 'Hoan von', { E4: '', F4: '' })
    whatIf.set('Theo doi chi tieu', 'B5', 0)
    whatIf.set('Theo doi chi tieu', 'F5', 0)
    whatIf.set('Theo doi chi tieu', 'J2', 0.2)
    expectComputed(
      whatIf,
      'Theo doi chi tieu',
      { H5: 0, I5: 0, J5: 0, K5: 0 },
      { L5: 0, L6: 4, B7: 165, J7: 53 / 165 },
    )
    whatIf.set('Ke hoach thuc day', 'E5', 0)
    expectComputed(whatIf, 'Ke hoach thuc day', { E7: 40_000_000 })
  })

  it('cashew (§4): outturn and KOR, boiler fuel, shell liquid, action plan', async () => {
    const { title, fresh } = await workbook('phieu-danh-gia-sxsh-sxsh-nganh-che-bien-hat-dieu.xlsx')
    const book = await fresh()
    expectLayout(book, title, [
      'Ty le thu hoi nhan',
      'Nhien lieu lo hoi',
      'Vo hat va dau vo',
      'Ke hoach hanh dong',
    ])
    expectComputed(
      book,
      'Ty le thu hoi nhan',
      { E4: 250, F4: 0.25, G4: 0.18, H4: 44.0924524, I4: 4 },
      { E5: 262, F5: 0.262, G5: 0.1221374, H5: 46.2088902, I5: 3.8167939 },
      { E6: 258, F6: 0.258, G6: 0.1550388, H6: 45.5034109, I6: 3.875969 },
      { E7: 770, F7: 0.2566667, G7: 0.1519481, H7: 45.2682512, I7: 3.8961039 },
      { B7: 3000, C7: 653, D7: 117 },
    )
    // The spec prints I and K to 2 decimals (88,888.89 …); the exact quotients are compared here.
    expectComputed(
      book,
      'Nhien lieu lo hoi',
      { F4: 3150, G4: 1890, H4: 168_000_000, I4: 168e6 / 1890, J4: 8.5135135, K4: 168e6 / 222 },
      { F5: 3150, G5: 1890, H5: 52_500_000, I5: 52.5e6 / 1890, J5: 8.5135135 },
      { K5: 52.5e6 / 222, H6: 115_500_000, K6: 115.5e6 / 222 },
    )
    expectComputed(
      book,
      'Vo hat va dau vo',
      { B19: 2925, B20: 438.75, B21: 2486.25, B22: 1886.25, B23: 3_510_000_000 },
      { B24: 565_875_000, B25: 2_047_500_000, B26: 102_375, B27: 163_800_000 },
      { B28: 1_564_575_000, B29: 10.3542496, B30: 420_000_000, B31: 8 },
    )
    expectComputed(
      book,
      'Ke hoach hanh dong',
      { H4: 8.6538462, H5: 2, H6: '' },
      { F7: 62_000_000, G7: 161_600_000, H7: 4.6039604 },
    )

    const whatIf = await fresh()
    whatIf.set('Ty le thu hoi nhan', 'B4', 0)
    expectComputed(whatIf, 'Ty le thu hoi nhan', { F4: '', H4: '', B7: 2000, F7: 770 / 2000 })
    whatIf.set('Ty le thu hoi nhan', 'C4', 0)
    whatIf.set('Ty le thu hoi nhan', 'D4', 0)
    expectComputed(whatIf, 'Ty le thu hoi nhan', { E4: 0, G4: '', I4: '' })
    whatIf.set('Nhien lieu lo hoi', 'B4', 0)
    whatIf.set('Nhien lieu lo hoi', 'J2', 0)
    expectComputed(whatIf, 'Nhien lieu lo hoi', { G4: 0, I4: '', J5: '', K5: '', H6: -52_500_000 })
    whatIf.set('Vo hat va dau vo', 'B10', 0)
    expectComputed(whatIf, 'Vo hat va dau vo', { B23: 0, B28: -1_945_425_000, B29: '' })
    whatIf.set('Vo hat va dau vo', 'B7', 3000)
    expectComputed(whatIf, 'Vo hat va dau vo', { B22: 0, B24: 0, B30: -300_000_000, B31: '' })
    whatIf.set('Ke hoach hanh dong', 'G6', 6_000_000)
    expectComputed(whatIf, 'Ke hoach hanh dong', { H6: 24, G7: 167_600_000 })
  })
})
