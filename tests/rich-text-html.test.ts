import { describe, expect, it } from 'vitest'

import { renderRichText } from '../site/rich-text/to-html'
import type { RenderContext } from '../site/rich-text/render-context'
import { blockNode, richText } from './helpers/documents'

const ctx: RenderContext = {
  locale: 'vi',
  link: (collection, id) =>
    collection === 'guides' && String(id) === '1'
      ? { href: '/guides/mot/', title: 'Một' }
      : undefined,
  legal: (id) =>
    String(id) === '7'
      ? {
          href: '/legal/2618-qd-ubnd/',
          title: 'Kế hoạch SXSH',
          number: '2618/QĐ-UBND',
          validity: 'expired',
        }
      : undefined,
  media: (id) =>
    String(id) === '3'
      ? {
          filename: 'anh.png',
          mimeType: 'image/png',
          filesize: 1000,
          updatedAt: '2026-01-01',
          alt: 'Ảnh "thử"',
          width: 1600,
          height: 1000,
        }
      : String(id) === '4'
        ? {
            filename: 'so-do.svg',
            mimeType: 'image/svg+xml',
            filesize: 900,
            updatedAt: '2026-01-01',
            alt: 'Sơ đồ',
            width: 760,
            height: 500,
          }
        : undefined,
  file: (id) =>
    String(id) === '5'
      ? {
          href: '/files/tai-lieu.pdf',
          title: 'Tài liệu',
          filename: 'tai-lieu.pdf',
          mimeType: 'application/pdf',
          filesize: 48_000,
          language: 'vi',
          format: 'PDF',
        }
      : undefined,
}

const heading = (tag: string, text: string) => ({
  type: 'heading',
  tag,
  version: 1,
  children: [{ type: 'text', text, format: 0, version: 1 }],
})
const render = (...children: Parameters<typeof richText>) =>
  renderRichText(richText(...children), ctx)

describe('rich text → HTML', () => {
  it('gives headings unique anchors (never a template section id) and lists h2/h3 for the TOC', () => {
    const out = render(
      heading('h1', 'Mở đầu'),
      heading('h2', 'Cơ sở pháp lý'),
      heading('h3', 'Điện năng'),
      heading('h3', 'Điện năng'),
    )
    expect(out.html).toContain('<h2 id="mo-dau">')
    expect(out.html).toContain('<h2 id="co-so-phap-ly">')
    expect(out.headings.map((h) => h.id)).toEqual([
      'mo-dau',
      'co-so-phap-ly',
      'dien-nang',
      'dien-nang-2',
    ])
    const english = render(heading('h2', 'Legal basis'))
    expect(english.headings[0]!.id).toBe('legal-basis-2')
  })

  it('converts every block of the content model', () => {
    const { html } = render(
      blockNode({
        blockType: 'callout',
        tone: 'warning',
        title: 'Chú ý',
        text: 'Dòng một\n\nDòng <hai>',
      }),
      blockNode({
        blockType: 'checklist',
        title: 'Cơ hội',
        items: [{ text: 'Bảo ôn đường hơi', optionType: 'equipment-modification' }],
      }),
      blockNode({
        blockType: 'table',
        caption: 'Số liệu',
        headerRow: true,
        data: 'Chỉ số | Trước\nkWh/t | 1.234,5',
        source: 'Ví dụ',
      }),
      blockNode({ blockType: 'figure', image: 3, caption: 'Dây chuyền' }),
      blockNode({ blockType: 'figure', image: 4 }),
      blockNode({ blockType: 'fileDownload', file: 5, label: 'Tải tài liệu' }),
      blockNode({ blockType: 'legalReference', document: 7, article: 'Điều 3' }),
    )
    expect(html).toContain(
      '<aside class="callout callout-warning"><p class="callout-title">Chú ý</p><p>Dòng một</p><p>Dòng &lt;hai&gt;</p></aside>',
    )
    expect(html).toContain('<li>Bảo ôn đường hơi <span class="tag">Cải tiến thiết bị</span></li>')
    expect(html).toContain(
      '<caption>Số liệu</caption><thead><tr><th>Chỉ số</th><th>Trước</th></tr></thead>',
    )
    expect(html).toContain('<td class="num">1.234,5</td>')
    expect(html).toMatch(
      /<picture><source type="image\/avif" srcset="\/media\/anh-[0-9a-f]{8}-360w\.avif 360w, \/media\/anh-[0-9a-f]{8}-720w\.avif 720w"/,
    )
    expect(html).toMatch(
      /<img src="\/media\/anh-[0-9a-f]{8}-720w\.webp" alt="Ảnh &quot;thử&quot;" width="720" height="450" loading="lazy"/,
    )
    expect(html).toMatch(
      /<img src="\/media\/so-do-[0-9a-f]{8}\.svg" alt="Sơ đồ" width="760" height="500"/,
    )
    expect(html).toContain(
      '<a href="/files/tai-lieu.pdf" download>Tải tài liệu</a> <span class="file-meta">PDF · Tiếng Việt · 48 kB</span>',
    )
    expect(html).toContain(
      '<a href="/legal/2618-qd-ubnd/">2618/QĐ-UBND</a>, Điều 3 — Kế hoạch SXSH <span class="badge validity-expired">Hết hiệu lực toàn bộ</span>',
    )
  })

  it('resolves internal links, and drops links to unpublished documents and unsafe URLs', () => {
    const link = (fields: Record<string, unknown>, text: string) => ({
      type: 'paragraph',
      version: 1,
      children: [
        {
          type: 'link',
          version: 3,
          fields,
          children: [{ type: 'text', text, format: 0, version: 1 }],
        },
      ],
    })
    const { html } = render(
      link({ linkType: 'internal', doc: { relationTo: 'guides', value: 1 } }, 'đã công bố'),
      link({ linkType: 'internal', doc: { relationTo: 'guides', value: 2 } }, 'bản nháp'),
      link({ linkType: 'custom', url: 'javascript:alert(1)' }, 'độc hại'),
      link({ linkType: 'custom', url: 'https://vbpl.vn/' }, 'vbpl'),
    )
    expect(html).toContain('<p><a href="/guides/mot/">đã công bố</a></p>')
    expect(html).toContain('<p>bản nháp</p>')
    expect(html).toContain('<p>độc hại</p>')
    expect(html).toContain('<a href="https://vbpl.vn/" rel="noopener external">vbpl</a>')
  })

  it('escapes text and refuses node types it has no converter for', () => {
    expect(render('<script>alert(1)</script>').html).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>',
    )
    expect(() => render({ type: 'mystery', version: 1 })).toThrow(
      /no HTML converter for the "mystery" node/,
    )
    expect(() => render(blockNode({ blockType: 'carousel' }))).toThrow(/"carousel" block/)
  })
})
