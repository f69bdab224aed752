import { DEFAULT_LOCALE, type Locale } from '../../cms/lib/locales'

/** Site sections that hold documents, by CMS collection; the path segment is the same in every locale. */
export const SECTIONS = {
  guides: 'guides',
  'case-studies': 'case-studies',
  curricula: 'curricula',
  'legal-documents': 'legal',
  sectors: 'sectors',
} as const

export type SectionKind = keyof typeof SECTIONS

/** A site path in a locale: `/guides/` in Vietnamese, `/en/guides/` in English. Always a trailing slash. */
export function localePath(locale: Locale, ...segments: string[]): string {
  const parts = [...(locale === DEFAULT_LOCALE ? [] : [locale]), ...segments].filter(Boolean)
  return parts.length === 0 ? '/' : `/${parts.join('/')}/`
}

export const sectionPath = (locale: Locale, kind: SectionKind): string =>
  localePath(locale, SECTIONS[kind])

export const documentPath = (locale: Locale, kind: SectionKind, slug: string): string =>
  localePath(locale, SECTIONS[kind], slug)

/** Where a downloadable file is published (language-neutral). */
export const filePath = (filename: string): string => `/files/${encodeURIComponent(filename)}`

/** The ZIP of every material of a curriculum, made at build time. */
export const materialsZipPath = (curriculumSlug: string): string =>
  `/downloads/${curriculumSlug}-materials.zip`

/** An absolute URL on the site, for canonical links, feeds and the sitemap. */
export const absoluteUrl = (site: URL | undefined, path: string): string =>
  new URL(path, site ?? 'http://localhost:4321').toString()
