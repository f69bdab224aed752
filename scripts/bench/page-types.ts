/** The kinds of page the site's budgets are reported for. */
export type PageType =
  | 'home'
  | 'sector'
  | 'guide'
  | 'case study'
  | 'curriculum'
  | 'curriculum module'
  | 'legal document'
  | 'list'
  | 'glossary'
  | 'search'
  | 'offline'
  | 'page'
  | '404'

const LISTS = ['guides', 'case-studies', 'curricula', 'legal', 'sectors']

/** The page type of a URL path such as `/en/guides/x/2/`. */
export function pageType(urlPath: string): PageType {
  if (urlPath === '/404.html') return '404'
  const parts = urlPath.split('/').filter(Boolean)
  if (parts[0] === 'en') parts.shift()
  const [section, slug, sub] = parts
  if (!section) return 'home'
  if (!slug) {
    if (LISTS.includes(section)) return 'list'
    if (section === 'glossary') return 'glossary'
    if (section === 'search') return 'search'
    if (section === 'offline') return 'offline'
    return 'page'
  }
  if (LISTS.includes(section) && slug === 'page' && sub) return 'list'
  if (section === 'sectors') return 'sector'
  if (section === 'guides') return 'guide'
  if (section === 'case-studies') return 'case study'
  if (section === 'curricula') return sub ? 'curriculum module' : 'curriculum'
  if (section === 'legal') return 'legal document'
  return 'page'
}
