import path from 'node:path'

import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { describe, expect, it } from 'vitest'

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
  it('the manifest lists a handout (PDF) and a worksheet (XLSX) for every curriculum', () => {
    expect(
      manifest.filter((spec) => spec.build === 'worksheet-xlsx').length,
    ).toBeGreaterThanOrEqual(1)
    expect(manifest.filter((spec) => spec.build === 'handout-pdf').length).toBeGreaterThanOrEqual(3)
  })

  for (const spec of manifest.filter((item) => item.build === 'handout-pdf')) {
    it(`${spec.filename} parses as a PDF with its Vietnamese text intact`, async () => {
      const { pages, text } = await pdfText(await renderMaterial(spec, CONTENT))
      expect(pages).toBeGreaterThanOrEqual(1)
      expect(text).toMatch(/sản xuất sạch hơn|cleaner production/i)
    })
  }

  for (const spec of manifest.filter((item) => item.build === 'worksheet-xlsx')) {
    it(`${spec.filename}: the formulas compute the expected balances, payback and % change`, async () => {
      const { value, formulaCount } = await evaluateWorkbook(await renderMaterial(spec, CONTENT))
      expect(formulaCount()).toBeGreaterThan(30)
      const first = FIRST_DATA_ROW
      // Material balance: 1000 t in, 985 t out, 10 t recovered → 5 t lost, 0.5 %.
      expect(value('Can bang vat lieu', first, 5)).toBe(5)
      expect(value('Can bang vat lieu', first, 6)).toBeCloseTo(0.005, 6)
      // Shelling: 980 in, 260 kernels, 700 shells recovered → 20 t lost; total of all steps 52 t.
      expect(value('Can bang vat lieu', first + 2, 5)).toBe(20)
      expect(value('Can bang vat lieu', first + 5, 5)).toBe(5 + 5 + 20 + 15 + 5)
      // Energy: 1,500 kWh = 5.4 GJ; 60 t × 15 GJ/t = 900 GJ; total of three machines.
      expect(value('Can bang nang luong', first, 5)).toBeCloseTo(5.4, 6)
      expect(value('Can bang nang luong', first, 7)).toBeCloseTo(905.4, 6)
      expect(value('Can bang nang luong', first + 3, 7)).toBeCloseTo(905.4 + 32.4 + 384, 6)
      // Payback: 60 M invested, 90 M saved a year → 8 months; score 0.4·5 + 0.4·5 + 0.2·4 = 4.8 → high.
      expect(value('Sang loc giai phap', first, 4)).toBeCloseTo(8, 6)
      expect(value('Sang loc giai phap', first + 1, 4)).toBeCloseTo(24, 6)
      expect(value('Sang loc giai phap', first, 8)).toBeCloseTo(4.8, 6)
      expect(value('Sang loc giai phap', first, 9)).toBe('Cao / High')
      expect(value('Sang loc giai phap', first + 2, 9)).toBe('Trung bình / Medium')
      // Indicators: 400 → 370 kWh/t is −7.5 %, meets the 5 % target; 0.5 → 0.48 t/t is −4 %, does not.
      expect(value('Chi so', first, 5)).toBeCloseTo(-0.075, 6)
      expect(value('Chi so', first, 6)).toBe('Đạt / Met')
      expect(value('Chi so', first + 1, 5)).toBeCloseTo(-0.04, 6)
      expect(value('Chi so', first + 1, 6)).toBe('Chưa đạt / Not met')
    })
  }
})
