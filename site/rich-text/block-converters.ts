import type { HTMLConverter } from '@payloadcms/richtext-lexical/html'

import { parseTableText } from '../../cms/lib/table-text'
import { fileMeta } from '../lib/file-meta'
import { escapeHtml, paragraphs } from '../lib/html'
import { pictureHtml } from '../lib/images'
import { optionTypeLabel, validityLabel } from '../lib/labels'
import { idOf } from '../content/rich-text-references'
import type { RenderContext } from './render-context'

type BlockFields = Record<string, unknown>
type BlockNode = { fields: BlockFields }

const text = (value: unknown): string => (typeof value === 'string' ? value : '')
/** A number in a table cell (1.234,5 or 1,234.5 or −6 %) is right-aligned. */
const NUMERIC_CELL = /^[−+-]?[\d.,\s]+(%|\s%)?$/

/** HTML for each block of the content model (cms/blocks/). */
export function blockConverters(
  ctx: RenderContext,
): Record<string, HTMLConverter<{ type: 'block'; fields: BlockFields }>> {
  return {
    callout: ({ node }: { node: BlockNode }) => {
      const tone = text(node.fields.tone) || 'note'
      const title = text(node.fields.title)
      return `<aside class="callout callout-${escapeHtml(tone)}">${
        title ? `<p class="callout-title">${escapeHtml(title)}</p>` : ''
      }${paragraphs(text(node.fields.text))}</aside>`
    },

    checklist: ({ node }: { node: BlockNode }) => {
      const items = Array.isArray(node.fields.items) ? (node.fields.items as BlockFields[]) : []
      const title = text(node.fields.title)
      const list = items
        .map((item) => {
          const type = text(item.optionType)
          const tag = type
            ? ` <span class="tag">${escapeHtml(optionTypeLabel(ctx.locale, type))}</span>`
            : ''
          return `<li>${escapeHtml(text(item.text))}${tag}</li>`
        })
        .join('')
      return `<div class="checklist">${
        title ? `<p class="checklist-title">${escapeHtml(title)}</p>` : ''
      }<ul>${list}</ul></div>`
    },

    table: ({ node }: { node: BlockNode }) => {
      const parsed = parseTableText(text(node.fields.data))
      if (!parsed.ok) throw new Error(`table block: ${parsed.error}`)
      const header = node.fields.headerRow !== false
      const cell = (tag: 'td' | 'th', value: string) =>
        `<${tag}${NUMERIC_CELL.test(value) ? ' class="num"' : ''}>${escapeHtml(value)}</${tag}>`
      const [first, ...rest] = parsed.rows
      const head =
        header && first ? `<thead><tr>${first.map((v) => cell('th', v)).join('')}</tr></thead>` : ''
      const body = (header ? rest : parsed.rows)
        .map((row) => `<tr>${row.map((v) => cell('td', v)).join('')}</tr>`)
        .join('')
      const caption = text(node.fields.caption)
      const source = text(node.fields.source)
      return `<div class="table-wrap"><table>${
        caption ? `<caption>${escapeHtml(caption)}</caption>` : ''
      }${head}<tbody>${body}</tbody></table>${
        source ? `<p class="table-source">${escapeHtml(source)}</p>` : ''
      }</div>`
    },

    figure: ({ node }: { node: BlockNode }) => {
      const id = idOf(node.fields.image)
      const media = id === undefined ? undefined : ctx.media(id)
      if (!media) return ''
      const caption = text(node.fields.caption) || media.caption || ''
      const credit = text(node.fields.credit) || media.credit || ''
      const figcaption =
        caption || credit
          ? `<figcaption>${escapeHtml(caption)}${
              credit ? ` <span class="credit">${escapeHtml(credit)}</span>` : ''
            }</figcaption>`
          : ''
      return `<figure>${(ctx.picture ?? pictureHtml)(media)}${figcaption}</figure>`
    },

    fileDownload: ({ node }: { node: BlockNode }) => {
      const id = idOf(node.fields.file)
      const file = id === undefined ? undefined : ctx.file(id)
      if (!file) return ''
      const linkText = text(node.fields.label) || file.title
      return `<p class="download"><a href="${escapeHtml(file.href)}" download>${escapeHtml(linkText)}</a> <span class="file-meta">${escapeHtml(fileMeta(ctx.locale, file))}</span></p>`
    },

    legalReference: ({ node }: { node: BlockNode }) => {
      const id = idOf(node.fields.document)
      const target = id === undefined ? undefined : ctx.legal(id)
      if (!target) return ''
      const article = text(node.fields.article)
      const note = text(node.fields.note)
      return `<aside class="legal-ref"><p><a href="${escapeHtml(target.href)}">${escapeHtml(target.number)}</a>${
        article ? `, ${escapeHtml(article)}` : ''
      } — ${escapeHtml(target.title)} <span class="badge validity-${target.validity}">${escapeHtml(
        validityLabel(ctx.locale, target.validity),
      )}</span></p>${note ? paragraphs(note) : ''}</aside>`
    },
  }
}
