import { readFileSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { escapeHtml } from '../../site/lib/html'
import { renderRichText } from '../../site/rich-text/to-html'
import type { Locale } from '../lib/locales'
import { previewContext } from './preview-context'

const isLexicalState = (value: unknown): boolean =>
  !!value &&
  typeof value === 'object' &&
  (value as { root?: { type?: unknown } }).root?.type === 'root'

/** Every rich-text field of a document, in order, with its path (`body`, `modules.0.content`…). */
function richTextFields(value: unknown, at: string[] = []): [string, unknown][] {
  if (isLexicalState(value)) return [[at.join('.'), value]]
  if (Array.isArray(value))
    return value.flatMap((item, i) => richTextFields(item, [...at, String(i)]))
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => richTextFields(item, [...at, key]))
  }
  return []
}

const STYLES = ['critical.css', 'deferred.css']
  .map((name) => readFileSync(path.resolve('site', 'styles', name), 'utf8'))
  .join('\n')

/**
 * A draft as the site will show its text: the site's own rich-text converters and stylesheet,
 * under a banner saying it is a preview. Served by the CMS to signed-in users only; never
 * written to the public site.
 */
export async function renderPreview(
  payload: Payload,
  collection: string,
  doc: Record<string, unknown>,
  locale: Locale,
): Promise<string> {
  const siteUrl = process.env.SITE_URL ?? 'http://localhost:4321'
  const ctx = await previewContext(payload, doc, locale, siteUrl)
  const title = String(doc.title ?? doc.name ?? doc.term ?? doc.slug ?? '')
  const summary = typeof doc.summary === 'string' ? doc.summary : ''
  const sections = richTextFields(doc)
    .map(([field, state]) => {
      try {
        return renderRichText(state, ctx).html
      } catch (error) {
        return `<p class="notice">${escapeHtml(`${field}: ${(error as Error).message}`)}</p>`
      }
    })
    .join('\n')
  const banner =
    locale === 'vi'
      ? `Bản xem trước (${doc._status === 'published' ? 'đã công bố' : 'bản nháp'}) — chưa xuất hiện trên trang công khai cho đến khi được công bố.`
      : `Preview (${doc._status === 'published' ? 'published' : 'draft'}) — not on the public site until it is published.`
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)} · preview</title><style>${STYLES}</style></head>
<body><p class="notice" role="status" style="margin:0">${escapeHtml(banner)} (${escapeHtml(collection)})</p>
<main class="wrap"><article class="content"><h1>${escapeHtml(title)}</h1>
${summary ? `<p class="lead">${escapeHtml(summary)}</p>` : ''}
${sections}</article></main></body></html>`
}
