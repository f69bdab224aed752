/** The description of a document for meta tags: the editor's SEO text, else its summary, cut to 160. */
export function metaDescription(...candidates: (string | undefined)[]): string {
  const text = (candidates.find((c) => c && c.trim()) ?? '').replace(/\s+/g, ' ').trim()
  if (text.length <= 160) return text
  const cut = text.slice(0, 159)
  return `${cut.slice(0, cut.lastIndexOf(' ') > 100 ? cut.lastIndexOf(' ') : 159)}…`
}

/** JSON-LD as a script body; `<` is escaped so no CMS text can close the script element. */
export const jsonLdScript = (data: Record<string, unknown>): string =>
  JSON.stringify(data).replace(/</g, '\\u003c')
