import { describe, expect, it } from 'vitest'

import type { ShareImage } from '@channels/cards'
import {
  chooseShareImage,
  getCardAlt,
  getGeneratedShareImage,
  getShareLinks,
  getShareMeta,
  toMetaTags,
} from '@channels/cards'

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

describe('getShareMeta', () => {
  const meta = getShareMeta({
    url: PAGE,
    title: '  Hải Phòng ra mắt\nQuỹ hỗ trợ khởi nghiệp '.normalize('NFD'),
    description: 'Quỹ hỗ trợ khởi nghiệp đổi mới sáng tạo '.repeat(10),
    locale: 'vi',
    alternates: [
      { locale: 'vi', url: PAGE },
      { locale: 'en', url: `${SITE}/en/news/fund` },
    ],
    image: chooseShareImage(null, generated, SITE),
    publishedTime: '2025-03-14T03:30:00Z',
    modifiedTime: new Date('2025-03-15T00:00:00Z'),
    section: 'Hệ sinh thái khởi nghiệp',
    tags: ['Quỹ', 'Khởi nghiệp'],
  })

  it('gives the Open Graph and Twitter facts of a large-image card', () => {
    expect(meta).toMatchObject({
      title: 'Hải Phòng ra mắt Quỹ hỗ trợ khởi nghiệp',
      url: PAGE,
      type: 'article',
      siteName: 'Cổng thông tin khởi nghiệp đổi mới sáng tạo Hải Phòng',
      locale: 'vi_VN',
      localeAlternates: ['en_US'],
      image: { url: `${SITE}/og/tin-tuc/quy.vi.png`, width: 1200, height: 630, type: 'image/png' },
      publishedTime: '2025-03-14T03:30:00.000Z',
      modifiedTime: '2025-03-15T00:00:00.000Z',
      twitter: { card: 'summary_large_image', image: `${SITE}/og/tin-tuc/quy.vi.png` },
    })
    expect(Array.from(meta.description).length).toBeLessThanOrEqual(200)
    expect(meta.description.endsWith('…')).toBe(true)
  })

  it('renders as meta tags, og:image before its dimensions and alt', () => {
    const tags = toMetaTags(meta)
    const og = (property: string) =>
      tags.filter((tag) => tag.property === property).map((tag) => tag.content)
    const tw = (name: string) => tags.find((tag) => tag.name === name)?.content
    expect(og('og:title')).toEqual(['Hải Phòng ra mắt Quỹ hỗ trợ khởi nghiệp'])
    expect(og('og:type')).toEqual(['article'])
    expect(og('og:locale')).toEqual(['vi_VN'])
    expect(og('og:locale:alternate')).toEqual(['en_US'])
    expect(og('og:image:width')).toEqual(['1200'])
    expect(og('og:image:height')).toEqual(['630'])
    expect(og('og:image:alt')[0]).toMatch(/^Thẻ chia sẻ: /)
    expect(og('article:published_time')).toEqual(['2025-03-14T03:30:00.000Z'])
    expect(og('article:tag')).toEqual(['Quỹ', 'Khởi nghiệp'])
    expect(tw('twitter:card')).toBe('summary_large_image')
    const order = tags.map((tag) => tag.property ?? tag.name)
    expect(order.indexOf('og:image')).toBeLessThan(order.indexOf('og:image:width'))
    expect(tags.every((tag) => tag.content.length > 0)).toBe(true)
  })

  it('is a website, without article facts, for list pages; English maps to en_US', () => {
    const home = getShareMeta({
      url: `${SITE}/en`,
      title: 'Home',
      locale: 'en',
      image: generated,
      type: 'website',
      publishedTime: '2025-01-01T00:00:00Z',
    })
    expect(home.locale).toBe('en_US')
    expect(home.siteName).toBe('Hải Phòng Startup Portal')
    expect(toMetaTags(home).some((tag) => tag.property?.startsWith('article:'))).toBe(false)
  })

  it('strips control and bidi-override characters from the preview text', () => {
    const tricky = getShareMeta({
      url: PAGE,
      title: 'A\u202Eb\u0000c',
      description: 'x\u2066y',
      locale: 'vi',
      image: generated,
    })
    expect(tricky.title).toBe('A b c')
    expect(tricky.description).toBe('x y')
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
})
