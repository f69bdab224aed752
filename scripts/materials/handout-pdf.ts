import PDFDocument from 'pdfkit'

import { FONTS } from './fonts'

type HandoutOptions = {
  markdown: string
  /** Shown in the footer of every page, with the page number. */
  footer: string
  /** Fixed so that rebuilding unchanged sources gives the same file. */
  date: Date
  title: string
}

const MARGIN = 56
const BODY_SIZE = 10.5

/** Renders **bold** runs inside one line of text. */
function richLine(doc: PDFKit.PDFDocument, text: string, options: PDFKit.Mixins.TextOptions = {}) {
  const parts = text.split(/(\*\*[^*]+\*\*)/).filter(Boolean)
  parts.forEach((part, index) => {
    const bold = part.startsWith('**') && part.endsWith('**')
    doc
      .font(bold ? 'bold' : 'regular')
      .text(bold ? part.slice(2, -2) : part.replace(/\*([^*]+)\*/g, '$1'), {
        ...options,
        continued: index < parts.length - 1,
      })
  })
}

function table(doc: PDFKit.PDFDocument, rows: string[][]) {
  const width = doc.page.width - MARGIN * 2
  const columns = Math.max(...rows.map((row) => row.length))
  const columnWidth = width / columns
  doc.fontSize(9)
  rows.forEach((row, rowIndex) => {
    doc.font(rowIndex === 0 ? 'bold' : 'regular')
    const height =
      Math.max(
        ...row.map((cell) =>
          doc.heightOfString(cell.replace(/\*\*/g, ''), { width: columnWidth - 8 }),
        ),
      ) + 8
    if (doc.y + height > doc.page.height - MARGIN - 20) doc.addPage()
    const top = doc.y
    row.forEach((cell, column) => {
      const left = MARGIN + column * columnWidth
      if (rowIndex === 0)
        doc.rect(left, top, columnWidth, height).fill('#e8f1ec').fillColor('#1b1b1b')
      doc.rect(left, top, columnWidth, height).lineWidth(0.5).stroke('#9bb5a6')
      doc.text(cell.replace(/\*\*/g, ''), left + 4, top + 4, { width: columnWidth - 8 })
    })
    doc.x = MARGIN
    doc.y = top + height
  })
  doc.moveDown(0.6).fontSize(BODY_SIZE)
}

/**
 * A participant handout as an A4 PDF, from plain Markdown: headings, paragraphs, bullet and
 * numbered lists, **bold**, and tables.
 */
export function renderHandoutPdf({
  markdown,
  footer,
  date,
  title,
}: HandoutOptions): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: { Title: title, Author: 'SXSH Knowledge Base', CreationDate: date, ModDate: date },
    lang: 'vi',
  })
  doc.registerFont('regular', FONTS.regular)
  doc.registerFont('bold', FONTS.bold)
  doc.registerFont('italic', FONTS.italic)
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))

  const lines = markdown.replace(/\r\n/g, '\n').split('\n')
  doc.font('regular').fontSize(BODY_SIZE).fillColor('#1b1b1b')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    const heading = /^(#{1,3})\s+(.*)$/.exec(line)
    if (heading) {
      const level = heading[1]!.length
      doc.moveDown(level === 1 ? 0 : 0.6)
      doc
        .font('bold')
        .fontSize([18, 14, 12][level - 1]!)
        .fillColor(level === 1 ? '#14532d' : '#1b1b1b')
      doc.text(heading[2]!.replace(/\*\*/g, ''))
      doc.fillColor('#1b1b1b').font('regular').fontSize(BODY_SIZE).moveDown(0.3)
    } else if (/^\s*\|/.test(line)) {
      const rows: string[][] = []
      while (i < lines.length && /^\s*\|/.test(lines[i] ?? '')) {
        const cells = (lines[i] ?? '')
          .trim()
          .replace(/^\||\|$/g, '')
          .split('|')
          .map((cell) => cell.trim())
        if (!cells.every((cell) => /^:?-{2,}:?$/.test(cell))) rows.push(cells)
        i++
      }
      i--
      table(doc, rows)
    } else if (/^\s*[-*]\s+/.test(line)) {
      const depth = Math.floor((/^\s*/.exec(line)?.[0].length ?? 0) / 2)
      richLine(doc, `•  ${line.replace(/^\s*[-*]\s+/, '')}`, { indent: 12 + depth * 14 })
    } else if (/^\s*\d+\.\s+/.test(line)) {
      richLine(doc, line.trim(), { indent: 12 })
    } else if (line.trim() === '') {
      doc.moveDown(0.5)
    } else {
      richLine(doc, line.trim(), { align: 'left' })
    }
  }

  const range = doc.bufferedPageRange()
  for (let page = range.start; page < range.start + range.count; page++) {
    doc.switchToPage(page)
    // Writing inside the bottom margin would otherwise start a new page.
    doc.page.margins.bottom = 0
    doc.font('regular').fontSize(8).fillColor('#5b6b62')
    doc.text(`${footer} · ${page + 1}/${range.count}`, MARGIN, doc.page.height - MARGIN + 16, {
      width: doc.page.width - MARGIN * 2,
      align: 'center',
      lineBreak: false,
    })
  }
  return new Promise((resolve) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.end()
  })
}
