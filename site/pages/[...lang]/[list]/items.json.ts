import type { APIRoute, GetStaticPaths } from 'astro'

import { LOCALES, type Locale } from '../../../../cms/lib/locales'
import { cacheKey } from '../../../lib/catalog'
import { LIST_SECTIONS, listContent, type Card } from '../../../lib/list-cards'
import { langParam } from '../../../lib/locale-routes'
import { SECTIONS } from '../../../lib/urls'

/**
 * Every card of a list, for site/scripts/list-filter.ts: a list is split into pages, but a reader
 * who filters or sorts it means the whole list. Fetched only when a reader does.
 */
export const getStaticPaths = (async () => {
  const paths = []
  for (const locale of LOCALES) {
    for (const section of LIST_SECTIONS) {
      const { cards } = await listContent(section, locale)
      paths.push({
        params: { ...langParam(locale), list: SECTIONS[section] },
        props: { locale, cards },
        cacheKey: cacheKey(cards),
      })
    }
  }
  return paths
}) satisfies GetStaticPaths

export const GET: APIRoute<{ locale: Locale; cards: Card[] }> = ({ props }) =>
  new Response(JSON.stringify(props.cards), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })
