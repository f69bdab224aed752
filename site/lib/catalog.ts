import { createHash } from 'node:crypto'

import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content'

import type { Locale } from '../../cms/lib/locales'
import { eachLocale } from './locale-routes'
import { documentPath } from './urls'

export type Guide = CollectionEntry<'guides'>['data']
export type CaseStudy = CollectionEntry<'case-studies'>['data']
export type Curriculum = CollectionEntry<'curricula'>['data']
export type LegalDocument = CollectionEntry<'legal-documents'>['data']
export type Sector = CollectionEntry<'sectors'>['data']
export type Topic = CollectionEntry<'topics'>['data']
export type GlossaryTerm = CollectionEntry<'glossary-terms'>['data']
export type MediaFile = CollectionEntry<'media'>['data']
export type DownloadFile = CollectionEntry<'files'>['data']

export type Id = number | string
type WithId = { id: Id }

/** The published content of one locale, with lookups by CMS id. */
export interface Catalog {
  locale: Locale
  guides: Guide[]
  caseStudies: CaseStudy[]
  curricula: Curriculum[]
  legal: LegalDocument[]
  sectors: Sector[]
  topics: Topic[]
  glossary: GlossaryTerm[]
  media: Map<string, MediaFile>
  files: Map<string, DownloadFile>
  sectorById: Map<string, Sector>
  topicById: Map<string, Topic>
  guideById: Map<string, Guide>
  caseStudyById: Map<string, CaseStudy>
  legalById: Map<string, LegalDocument>
  glossaryById: Map<string, GlossaryTerm>
}

/** Newest first: by first publication, else creation. */
export const published = (doc: { firstPublishedAt?: string; createdAt: string }): string =>
  doc.firstPublishedAt ?? doc.createdAt
const newestFirst = <T extends { firstPublishedAt?: string; createdAt: string }>(docs: T[]) =>
  docs.sort((a, b) => published(b).localeCompare(published(a)))

/** The CMS collections (every content collection but the hand-written pages). */
type CmsCollection = Exclude<CollectionKey, 'pages'>

async function entries<C extends CmsCollection>(collection: C, locale: Locale) {
  const all = await getCollection(collection, (entry) => entry.data.locale === locale)
  return all.map((entry) => entry.data) as CollectionEntry<C>['data'][]
}

const byId = <T extends WithId>(docs: T[]) => new Map(docs.map((doc) => [String(doc.id), doc]))

const catalogs = new Map<Locale, Promise<Catalog>>()

/** Everything published in a locale, read from the content layer once per build. */
export function catalog(locale: Locale): Promise<Catalog> {
  let result = catalogs.get(locale)
  if (!result) {
    result = readCatalog(locale)
    catalogs.set(locale, result)
  }
  return result
}

async function readCatalog(locale: Locale): Promise<Catalog> {
  const [guides, caseStudies, curricula, legal, sectors, topics, glossary, media, files] =
    await Promise.all([
      entries('guides', locale),
      entries('case-studies', locale),
      entries('curricula', locale),
      entries('legal-documents', locale),
      entries('sectors', locale),
      entries('topics', locale),
      entries('glossary-terms', locale),
      entries('media', locale),
      entries('files', locale),
    ])
  const collator = new Intl.Collator(locale)
  return {
    locale,
    guides: newestFirst(guides),
    caseStudies: newestFirst(caseStudies),
    curricula: newestFirst(curricula),
    legal: legal.sort((a, b) => b.issueDate.localeCompare(a.issueDate)),
    sectors: sectors.sort((a, b) => collator.compare(a.name, b.name)),
    topics: topics.sort((a, b) => collator.compare(a.name, b.name)),
    glossary: glossary.sort((a, b) => collator.compare(a.term, b.term)),
    media: byId(media),
    files: byId(files),
    sectorById: byId(sectors),
    topicById: byId(topics),
    guideById: byId(guides),
    caseStudyById: byId(caseStudies),
    legalById: byId(legal),
    glossaryById: byId(glossary),
  }
}

/** The published documents among related ids (an unpublished relation simply disappears). */
export const pick = <T>(map: Map<string, T>, ids: Id[]): T[] =>
  ids.map((id) => map.get(String(id))).filter((doc): doc is T => doc !== undefined)

export const hasId = (ids: Id[], id: Id): boolean =>
  ids.some((other) => String(other) === String(id))

/**
 * The incremental-build key of a page: a digest of everything it shows (its props), so an
 * unchanged page is not rendered again.
 */
export const cacheKey = (props: unknown): string =>
  createHash('sha1').update(JSON.stringify(props)).digest('hex')

/** Sectors as links (name and page), for a document's related sectors. */
export const sectorLinks = (c: Catalog, ids: Id[]) =>
  pick(c.sectorById, ids).map((sector) => ({
    name: sector.name,
    href: documentPath(c.locale, 'sectors', sector.slug),
  }))

/**
 * `getStaticPaths` of a page that exists once per locale (a list, the home page…): its props
 * come from the locale's catalog, and their digest is the page's incremental-build key.
 */
export function pagePerLocale<P extends object>(
  props: (c: Catalog, locale: Locale) => P | Promise<P>,
) {
  return Promise.all(
    eachLocale().map(async ({ params, props: { locale } }) => {
      const value = { locale, ...(await props(await catalog(locale), locale)) }
      return { params, props: value, cacheKey: cacheKey(value) }
    }),
  )
}
