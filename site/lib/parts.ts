import { gzipSync } from 'node:zlib'

import { withHtml } from '../content/html-store'
import type { RenderedRichText, StoredRichText } from '../content/schemas/shared'
import { textOf } from './html'

/** One page of a long document: a run of its h2 sections. */
export interface Part {
  /** 1-based; part 1 is served at the document's own URL. */
  number: number
  /** The h2 headings the part holds (the first names the part). */
  headings: { id: string; text: string }[]
  html: string
}

/**
 * The most gzipped body HTML one page carries. With the page's chrome and critical CSS (about
 * 4 KB) a page then stays within the 12 KB first-response budget for slow connections.
 */
export const PART_BUDGET_BYTES = 7_000

const gzipBytes = (html: string): number => gzipSync(html).byteLength

/**
 * Splits a long rendered body into parts at h2 boundaries, the way GOV.UK splits long guides:
 * each part is its own page, light enough for a slow connection. Sections are grouped greedily
 * in reading order; a single section larger than the budget becomes a part of its own. A body
 * that fits is one part.
 */
export function splitIntoParts(body: RenderedRichText, budget = PART_BUDGET_BYTES): Part[] {
  // The content loader records where the parts end when it converts a document (see
  // withPartEnds), so a build does not measure unchanged bodies again.
  const recorded = budget === PART_BUDGET_BYTES ? body.partEnds : undefined
  const ends = recorded?.at(-1) === body.html.length ? recorded : partEnds(body, budget)
  return partsEndingAt(body, ends)
}

/**
 * How many parts a stored body makes. The loader records the parts' ends, so this reads the HTML
 * only for a body converted before they were recorded.
 */
export function partCount(body: StoredRichText | null | undefined): number {
  if (!body) return 1
  if (body.partEnds?.at(-1) === body.htmlLength) return body.partEnds.length
  return splitIntoParts(withHtml(body)).length
}

/** Where each part of `body` ends (offsets into its HTML); the last is the HTML's length. */
export function partEnds(body: RenderedRichText, budget = PART_BUDGET_BYTES): number[] {
  if (gzipBytes(body.html) <= budget) return [body.html.length]
  // Body headings come from our converter, always as `<h2 id="…">` at the top level.
  const starts = [...body.html.matchAll(/<h2 id="([^"]+)">/g)].map((m) => m.index)
  const bounds = [0, ...starts.filter((index) => index > 0), body.html.length]
  const sections = bounds.slice(0, -1).map((start, i) => body.html.slice(start, bounds[i + 1]))

  // A section larger than the budget by itself is cut again at its h3 headings, and a piece
  // still too large between its top-level blocks (paragraphs, lists, tables…).
  const tooLarge = (html: string) => gzipBytes(html) > budget
  const pieces = sections
    .flatMap((section) => (tooLarge(section) ? cutAt(section, /<h3 id="[^"]+">/g) : [section]))
    .flatMap((piece) => (tooLarge(piece) ? topLevelBlocks(piece) : [piece]))
  const groups: string[][] = []
  for (const piece of pieces) {
    const current = groups.at(-1)
    if (current && gzipBytes([...current, piece].join('')) <= budget) current.push(piece)
    else groups.push([piece])
  }
  // Every piece is a contiguous slice of the body, in order, so the groups are too.
  let end = 0
  return groups.map((group) => (end += group.join('').length))
}

/** The parts of `body` that end at `ends`. */
function partsEndingAt(body: RenderedRichText, ends: number[]): Part[] {
  if (ends.length === 1) return [{ number: 1, headings: h2s(body), html: body.html }]
  return ends.map((end, index) => {
    const html = body.html.slice(index ? ends[index - 1] : 0, end)
    const headings = [...html.matchAll(/<h2 id="([^"]+)">(.*?)<\/h2>/g)]
    // A part that continues a section is named by its first h3.
    const named = headings.length ? headings : [...html.matchAll(/<h3 id="([^"]+)">(.*?)<\/h3>/g)]
    return {
      number: index + 1,
      html,
      headings: named.slice(0, headings.length || 1).map((m) => ({
        id: m[1]!,
        text: textOf(m[2]!),
      })),
    }
  })
}

const VOID = new Set(['br', 'img', 'hr', 'source', 'input', 'meta', 'link', 'wbr', 'col'])

/** `html` cut between its top-level elements (our converter's HTML is well formed). */
function topLevelBlocks(html: string): string[] {
  const blocks: string[] = []
  let depth = 0
  let start = 0
  for (const match of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(\/?)>/g)) {
    const [, closing, tag, selfClosing] = match
    if (VOID.has(tag!.toLowerCase()) || selfClosing) continue
    depth += closing ? -1 : 1
    if (depth === 0) {
      const end = match.index + match[0].length
      blocks.push(html.slice(start, end))
      start = end
    }
  }
  if (start < html.length) blocks.push(html.slice(start))
  // A heading stays with the block that follows it.
  const merged: string[] = []
  let heading = ''
  for (const block of blocks.filter(Boolean)) {
    if (/^<h[1-6]\b/.test(block)) heading += block
    else {
      merged.push(heading + block)
      heading = ''
    }
  }
  if (heading) merged.push(heading)
  return merged
}

/** `html` cut before each match of `boundary` (the first piece keeps what comes before). */
function cutAt(html: string, boundary: RegExp): string[] {
  const starts = [...html.matchAll(boundary)].map((m) => m.index).filter((index) => index > 0)
  const bounds = [0, ...starts, html.length]
  return bounds.slice(0, -1).map((start, i) => html.slice(start, bounds[i + 1]))
}

function h2s(body: RenderedRichText) {
  return body.headings.filter((h) => h.depth === 2).map(({ id, text }) => ({ id, text }))
}

/**
 * Rewrites in-page links (`href="#id"`) whose target is in another part to that part's URL.
 */
export function linkAcrossParts(parts: Part[], partUrl: (number: number) => string): Part[] {
  const home = new Map<string, number>()
  for (const part of parts) {
    for (const match of part.html.matchAll(/\sid="([^"]+)"/g)) home.set(match[1]!, part.number)
  }
  return parts.map((part) => ({
    ...part,
    html: part.html.replace(/href="#([^"]+)"/g, (whole, id: string) => {
      const target = home.get(id)
      return target && target !== part.number ? `href="${partUrl(target)}#${id}"` : whole
    }),
  }))
}

/** The URL of part `number` of a document whose first part is at `base`. */
export const partPath = (base: string, number: number): string =>
  number === 1 ? base : `${base}${number}/`
