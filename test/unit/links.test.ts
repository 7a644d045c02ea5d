import { parse } from 'node-html-parser'
import { describe, expect, it } from 'vitest'

import { linkHref, pageLink, webLink } from '@collections/lib/links'
import { describeRichTextProblem, findRichTextProblems } from '@collections/lib/richText'
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
  [
    'http://example.com/T%C3%A0i%20li%E1%BB%87u.pdf',
    'http://example.com/T%C3%A0i%20li%E1%BB%87u.pdf',
  ],
  ['https://hải-phòng.vn/tin-tức', 'https://xn--hi-phng-h0a8159d.vn/tin-t%E1%BB%A9c'],
  ['https://haiphong.gov.vn/?next=%2F%2Fx', 'https://haiphong.gov.vn/?next=%2F%2Fx'],
  [
    'mailto:toasoan@baohaiphong.vn?body=Ch%C3%A0o%0D%0Aanh',
    'mailto:toasoan@baohaiphong.vn?body=Ch%C3%A0o%0D%0Aanh',
  ],
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
  // Whitespace inside, and every control, invisible or bidi character, typed.
  ['http://example.com/a b', null],
  ['https://haiphong.gov.vn/\u00a0tin', null],
  ['https://haiphong.gov.vn/tin\u2028', null],
  ['https://haiphong.gov.vn/\u0085', null],
  ['https://haiphong.gov.vn/\u009b', null],
  ['https://haiphong.gov.vn/\u007f', null],
  ['java\u0000script:alert(1)', null],
  ['\u200bjavascript:alert(1)', null],
  ['https://evil.example/\u202egov.vn', null],
  ['https://haiphong\u200d.gov.vn/', null],
  ['\ufeff/tin-tuc/', null],
  ['/tin-tuc/\u2066x', null],
  ['https://haiphong.gov.vn/\u00adx', null],
  // Backslashes and other hosts, plain or percent-encoded.
  ['/\\/evil.example/', null],
  ['\\\\evil.example', null],
  ['https:\\\\evil.example', null],
  ['/%5Cevil.example', null],
  ['/%5cevil.example', null],
  ['/%255Cevil.example', null],
  ['/%2F%2Fevil.example', null],
  ['/%2f/evil.example', null],
  ['%2F%2Fevil.example', null],
  ['https://haiphong.gov.vn/%5C..%5C', null],
  ['/tin-tuc/%0d%0aSet-Cookie:x', null],
  ['/tin-tuc/%E2%80%AE', null],
  ['https://haiphong.gov.vn@evil.example/', null],
  ['https://user:pass@haiphong.gov.vn/', null],
  ['HTTPS:/\\evil.example', null],
  ['java%09script:alert(1)', null],
  ['mailto:%0Aa@b.vn', null],
  ['blob:https://haiphong.gov.vn/1', null],
  ['sms:+84123', null],
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

describe('webLink: the URL fields (events, venues, websites, portal links)', () => {
  it.each([
    [' https://dost.haiphong.gov.vn', 'https://dost.haiphong.gov.vn/'],
    [
      'https://dost.haiphong.gov.vn/dang-ky?su-kien=5',
      'https://dost.haiphong.gov.vn/dang-ky?su-kien=5',
    ],
    ['https://dost.haiphong.gov.vn\\evil.example', null],
    ['https://dost.haiphong.gov.vn/\u0001', null],
    ['https://dost.haiphong.gov.vn/a b', null],
    ['https://dost.haiphong.gov.vn/%5C', null],
    ['mailto:a@b.vn', null],
    ['/tin-tuc/', null],
    ['//evil.example', null],
  ])('%j → %j', (input, href) => {
    expect(webLink(input)).toBe(href)
  })
})

describe('pageLink: where published information is (a portal page or another site)', () => {
  it.each([
    ['/van-ban/', '/van-ban/'],
    [' /thu-tuc-hanh-chinh/ ', '/thu-tuc-hanh-chinh/'],
    ['https://dichvucong.gov.vn', 'https://dichvucong.gov.vn/'],
    ['mailto:a@haiphong.gov.vn', null],
    ['tel:+842253000000', null],
    ['#muc-2', null],
    ['?trang=2', null],
    ['//evil.example/', null],
    ['/%2F%2Fevil.example', null],
    ['javascript:alert(1)', null],
    ['van-ban/', null],
  ])('%j → %j', (input, href) => {
    expect(pageLink(input)).toBe(href)
  })
})

describe('the refusal an editor reads', () => {
  it('writes invisible characters out instead of letting them reorder the message', () => {
    const [problem] = findRichTextProblems(asRichText('https://evil.example/\u202egov.vn'))
    const message = describeRichTextProblem(problem!)
    expect(message.vi).toContain('https://evil.example/[U+202E]gov.vn')
    expect(message.en).toContain('[U+202E]')
    expect(`${message.vi}${message.en}`).not.toMatch(/\u202e/)
  })
})
