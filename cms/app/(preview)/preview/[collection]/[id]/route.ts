import config from '@payload-config'
import { getPayload, type CollectionSlug } from 'payload'

import { LOCALES, type Locale } from '../../../../../lib/locales'
import { renderPreview } from '../../../../../preview/render-preview'

/** Collections whose drafts can be previewed. */
const PREVIEWABLE = ['guides', 'case-studies', 'curricula', 'legal-documents', 'sectors']

/**
 * `GET /preview/<collection>/<id>?locale=vi`: the latest draft of a document rendered with the
 * site's converters and stylesheet, for signed-in users (the admin's Preview button opens it).
 */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ collection: string; id: string }> },
): Promise<Response> {
  const { collection, id } = await params
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) return Response.redirect(new URL('/admin/login', request.url), 302)
  if (!PREVIEWABLE.includes(collection)) return new Response('Not previewable', { status: 404 })
  const requested = new URL(request.url).searchParams.get('locale')
  const locale: Locale = (LOCALES as readonly string[]).includes(requested ?? '')
    ? (requested as Locale)
    : 'vi'
  const doc = await payload
    .findByID({
      collection: collection as CollectionSlug,
      id,
      locale,
      draft: true,
      depth: 1,
      user,
      overrideAccess: false,
    })
    .catch(() => undefined)
  if (!doc) return new Response('Not found', { status: 404 })
  const html = await renderPreview(
    payload,
    collection,
    doc as unknown as Record<string, unknown>,
    locale,
  )
  return new Response(html, {
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'private, no-store',
      'X-Robots-Tag': 'noindex',
    },
  })
}
