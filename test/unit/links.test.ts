import { parse } from 'node-html-parser'
import { describe, expect, it } from 'vitest'

import { linkHref } from '@collections/lib/links'
import { findRichTextProblems } from '@collections/lib/richText'
import { link, paragraph, richText } from '@cms/seed/lexical'
import { renderRichText } from '@site/lib/richtext'

/**
 * The one link policy, asked the way each side asks it: the CMS refuses to store a rich-text
 * link (findRichTextProblems), the site renders a link's href (renderRichText). For every row
 * both must give the row's answer — a link the CMS stores is a link the site shows, unchanged.
 */
const ROWS: [input: unknown, href: string | null][] = [
  ['https://haiphong.gov.vn/tin-tuc', 'https://haiphong.gov.vn/tin-tuc'],
  ['http://dost.haiphong.gov.vn', 'http://dost.haiphong.gov.vn/'],
  ['http://example.com/a b', 'http://example.com/a%20b'],
  ['  https://haiphong.gov.vn/ ', 'https://haiphong.gov.vn/'],
  ['mailto:toasoan@baohaiphong.vn', 'mailto:toasoan@baohaiphong.vn'],
  ['tel:+842253842200', 'tel:+842253842200'],
  ['/tin-tuc/hoi-cho-cong-nghe/', '/tin-tuc/hoi-cho-cong-nghe/'],
  ['/van-ban/ke-hoach-281/', '/van-ban/ke-hoach-281/'],
  ['#muc-2', '#muc-2'],
  ['?trang=2', '?trang=2'],
  ['javascript:alert(1)', null],
  ['JaVaScRiPt:alert(1)', null],
  ['  javascript:alert(1)', null],
  ['java\tscript:alert(1)', null],
  ['java\nscript:alert(1)', null],
  ['\u0000javascript:alert(1)', null],
  ['javascript&colon;alert(1)', null],
  ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', null],
  ['vbscript:msgbox(1)', null],
  ['file:///etc/passwd', null],
  ['ftp://example.com/x', null],
  ['//evil.example/x', null],
  ['/\\evil.example/', null],
  ['https://haiphong.gov.vn\\@evil.example/', null],
  ['https://haiphong.gov.vn/\ttin-tuc', null],
  ['http://', null],
  ['not a url', null],
  ['', null],
  [null, null],
]

const asRichText = (url: unknown) => richText(paragraph(link('liên kết', url as string)))

describe('linkHref: one link policy for the CMS and the site', () => {
  it.each(ROWS)('%j → %j', (input, href) => {
    expect(linkHref(input)).toBe(href)
  })

  it.each(ROWS)('%j: the CMS stores it exactly when the site links it', (input, href) => {
    const refused = findRichTextProblems(asRichText(input)).some((p) => p.kind === 'link')
    expect(refused).toBe(href === null)
    const html = renderRichText(asRichText(input) as never, {
      lang: 'vi',
      linkTo: () => null,
      picture: () => null,
    })
    const anchor = parse(html).querySelector('a')
    expect(anchor?.getAttribute('href') ?? null).toBe(href)
    // The link's text stays either way.
    expect(html).toContain('liên kết')
  })
})
