import { parseDocument, stringify } from 'yaml'

import { ContentError } from './problems'

export type ContentFile = { data: Record<string, unknown>; body: string }

/** Splits `---` YAML front matter from the Markdown body, with errors that name the file. */
export function parseContentFile(path: string, text: string): ContentFile {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text)
  if (!match)
    throw new ContentError(path, undefined, 'no front matter: the file must start with a --- line')
  const document = parseDocument(match[1] ?? '')
  const error = document.errors[0]
  if (error)
    throw new ContentError(
      path,
      undefined,
      `malformed front matter: ${error.message.split('\n')[0]}`,
    )
  const data = document.toJS() as unknown
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new ContentError(path, undefined, 'front matter must be a YAML mapping of fields')
  }
  return { data: data as Record<string, unknown>, body: (match[2] ?? '').trim() }
}

/** The canonical YAML the exporter writes: no line folding, literal blocks for multi-line text. */
export const toYaml = (value: unknown): string =>
  stringify(value, { lineWidth: 0, blockQuote: 'literal', defaultKeyType: 'PLAIN' })

/** Writes a content file in the one canonical layout, so an export reproduces what was imported. */
export function formatContentFile({ data, body }: ContentFile): string {
  const text = body.trim()
  return `---\n${toYaml(data)}---\n${text ? `\n${text}\n` : ''}`
}
