import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../cms/lib/locales'

/**
 * Pages live under `site/pages/[...lang]/`: the rest parameter is empty for Vietnamese (served at
 * `/`) and `en` for English (served at `/en/`), so both locales share one template per page type.
 */
export type LangParam = { lang: string | undefined }

export const langParam = (locale: Locale): LangParam => ({
  lang: locale === DEFAULT_LOCALE ? undefined : locale,
})

/** The locale of a `[...lang]` page, from its parameter. */
export function localeOf(lang: string | undefined): Locale {
  const locale = lang ?? DEFAULT_LOCALE
  if (!(LOCALES as readonly string[]).includes(locale)) throw new Error(`Unknown locale "${lang}"`)
  return locale as Locale
}

/** The `getStaticPaths` entries of a page that exists once per locale. */
export const eachLocale = () =>
  LOCALES.map((locale) => ({ params: langParam(locale), props: { locale } }))

export const otherLocale = (locale: Locale): Locale => (locale === 'vi' ? 'en' : 'vi')
