import { link, paragraph, richText } from '@cms/seed/lexical'
import type { BadInputCase, CaseFile } from './cases'

/** The reasons, as the person reads them (cms/api/readLimits.ts, collections/lib/links.ts). */
const SAYS = {
  limit: { vi: /limit phải là số nguyên từ 1 đến 100/, en: /limit .*whole number from 1 to 100/ },
  page: { vi: /page phải là số nguyên từ 1/, en: /page .*whole number of 1 or more/ },
  pagination: { vi: /Không thể tắt phân trang/, en: /Pagination cannot be turned off/ },
  depth: { vi: /depth phải là số nguyên từ 0 đến 3/, en: /depth .*whole number from 0 to 3/ },
  link: { vi: /không được phép/, en: /is not allowed/ },
  webLink: { vi: /https:\/\/ hoặc http:\/\//, en: /starting with https:\/\/ or http:\/\// },
}

/** A list read that would answer with more than one bounded page. */
const unbounded = (
  name: string,
  as: BadInputCase['as'],
  path: string,
  parameter: keyof typeof SAYS,
): BadInputCase => ({
  name,
  as,
  send: { method: 'GET', path },
  status: 400,
  field: parameter,
  says: SAYS[parameter],
})

/**
 * The same through GraphQL. Refused while validating the query, before anything runs; the
 * status is 400 for a client that accepts GraphQL-over-HTTP answers, as this one says.
 */
const unboundedGraphQL = (
  name: string,
  query: string,
  parameter: 'limit' | 'page' | 'pagination',
  variables?: Record<string, unknown>,
): BadInputCase => ({
  name,
  as: 'anonymous',
  send: {
    method: 'POST',
    path: '/api/graphql',
    body: { query, variables },
    headers: { Accept: 'application/graphql-response+json' },
  },
  status: 400,
  field: parameter,
  says: SAYS[parameter],
})

/** A new article whose body links to `url`, sent by the chief editor. */
const articleLinkingTo = (name: string, url: string): BadInputCase => ({
  name,
  as: 'chief',
  send: {
    method: 'POST',
    path: '/api/articles',
    body: {
      title: 'Tin có liên kết lạ',
      body: richText(paragraph('Xem ', link('tại đây', url))),
    },
  },
  status: 400,
  field: 'body',
  says: SAYS.link,
})

export const { cases }: CaseFile = {
  cases: [
    // Bounded answers: one page of at most 100, population at most 3 deep, for everyone.
    unbounded('anonymous: limit=100000', 'anonymous', '/api/articles?limit=100000', 'limit'),
    unbounded('anonymous: limit=0 ("no limit")', 'anonymous', '/api/articles?limit=0', 'limit'),
    unbounded(
      'anonymous: limit=-1 (SQLite: no limit)',
      'anonymous',
      '/api/events?limit=-1',
      'limit',
    ),
    unbounded('anonymous: limit=abc', 'anonymous', '/api/topics?limit=abc', 'limit'),
    unbounded('anonymous: depth=10', 'anonymous', '/api/articles?depth=10', 'depth'),
    unbounded('anonymous: depth=-5', 'anonymous', '/api/articles?depth=-5', 'depth'),
    unbounded('anonymous: page=0', 'anonymous', '/api/articles?page=0', 'page'),
    unbounded(
      'anonymous: pagination=false (the whole collection)',
      'anonymous',
      '/api/articles?pagination=false',
      'pagination',
    ),
    unbounded(
      'anonymous: a global at depth=10',
      'anonymous',
      '/api/globals/programme?depth=10',
      'depth',
    ),
    unbounded('editor: limit=500', 'editor', '/api/articles?limit=500&depth=0', 'limit'),
    unbounded(
      'editor: versions with pagination=false',
      'editor',
      '/api/articles/versions?pagination=false',
      'pagination',
    ),
    unboundedGraphQL(
      'GraphQL: Articles(limit: 100000)',
      '{ Articles(limit: 100000) { docs { title } } }',
      'limit',
    ),
    unboundedGraphQL(
      'GraphQL: limit 0 from a variable',
      'query List($n: Int) { Events(limit: $n) { docs { title } } }',
      'limit',
      { n: 0 },
    ),
    unboundedGraphQL(
      'GraphQL: Articles(pagination: false)',
      '{ Articles(pagination: false) { docs { title } } }',
      'pagination',
    ),
    // Links: the one link policy, in rich text and in URL fields.
    articleLinkingTo('rich-text link /\\evil.example (read as //evil.example)', '/\\evil.example'),
    articleLinkingTo('rich-text link javascript:', 'javascript:alert(document.cookie)'),
    articleLinkingTo('rich-text link java<TAB>script:', 'java\tscript:alert(1)'),
    articleLinkingTo('rich-text link //evil.example', '//evil.example/tin-tuc'),
    articleLinkingTo('rich-text link /%5Cevil.example', '/%5Cevil.example'),
    articleLinkingTo('rich-text link with a bidi override', 'https://evil.example/\u202egov.vn'),
    {
      name: 'event registration URL with a backslash',
      as: 'chief',
      send: {
        method: 'POST',
        path: '/api/events',
        body: {
          title: 'Ngày hội khởi nghiệp Hải Phòng',
          startsAt: '2026-12-10T08:00:00.000Z',
          endsAt: '2026-12-10T11:00:00.000Z',
          registrationUrl: 'https://dost.haiphong.gov.vn\\evil.example/dang-ky',
        },
      },
      status: 400,
      field: 'registrationUrl',
      says: SAYS.webLink,
    },
    {
      name: 'portal link URL with a space inside (a pasted control character is cleaned away instead)',
      as: 'admin',
      send: {
        method: 'POST',
        path: '/api/globals/portal-links',
        body: { links: [{ label: 'Cổng thử', url: 'https://haiphong.gov.vn/tin tuc' }] },
      },
      status: 400,
      field: 'links.0.url',
      says: SAYS.webLink,
    },
    // Slugs: symbols are dropped, so a title of symbols alone gives none; the editor is asked.
    {
      name: 'a title of symbols only (<>&%$) makes no slug',
      as: 'chief',
      send: { method: 'POST', path: '/api/articles', body: { title: '<>&%$ ♥' } },
      status: 400,
      field: 'slug',
      says: {
        vi: /Không tạo được đường dẫn từ tiêu đề/,
        en: /No slug could be made from the title/,
      },
    },
  ],
}
