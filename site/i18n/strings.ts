import type { Locale } from '../../cms/lib/locales'
import { en } from './en'
import { vi, type UiStrings } from './vi'

const STRINGS: Record<Locale, UiStrings> = { vi, en }

/** The interface text of one locale. */
export const ui = (locale: Locale): UiStrings => STRINGS[locale]

/** Fills `{name}` placeholders of an interface string. */
export const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole))
