import {
  convertLexicalToHTML,
  defaultHTMLConverters,
  type HTMLConverters,
} from '@payloadcms/richtext-lexical/html'
import { sanitizeUrl } from 'payload/shared'

import { slugify } from '../../cms/lib/slugify'
import type { RenderedRichText } from '../content/schemas/shared'
import { fileMeta } from '../lib/file-meta'
import { escapeHtml, textOf } from '../lib/html'
import { pictureHtml } from '../lib/images'
import { blockConverters } from './block-converters'
import { idOf } from '../content/rich-text-references'
import type { RenderContext } from './render-context'

type LexicalState = Parameters<typeof convertLexicalToHTML>[0]['data']
type Heading = RenderedRichText['headings'][number]
// The converters receive Payload's serialized nodes; only the fields read here are typed.
type AnyNode = {
  type: string
  tag?: string
  children?: unknown[]
  fields?: Record<string, unknown>
  relationTo?: string
  value?: unknown
  listType?: string
  checked?: boolean
}

type ConverterFunction = (...args: never[]) => string

/** Wraps every converter so that an error is recorded instead of being swallowed. */
function guarded(converters: HTMLConverters, problems: Error[]): HTMLConverters {
  const wrap = (converter: unknown): unknown =>
    typeof converter !== 'function'
      ? converter
      : (...args: never[]) => {
          try {
            return (converter as ConverterFunction)(...args)
          } catch (error) {
            problems.push(error as Error)
            return ''
          }
        }
  return Object.fromEntries(
    Object.entries(converters).map(([key, value]) => [
      key,
      key === 'blocks' || key === 'inlineBlocks'
        ? Object.fromEntries(Object.entries(value ?? {}).map(([slug, fn]) => [slug, wrap(fn)]))
        : wrap(value),
    ]),
  ) as HTMLConverters
}

/**
 * Ids the page templates use for their own sections and controls; a heading in rich text that
 * would take one gets a suffix instead, so every anchor on a page stays unique.
 */
const TEMPLATE_IDS = [
  'main',
  'q',
  'home-q',
  'page-q',
  'toc-title',
  'parts-title',
  'attachments',
  'case-studies',
  'changelog',
  'curricula',
  'guides',
  'indicators',
  'legal',
  'legal-basis',
  'materials',
  'modules',
  'options',
  'outcomes',
  'prerequisites',
  'relations',
  'source',
  'story',
  'text',
  'totals',
]

/**
 * Converts one rich-text field to HTML. Every node type the editor can produce has a converter;
 * an unknown one stops the build (the loader names the document and field) rather than
 * silently dropping text.
 */
export function renderRichText(state: unknown, ctx: RenderContext): RenderedRichText {
  const headings: Heading[] = []
  const usedIds = new Set<string>(TEMPLATE_IDS)
  const uniqueId = (text: string): string => {
    const base = slugify(text, 60) || 'section'
    let id = /^module-\d+$/.test(base) ? `${base}-text` : base
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`
    usedIds.add(id)
    return id
  }

  const converters: HTMLConverters = {
    ...defaultHTMLConverters,
    paragraph: ({ node, nodesToHTML, providedStyleTag }) => {
      const children = nodesToHTML({ nodes: node.children }).join('')
      return children.trim() === '' ? '' : `<p${providedStyleTag}>${children}</p>`
    },
    // The page title is the only h1: body headings start at h2 and get anchors for the TOC.
    heading: ({ node, nodesToHTML }) => {
      const children = nodesToHTML({ nodes: node.children }).join('')
      const depth = Math.min(Math.max(Number(String(node.tag).slice(1)) || 2, 2), 6)
      const text = textOf(children).trim()
      const id = uniqueId(text)
      if (depth <= 3) headings.push({ depth, id, text })
      return `<h${depth} id="${id}">${children}</h${depth}>`
    },
    list: ({ node, nodesToHTML }) => {
      const tag = node.tag === 'ol' ? 'ol' : 'ul'
      const children = nodesToHTML({ nodes: node.children }).join('')
      return `<${tag}${node.listType === 'check' ? ' class="checks"' : ''}>${children}</${tag}>`
    },
    listitem: ({ node, nodesToHTML, parent }) => {
      const children = nodesToHTML({ nodes: node.children }).join('')
      const nested = (node.children as AnyNode[]).some((child) => child.type === 'list')
      if ((parent as AnyNode).listType === 'check' && !nested) {
        return `<li class="${node.checked ? 'checked' : 'unchecked'}">${children}</li>`
      }
      return `<li${nested ? ' class="nested"' : ''}>${children}</li>`
    },
    link: ({ node, nodesToHTML }) => {
      const children = nodesToHTML({ nodes: node.children }).join('')
      const fields = (node as AnyNode).fields ?? {}
      if (fields.linkType === 'internal') {
        const doc = fields.doc as { relationTo?: string; value?: unknown } | undefined
        const id = idOf(doc?.value)
        const target =
          doc?.relationTo && id !== undefined ? ctx.link(doc.relationTo, id) : undefined
        // A link to something unpublished keeps its text and loses the link.
        return target ? `<a href="${escapeHtml(target.href)}">${children}</a>` : children
      }
      const url = String(fields.url ?? '')
      const safe = sanitizeUrl(url)
      // An unsafe URL (javascript:…) is dropped with its link; the text stays.
      if (safe === '#' && url.trim() !== '#') return children
      const href = escapeHtml(safe)
      const external = /^https?:/i.test(href)
      return `<a href="${href}"${external ? ' rel="noopener external"' : ''}>${children}</a>`
    },
    upload: ({ node }) => {
      const { relationTo, value } = node as unknown as AnyNode
      const id = idOf(value)
      if (id === undefined) return ''
      if (relationTo === 'media') {
        const media = ctx.media(id)
        if (!media) return ''
        return `<figure>${(ctx.picture ?? pictureHtml)(media)}${
          media.caption ? `<figcaption>${escapeHtml(media.caption)}</figcaption>` : ''
        }</figure>`
      }
      const file = ctx.file(id)
      if (!file) return ''
      return `<p class="download"><a href="${escapeHtml(file.href)}" download>${escapeHtml(file.title)}</a> <span class="file-meta">${escapeHtml(fileMeta(ctx.locale, file))}</span></p>`
    },
    relationship: ({ node }) => {
      const { relationTo, value } = node as unknown as AnyNode
      const id = idOf(value)
      const target = relationTo && id !== undefined ? ctx.link(relationTo, id) : undefined
      return target
        ? `<p class="embed"><a href="${escapeHtml(target.href)}">${escapeHtml(target.title)}</a></p>`
        : ''
    },
    blocks: blockConverters(ctx),
    unknown: ({ node }) => {
      const type = (node as AnyNode).type
      const block = (node as AnyNode).fields?.blockType
      throw new Error(
        `no HTML converter for the ${block ? `"${String(block)}" block` : `"${type}" node`}`,
      )
    },
  }

  // Payload's converter logs a failing node and carries on without it; a page with a silently
  // missing block is worse than a build that stops, so failures are collected and rethrown.
  const problems: Error[] = []
  const html = convertLexicalToHTML({
    data: state as LexicalState,
    converters: guarded(converters, problems),
    disableContainer: true,
    disableIndent: ['listitem'],
  })
  if (problems[0]) throw problems[0]
  return { html, headings, textLength: textOf(html).length }
}
