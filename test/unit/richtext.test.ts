import { parse } from 'node-html-parser'
import { describe, expect, it } from 'vitest'

import { bold, heading, link, paragraph, richText, text } from '@cms/seed/lexical'
import { renderRichText, type RichTextContext } from '@site/lib/richtext'
import type { Picture } from '@site/lib/types'

const picture: Picture = {
  alt: { vi: 'Cảng Hải Phòng', en: null },
  caption: { vi: 'Cảng Lạch Huyện', en: 'Lach Huyen port' },
  credit: 'Báo Hải Phòng',
  full: { src: '/media/cang.webp', width: 1600, height: 900, srcset: '/media/cang.webp 1600w' },
  card: {
    src: '/media/cang-800x450.webp',
    width: 800,
    height: 450,
    srcset: '/media/cang-800x450.webp 800w',
  },
  thumb: {
    src: '/media/cang-400x300.webp',
    width: 400,
    height: 300,
    srcset: '/media/cang-400x300.webp 400w',
  },
}

const context = (lang: 'vi' | 'en' = 'vi'): RichTextContext => ({
  lang,
  // Article 7 is published (English too), article 8 is a draft: it has no page.
  linkTo: (relationTo, id) =>
    relationTo === 'articles' && id === 7
      ? { href: lang === 'en' ? '/en/tin-tuc/bai-7/' : '/tin-tuc/bai-7/', title: 'Bài 7' }
      : null,
  picture: (id) => (id === 3 ? picture : null),
  document: (id) =>
    id === 5
      ? {
          title: 'Kế hoạch 281/KH-UBND (bản PDF)',
          href: '/media/documents/ke-hoach-281.pdf',
          filename: 'ke-hoach-281.pdf',
          mimeType: 'application/pdf',
          filesize: 1024,
        }
      : null,
})

const render = (state: unknown, lang: 'vi' | 'en' = 'vi') =>
  renderRichText(state as Parameters<typeof renderRichText>[0], context(lang))

const internalLink = (label: string, id: number) =>
  ({
    ...link(label, ''),
    fields: { linkType: 'internal', newTab: false, doc: { relationTo: 'articles', value: id } },
  }) as never

const upload = (id: number) => ({
  type: 'upload',
  version: 3,
  format: '',
  relationTo: 'media',
  value: id,
  fields: {},
})

const item = (...children: unknown[]) => ({ type: 'listitem', version: 1, value: 1, children })
const list = (...items: unknown[]) => ({
  type: 'list',
  version: 1,
  listType: 'bullet',
  tag: 'ul',
  start: 1,
  children: items,
})
/** Lexical's shape for a nested list: the sub-list sits in a list item of its own. */
const nestedList = list(
  item(text('Khu làm việc chung')),
  item(text('Khu ươm tạo')),
  item(list(item(text('Phòng thí nghiệm')))),
) as never

describe('renderRichText', () => {
  it('renders headings from h2 down, paragraphs, formats and lists', () => {
    const html = render(
      richText(
        heading('h2', 'Mục tiêu'),
        paragraph('Hỗ trợ ', bold('300 dự án'), ' đến năm 2025.'),
        nestedList,
      ),
    )
    expect(html).toBe(
      '<h2>Mục tiêu</h2><p>Hỗ trợ <strong>300 dự án</strong> đến năm 2025.</p>' +
        '<ul><li>Khu làm việc chung</li><li>Khu ươm tạo<ul><li>Phòng thí nghiệm</li></ul></li></ul>',
    )
  })

  it('escapes text: markup typed into the editor stays text', () => {
    const html = render(richText(paragraph('<script>alert("x")</script> & <b>đậm</b>')))
    expect(html).toBe('<p>&lt;script&gt;alert("x")&lt;/script&gt; &amp; &lt;b&gt;đậm&lt;/b&gt;</p>')
    expect(parse(html).querySelectorAll('script, b')).toHaveLength(0)
  })

  it.each([
    ['javascript:alert(document.cookie)'],
    ['JAVASCRIPT:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['//evil.example/'],
  ])('drops the link %j and keeps its words', (url) => {
    const html = render(richText(paragraph('Xem ', link('tại đây', url), '.')))
    expect(html).toBe('<p>Xem tại đây.</p>')
  })

  it('keeps web links, opening new tabs safely', () => {
    const html = render(richText(paragraph(link('Cổng thành phố', 'https://haiphong.gov.vn/'))))
    const a = parse(html).querySelector('a')!
    expect(a.getAttribute('href')).toBe('https://haiphong.gov.vn/')
    expect(a.getAttribute('rel')).toBe('noopener noreferrer')
    expect(a.getAttribute('target')).toBe('_blank')
  })

  it('links internal links to the published page in the page language, and unlinks drafts', () => {
    const state = richText(paragraph(internalLink('bài 7', 7), ' và ', internalLink('bài nháp', 8)))
    expect(render(state)).toBe('<p><a href="/tin-tuc/bai-7/">bài 7</a> và bài nháp</p>')
    expect(render(state, 'en')).toContain('<a href="/en/tin-tuc/bai-7/">bài 7</a>')
  })

  it('shows uploaded images responsively, with caption and credit in the page language', () => {
    const root = parse(render(richText(paragraph('Ảnh:'), upload(3) as never)))
    const img = root.querySelector('figure img')!
    expect(img.getAttribute('src')).toBe('/media/cang.webp')
    expect(img.getAttribute('width')).toBe('1600')
    expect(img.getAttribute('loading')).toBe('lazy')
    expect(img.getAttribute('alt')).toBe('Cảng Hải Phòng')
    expect(root.querySelector('figcaption')!.text).toBe('Cảng Lạch Huyện Báo Hải Phòng')
    // English page, no English alt text: the Vietnamese one, marked as Vietnamese.
    const en = parse(render(richText(upload(3) as never), 'en'))
    expect(en.querySelector('img')!.getAttribute('lang')).toBe('vi')
    expect(en.querySelector('figcaption')!.text).toContain('Lach Huyen port')
    // An image that is not available (deleted) leaves nothing behind.
    expect(render(richText(upload(99) as never))).toBe('')
  })

  it('offers documents placed in the text for download', () => {
    const documentUpload = { ...upload(5), relationTo: 'documents' }
    const a = parse(render(richText(documentUpload as never))).querySelector('a')!
    expect(a.getAttribute('href')).toBe('/media/documents/ke-hoach-281.pdf')
    expect(a.getAttribute('download')).toBe('ke-hoach-281.pdf')
    expect(a.text).toBe('Kế hoạch 281/KH-UBND (bản PDF)')
    expect(render(richText({ ...upload(6), relationTo: 'documents' } as never))).toBe('')
  })

  it('turns a bare YouTube address into a click-to-load player with no script', () => {
    const url = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'
    const root = parse(render(richText(paragraph(link(url, url)))))
    const iframe = root.querySelector('iframe')!
    expect(iframe.getAttribute('src')).toBeUndefined()
    expect(iframe.getAttribute('srcdoc')).toContain(
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1',
    )
    expect(iframe.getAttribute('srcdoc')).not.toContain('<script')
    // The srcdoc inherits the page's CSP (no inline style): its look comes from a stylesheet.
    expect(iframe.getAttribute('srcdoc')).not.toMatch(/<style|style=/)
    expect(iframe.getAttribute('srcdoc')).toContain(
      '<link rel="stylesheet" href="/video-poster.css">',
    )
    expect(root.querySelectorAll('script')).toHaveLength(0)
    // A YouTube link with its own words stays a link.
    expect(render(richText(paragraph(link('Xem video', url))))).toContain(`<a href="${url}"`)
  })

  it('drops node types it does not know, keeping their text only', () => {
    const html = render(
      richText(
        { type: 'mystery', version: 1, children: [text('Nội dung lạ')] } as never,
        { type: 'html-embed', version: 1, html: '<img src=x onerror=alert(1)>' } as never,
      ),
    )
    expect(html).toBe('<p>Nội dung lạ</p>')
  })

  it('renders nothing for empty rich text', () => {
    expect(render(null)).toBe('')
    expect(render(richText(paragraph('')))).toBe('')
  })
})
