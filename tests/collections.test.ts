import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  blockNode,
  caseStudyData,
  createLegalDocument,
  createSector,
  richText,
} from './helpers/documents'
import { cleanSvg, csvFile, pdfFile, pngFile } from './helpers/fixtures'
import { startTestPayload, type TestPayload } from './helpers/payload'

let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => t?.close())

/** Reads a document in one locale, without falling back to the other. */
const read = <S extends CollectionSlug>(collection: S, id: number | string, locale: 'vi' | 'en') =>
  t.payload.findByID({ collection, id, locale, fallbackLocale: false, draft: true })

describe('every collection stores Vietnamese and English', () => {
  it('sectors', async () => {
    const sector = await createSector(t.payload)
    expect(sector.slug).toBe('che-bien-hat-dieu')
    await t.payload.update({
      collection: 'sectors',
      id: sector.id,
      locale: 'en',
      data: { name: 'Cashew processing' },
    })
    expect((await read('sectors', sector.id, 'vi')).name).toBe('Chế biến hạt điều')
    expect((await read('sectors', sector.id, 'en')).name).toBe('Cashew processing')
    expect((await read('sectors', sector.id, 'en')).vsicCodes?.[0]?.code).toBe('1030')
  })

  it('topics', async () => {
    const topic = await t.payload.create({
      collection: 'topics',
      data: { name: 'Năng lượng', _status: 'published' } as never,
    })
    await t.payload.update({
      collection: 'topics',
      id: topic.id,
      locale: 'en',
      data: { name: 'Energy' },
    })
    expect(topic.slug).toBe('nang-luong')
    expect((await read('topics', topic.id, 'en')).name).toBe('Energy')
    expect((await read('topics', topic.id, 'vi')).name).toBe('Năng lượng')
  })

  it('guides, with blocks in the body and relations', async () => {
    const sector = await createSector(t.payload, 'Chế biến gỗ')
    const law = await createLegalDocument(t.payload, {
      number: '50/2010/QH12',
      type: 'luat',
      title: 'Luật Sử dụng năng lượng tiết kiệm và hiệu quả',
    })
    const body = richText(
      'Lò sấy gỗ là khâu tiêu tốn năng lượng nhiều nhất.',
      blockNode({ blockType: 'callout', tone: 'tip', text: 'Đo độ ẩm gỗ trước khi sấy.' }),
      blockNode({
        blockType: 'checklist',
        items: [{ text: 'Bảo ôn vách lò sấy', optionType: 'equipment-modification' }],
      }),
      blockNode({ blockType: 'table', headerRow: true, data: 'Chỉ số | Đơn vị\nĐiện | kWh/m³' }),
      blockNode({ blockType: 'legalReference', document: law.id, article: 'Điều 5' }),
    )
    const guide = await t.payload.create({
      collection: 'guides',
      data: {
        title: 'Hướng dẫn sản xuất sạch hơn ngành chế biến gỗ',
        summary: 'Tóm tắt',
        sectors: [sector.id],
        audience: ['enterprises', 'technical-staff'],
        legalBasis: [law.id],
        body,
        lastReviewed: '2026-11-28',
        _status: 'published',
      } as never,
    })
    expect(guide.slug).toBe('huong-dan-san-xuat-sach-hon-nganh-che-bien-go')
    await t.payload.update({
      collection: 'guides',
      id: guide.id,
      locale: 'en',
      data: {
        title: 'Cleaner production guide for wood processing',
        body: richText('Kiln drying uses the most energy.'),
      },
    })
    const vi = await read('guides', guide.id, 'vi')
    const en = await read('guides', guide.id, 'en')
    expect(vi.title).toBe('Hướng dẫn sản xuất sạch hơn ngành chế biến gỗ')
    expect(en.title).toBe('Cleaner production guide for wood processing')
    expect(JSON.stringify(vi.body)).toContain('Đo độ ẩm gỗ')
    expect(JSON.stringify(en.body)).toContain('Kiln drying')
    expect(en.slug).toBe(vi.slug)
  })

  it('case studies, with totals, payback and per-unit changes computed by the CMS', async () => {
    const sector = await createSector(t.payload, 'Chế biến điều xuất khẩu')
    const study = await t.payload.create({
      collection: 'case-studies',
      data: caseStudyData(sector.id) as never,
    })
    // Only the two implemented options count: 60 + 120 million invested, 90 + 60 million saved a year.
    expect(study.totals).toMatchObject({
      implementedOptions: 2,
      investmentVnd: 180_000_000,
      annualSavingsVnd: 150_000_000,
      paybackMonths: 14.4,
      electricityKwhPerYear: 36_000,
      co2eTPerYear: 32.4,
      fuelPerYear: [expect.objectContaining({ unit: 't-firewood', amount: 75 })],
    })
    expect(study.options?.[0]?.paybackMonths).toBe(8)
    expect(study.indicators?.map((i) => [i.changePercent, i.meetsTarget])).toEqual([
      [-7.5, true],
      [-4, false],
    ])
    await t.payload.update({
      collection: 'case-studies',
      id: study.id,
      locale: 'en',
      data: {
        title: 'Improving the cashew steaming boiler',
        options: study.options?.map((option, index) => ({
          ...option,
          description: `Option ${index + 1}`,
        })),
      } as never,
    })
    const en = await read('case-studies', study.id, 'en')
    const vi = await read('case-studies', study.id, 'vi')
    expect(en.title).toBe('Improving the cashew steaming boiler')
    expect(en.options?.[1]?.description).toBe('Option 2')
    expect(vi.options?.[1]?.description).toBe('Lắp biến tần cho quạt lò')
    expect(en.totals?.investmentVnd).toBe(180_000_000)
  })

  it('curricula, with the duration summed from the modules', async () => {
    const curriculum = await t.payload.create({
      collection: 'curricula',
      data: {
        title: 'Nhận thức về sản xuất sạch hơn cho cán bộ quản lý',
        level: 'introductory',
        audience: ['officials'],
        licence: 'cc-by-4.0',
        version: '1.0',
        learningOutcomes: [{ outcome: 'Giải thích khái niệm SXSH' }],
        modules: [
          { title: 'Khái niệm', durationHours: 1.5, content: richText('SXSH là gì') },
          { title: 'Chiến lược quốc gia', durationHours: 2 },
        ],
        _status: 'published',
      } as never,
    })
    expect(curriculum.durationHours).toBe(3.5)
    await t.payload.update({
      collection: 'curricula',
      id: curriculum.id,
      locale: 'en',
      data: {
        title: 'Cleaner production awareness for officials',
        modules: curriculum.modules?.map((module, index) => ({
          ...module,
          title: ['Concepts', 'National strategy'][index],
        })),
      } as never,
    })
    expect((await read('curricula', curriculum.id, 'en')).modules?.map((m) => m.title)).toEqual([
      'Concepts',
      'National strategy',
    ])
    expect((await read('curricula', curriculum.id, 'vi')).modules?.map((m) => m.title)).toEqual([
      'Khái niệm',
      'Chiến lược quốc gia',
    ])
  })

  it('legal documents, with validity derived from the dates and relations', async () => {
    const strategy = await createLegalDocument(t.payload, { number: '1419/QĐ-TTg' })
    const plan = await createLegalDocument(t.payload, {
      number: '2618/QĐ-UBND',
      type: 'quyet-dinh',
      scope: 'provincial',
      province: 'Bình Phước',
      issuingBody: 'Ủy ban nhân dân tỉnh Bình Phước',
      issueDate: '2011-11-23',
      relations: [
        { relation: 'implements', document: strategy.id },
        { relation: 'based-on', externalNumber: 'Luật Tổ chức HĐND và UBND 2003' },
      ],
    })
    expect(plan.slug).toBe('2618-qd-ubnd')
    expect(plan.validityStatus).toBe('in-force')
    const future = await createLegalDocument(t.payload, {
      number: '99/2099/NĐ-CP',
      type: 'nghi-dinh',
      issueDate: '2026-01-01',
      effectiveDate: '2099-01-01',
    })
    expect(future.validityStatus).toBe('not-yet-in-force')
    const expired = await createLegalDocument(t.payload, {
      number: '55/2014/QH13',
      type: 'luat',
      issueDate: '2014-06-23',
      effectiveDate: '2015-01-01',
      expiryDate: '2022-01-01',
    })
    expect(expired.validityStatus).toBe('expired')
    const partly = await createLegalDocument(t.payload, {
      number: '01/2001/TT',
      type: 'thong-tu',
      validityStatus: 'partly-expired',
      validityStatusSetByEditor: true,
    })
    expect(partly.validityStatus).toBe('partly-expired')
    await t.payload.update({
      collection: 'legal-documents',
      id: plan.id,
      locale: 'en',
      data: {
        title: 'Decision issuing the cleaner production action plan',
        issuingBody: 'Bình Phước Provincial People’s Committee',
      },
    })
    expect((await read('legal-documents', plan.id, 'en')).issuingBody).toBe(
      'Bình Phước Provincial People’s Committee',
    )
    expect((await read('legal-documents', plan.id, 'vi')).issuingBody).toBe(
      'Ủy ban nhân dân tỉnh Bình Phước',
    )
  })

  it('media: images resized by sharp, alt text per language', async () => {
    const image = await t.payload.create({
      collection: 'media',
      data: { alt: 'Sơ đồ quy trình chế biến điều' },
      file: await pngFile(),
    })
    expect(image.width).toBe(1600)
    expect(image.sizes?.thumbnail?.width).toBe(320)
    expect(image.sizes?.card?.width).toBe(720)
    expect(image.sizes?.wide?.width).toBe(1440)
    expect(image.sizes?.card?.mimeType).toBe('image/webp')
    await t.payload.update({
      collection: 'media',
      id: image.id,
      locale: 'en',
      data: { alt: 'Cashew processing flow chart' },
    })
    expect(
      (await t.payload.findByID({ collection: 'media', id: image.id, locale: 'en' })).alt,
    ).toBe('Cashew processing flow chart')
    expect(
      (await t.payload.findByID({ collection: 'media', id: image.id, locale: 'vi' })).alt,
    ).toBe('Sơ đồ quy trình chế biến điều')
    const svg = await t.payload.create({
      collection: 'media',
      data: { alt: 'Sơ đồ sấy' },
      file: cleanSvg(),
    })
    expect(svg.mimeType).toBe('image/svg+xml')
  })

  it('files: format and byte size recorded, title per language', async () => {
    const pdf = pdfFile()
    const file = await t.payload.create({
      collection: 'files',
      data: { title: 'Tài liệu phát tay', language: 'vi', licence: 'cc-by-4.0' },
      file: pdf,
    })
    expect(file.format).toBe('PDF')
    expect(file.filesize).toBe(pdf.size)
    const csv = await t.payload.create({
      collection: 'files',
      data: { title: 'Số liệu', language: 'vi-en', licence: 'cc0-1.0' },
      file: csvFile(),
    })
    expect(csv.format).toBe('CSV')
    await t.payload.update({
      collection: 'files',
      id: file.id,
      locale: 'en',
      data: { title: 'Handout' },
    })
    expect(
      (await t.payload.findByID({ collection: 'files', id: file.id, locale: 'en' })).title,
    ).toBe('Handout')
    expect(
      (await t.payload.findByID({ collection: 'files', id: file.id, locale: 'vi' })).title,
    ).toBe('Tài liệu phát tay')
  })

  it('users: the first account becomes an admin, later ones keep the role given', async () => {
    const account = (email: string) => ({
      email,
      password: 'correct horse battery',
      name: 'Biên tập',
      role: 'editor' as const,
    })
    const first = await t.payload.create({
      collection: 'users',
      data: account('dau-tien@sxsh.test'),
    })
    expect(first.role).toBe('admin')
    const second = await t.payload.create({
      collection: 'users',
      data: account('bien-tap@sxsh.test'),
    })
    const updated = await t.payload.update({
      collection: 'users',
      id: second.id,
      data: { name: 'Nguyễn Văn A' },
    })
    expect(updated.name).toBe('Nguyễn Văn A')
    expect(updated.role).toBe('editor')
  })
})
