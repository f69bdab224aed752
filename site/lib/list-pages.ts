import { LOCALES, type Locale } from '../../cms/lib/locales'
import { cacheKey } from './catalog'
import { listContent, type Card, type ListContent, type ListSection } from './list-cards'
import { langParam } from './locale-routes'
import { sectionPath } from './urls'

/**
 * Cards per list page. A document card weighs about 250 bytes gzip, so a page of 40 stays within
 * the 12 KB first-response budget however large a section grows; a sector card carries the
 * opening of the sector's description (up to 240 characters), so sectors come 20 to a page.
 */
export const LIST_PAGE_SIZE = 40
const PAGE_SIZE: Partial<Record<ListSection, number>> = { sectors: 20 }
const pageSize = (section: ListSection) => PAGE_SIZE[section] ?? LIST_PAGE_SIZE

/** `/guides/` for the first page of a list, `/guides/page/2/` for the next ones. */
export const listPagePath = (locale: Locale, section: ListSection, page: number): string =>
  page <= 1 ? sectionPath(locale, section) : `${sectionPath(locale, section)}page/${page}/`

/** Every card of a list as JSON: filters and sorts in the browser work on the whole list. */
export const listItemsPath = (locale: Locale, section: ListSection): string =>
  `${sectionPath(locale, section)}items.json`

export type ListPageProps = Omit<ListContent, 'cards'> & {
  locale: Locale
  section: ListSection
  cards: Card[]
  page: number
  pages: number
  total: number
}

/** `getStaticPaths` of a list's first page (`first`) or of its further pages (`rest`, param `n`). */
export async function listPaths(section: ListSection, which: 'first' | 'rest') {
  const paths = []
  for (const locale of LOCALES) {
    const { cards, ...content } = await listContent(section, locale)
    const size = pageSize(section)
    const pages = Math.max(1, Math.ceil(cards.length / size))
    const numbers = which === 'first' ? [1] : Array.from({ length: pages - 1 }, (_, i) => i + 2)
    for (const page of numbers) {
      const props: ListPageProps = {
        ...content,
        locale,
        section,
        cards: cards.slice((page - 1) * size, page * size),
        page,
        pages,
        total: cards.length,
      }
      const params =
        which === 'first' ? langParam(locale) : { ...langParam(locale), n: String(page) }
      paths.push({ params, props, cacheKey: cacheKey(props) })
    }
  }
  return paths
}
