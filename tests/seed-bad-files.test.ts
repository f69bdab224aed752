import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importContent, type ImportReport } from '../scripts/content-io/import-content'
import { startTestPayload, type TestPayload } from './helpers/payload'

/** A small content folder written by the test: a few good files, then one bad file of each kind. */
let dir: string
let t: TestPayload
let report: ImportReport

const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
  writeFileSync(path.join(dir, file), text)
}

const legal = (number: string, extra = '') =>
  `---\nnumber: ${number}\ntitle: Văn bản thử\ntype: quyet-dinh\nscope: national\nissuingBody: Thủ tướng Chính phủ\nissueDate: 2009-09-07\n${extra}---\n\nNội dung.\n`

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'sxsh-bad-content-'))
  write('topics/nang-luong.vi.md', '---\nname: Năng lượng\n---\n\nNhiệt và điện.\n')
  write(
    'sectors/che-bien-hat-dieu.vi.md',
    '---\nname: Chế biến hạt điều\nvsicCodes:\n  - code: "1030"\n---\n\nHạt điều.\n',
  )
  write('legal-documents/1419-qd-ttg.vi.md', legal('1419/QĐ-TTg'))
  write(
    'guides/huong-dan-tot.vi.md',
    '---\ntitle: Hướng dẫn tốt\nsectors: [che-bien-hat-dieu]\n---\n\nNội dung.\n',
  )
  t = await startTestPayload()
  const good = await importContent({ payload: t.payload, dir, materialsDir: dir })
  expect(good.problems).toEqual([])

  // Now the bad files, next to the good ones.
  write('guides/front-matter-hong.vi.md', '---\ntitle: [chưa đóng\n---\n\nNội dung.\n')
  write(
    'guides/nganh-khong-co.vi.md',
    '---\ntitle: Ngành không có\nsectors: [che-bien-ca-phe]\n---\n\nNội dung.\n',
  )
  write(
    'guides/anh-khong-co.vi.md',
    '---\ntitle: Ảnh không có\ncoverImage: khong-co.svg\n---\n\nNội dung.\n',
  )
  write(
    'legal-documents/99-qd-ttg.vi.md',
    legal('99/QĐ-TTg', 'relations:\n  - relation: based-on\n    document: 12345/QĐ-XX\n'),
  )
  write(
    'legal-documents/31-2009-ttlt.vi.md',
    legal('31/2009/TTLT-BCT-BTNMT').replace('2009-09-07', '2009-02-30'),
  )
  write(
    'case-studies/tien-am.vi.md',
    '---\ntitle: Tiền âm\nsector: che-bien-hat-dieu\nenterprise: {name: Cơ sở A}\nlocation: {province: Bình Phước, commune: Xã Tiến Hưng}\nassessmentYear: 2014\nproduct: {name: Nhân điều, unit: t, annualOutput: 100}\nverificationLevel: self-reported\nsource: {citation: Ví dụ, illustrative: true}\noptions:\n  - description: Bảo ôn\n    optionType: equipment-modification\n    status: implemented\n    investmentVnd: -5000000\n---\n\nCâu chuyện.\n',
  )
  // An existing document made invalid: the stored one must survive.
  write('legal-documents/1419-qd-ttg.vi.md', legal('1419/QĐ-TTg', 'expiryDate: 2001-01-01\n'))
  write(
    'guides/huong-dan-tot.vi.md',
    '---\ntitle: Hướng dẫn tốt (sửa)\nsectors: [che-bien-hat-dieu]\n---\n\nNội dung mới.\n',
  )
  report = await importContent({ payload: t.payload, dir, materialsDir: dir })
}, 180_000)

afterAll(async () => {
  await t?.close()
  rmSync(dir, { recursive: true, force: true })
})

const problemFor = (file: string) =>
  report.problems.filter((problem) => problem.path.endsWith(file))

describe('bad content files are reported with path and field, and skipped', () => {
  it('malformed front matter', () => {
    expect(problemFor('guides/front-matter-hong.vi.md')[0]?.message).toMatch(
      /malformed front matter/,
    )
  })

  it('an unknown sector', () => {
    expect(problemFor('guides/nganh-khong-co.vi.md')[0]).toMatchObject({
      field: 'sectors',
      message: expect.stringContaining('che-bien-ca-phe'),
    })
  })

  it('a missing image', () => {
    expect(problemFor('guides/anh-khong-co.vi.md')[0]).toMatchObject({
      field: 'coverImage',
      message: expect.stringContaining('khong-co.svg'),
    })
  })

  it('a relation to nothing', () => {
    expect(problemFor('legal-documents/99-qd-ttg.vi.md')[0]).toMatchObject({
      field: 'relations.0.document',
      message: expect.stringContaining('12345/QĐ-XX'),
    })
  })

  it('an invalid date', () => {
    expect(problemFor('legal-documents/31-2009-ttlt.vi.md')[0]).toMatchObject({
      field: 'issueDate',
      message: expect.stringContaining('2009-02-30'),
    })
  })

  it('a value the CMS refuses (negative money), named by its field', () => {
    expect(problemFor('case-studies/tien-am.vi.md')[0]).toMatchObject({
      field: 'options.0.investmentVnd',
    })
  })

  it('the good files still import', async () => {
    expect(report.updated).toContain('guides/huong-dan-tot')
    const guide = (
      await t.payload.find({ collection: 'guides', where: { slug: { equals: 'huong-dan-tot' } } })
    ).docs[0]
    expect(guide?.title).toBe('Hướng dẫn tốt (sửa)')
    for (const slug of ['front-matter-hong', 'nganh-khong-co', 'anh-khong-co']) {
      expect(
        (await t.payload.count({ collection: 'guides', where: { slug: { equals: slug } } }))
          .totalDocs,
      ).toBe(0)
    }
  })

  it('nothing already stored is damaged by a bad version of it', async () => {
    expect(problemFor('legal-documents/1419-qd-ttg.vi.md')[0]).toMatchObject({
      field: 'expiryDate',
    })
    const stored = (
      await t.payload.find({
        collection: 'legal-documents',
        where: { number: { equals: '1419/QĐ-TTg' } },
      })
    ).docs[0]
    expect(stored?.expiryDate ?? null).toBeNull()
    expect(stored?._status).toBe('published')
  })

  it('`npm run seed` exits non-zero with a summary naming each bad file', () => {
    const db = mkdtempSync(path.join(tmpdir(), 'sxsh-seed-cli-'))
    try {
      const result = spawnSync('tsx', ['scripts/seed.ts', '--dir', dir], {
        env: {
          ...process.env,
          DATABASE_URI: `file:${path.join(db, 'db.sqlite')}`,
          UPLOADS_DIR: path.join(db, 'uploads'),
          PAYLOAD_LOG_LEVEL: 'warn',
        },
        encoding: 'utf8',
        timeout: 120_000,
      })
      expect(result.status).toBe(1)
      expect(result.stderr).toMatch(/problem\(s\)/)
      expect(result.stderr).toContain('nganh-khong-co.vi.md › sectors')
      expect(result.stdout).toMatch(/Seed: \d+ created/)
    } finally {
      rmSync(db, { recursive: true, force: true })
    }
  })
})
