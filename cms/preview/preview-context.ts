import type { Payload } from 'payload'

import { LINKABLE_COLLECTIONS } from '../fields/rich-text'
import { richTextReferences } from '../../site/content/rich-text-references'
import type { FileItem } from '../../site/lib/file-meta'
import type { MediaItem } from '../../site/lib/images'
import { documentPath, type SectionKind } from '../../site/lib/urls'
import { currentValidity } from '../../site/lib/validity'
import type { RenderContext } from '../../site/rich-text/render-context'
import type { Locale } from '../lib/locales'

type Doc = Record<string, unknown> & { id: number | string }

/**
 * What the site's rich-text converters need, for one draft: every document its rich text points
 * at, read now (drafts included, as the editor sees them). Links go to the public site's URLs;
 * images come from the CMS itself, since the site's resized copies do not exist yet.
 */
export async function previewContext(
  payload: Payload,
  doc: unknown,
  locale: Locale,
  siteUrl: string,
): Promise<RenderContext> {
  const found = new Map<string, Doc>()
  for (const { collection, id } of richTextReferences(doc)) {
    const key = `${collection}:${id}`
    if (found.has(key) || !(collection in payload.collections)) continue
    const target = await payload
      .findByID({ collection: collection as 'guides', id, locale, depth: 0, draft: true })
      .catch(() => undefined)
    if (target) found.set(key, target as unknown as Doc)
  }
  const get = (collection: string, id: number | string) => found.get(`${collection}:${id}`)
  const site = (path: string) => new URL(path, siteUrl).toString()
  return {
    locale,
    link: (collection, id) => {
      const target = get(collection, id)
      if (!target || !(LINKABLE_COLLECTIONS as readonly string[]).includes(collection))
        return undefined
      const title = String(target.title ?? target.name ?? target.slug)
      return {
        href: site(documentPath(locale, collection as SectionKind, String(target.slug))),
        title,
      }
    },
    legal: (id) => {
      const target = get('legal-documents', id)
      if (!target) return undefined
      return {
        href: site(documentPath(locale, 'legal-documents', String(target.slug))),
        title: String(target.title),
        number: String(target.number),
        validity: currentValidity({
          issueDate: String(target.issueDate),
          effectiveDate: (target.effectiveDate as string | null) ?? undefined,
          expiryDate: (target.expiryDate as string | null) ?? undefined,
          validityStatus: (target.validityStatus as never) ?? undefined,
          validityStatusSetByEditor: Boolean(target.validityStatusSetByEditor),
        }),
      }
    },
    media: (id) => get('media', id) as unknown as MediaItem | undefined,
    file: (id) => {
      const target = get('files', id) as unknown as (FileItem & { url?: string }) | undefined
      return target && { ...target, href: target.url ?? '#' }
    },
    picture: (media) => {
      const { url, width, height, alt } = media as MediaItem & { url?: string }
      return `<img src="${url ?? ''}" alt="${alt.replace(/"/g, '&quot;')}"${width ? ` width="${width}"` : ''}${height ? ` height="${height}"` : ''}>`
    },
  }
}
