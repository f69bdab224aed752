import { describe, expect, it } from 'vitest'

import {
  computeTotals,
  meetsPlanTarget,
  paybackMonths,
  percentChange,
} from '../cms/lib/case-study-figures'
import { fileFormat } from '../cms/lib/file-formats'
import { deriveValidityStatus } from '../cms/lib/legal-validity'
import { parseTableText } from '../cms/lib/table-text'

describe('case-study figures', () => {
  it('payback in months, to one decimal; none when nothing is saved', () => {
    expect(paybackMonths(120_000_000, 60_000_000)).toBe(24)
    expect(paybackMonths(10_000_000, 30_000_000)).toBe(4)
    expect(paybackMonths(1_000_000, 7_000_000)).toBe(1.7)
    expect(paybackMonths(5_000_000, 0)).toBeNull()
  })

  it('totals count implemented options only and sum fuels per unit', () => {
    const totals = computeTotals([
      {
        status: 'implemented',
        investmentVnd: 100,
        annualSavingsVnd: 50,
        fuelPerYear: 2,
        fuelUnit: 't-firewood',
        waterM3PerYear: 10,
      },
      {
        status: 'implemented',
        investmentVnd: 20,
        annualSavingsVnd: 70,
        fuelPerYear: 3,
        fuelUnit: 't-firewood',
      },
      { status: 'implemented', fuelPerYear: 500, fuelUnit: 'l-diesel' },
      { status: 'planned', investmentVnd: 1_000, annualSavingsVnd: 1_000, waterM3PerYear: 99 },
      { status: 'rejected', investmentVnd: 5_000 },
    ])
    expect(totals).toEqual({
      implementedOptions: 3,
      investmentVnd: 120,
      annualSavingsVnd: 120,
      paybackMonths: 12,
      electricityKwhPerYear: 0,
      waterM3PerYear: 10,
      rawMaterialTPerYear: 0,
      co2eTPerYear: 0,
      fuelPerYear: [
        { unit: 't-firewood', amount: 5 },
        { unit: 'l-diesel', amount: 500 },
      ],
    })
  })

  it('per-unit change and the plan’s 5 % target', () => {
    expect(percentChange(400, 370)).toBe(-7.5)
    expect(percentChange(0.5, 0.48)).toBe(-4)
    expect(percentChange(10, 12)).toBe(20)
    expect(percentChange(0, 5)).toBeNull()
    expect(meetsPlanTarget(-5)).toBe(true)
    expect(meetsPlanTarget(-4.9)).toBe(false)
    expect(meetsPlanTarget(null)).toBe(false)
  })
})

describe('legal validity from dates', () => {
  const today = new Date('2026-11-28T09:00:00Z')
  it.each([
    [{ issueDate: '2009-09-07' }, 'in-force'],
    [{ issueDate: '2026-11-01', effectiveDate: '2027-01-01' }, 'not-yet-in-force'],
    [{ issueDate: '2014-06-23', effectiveDate: '2015-01-01', expiryDate: '2022-01-01' }, 'expired'],
    [{ issueDate: '2020-01-01', expiryDate: '2026-11-28' }, 'expired'],
    [{ issueDate: '2020-01-01', expiryDate: '2026-11-29' }, 'in-force'],
    [{ issueDate: '2026-11-28', effectiveDate: '2026-11-28' }, 'in-force'],
  ] as const)('%o → %s', (dates, status) => {
    expect(deriveValidityStatus(dates, today)).toBe(status)
  })
})

describe('table text', () => {
  it('reads tab-separated rows pasted from a spreadsheet', () => {
    expect(parseTableText('Chỉ số\tTrước\tSau\nkWh/t\t420\t390')).toEqual({
      ok: true,
      rows: [
        ['Chỉ số', 'Trước', 'Sau'],
        ['kWh/t', '420', '390'],
      ],
    })
  })

  it('reads Markdown-style rows and skips the separator', () => {
    const parsed = parseTableText('| A | B |\n|---|:--:|\n| 1 | 2 |\n')
    expect(parsed).toEqual({
      ok: true,
      rows: [
        ['A', 'B'],
        ['1', '2'],
      ],
    })
  })

  it('refuses ragged rows, naming the row', () => {
    const parsed = parseTableText('A | B\n1 | 2 | 3')
    expect(parsed.ok).toBe(false)
    expect(!parsed.ok && parsed.error).toContain('Row 2')
  })
})

describe('file format names', () => {
  it('by MIME type, then by extension', () => {
    expect(fileFormat('application/pdf', 'x.bin')).toBe('PDF')
    expect(
      fileFormat('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', null),
    ).toBe('XLSX')
    expect(fileFormat('text/csv; charset=utf-8', null)).toBe('CSV')
    expect(fileFormat(null, 'tai-lieu.odp')).toBe('ODP')
    expect(fileFormat('application/octet-stream', 'virus.exe')).toBeNull()
  })
})
