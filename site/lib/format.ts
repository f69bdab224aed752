import type { Locale } from '../../cms/lib/locales'

const TAG: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' }

// Creating an Intl formatter costs far more than formatting; a build formats millions of values.
const numberFormats = new Map<string, Intl.NumberFormat>()
const dateFormats = new Map<Locale, Intl.DateTimeFormat>()

export function formatNumber(locale: Locale, value: number, maximumFractionDigits = 1): string {
  const key = `${locale}:${maximumFractionDigits}`
  let format = numberFormats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(TAG[locale], { maximumFractionDigits })
    numberFormats.set(key, format)
  }
  return format.format(value)
}

/** Money as readers say it: "1,2 tỷ đồng" / "VND 1.2 billion"; millions below a billion. */
export function formatVnd(locale: Locale, value: number): string {
  const abs = Math.abs(value)
  const [amount, unitVi, unitEn] =
    abs >= 1e9
      ? [value / 1e9, 'tỷ đồng', 'billion']
      : abs >= 1e6
        ? [value / 1e6, 'triệu đồng', 'million']
        : [value, 'đồng', '']
  const number = formatNumber(locale, amount, abs >= 1e6 ? 2 : 0)
  return locale === 'vi' ? `${number} ${unitVi}` : `VND ${number}${unitEn ? ` ${unitEn}` : ''}`
}

/** A calendar date; stored dates are UTC midnights, so format them in UTC. */
export function formatDate(locale: Locale, iso: string): string {
  let format = dateFormats.get(locale)
  if (!format) {
    format = new Intl.DateTimeFormat(TAG[locale], {
      day: 'numeric',
      month: locale === 'vi' ? '2-digit' : 'long',
      year: 'numeric',
      timeZone: 'UTC',
    })
    dateFormats.set(locale, format)
  }
  return format.format(new Date(iso))
}

/** A signed percentage such as "−6,5 %" (the Vietnamese and SI convention puts a space before %). */
export function formatPercent(locale: Locale, value: number): string {
  const sign = value > 0 ? '+' : value < 0 ? '−' : ''
  return `${sign}${formatNumber(locale, Math.abs(value), 1)} %`
}

/** A file size in the units readers know: "850 kB", "1,2 MB". */
export function formatBytes(locale: Locale, bytes: number): string {
  if (bytes < 1000) return `${formatNumber(locale, bytes, 0)} B`
  if (bytes < 1e6) return `${formatNumber(locale, bytes / 1e3, 0)} kB`
  return `${formatNumber(locale, bytes / 1e6, 1)} MB`
}

export const isoDay = (iso: string): string => new Date(iso).toISOString().slice(0, 10)
