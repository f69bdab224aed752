import type { APIRoute } from 'astro'

import { ui } from '../../i18n/strings'
import { catalog, published } from '../../lib/catalog'
import { escapeHtml } from '../../lib/html'
import { eachLocale, localeOf } from '../../lib/locale-routes'
import { absoluteUrl, documentPath, localePath, type SectionKind } from '../../lib/urls'

export const getStaticPaths = () => eachLocale().map(({ params }) => ({ params }))

const ITEMS = 50

/** An RSS 2.0 feed per locale of new and updated guides, case studies, curricula and legal documents. */
export const GET: APIRoute = async ({ params, site }) => {
  const locale = localeOf(params.lang)
  const c = await catalog(locale)
  const t = ui(locale)
  type Item = {
    kind: SectionKind
    slug: string
    title: string
    summary?: string
    updatedAt: string
    firstPublishedAt?: string
    createdAt: string
  }
  const items: Item[] = [
    ...c.guides.map((d) => ({ ...d, kind: 'guides' as const })),
    ...c.caseStudies.map((d) => ({ ...d, kind: 'case-studies' as const })),
    ...c.curricula.map((d) => ({ ...d, kind: 'curricula' as const })),
    ...c.legal.map((d) => ({ ...d, kind: 'legal-documents' as const })),
  ]
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .slice(0, ITEMS)
  const home = absoluteUrl(site, localePath(locale))
  const body = items
    .map((item) => {
      const url = absoluteUrl(site, documentPath(locale, item.kind, item.slug))
      return `<item><title>${escapeHtml(item.title)}</title><link>${url}</link><guid isPermaLink="true">${url}</guid><category>${escapeHtml(t.kinds[item.kind])}</category><pubDate>${new Date(published(item)).toUTCString()}</pubDate>${
        item.summary ? `<description>${escapeHtml(item.summary)}</description>` : ''
      }</item>`
    })
    .join('\n')
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>${escapeHtml(t.rss.title)}</title><link>${home}</link><description>${escapeHtml(t.home.lead)}</description><language>${locale}</language><atom:link href="${absoluteUrl(site, localePath(locale, 'rss.xml').replace(/\/$/, ''))}" rel="self" type="application/rss+xml"/>${
    items[0] ? `<lastBuildDate>${new Date(items[0].updatedAt).toUTCString()}</lastBuildDate>` : ''
  }\n${body}\n</channel></rss>\n`
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
}
