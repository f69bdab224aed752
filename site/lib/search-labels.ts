import type { Locale } from '../../cms/lib/locales'
import { ui } from '../i18n/strings'

/**
 * Language names in their own language: the search index holds both locales, and its language
 * filter uses these values on every page, so a reader can widen a search to the other language.
 */
export const LANGUAGE_NAMES: Record<Locale, string> = { vi: 'Tiếng Việt', en: 'English' }

/** The strings the search script shows, handed to it through a data attribute. */
export function searchLabels(locale: Locale) {
  const s = ui(locale).search
  return {
    lang: LANGUAGE_NAMES[locale],
    loading: s.loading,
    results: s.results,
    none: s.noResults,
    failed: s.failed,
    more: s.more,
    filters: { kind: s.filterKind, sector: s.filterSector, language: s.filterLanguage },
  }
}

export type SearchLabels = ReturnType<typeof searchLabels>
