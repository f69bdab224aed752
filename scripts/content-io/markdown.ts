import {
  convertLexicalToMarkdown,
  convertMarkdownToLexical,
  editorConfigFactory,
} from '@payloadcms/richtext-lexical'
import type { SanitizedConfig } from 'payload'

import { knowledgeFeatures } from '../../cms/fields/rich-text'

export type LexicalState = { root: { children: unknown[] } & Record<string, unknown> }
type EditorConfig = Awaited<ReturnType<typeof editorConfigFactory.fromFeatures>>

/** Converts between content/ Markdown and the knowledge base's rich text, with its blocks. */
export type MarkdownConverter = {
  toLexical: (markdown: string) => LexicalState
  toMarkdown: (state: LexicalState) => string
}

/**
 * Wraps bare GFM tables in <Table> tags (the Table block's Markdown form) and doubles two-space
 * list indentation to the four spaces Lexical nests by, so what authors commonly write imports
 * without losing tables or list nesting.
 */
export function normalizeMarkdown(markdown: string): string {
  const lines = markdown.replace(/\r\n/g, '\n').split('\n')
  const twoSpaceLists = lines.some((line) => /^ {2}(?:[-*+]|\d+\.)\s/.test(line))
  const out: string[] = []
  let insideTableTag = false
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] ?? ''
    if (/^<Table[\s>]/i.test(line)) insideTableTag = true
    if (/^<\/Table>/i.test(line)) insideTableTag = false
    if (!insideTableTag && /^\s*\|/.test(line)) {
      const table: string[] = []
      while (i < lines.length && /^\s*\|/.test(lines[i] ?? ''))
        table.push((lines[i++] ?? '').trim())
      i--
      out.push('<Table>', ...table, '</Table>')
      continue
    }
    if (twoSpaceLists) {
      line = line.replace(
        /^((?: {2})+)((?:[-*+]|\d+\.)\s)/,
        (_, indent: string, marker: string) => indent + indent + marker,
      )
    }
    out.push(line)
  }
  return out.join('\n')
}

export async function createMarkdownConverter(config: SanitizedConfig): Promise<MarkdownConverter> {
  const editorConfig: EditorConfig = await editorConfigFactory.fromFeatures({
    config,
    features: knowledgeFeatures,
  })
  return {
    toLexical: (markdown) =>
      convertMarkdownToLexical({
        editorConfig,
        markdown: normalizeMarkdown(markdown),
      }) as unknown as LexicalState,
    toMarkdown: (state) => convertLexicalToMarkdown({ data: state as never, editorConfig }).trim(),
  }
}

/** Visits every value in a JSON tree (rich text, block fields), replacing those `swap` maps. */
export function mapDeep(
  value: unknown,
  swap: (value: unknown, key: string) => unknown,
  key = '',
): unknown {
  const swapped = swap(value, key)
  if (swapped !== value) return swapped
  if (Array.isArray(value)) return value.map((item) => mapDeep(item, swap, key))
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapDeep(v, swap, k)]))
  }
  return value
}
