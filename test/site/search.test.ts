import fs from 'node:fs/promises'
import path from 'node:path'

import { beforeAll, describe, expect, it } from 'vitest'

import { ORGANIZATIONS, PEOPLE, STARTUPS } from '@cms/seed/content/ecosystem'
import { buildExcerpt } from '@site/lib/search/excerpt'
import { foldedWords, foldQuery, foldVietnamese } from '@site/lib/search/fold'
import { openSiteSearch, type SiteSearch } from '../helpers/pagefind'
import { demoSite, type DemoSite } from '../helpers/demoSite'
import { readPage } from '../helpers/site'

/**
 * The portal's search, as readers use it: the demo content is built into a site, indexed with
 * Pagefind exactly as `npm run build:site` does, and the built index is queried through
 * Pagefind's own browser module. Every row says what a query must find and must not find.
 */

const A = (slug: string) => `/tin-tuc/${slug}/`
const F = (slug: string) => `/phong-su/${slug}/`
const E = (slug: string) => `/su-kien/${slug}/`
const N = (slug: string) => `/van-ban/${slug}/`
const en = (p: string) => `/en${p}`

const PLAN = N('ke-hoach-281-kh-ubnd-2020')
const DECISION_844 = N('quyet-dinh-844-qd-ttg-2016')
const RESOLUTION_08 = N('nghi-quyet-08-2013-nq-hdnd')
const DIRECTIVE_09 = N('chi-thi-09-ct-ubnd-2020')
const PLAN_NEWS = A('hai-phong-ban-hanh-ke-hoach-phat-trien-he-sinh-thai-khoi-nghiep')
const PRESS = A('bao-chi-thanh-pho-vao-cuoc-tuyen-truyen-khoi-nghiep')
const PORTAL = A('cong-thong-tin-ho-tro-khoi-nghiep-sang-tao-mot-dau-moi')
const CENTRE = A('trung-tam-ho-tro-khoi-nghiep-sang-tao-nam-phan-khu-tren-ba-tang')
const YOUNG_FIRMS = A('doanh-nghiep-khoi-nghiep-duoi-5-nam-tuoi-duoc-ho-tro-nhung-gi')
const MENTORS = A('mang-luoi-150-200-co-van-nha-dau-tu')
const SOCIAL = A('khoi-nghiep-len-song-mang-xa-hoi')
const UNIVERSITIES = A('truong-dai-hoc-vien-nghien-cuu-be-do-cho-du-an-khoi-nghiep')
const LAST_YEAR = A('nam-cuoi-thuc-hien-ke-hoach-281-soat-lai-tung-muc-tieu')
const REVIEW_NEWS = A('hai-phong-chuan-bi-tong-ket-5-nam-phat-trien-he-sinh-thai-khoi-nghiep')
const DRAFT_ARTICLE = A('moi-gop-y-dinh-huong-ho-tro-khoi-nghiep-sau-nam-2025')
const REPORT = F('phong-su-khoi-nghiep-doi-moi-sang-tao-tu-ke-hoach-den-hanh-dong')
const COWORKING = F('chuyen-de-khong-gian-lam-viec-chung-noi-y-tuong-tre-gap-nhau')
const RADIO_TALK = F('toa-dam-phat-thanh-co-van-khoi-nghiep-nguoi-dan-duong')
const IP_SHIELD = F('chuyen-de-tai-san-tri-tue-tam-khien-cua-doanh-nghiep-khoi-nghiep')
const DRAFT_FEATURE = F('diem-tin-khoi-nghiep-cuoi-nam')
const REVIEW_EVENT = E('hoi-nghi-tong-ket-ke-hoach-281-giai-doan-2021-2025')
const MATCHMAKING = E('ngay-hoi-ket-noi-co-van-nha-dau-tu-voi-du-an-khoi-nghiep')
const FUNDRAISING = E('hoi-thao-truc-tuyen-chuan-bi-ho-so-goi-von')
const STUDENT_FINAL = E('vong-chung-ket-cuoc-thi-y-tuong-khoi-nghiep-sinh-vien-2025')
const TRAINING = E('khoa-huan-luyen-nang-cao-nang-luc-trung-tam-cau-lac-bo-khoi-nghiep')
const VISIT = E('tham-quan-mo-hinh-khong-gian-lam-viec-chung-va-uom-tao')

type Row = { lang?: 'vi' | 'en'; q: string; find?: string[]; notFind?: string[]; none?: true }

/** The query set: no-tone queries, đ/d, document numbers, phrases, one-word topics, misses. */
const QUERIES: Row[] = [
  // Tones typed or not
  { q: 'ho tro khoi nghiep', find: [PORTAL, CENTRE] },
  { q: 'hỗ trợ khởi nghiệp', find: [PORTAL, CENTRE] },
  { q: 'doi moi sang tao', find: [PLAN, PRESS] },
  { q: 'đổi mới sáng tạo', find: [PLAN, PRESS] },
  { q: 'he sinh thai', find: [PLAN, PLAN_NEWS, REVIEW_NEWS] },
  { q: 'hệ sinh thái', find: [PLAN, PLAN_NEWS] },
  { q: 'khong gian lam viec chung', find: [COWORKING, VISIT] },
  { q: 'tai san tri tue', find: [IP_SHIELD] },
  { q: 'tấm khiên', find: [IP_SHIELD] },
  { q: 'mang xa hoi', find: [SOCIAL] },
  { q: 'goi von', find: [FUNDRAISING] },
  { q: 'hồ sơ gọi vốn', find: [FUNDRAISING] },
  { q: 'sinh vien', find: [STUDENT_FINAL] },
  { q: 'cuộc thi ý tưởng', find: [STUDENT_FINAL] },
  { q: 'cau lac bo', find: [TRAINING] },
  { q: 'huấn luyện', find: [TRAINING] },
  { q: 'phong thi nghiem', find: [UNIVERSITIES] },
  { q: 'tong ket', find: [REVIEW_NEWS, REVIEW_EVENT] },
  { q: 'uom tao', find: [VISIT] },
  { q: 'ươm tạo', find: [VISIT] },
  // đ and d
  { q: 'duong', find: [RADIO_TALK] },
  { q: 'đường', find: [RADIO_TALK] },
  { q: 'nguoi dan duong', find: [RADIO_TALK] },
  { q: 'dai hoc', find: [UNIVERSITIES] },
  { q: 'Đại học', find: [UNIVERSITIES] },
  { q: 'DAI HOC', find: [UNIVERSITIES] },
  { q: 'dau tu', find: [MENTORS] },
  { q: 'nha dau tu', find: [MENTORS, MATCHMAKING] },
  { q: 'dai phat thanh va truyen hinh', find: [PLAN] },
  { q: 'Đài Phát thanh và Truyền hình', find: [PLAN] },
  { q: 'doanh nghiep', find: [YOUNG_FIRMS] },
  // Document numbers, whole or in part
  // Nearly every page cites the plan by its number (text or captions), the notices included.
  { q: '281/KH-UBND', find: [PLAN, DECISION_844] },
  { q: '281', find: [PLAN, LAST_YEAR] },
  { q: 'KH-UBND', find: [PLAN] },
  { q: '844/QĐ-TTg', find: [DECISION_844], notFind: [DIRECTIVE_09] },
  { q: '844/QD-TTg', find: [DECISION_844], notFind: [DIRECTIVE_09] },
  { q: '844/qd-ttg', find: [DECISION_844] },
  { q: '08/2013/NQ-HĐND', find: [RESOLUTION_08] },
  { q: '08/2013/NQ-HDND', find: [RESOLUTION_08] },
  { q: '09/CT-UBND', find: [DIRECTIVE_09], notFind: [DECISION_844] },
  { q: 'chi thi', find: [DIRECTIVE_09] },
  { q: 'Thủ tướng Chính phủ', find: [DECISION_844] },
  { q: 'thu tuong', find: [DECISION_844] },
  // Nothing to find; drafts never found
  { q: 'bitcoin', none: true },
  { q: 'xyzzyq', none: true },
  { q: 'blockchain tiền mã hóa', none: true },
  { q: 'vaccine', none: true },
  { q: 'metaverse', none: true },
  { q: 'gop y dinh huong sau nam 2025', notFind: [DRAFT_ARTICLE] },
  { q: 'diem tin cuoi nam', notFind: [DRAFT_FEATURE] },
  // English pages search English
  { lang: 'en', q: 'startup ecosystem', find: [en(PLAN), en(PLAN_NEWS)] },
  { lang: 'en', q: 'plan to action', find: [en(REPORT)] },
  { lang: 'en', q: 'review conference', find: [en(REVIEW_EVENT)] },
  { lang: 'en', q: '281/KH-UBND', find: [en(PLAN)] },
  { lang: 'en', q: 'coaches mentors', find: [en(PLAN)] },
  { lang: 'en', q: 'Department of Science and Technology', find: [en(PLAN)] },
  { lang: 'en', q: 'bitcoin', none: true },
  { lang: 'en', q: 'nha dau tu', none: true },
]

let site: DemoSite
const searches: Partial<Record<'vi' | 'en', SiteSearch>> = {}

beforeAll(async () => {
  site = await demoSite()
  searches.vi = await openSiteSearch(site.clientDir, 'vi')
  searches.en = await openSiteSearch(site.clientDir, 'en')
}, 240_000)

describe('foldVietnamese / foldedWords / foldQuery', () => {
  it.each([
    ['Đường Hỗ trợ', 'Duong Ho tro'],
    ['đổi mới', 'doi moi'],
    ['844/QĐ-TTg', '844/QD-TTg'],
    ['Ke hoach', 'Ke hoach'],
  ])('foldVietnamese(%j) → %j', (input, output) => {
    expect(foldVietnamese(input)).toBe(output)
    expect(foldVietnamese(input.normalize('NFD'))).toBe(output)
  })

  it('keeps only the words with đ, folded, once each', () => {
    expect(foldedWords('Đài Phát thanh, đổi mới, đổi mới; 844/QĐ-TTg.')).toEqual([
      'Dai',
      'doi',
      '844/QD-TTg',
    ])
  })

  it('folds the query and tidies its spaces', () => {
    expect(foldQuery('  người   dẫn đường ')).toBe('nguoi dan duong')
  })
})

describe('the search index', () => {
  it('indexes every published item page in both languages and nothing else', async () => {
    const entry = JSON.parse(
      await fs.readFile(path.join(site.clientDir, 'pagefind', 'pagefind-entry.json'), 'utf8'),
    )
    // 10 articles + 5 features + 6 notices (2 of them drafts for comment) + 6 events and 2
    // answers asked in Vietnamese; 5 of those items in English, and 1 answer asked in English.
    // Then every directory profile, in English too where it has English text (the seed gives
    // organisations and startups an English summary, people none).
    const profiles = ORGANIZATIONS.length + PEOPLE.length + STARTUPS.length
    const englishProfiles = [...ORGANIZATIONS, ...STARTUPS].filter((p) => p.summary.en).length
    expect(entry.languages.vi.page_count).toBe(29 + profiles)
    expect(entry.languages.en.page_count).toBe(6 + englishProfiles)
    expect(site.searchIndex.bytes).toBeLessThan(1_000_000)
    console.log(
      `Search index: ${site.searchIndex.pages} HTML files read, ${entry.languages.vi.page_count} pages indexed, ${site.searchIndex.bytes} bytes, ${site.searchIndex.seconds} s`,
    )
  })

  it('puts the folded copy of đ-words in the page but never in view', async () => {
    const { root } = await readPage(site.clientDir, RADIO_TALK)
    const folded = root.querySelector('[data-search-folded]')!
    expect(folded.hasAttribute('hidden')).toBe(true)
    expect(folded.text).toContain('duong')
  })
})

describe('the query set', () => {
  it.each(QUERIES.map((row) => [`${row.lang ?? 'vi'}: ${row.q}`, row] as const))(
    '%s',
    async (_, row) => {
      const lang = row.lang ?? 'vi'
      const urls = (await searches[lang]!.search(row.q)).map((hit) => hit.url)
      for (const url of row.find ?? []) expect(urls, `"${row.q}" must find ${url}`).toContain(url)
      for (const url of row.notFind ?? []) expect(urls).not.toContain(url)
      if (row.none) expect(urls).toEqual([])
      // A language's index holds that language's pages only.
      for (const url of urls) expect(url.startsWith('/en/')).toBe(lang === 'en')
    },
  )

  it('has at least 50 queries, in both languages, with misses and document numbers', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(50)
    expect(QUERIES.filter((r) => r.lang === 'en').length).toBeGreaterThanOrEqual(5)
    expect(QUERIES.filter((r) => r.none).length).toBeGreaterThanOrEqual(4)
    expect(QUERIES.filter((r) => /\d+\//.test(r.q)).length).toBeGreaterThanOrEqual(6)
  })
})

describe('results as the search page shows them', () => {
  it('carry the content type, the date and a highlighted excerpt without the folded copy', async () => {
    const hit = (await searches.vi!.search('duong')).find((h) => h.url === RADIO_TALK)!
    expect(hit.kind).toBe('Phóng sự')
    expect(hit.date).toMatch(/^\d{2}\/\d{2}\/\d{4}$/)
    expect(hit.excerpt).toContain('<mark>đường</mark>')
    expect(hit.excerpt).not.toMatch(/\bduong\b/)
    expect(buildExcerpt('Đường <b>phố</b>', 'duong')).toBe(
      '<mark>Đường</mark> &lt;b&gt;phố&lt;/b&gt;',
    )
  })

  it('shows an English type and date on English results', async () => {
    const hit = (await searches.en!.search('281/KH-UBND')).find((h) => h.url === en(PLAN))!
    expect(hit.kind).toBe('Policy document')
    expect(hit.date).toBe('10 December 2020')
  })

  it('filters by content type, topic, outlet and year', async () => {
    const filters = await searches.vi!.filters()
    expect(Object.keys(filters).sort()).toEqual(['kind', 'outlet', 'topic', 'year'])
    // Every notice cites plan 281; the type filter keeps the notices and drops the news.
    const notices = (await searches.vi!.search('281', { kind: ['Văn bản'] })).map((h) => h.url)
    expect(notices).toContain(PLAN)
    expect(notices).not.toContain(LAST_YEAR)
    expect(notices.every((url) => url.startsWith('/van-ban/'))).toBe(true)
    const of2016 = await searches.vi!.search('', { year: ['2016'] })
    expect(of2016.map((h) => h.url)).toEqual([DECISION_844])
    const topic = Object.keys(filters.topic).find((name) => name.startsWith('Trung tâm'))!
    const onTopic = await searches.vi!.search('khoi nghiep', { topic: [topic] })
    expect(onTopic.length).toBeGreaterThan(0)
    expect(onTopic.length).toBeLessThan((await searches.vi!.search('khoi nghiep')).length)
    const outlet = Object.keys(filters.outlet)[0]
    const fromOutlet = await searches.vi!.search('', { outlet: [outlet] })
    expect(fromOutlet.length).toBe(filters.outlet[outlet])
  })
})

describe('the search page', () => {
  it('ships its one script on the search page only, with a form that works without it', async () => {
    for (const sitePath of ['/tim-kiem/', '/en/tim-kiem/']) {
      const { root, html } = await readPage(site.clientDir, sitePath)
      const form = root.querySelector('form[role="search"]')!
      expect(form.getAttribute('method')).toBe('get')
      expect(form.querySelector('input[name="q"]')).not.toBeNull()
      expect(root.querySelectorAll('script[type="module"]').length).toBe(1)
      expect(html).toMatch(/<noscript>[\s\S]*href="(\/en)?\/van-ban\/so\/"[\s\S]*<\/noscript>/)
    }
    for (const sitePath of ['/', PLAN, '/van-ban/', '/van-ban/loai/ke-hoach/']) {
      const { root } = await readPage(site.clientDir, sitePath)
      expect(root.querySelectorAll('script[src], script[type="module"]')).toHaveLength(0)
      expect(root.querySelector('a.search-link')?.getAttribute('href')).toBe('/tim-kiem/')
    }
  })
})
