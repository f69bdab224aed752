import { describe, expect, it } from 'vitest'

import { MAX_SLUG_LENGTH, SLUG_PATTERN, slugify } from '../cms/lib/slugify'

describe('slugify folds Vietnamese titles to readable ASCII', () => {
  it.each([
    ['Sản xuất sạch hơn', 'san-xuat-sach-hon'],
    ['Chế biến hạt điều', 'che-bien-hat-dieu'],
    ['Điện năng tiêu thụ', 'dien-nang-tieu-thu'],
    ['ĐỒNG XOÀI – Bình Phước', 'dong-xoai-binh-phuoc'],
    ['Quyết định 1419/QĐ-TTg', 'quyet-dinh-1419-qd-ttg'],
    ['31/2009/TTLT-BCT-BTNMT', '31-2009-ttlt-bct-btnmt'],
    ['Thức ăn chăn nuôi: ép viên & sấy', 'thuc-an-chan-nuoi-ep-vien-say'],
    ['  Khoảng   trắng  thừa  ', 'khoang-trang-thua'],
    ['Tinh bột sắn (khoai mì)', 'tinh-bot-san-khoai-mi'],
    ['Ưu tiên ơ ư ă â ê ô', 'uu-tien-o-u-a-a-e-o'],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug)
    expect(slug).toMatch(SLUG_PATTERN)
  })

  it('treats decomposed input (NFD, as some keyboards type it) like composed input', () => {
    expect(slugify('Sản xuất'.normalize('NFD'))).toBe('san-xuat')
  })

  it('cuts long titles at a word boundary', () => {
    const slug = slugify('Hướng dẫn sản xuất sạch hơn '.repeat(6))
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH)
    expect(slug).toMatch(SLUG_PATTERN)
    expect('huong-dan-san-xuat-sach-hon-'.repeat(6)).toContain(slug)
  })

  it('gives an empty slug for text without letters or digits', () => {
    expect(slugify('—/—')).toBe('')
  })
})
