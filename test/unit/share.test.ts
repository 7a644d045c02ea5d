import { describe, expect, it } from 'vitest'

import type { ShareImage } from '@channels/share'
import {
  chooseShareImage,
  getCardAlt,
  getGeneratedShareImage,
  getShareLinks,
} from '@channels/share'

const SITE = 'https://khoinghiep.haiphong.gov.vn'
const PAGE = `${SITE}/tin-tuc/ha-i-phong-ra-mat-quy`
const card = { locale: 'vi' as const, title: 'Hải Phòng ra mắt Quỹ hỗ trợ khởi nghiệp' }
const generated: ShareImage = getGeneratedShareImage(`${SITE}/og/tin-tuc/quy.vi.png`, card)

describe('chooseShareImage', () => {
  const upload = {
    url: '/media/anh-chia-se.jpg',
    width: 1200,
    height: 630,
    mimeType: 'image/jpeg',
    alt: 'Lễ ra mắt Quỹ',
  }

  it.each([
    ['no upload', null, 'generated'],
    ['a good upload', upload, 'uploaded'],
    [
      'an upload of 600×315, the smallest large card',
      { ...upload, width: 600, height: 315 },
      'uploaded',
    ],
    ['an upload too small for a large card', { ...upload, width: 599, height: 400 }, 'generated'],
    ['an upload of unknown size', { ...upload, width: null, height: null }, 'generated'],
    ['an SVG upload (networks ignore it)', { ...upload, mimeType: 'image/svg+xml' }, 'generated'],
    ['a PDF', { ...upload, mimeType: 'application/pdf' }, 'generated'],
    ['an upload without URL', { ...upload, url: null }, 'generated'],
    ['a javascript: URL', { ...upload, url: 'javascript:alert(1)' }, 'generated'],
  ] as const)('with %s uses the %s image', (_label, uploaded, source) => {
    expect(chooseShareImage(uploaded, generated, SITE).source).toBe(source)
  })

  it('makes the upload URL absolute and keeps its size, type and alt', () => {
    expect(chooseShareImage(upload, generated, SITE)).toEqual({
      source: 'uploaded',
      url: `${SITE}/media/anh-chia-se.jpg`,
      width: 1200,
      height: 630,
      type: 'image/jpeg',
      alt: 'Lễ ra mắt Quỹ',
    })
  })

  it('describes a generated card in its language', () => {
    expect(chooseShareImage(undefined, generated, SITE)).toEqual({
      source: 'generated',
      url: `${SITE}/og/tin-tuc/quy.vi.png`,
      width: 1200,
      height: 630,
      type: 'image/png',
      alt: 'Thẻ chia sẻ: Hải Phòng ra mắt Quỹ hỗ trợ khởi nghiệp — Cổng thông tin khởi nghiệp đổi mới sáng tạo Hải Phòng',
    })
    expect(getCardAlt({ locale: 'en', title: 'Startup Day' })).toBe(
      'Share card: Startup Day — Hải Phòng Startup Portal',
    )
  })
})

describe('getShareLinks', () => {
  it('are plain share URLs for Facebook, Zalo, X and LinkedIn, plus the link to copy', () => {
    const url = `${SITE}/su-kien/ngay-hoi?utm=a&b=c`
    const links = getShareLinks(url, 'Ngày hội & "Techfest"')
    const encoded = encodeURIComponent(url)
    expect(links).toEqual({
      facebook: `https://www.facebook.com/sharer/sharer.php?u=${encoded}`,
      zalo: `https://sp.zalo.me/share_inline?url=${encoded}`,
      x: `https://x.com/intent/tweet?url=${encoded}&text=Ng%C3%A0y%20h%E1%BB%99i%20%26%20%22Techfest%22`,
      linkedin: `https://www.linkedin.com/sharing/share-offsite/?url=${encoded}`,
      copy: url,
    })
    for (const link of Object.values(links)) expect(() => new URL(link)).not.toThrow()
    expect(new URL(links.facebook).searchParams.get('u')).toBe(url)
  })

  it('strips control and invisible characters from the shared title', () => {
    const text = new URL(getShareLinks(PAGE, 'A\u202Eb\u0000c\u200Bd\ne').x).searchParams.get(
      'text',
    )
    expect(text).toBe('Abcd e')
  })
})
