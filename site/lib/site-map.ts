import { getCollection } from 'astro:content'

import { LOCALES, type Locale } from '../../cms/lib/locales'
import { catalog } from './catalog'
import { partCount, partPath } from './parts'
import { documentPath, localePath, sectionPath, type SectionKind } from './urls'

/** One page of the site in every locale it exists in, with when it last changed. */
export interface MappedPage {
  paths: Partial<Record<Locale, string>>
  lastmod?: string
}

const both = (path: (locale: Locale) => string): MappedPage['paths'] =>
  Object.fromEntries(LOCALES.map((locale) => [locale, path(locale)]))

/** Every page of the site, for the sitemap. */
export async function siteMap(): Promise<MappedPage[]> {
  const c = await catalog('vi')
  const pages: MappedPage[] = [
    { paths: both((l) => localePath(l)) },
    ...(['sectors', 'guides', 'case-studies', 'curricula', 'legal-documents'] as const).map(
      (kind) => ({ paths: both((l) => sectionPath(l, kind)) }),
    ),
    { paths: both((l) => localePath(l, 'glossary')) },
    { paths: both((l) => localePath(l, 'search')) },
  ]
  const documents: [SectionKind, { slug: string; updatedAt: string }[]][] = [
    ['sectors', c.sectors],
    ['guides', c.guides],
    ['case-studies', c.caseStudies],
    ['curricula', c.curricula],
    ['legal-documents', c.legal],
  ]
  for (const [kind, docs] of documents) {
    for (const doc of docs) {
      pages.push({ paths: both((l) => documentPath(l, kind, doc.slug)), lastmod: doc.updatedAt })
    }
  }
  // Later parts of long guides and the module pages of curricula are pages too.
  const en = await catalog('en')
  for (const guide of c.guides) {
    const counts = {
      vi: partCount(guide.body),
      en: partCount(en.guides.find((g) => g.slug === guide.slug)?.body),
    }
    for (let n = 2; n <= Math.max(counts.vi, counts.en); n++) {
      const paths: MappedPage['paths'] = {}
      for (const locale of LOCALES) {
        if (n <= counts[locale]) {
          paths[locale] = partPath(documentPath(locale, 'guides', guide.slug), n)
        }
      }
      pages.push({ paths, lastmod: guide.updatedAt })
    }
  }
  for (const curriculum of c.curricula) {
    curriculum.modules.forEach((module, index) => {
      if (!module.content?.htmlLength) return
      pages.push({
        paths: both((l) => localePath(l, 'curricula', curriculum.slug, String(index + 1))),
        lastmod: curriculum.updatedAt,
      })
    })
  }
  const handWritten = await getCollection('pages')
  const byName = new Map<string, MappedPage>()
  for (const entry of handWritten) {
    const [locale, name] = entry.id.split('/') as [Locale, string]
    const page = byName.get(name) ?? { paths: {}, lastmod: entry.data.updated.toISOString() }
    page.paths[locale] = localePath(locale, entry.data.slug)
    byName.set(name, page)
  }
  return [...pages, ...byName.values()]
}
