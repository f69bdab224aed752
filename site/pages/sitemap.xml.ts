import type { APIRoute } from 'astro'

import { escapeHtml } from '../lib/html'
import { siteMap } from '../lib/site-map'
import { absoluteUrl } from '../lib/urls'

/** sitemap.xml with each page's language alternates (xhtml:link), as search engines expect. */
export const GET: APIRoute = async ({ site }) => {
  const urls = (await siteMap()).flatMap((page) => {
    const entries = Object.entries(page.paths)
    const alternates = entries
      .map(
        ([lang, path]) =>
          `<xhtml:link rel="alternate" hreflang="${lang}" href="${escapeHtml(absoluteUrl(site, path))}"/>`,
      )
      .join('')
    return entries.map(
      ([, path]) =>
        `<url><loc>${escapeHtml(absoluteUrl(site, path))}</loc>${
          page.lastmod ? `<lastmod>${page.lastmod.slice(0, 10)}</lastmod>` : ''
        }${entries.length > 1 ? alternates : ''}</url>`,
    )
  })
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">${urls.join('\n')}</urlset>\n`
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
}
