import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MEDIA_MAX_BYTES } from '../cms/collections/Media'
import { caseStudyData, createLegalDocument, createSector } from './helpers/documents'
import { executableNamedPdf, hostileSvg, pdfFile, pngFile } from './helpers/fixtures'
import { startTestPayload, type TestPayload } from './helpers/payload'
import { createTeam } from './helpers/users'

let t: TestPayload
let sectorId: number
beforeAll(async () => {
  t = await startTestPayload()
  sectorId = (await createSector(t.payload)).id
})
afterAll(async () => t?.close())

/**
 * Expects an operation to be refused with a validation error naming `field`, and the collection to
 * hold exactly as many documents afterwards as before.
 */
async function expectRefused(
  collection: CollectionSlug,
  field: string,
  operation: () => Promise<unknown>,
) {
  const before = (await t.payload.count({ collection })).totalDocs
  const error = await operation().then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error, `expected a refusal naming ${field}`).toMatchObject({
    name: 'ValidationError',
    status: 400,
  })
  const paths = (error as { data: { errors: { path: string }[] } }).data.errors.map((e) => e.path)
  expect(paths).toContain(field)
  expect((await t.payload.count({ collection })).totalDocs).toBe(before)
}

describe('bad input is refused with the field named, and nothing is stored', () => {
  it('an expiry date before the issue date', async () => {
    await expectRefused('legal-documents', 'expiryDate', () =>
      createLegalDocument(t.payload, {
        number: '10/2012/TT-BCT',
        issueDate: '2012-05-01',
        expiryDate: '2011-01-01',
      }),
    )
  })

  it('an expiry date before the effective date, on update, keeps the stored document', async () => {
    const document = await createLegalDocument(t.payload, {
      number: '11/2012/TT-BCT',
      issueDate: '2012-05-01',
      effectiveDate: '2012-07-01',
    })
    await expectRefused('legal-documents', 'expiryDate', () =>
      t.payload.update({
        collection: 'legal-documents',
        id: document.id,
        data: { expiryDate: '2012-06-01' },
      }),
    )
    const stored = await t.payload.findByID({ collection: 'legal-documents', id: document.id })
    expect(stored.expiryDate ?? null).toBeNull()
  })

  it('a date that is not a date', async () => {
    await expectRefused('legal-documents', 'issueDate', () =>
      createLegalDocument(t.payload, { number: '12/2012/TT-BCT', issueDate: '31/02/2012' }),
    )
  })

  it('negative money', async () => {
    const data = caseStudyData(sectorId)
    data.options[0]!.investmentVnd = -5_000_000
    await expectRefused('case-studies', 'options.0.investmentVnd', () =>
      t.payload.create({ collection: 'case-studies', data: data as never }),
    )
  })

  it('a negative quantity', async () => {
    const data = caseStudyData(sectorId)
    data.indicators[1]!.after = -1
    await expectRefused('case-studies', 'indicators.1.after', () =>
      t.payload.create({ collection: 'case-studies', data: data as never }),
    )
  })

  it('a duplicate slug', async () => {
    await t.payload.create({
      collection: 'guides',
      data: { title: 'Hướng dẫn chung', _status: 'published' } as never,
    })
    await expectRefused('guides', 'slug', () =>
      t.payload.create({
        collection: 'guides',
        data: {
          title: 'Một hướng dẫn khác',
          slug: 'huong-dan-chung',
          _status: 'published',
        } as never,
      }),
    )
  })

  it('a typed slug is folded to readable ASCII; one with no letters at all is refused', async () => {
    const guide = await t.payload.create({
      collection: 'guides',
      data: { title: 'Tiêu đề', slug: 'Hướng dẫn/Điều', _status: 'published' } as never,
    })
    expect(guide.slug).toBe('huong-dan-dieu')
    await expectRefused('guides', 'slug', () =>
      t.payload.create({
        collection: 'guides',
        data: { title: '???', slug: '///', _status: 'published' } as never,
      }),
    )
  })

  it('a duplicate legal document number', async () => {
    await createLegalDocument(t.payload, {
      number: '31/2009/TTLT-BCT-BTNMT',
      type: 'thong-tu-lien-tich',
    })
    await expectRefused('legal-documents', 'number', () =>
      createLegalDocument(t.payload, {
        number: '31/2009/TTLT-BCT-BTNMT',
        type: 'thong-tu-lien-tich',
        slug: 'khac',
      }),
    )
  })

  it('a relation that points at nothing, or at both a document and an outside number', async () => {
    await expectRefused('legal-documents', 'relations.0.document', () =>
      createLegalDocument(t.payload, {
        number: '13/2012/TT-BCT',
        relations: [{ relation: 'based-on' }],
      }),
    )
  })

  it('an unknown file type: an executable named .pdf', async () => {
    await expectRefused('files', 'file', () =>
      t.payload.create({
        collection: 'files',
        data: { title: 'Báo cáo', language: 'vi', licence: 'cc-by-4.0' },
        file: executableNamedPdf(),
      }),
    )
  })

  it('a file type the collection does not take: a PDF as an image', async () => {
    await expectRefused('media', 'file', () =>
      t.payload.create({ collection: 'media', data: { alt: 'Ảnh' }, file: pdfFile('anh.pdf') }),
    )
  })

  it('an SVG with script', async () => {
    await expectRefused('media', 'file', () =>
      t.payload.create({ collection: 'media', data: { alt: 'Biểu đồ' }, file: hostileSvg() }),
    )
  })

  it('an oversized upload', async () => {
    const image = await pngFile('lon.png', 200, 200)
    const padded = Buffer.concat([image.data, Buffer.alloc(MEDIA_MAX_BYTES)])
    await expectRefused('media', 'file', () =>
      t.payload.create({
        collection: 'media',
        data: { alt: 'Ảnh lớn' },
        file: { ...image, data: padded, size: padded.length },
      }),
    )
  })

  it('an image without alt text', async () => {
    await expectRefused('media', 'alt', async () =>
      t.payload.create({ collection: 'media', data: {} as never, file: await pngFile() }),
    )
  })

  it('a fuel amount without its fuel', async () => {
    const data = caseStudyData(sectorId)
    delete (data.options[0] as { fuelUnit?: string }).fuelUnit
    await expectRefused('case-studies', 'options.0.fuelUnit', () =>
      t.payload.create({ collection: 'case-studies', data: data as never }),
    )
  })

  it('a case study without a commune or industrial park', async () => {
    const data = caseStudyData(sectorId)
    data.location = { province: 'Bình Phước' } as typeof data.location
    await expectRefused('case-studies', 'location.commune', () =>
      t.payload.create({ collection: 'case-studies', data: data as never }),
    )
  })
})

describe('slugs stay stable once published', () => {
  it('an editor cannot change a published slug, but can before publishing', async () => {
    const { editor } = await createTeam(t.payload)
    const draft = await t.payload.create({
      collection: 'guides',
      data: { title: 'Bản nháp về nước' } as never,
      draft: true,
    })
    const renamed = await t.payload.update({
      collection: 'guides',
      id: draft.id,
      data: { slug: 'tiet-kiem-nuoc' },
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    expect(renamed.slug).toBe('tiet-kiem-nuoc')
    const published = await t.payload.update({
      collection: 'guides',
      id: draft.id,
      data: { _status: 'published' },
    })
    expect(published.firstPublishedAt).toBeTruthy()
    const retitled = await t.payload.update({
      collection: 'guides',
      id: draft.id,
      data: { title: 'Tiết kiệm nước trong chế biến' },
    })
    expect(retitled.slug).toBe('tiet-kiem-nuoc')
    await expectRefused('guides', 'slug', () =>
      t.payload.update({
        collection: 'guides',
        id: draft.id,
        data: { slug: 'nuoc' },
        user: editor,
        overrideAccess: false,
      }),
    )
  })
})
