import type { Payload } from 'payload'

import { pngFile } from './fixtures'
import { blockNode, richText } from './documents'

/** Text that must never reach the public site: it lives only in drafts. */
export const DRAFT_MARKERS = {
  /** In a guide that was never published. */
  draftOnly: 'DRAFTONLY7F3A',
  /** In an unpublished revision of a published guide. */
  draftRevision: 'DRAFTREVISION91C2',
} as const

/** Text an attacker might type into the CMS; the site must show it as text. */
export const HOSTILE_TEXT = '<script>alert("xss")</script><img src=x onerror=alert(1)>'

export interface SiteFixtures {
  draftOnlySlug: string
  revisedSlug: string
  rasterGuideSlug: string
}

/**
 * What the seeded corpus lacks and the site tests need: a never-published draft, a published
 * guide with a newer draft revision, and a published guide with a raster image (the corpus has
 * only SVG diagrams), a link to an unpublished document and hostile text.
 */
export async function addSiteFixtures(payload: Payload): Promise<SiteFixtures> {
  const draft = await payload.create({
    collection: 'guides',
    draft: true,
    data: {
      title: `Bản nháp chưa công bố ${DRAFT_MARKERS.draftOnly}`,
      summary: DRAFT_MARKERS.draftOnly,
      body: richText(`Nội dung nháp ${DRAFT_MARKERS.draftOnly}.`),
      _status: 'draft',
    },
  })

  const { docs } = await payload.find({
    collection: 'guides',
    where: { _status: { equals: 'published' } },
    limit: 1,
    sort: 'id',
  })
  const revised = docs[0]!
  await payload.update({
    collection: 'guides',
    id: revised.id,
    draft: true,
    data: { summary: `Bản sửa chưa duyệt ${DRAFT_MARKERS.draftRevision}` },
  })

  const image = await payload.create({
    collection: 'media',
    data: { alt: 'Ảnh chụp dây chuyền (ảnh thử nghiệm)' },
    file: await pngFile('anh-day-chuyen.png', 1600, 1000),
  })
  const caseStudy = (await payload.find({ collection: 'case-studies', limit: 1, sort: 'id' }))
    .docs[0]!
  const guide = await payload.create({
    collection: 'guides',
    data: {
      title: 'Hướng dẫn có ảnh chụp',
      slug: 'huong-dan-co-anh-chup',
      summary: `Trang thử nghiệm ảnh raster. ${HOSTILE_TEXT}`,
      body: richText(
        `Đoạn mở đầu có ký tự đặc biệt ${HOSTILE_TEXT}.`,
        blockNode({ blockType: 'figure', image: image.id, caption: 'Dây chuyền sau cải tiến' }),
        {
          type: 'paragraph',
          version: 1,
          format: '',
          indent: 0,
          direction: 'ltr',
          children: [
            {
              type: 'link',
              version: 3,
              format: '',
              indent: 0,
              direction: 'ltr',
              fields: { linkType: 'internal', doc: { relationTo: 'guides', value: draft.id } },
              children: [{ type: 'text', text: 'liên kết tới bản nháp', format: 0, version: 1 }],
            },
            { type: 'text', text: ' và ', format: 0, version: 1 },
            {
              type: 'link',
              version: 3,
              format: '',
              indent: 0,
              direction: 'ltr',
              fields: {
                linkType: 'internal',
                doc: { relationTo: 'case-studies', value: caseStudy.id },
              },
              children: [{ type: 'text', text: 'một điển hình', format: 0, version: 1 }],
            },
            { type: 'text', text: ' và ', format: 0, version: 1 },
            {
              type: 'link',
              version: 3,
              format: '',
              indent: 0,
              direction: 'ltr',
              fields: { linkType: 'custom', url: 'javascript:alert(1)' },
              children: [{ type: 'text', text: 'liên kết độc hại', format: 0, version: 1 }],
            },
          ],
        },
      ),
      _status: 'published',
    },
  })
  return { draftOnlySlug: draft.slug, revisedSlug: revised.slug, rasterGuideSlug: guide.slug }
}
