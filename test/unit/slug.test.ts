import { describe, expect, it } from 'vitest'

import { MAX_SLUG_LENGTH, toVietnameseSlug } from '@collections/lib/slug'

describe('toVietnameseSlug', () => {
  it.each([
    ['Khởi nghiệp đổi mới sáng tạo Hải Phòng', 'khoi-nghiep-doi-moi-sang-tao-hai-phong'],
    ['Đà Nẵng', 'da-nang'],
    ['ĐỔI MỚI SÁNG TẠO', 'doi-moi-sang-tao'],
    ['Đường Điện Biên Phủ', 'duong-dien-bien-phu'],
    ['Kế hoạch 281/KH-UBND năm 2020', 'ke-hoach-281-kh-ubnd-nam-2020'],
    ['Ươm tạo doanh nghiệp: “cú hích” mới!', 'uom-tao-doanh-nghiep-cu-hich-moi'],
    ['Nghệ thuật – thị trường — ước mơ', 'nghe-thuat-thi-truong-uoc-mo'],
    ['Quỹ hỗ trợ 🚀 khởi nghiệp 🇻🇳', 'quy-ho-tro-khoi-nghiep'],
    ['  Khoảng   trắng   thừa  ', 'khoang-trang-thua'],
    ['Thuỷ / Thủy & Hoà / Hòa', 'thuy-thuy-hoa-hoa'],
    ['Startup Hải Phòng 2025', 'startup-hai-phong-2025'],
    ['Hải Phòng’s startups', 'hai-phongs-startups'],
    // Symbols are dropped, never spelled out in English (slugify's own map: < → "less").
    ['<b>Tin</b> & sự kiện', 'b-tin-b-su-kien'],
    ['<script>', 'script'],
    ['<![CDATA[>evil<]]> Tin mới', 'cdata-evil-tin-moi'],
    ['Lãi suất 5% | phí 100$', 'lai-suat-5-phi-100'],
    ['Yêu ♥ Hải Phòng', 'yeu-hai-phong'],
    ['Giá 50.000₫ – 20€ – ¥300', 'gia-50-000-20-300'],
    ['C++ & C# cho người mới', 'c-c-cho-nguoi-moi'],
    ['Startup™ ©2025 ∑∞', 'startup-2025'],
    ['Đường đến <đích>', 'duong-den-dich'],
    ['🚀🎉', ''],
    ['<>&%$|♥', ''],
    ['', ''],
  ])('%s → %s', (title, slug) => {
    expect(toVietnameseSlug(title)).toBe(slug)
  })

  it('gives the same slug for NFD (decomposed) input as for NFC', () => {
    const nfc = 'Hội thảo Khởi nghiệp Đổi mới Sáng tạo ở Hải Phòng'
    const nfd = nfc.normalize('NFD')
    expect(nfd).not.toBe(nfc)
    expect(toVietnameseSlug(nfd)).toBe(toVietnameseSlug(nfc))
    expect(toVietnameseSlug(nfd)).toBe('hoi-thao-khoi-nghiep-doi-moi-sang-tao-o-hai-phong')
  })

  it('cuts a 300-character title at a word boundary within the limit', () => {
    const title = 'Phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo '.repeat(6).slice(0, 300)
    const slug = toVietnameseSlug(title)
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH)
    expect(slug.startsWith('phat-trien-he-sinh-thai-khoi-nghiep')).toBe(true)
    expect(slug.endsWith('-')).toBe(false)
    const words = new Set('phat-trien-he-sinh-thai-khoi-nghiep-doi-moi-sang-tao'.split('-'))
    expect(words.has(slug.split('-').at(-1)!)).toBe(true)
  })
})
