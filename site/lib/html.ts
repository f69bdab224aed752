const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Escapes text for HTML content and attribute values; every CMS string passes through it. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!)

/** Splits a textarea's text into escaped paragraphs. */
export const paragraphs = (text: string): string =>
  text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => `<p>${escapeHtml(block).replace(/\n/g, '<br>')}</p>`)
    .join('')

/** Plain text of an HTML fragment (for heading anchors and lengths). */
export const textOf = (html: string): string =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) =>
      e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : "'",
    )

/**
 * The start of a long text for a card: whole sentences up to `max` characters, or the words that
 * fit with an ellipsis when the first sentence alone is longer.
 */
export function excerpt(text: string, max = 240): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const sentences = flat.slice(0, max + 1).match(/^.*[.!?…](?=\s)/)?.[0]
  if (sentences) return sentences
  return `${flat.slice(0, max).replace(/\s+\S*$/, '')}…`
}

/** A URL from the CMS made safe for href (no javascript: and the like). */
export { sanitizeUrl as safeUrl } from 'payload/shared'
