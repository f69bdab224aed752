import { LOCALES, type Locale } from '../../cms/lib/locales'
import { ui } from '../i18n/strings'

/** Language names in their own language, for the search's language choice. */
export const LANGUAGE_NAMES: Record<Locale, string> = { vi: 'Tiếng Việt', en: 'English' }

/**
 * Where a language's search index is served. Each language has a Pagefind bundle of its own, so
 * that a first search loads only the index of the reader's language.
 */
export const searchBundlePath = (locale: Locale): string => `/pagefind/${locale}/`

/**
 * Where a language's delta index is served: the pages published since the last full index, which
 * the search merges (see scripts/site/index-search.ts). The bundle's `delta.json` says whether
 * there is one. A sibling of the full bundle, not inside it: Pagefind will not merge an index
 * below the primary one's path.
 */
export const searchDeltaPath = (locale: Locale): string => `/pagefind/${locale}-delta/`

/** What the search script needs to know of one language. */
export interface SearchLanguage {
  code: Locale
  name: string
  /** The Pagefind bundle (`searchBundlePath`). */
  bundle: string
}

/** The strings and languages the search script uses, handed to it through a data attribute. */
export function searchLabels(locale: Locale) {
  const s = ui(locale).search
  const language = (code: Locale): SearchLanguage => ({
    code,
    name: LANGUAGE_NAMES[code],
    bundle: searchBundlePath(code),
  })
  return {
    /** The page's language first: it is searched by default. */
    languages: [locale, ...LOCALES.filter((l) => l !== locale)].map(language),
    loading: s.loading,
    results: s.results,
    none: s.noResults,
    failed: s.failed,
    more: s.more,
    refine: s.filters,
    filters: { kind: s.filterKind, sector: s.filterSector, language: s.filterLanguage },
  }
}

export type SearchLabels = ReturnType<typeof searchLabels>
