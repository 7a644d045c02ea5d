/**
 * The public forms the way a browser meets them: the built demo site served as a release by the
 * live site server (cms/publish/server.ts), whose on-demand Astro server renders the form routes
 * and writes through Payload's Local API (a copy of the demo database). Pages, feed, sitemap and
 * search show published answers only; every refusal answers with its status and its message
 * beside its field in the route's language, stores nothing, and keeps the person's input.
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import { parse } from 'node-html-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readSitePages } from '@channels/sitePages'
import { createFormToken, FORM_TOKEN_PLACEHOLDER } from '@collections/lib/formToken'
import { FORM_MESSAGES } from '@collections/lib/publicForms'
import { startLiveSite, type LiveSite } from '@cms/publish/server'
import { demoSite, layOutAsRelease, type DemoSite } from '../helpers/demoSite'
import { openSiteSearch } from '../helpers/pagefind'
import { startTestHub, type TestHub } from '../helpers/payload'
import { request } from '../helpers/rest'

let site: DemoSite
let hub: TestHub
let live: LiveSite
let limited: LiveSite
let release: Awaited<ReturnType<typeof layOutAsRelease>> | undefined
let topicId: number
let openNotice: { id: number; slug: string }
let closedNotice: { id: number; slug: string }

/** A token issued long enough ago for a person to have filled the form. */
const issued = (ageMs = 10_000) =>
  createFormToken({ secret: process.env.FORM_SECRET, now: new Date(Date.now() - ageMs) })
const get = (sitePath: string) => fetch(`${live.url}${sitePath}`, { redirect: 'manual' })
const post = (
  sitePath: string,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
  base = live.url,
) =>
  fetch(`${base}${sitePath}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { Origin: base, 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
  })
const counts = async () => ({
  questions: (await hub.payload.count({ collection: 'questions' })).totalDocs,
  comments: (await hub.payload.count({ collection: 'consultation-comments' })).totalDocs,
})
let n = 0
const aQuestion = (over: Record<string, string> = {}) => ({
  issued: issued(),
  name: 'Phạm Thị Hỏi',
  email: `hoi-qua-web-${++n}@example.vn`,
  topic: String(topicId),
  question: 'Thủ tục nhận hỗ trợ ươm tạo cho dự án khởi nghiệp gồm những giấy tờ gì?',
  consent: 'yes',
  website: '',
  ...over,
})
const aComment = (notice: number, over: Record<string, string> = {}) => ({
  issued: issued(),
  notice: String(notice),
  name: 'Đỗ Văn Góp',
  email: `gop-y-qua-web-${++n}@example.vn`,
  comment: 'Đề nghị nêu rõ mức hỗ trợ tối đa cho mỗi dự án.',
  consent: 'yes',
  website: '',
  ...over,
})

beforeAll(async () => {
  site = await demoSite()
  hub = await startTestHub({ from: site })
  release = await layOutAsRelease(site, 'hub-forms-')
  const { layout } = release
  live = await startLiveSite({
    layout,
    port: 0,
    host: '127.0.0.1',
    formRateLimit: { limit: 1000, windowMs: 60_000 },
  })
  limited = await startLiveSite({
    layout,
    port: 0,
    host: '127.0.0.1',
    formRateLimit: { limit: 2, windowMs: 60_000 },
  })
  const topic = await hub.payload.find({ collection: 'topics', limit: 1, sort: 'id' })
  topicId = topic.docs[0]!.id
  const drafts = await hub.payload.find({
    collection: 'policy-notices',
    where: { 'consultation.opensAt': { exists: true } },
    sort: 'consultation.closesAt',
    depth: 0,
  })
  const [closed, open] = drafts.docs
  closedNotice = { id: closed!.id, slug: closed!.slug! }
  openNotice = { id: open!.id, slug: open!.slug! }
  // The first form post starts the release's Astro server and its Payload: done here.
  await get('/hoi-dap/gui/')
}, 300_000)

afterAll(async () => {
  await live?.close()
  await limited?.close()
  await hub?.cleanup()
  await release?.cleanup()
})

describe('the pages', () => {
  it('/hoi-dap/ lists published answers by topic and serves the form with a fresh token', async () => {
    const res = await get('/hoi-dap/')
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(res.headers.get('content-security-policy')).toContain("form-action 'self'")
    const html = await res.text()
    const root = parse(html)
    expect(root.querySelectorAll('.qa-topic h2').length).toBeGreaterThan(0)
    expect(html).toContain('có được thành phố hỗ trợ chi phí thuê chỗ làm việc')
    expect(html).not.toContain('@example.vn')
    expect(html).not.toContain(FORM_TOKEN_PLACEHOLDER)
    const form = root.querySelector('form.public-form')!
    expect(form.getAttribute('action')).toBe('/hoi-dap/gui/')
    expect(form.getAttribute('method')).toBe('post')
    expect(form.querySelector('input[name="issued"]')!.getAttribute('value')).toMatch(
      /^\d+\.[\w-]{43}$/,
    )
    expect(root.querySelector('.privacy-notice')!.text).toMatch(
      /91\/2025\/QH15[\s\S]*356\/2025\/NĐ-CP/,
    )
    expect(root.querySelector('.privacy-notice')!.text).toMatch(/12 tháng/)
    expect(root.querySelectorAll('script')).toHaveLength(
      root.querySelectorAll('script[type="application/ld+json"]').length,
    )
  })

  it('each answer has its page, in the language it was asked; the English list has the English one', async () => {
    const { docs } = await hub.payload.find({ collection: 'questions', overrideAccess: false })
    const vi = docs.find((q) => q.language === 'vi')!
    const page = await get(`/hoi-dap/${vi.id}/`)
    expect(page.status).toBe(200)
    const root = parse(await page.text())
    expect(root.querySelector('h1')!.text).toBe(vi.question)
    expect(root.querySelector('.qa-answer')!.text).toContain(vi.answeringUnit!)
    const en = await (await get('/en/hoi-dap/')).text()
    expect(en).toContain('Can foreign founders living in Hải Phòng')
    expect(en).not.toContain('có được thành phố hỗ trợ')
  })

  it('the feed, the sitemap and search carry answers, never a pending question or an address', async () => {
    const rss = await (await get('/hoi-dap/rss.xml')).text()
    expect(rss).toContain('<item>')
    expect(rss).toContain('/hoi-dap/')
    expect(rss).not.toContain('@example.vn')
    const sitemap = await fs.readFile(path.join(site.clientDir, 'sitemap-0.xml'), 'utf8')
    expect(sitemap).toMatch(/\/hoi-dap\/\d+\//)
    expect(sitemap).toContain('/gop-y-du-thao/')
    expect(sitemap).not.toContain('/gui/')
    const { itemPages } = await readSitePages(site.clientDir)
    expect(itemPages.some((file) => /^hoi-dap\/\d+\/index\.html$/.test(file))).toBe(true)
    const search = await openSiteSearch(site.clientDir, 'vi')
    const results = await search.search('không gian làm việc chung thuê chỗ')
    expect(results.some((r) => r.url.startsWith('/hoi-dap/'))).toBe(true)
  })

  it('/gop-y-du-thao/ lists the open and the closed draft; the closed one shows its summary, not a form', async () => {
    const list = parse(await (await get('/gop-y-du-thao/')).text())
    expect(list.querySelector('.consultations-open')!.innerHTML).toContain(openNotice.slug)
    expect(list.querySelector('.consultations-closed')!.innerHTML).toContain(closedNotice.slug)
    const closed = parse(await (await get(`/gop-y-du-thao/${closedNotice.slug}/`)).text())
    expect(closed.querySelector('.consultation-closed')!.text).toBe(
      'Đã hết thời hạn lấy ý kiến dự thảo này; góp ý không còn được tiếp nhận.',
    )
    expect(closed.querySelector('#tong-hop')!.text).toMatch(/Tiếp thu/)
    expect(closed.querySelector('form')).toBeNull()
    const open = parse(await (await get(`/gop-y-du-thao/${openNotice.slug}/`)).text())
    expect(open.querySelector('form.public-form')!.getAttribute('action')).toBe(
      '/gop-y-du-thao/gui/',
    )
    const noticePage = await (await get(`/van-ban/${closedNotice.slug}/`)).text()
    expect(noticePage).toContain(`/gop-y-du-thao/${closedNotice.slug}/#tong-hop`)
  })
})

describe('sending a question', () => {
  it('stores it as pending and says what happens next; the public sees nothing new', async () => {
    const before = await counts()
    const fields = aQuestion()
    const res = await post('/hoi-dap/gui/', fields)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(res.headers.get('content-security-policy')).toContain("form-action 'self'")
    const root = parse(await res.text())
    expect(root.querySelector('h1')!.text).toBe('Đã nhận câu hỏi của bạn')
    expect((await counts()).questions).toBe(before.questions + 1)
    const { docs } = await hub.payload.find({
      collection: 'questions',
      where: { email: { equals: fields.email } },
    })
    expect(docs[0]).toMatchObject({ status: 'pending', language: 'vi', name: 'Phạm Thị Hỏi' })
    const anonymous = await request(hub.payload, 'GET', '/api/questions?limit=100')
    expect(JSON.stringify(anonymous.json)).not.toContain('ươm tạo cho dự án khởi nghiệp gồm')
  })

  it('strips markup and control characters from what is stored', async () => {
    const fields = aQuestion({
      name: '<b>Vũ</b>\u202E Thị\u0007 Lan',
      question: '<script>alert(1)</script>Xin hỏi về quỹ hỗ trợ khởi nghiệp\u200B thành phố?',
    })
    expect((await post('/hoi-dap/gui/', fields)).status).toBe(200)
    const { docs } = await hub.payload.find({
      collection: 'questions',
      where: { email: { equals: fields.email } },
    })
    expect(docs[0]!.name).toBe('Vũ Thị Lan')
    expect(docs[0]!.question).toBe('alert(1)Xin hỏi về quỹ hỗ trợ khởi nghiệp thành phố?')
  })

  type Row = {
    name: string
    path?: string
    fields: () => Record<string, string>
    headers?: Record<string, string>
    status: number
    field?: string
    says: RegExp | string
  }
  const rows: Row[] = [
    {
      name: 'no name',
      fields: () => aQuestion({ name: '' }),
      status: 400,
      field: 'name',
      says: FORM_MESSAGES.nameMissing.vi,
    },
    {
      name: 'no name (English)',
      path: '/en/hoi-dap/gui/',
      fields: () => aQuestion({ name: ' ' }),
      status: 400,
      field: 'name',
      says: FORM_MESSAGES.nameMissing.en,
    },
    {
      name: 'an e-mail address with CRLF and a Bcc header',
      fields: () => aQuestion({ email: 'a@example.vn\r\nBcc: nan-nhan@example.vn' }),
      status: 400,
      field: 'email',
      says: FORM_MESSAGES.emailInvalid.vi,
    },
    {
      name: 'an e-mail address with CRLF (English)',
      path: '/en/hoi-dap/gui/',
      fields: () => aQuestion({ email: 'a@example.vn\nCc: x@example.vn' }),
      status: 400,
      field: 'email',
      says: FORM_MESSAGES.emailInvalid.en,
    },
    {
      name: 'no topic',
      fields: () => aQuestion({ topic: '' }),
      status: 400,
      field: 'topic',
      says: FORM_MESSAGES.topicMissing.vi,
    },
    {
      name: 'a topic that does not exist',
      fields: () => aQuestion({ topic: '999999' }),
      status: 400,
      field: 'topic',
      says: FORM_MESSAGES.topicMissing.vi,
    },
    {
      name: 'an empty question',
      fields: () => aQuestion({ question: '   ' }),
      status: 400,
      field: 'question',
      says: FORM_MESSAGES.questionMissing.vi,
    },
    {
      name: 'an oversized question',
      fields: () => aQuestion({ question: 'Hỏi '.repeat(700) }),
      status: 400,
      field: 'question',
      says: FORM_MESSAGES.questionLength.vi,
    },
    {
      name: 'an oversized question (English)',
      path: '/en/hoi-dap/gui/',
      fields: () => aQuestion({ question: 'Why '.repeat(600) }),
      status: 400,
      field: 'question',
      says: FORM_MESSAGES.questionLength.en,
    },
    {
      name: 'no consent to the data notice',
      fields: () => aQuestion({ consent: '' }),
      status: 400,
      field: 'consent',
      says: FORM_MESSAGES.consentMissing.vi,
    },
    {
      name: 'sent within 3 s of the page',
      fields: () => aQuestion({ issued: issued(0) }),
      status: 400,
      says: 'Biểu mẫu được gửi quá nhanh',
    },
    {
      name: 'a forged token',
      fields: () => aQuestion({ issued: `${Date.now() - 60_000}.${'A'.repeat(43)}` }),
      status: 400,
      says: 'Biểu mẫu đã quá lâu',
    },
    {
      name: 'the prerendered placeholder (served without the live server)',
      path: '/en/hoi-dap/gui/',
      fields: () => aQuestion({ issued: FORM_TOKEN_PLACEHOLDER }),
      status: 400,
      says: 'The form was open too long',
    },
    {
      name: 'a token a day old',
      fields: () => aQuestion({ issued: issued(25 * 60 * 60_000) }),
      status: 400,
      says: 'Biểu mẫu đã quá lâu',
    },
    {
      name: 'a post from another site',
      fields: () => aQuestion(),
      headers: { Origin: 'https://evil.example' },
      status: 403,
      says: /forbidden|từ chính Cổng thông tin/i,
    },
  ]

  it.each(rows)('$name → $status, nothing stored, input kept', async (row) => {
    const before = await counts()
    const fields = row.fields()
    const res = await post(row.path ?? '/hoi-dap/gui/', fields, row.headers)
    expect(res.status).toBe(row.status)
    const html = await res.text()
    expect(await counts()).toEqual(before)
    if (row.status === 403) {
      expect(html).toMatch(row.says)
      return
    }
    const root = parse(html)
    const says = typeof row.says === 'string' ? row.says : ''
    if (row.field) {
      expect(root.querySelector(`#f-${row.field}-problem`)!.text).toBe(says)
      expect(root.querySelector(`#f-${row.field}`)!.getAttribute('aria-invalid')).toBe('true')
    } else {
      expect(root.querySelector('.form-general')!.text).toContain(says)
    }
    // What the person typed is still there, and a new token lets them send again.
    if (row.field !== 'name')
      expect(root.querySelector('#f-name')!.getAttribute('value')).toBe(
        fields.name!.trim() ? fields.name : '',
      )
    expect(root.querySelector('#f-question')!.text).toBe(fields.question!.replace(/\r\n?/g, '\n'))
    expect(root.querySelector('input[name="issued"]')!.getAttribute('value')).toMatch(
      /^\d+\.[\w-]{43}$/,
    )
    expect(html).not.toContain(FORM_TOKEN_PLACEHOLDER)
  })

  it('a filled honeypot is told "received" and nothing is stored', async () => {
    const before = await counts()
    const res = await post('/hoi-dap/gui/', aQuestion({ website: 'http://spam.example' }))
    expect(res.status).toBe(200)
    expect(parse(await res.text()).querySelector('h1')!.text).toBe('Đã nhận câu hỏi của bạn')
    expect(await counts()).toEqual(before)
  })

  it('more than 3 from one e-mail address in an hour: 429 with the reason', async () => {
    const email = 'mot-dia-chi@example.vn'
    for (let i = 0; i < 3; i++)
      expect((await post('/hoi-dap/gui/', aQuestion({ email }))).status).toBe(200)
    const before = await counts()
    const res = await post('/en/hoi-dap/gui/', aQuestion({ email }))
    expect(res.status).toBe(429)
    expect(parse(await res.text()).querySelector('.form-general')!.text).toBe(
      FORM_MESSAGES.tooManyForEmail.en,
    )
    expect(await counts()).toEqual(before)
  })

  it('only the form paths accept POST, and at most 16 KB', async () => {
    expect((await post('/hoi-dap/', aQuestion())).status).toBe(405)
    expect((await post('/api/questions', aQuestion())).status).toBe(405)
    const before = await counts()
    const big = await post('/hoi-dap/gui/', aQuestion({ question: 'x'.repeat(20_000) }))
    expect(big.status).toBe(413)
    expect(await big.text()).toMatch(/16 KB/)
    expect(await counts()).toEqual(before)
  })

  it('per-address limit: a forged X-Forwarded-For does not get a new allowance', async () => {
    const chunked = (i: number) =>
      fetch(`${limited.url}/hoi-dap/gui/`, {
        method: 'POST',
        headers: { Origin: limited.url, 'X-Forwarded-For': `203.0.113.${i}` },
        body: new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('x'.repeat(17_000)))
            controller.close()
          },
        }),
        duplex: 'half',
      } as RequestInit)
    expect((await chunked(1)).status).toBe(413)
    expect((await chunked(2)).status).toBe(413)
    const third = await chunked(3)
    expect(third.status).toBe(429)
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await third.text()).toMatch(/nhiều lần.*several times/s)
  })
})

describe('commenting on a draft', () => {
  it('an open draft takes the comment as pending; none is ever public', async () => {
    const before = await counts()
    const res = await post('/gop-y-du-thao/gui/', aComment(openNotice.id))
    expect(res.status).toBe(200)
    const root = parse(await res.text())
    expect(root.querySelector('h1')!.text).toBe('Đã nhận góp ý của bạn')
    expect(root.querySelector('.form-received a')!.getAttribute('href')).toBe(
      `/gop-y-du-thao/${openNotice.slug}/`,
    )
    expect((await counts()).comments).toBe(before.comments + 1)
    const stored = await hub.payload.find({
      collection: 'consultation-comments',
      sort: '-id',
      limit: 1,
    })
    expect(stored.docs[0]!.status).toBe('pending')
    expect((await request(hub.payload, 'GET', '/api/consultation-comments')).status).toBe(403)
  })

  it.each([
    [
      'vi',
      '/gop-y-du-thao/gui/',
      'Đã hết thời hạn lấy ý kiến dự thảo này; góp ý không còn được tiếp nhận.',
    ],
    [
      'en',
      '/en/gop-y-du-thao/gui/',
      'The comment period for this draft has closed; comments are no longer accepted.',
    ],
  ])('a closed draft says so (%s): 403, nothing stored', async (_, sitePath, message) => {
    const before = await counts()
    const res = await post(sitePath, aComment(closedNotice.id))
    expect(res.status).toBe(403)
    expect(parse(await res.text()).querySelector('.form-general')!.text).toBe(message)
    expect(await counts()).toEqual(before)
  })

  it('an empty comment is refused beside its field, input kept', async () => {
    const before = await counts()
    const res = await post('/gop-y-du-thao/gui/', aComment(openNotice.id, { comment: '' }))
    expect(res.status).toBe(400)
    const root = parse(await res.text())
    expect(root.querySelector('#f-comment-problem')!.text).toBe(FORM_MESSAGES.commentMissing.vi)
    expect(root.querySelector('#f-name')!.getAttribute('value')).toBe('Đỗ Văn Góp')
    expect(await counts()).toEqual(before)
  })

  it("a refused form's page never skips a heading level (the privacy notice is an h2 there)", async () => {
    const pages = [
      await post('/gop-y-du-thao/gui/', aComment(openNotice.id, { comment: '' })),
      await post('/hoi-dap/gui/', aQuestion({ question: '' })),
    ]
    for (const res of pages) {
      const levels = parse(await res.text())
        .querySelectorAll('main h1, main h2, main h3, main h4')
        .map((h) => Number(h.tagName.slice(1)))
      expect(levels[0]).toBe(1)
      expect(
        levels.every((level, i) => i === 0 || level <= levels[i - 1]! + 1),
        `${levels}`,
      ).toBe(true)
      expect(levels).toContain(2)
    }
  })
})

describe('the privacy page and its request form', () => {
  const requests = async () =>
    (await hub.payload.count({ collection: 'privacy-requests' })).totalDocs
  const aRequest = (over: Record<string, string> = {}) => ({
    issued: issued(),
    kind: 'withdraw',
    name: 'Trần Văn Rút',
    email: `quyen-rieng-tu-${++n}@example.vn`,
    profileUrl: 'https://portal.test/he-sinh-thai/chuyen-gia/tran-van-rut/',
    message: 'Tôi rút lại sự đồng ý công bố hồ sơ của tôi trên danh bạ.',
    consent: 'yes',
    website: '',
    ...over,
  })

  it('says what is kept, why and how long, who is responsible, the rights, and has the form', async () => {
    const res = await get('/quyen-rieng-tu/')
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const root = parse(await res.text())
    const text = root.querySelector('main')!.text
    expect(text).toMatch(/trong vòng 15 ngày/)
    expect(text).toMatch(/trong vòng 20 ngày/)
    expect(text).toMatch(/chậm nhất 12 tháng/i)
    expect(text).toMatch(/91\/2025\/QH15/)
    expect(root.querySelector('#controller-heading + p + address .contacts-name')).not.toBeNull()
    const form = root.querySelector('form.public-form')!
    expect(form.getAttribute('action')).toBe('/quyen-rieng-tu/gui/')
    expect(form.querySelector('input[name="issued"]')!.getAttribute('value')).not.toBe(
      FORM_TOKEN_PLACEHOLDER,
    )
    expect(form.querySelectorAll('select[name="kind"] option').length).toBe(6)
    expect(root.querySelectorAll('script')).toHaveLength(
      root.querySelectorAll('script[type="application/ld+json"]').length,
    )
    const en = parse(await (await get('/en/quyen-rieng-tu/')).text())
    expect(en.querySelector('h1')!.text).toBe('Privacy and personal data')
    expect(en.querySelector('form')!.getAttribute('action')).toBe('/en/quyen-rieng-tu/gui/')
  })

  it('is linked from the footer, the forms’ notices, the HTML and XML site maps and profiles', async () => {
    const home = parse(await (await get('/')).text())
    expect(home.querySelector('footer a[href="/quyen-rieng-tu/"]')).not.toBeNull()
    const qa = parse(await (await get('/hoi-dap/')).text())
    expect(qa.querySelector('.privacy-notice a[href="/quyen-rieng-tu/"]')).not.toBeNull()
    const map = parse(await (await get('/so-do-trang/')).text())
    expect(map.querySelector('main a[href="/quyen-rieng-tu/"]')).not.toBeNull()
    const xml = await (await get('/sitemap-0.xml')).text()
    expect(xml).toContain('/quyen-rieng-tu/</loc>')
    expect(xml).not.toContain('/quyen-rieng-tu/gui/')
    const { itemPages } = await readSitePages(site.clientDir)
    const profile = itemPages.find((file) => file.startsWith('he-sinh-thai/chuyen-gia/'))!
    const page = parse(await (await get(`/${profile.replace(/index\.html$/, '')}`)).text())
    expect(page.querySelector('a[href="/quyen-rieng-tu/"]')).not.toBeNull()
  })

  it('stores a request as pending, staff-only, due in 15 days for a withdrawal', async () => {
    const before = await requests()
    const fields = aRequest()
    const res = await post('/quyen-rieng-tu/gui/', fields)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(parse(await res.text()).querySelector('h1')!.text).toBe('Đã nhận yêu cầu của bạn')
    expect(await requests()).toBe(before + 1)
    const { docs } = await hub.payload.find({
      collection: 'privacy-requests',
      where: { email: { equals: fields.email } },
    })
    expect(docs[0]).toMatchObject({ kind: 'withdraw', status: 'pending', name: 'Trần Văn Rút' })
    const days = (Date.parse(docs[0]!.dueAt!) - Date.parse(docs[0]!.receivedAt!)) / 86_400_000
    expect(days).toBe(15)
    const erase = await post('/en/quyen-rieng-tu/gui/', aRequest({ kind: 'erase' }))
    expect(parse(await erase.text()).querySelector('h1')!.text).toBe(
      'We have received your request',
    )
    const [latest] = (
      await hub.payload.find({ collection: 'privacy-requests', sort: '-id', limit: 1 })
    ).docs
    expect(latest).toMatchObject({ kind: 'erase', language: 'en' })
    expect((Date.parse(latest!.dueAt!) - Date.parse(latest!.receivedAt!)) / 86_400_000).toBe(20)
  })

  const refusals: {
    name: string
    fields: Record<string, string>
    status: number
    field?: string
    says: string
    path?: string
    /** Sent right after the form was issued (the token is made when the row runs). */
    fast?: true
  }[] = [
    {
      name: 'no kind',
      fields: { kind: '' },
      status: 400,
      field: 'kind',
      says: FORM_MESSAGES.kindMissing.vi,
    },
    {
      name: 'an unknown kind',
      fields: { kind: 'sell' },
      status: 400,
      field: 'kind',
      says: FORM_MESSAGES.kindMissing.vi,
    },
    {
      name: 'a profile address that is a script',
      fields: { profileUrl: 'javascript:alert(1)' },
      status: 400,
      field: 'profileUrl',
      says: FORM_MESSAGES.profileUrlInvalid.vi,
    },
    {
      name: 'an e-mail address with a header after a line break',
      fields: { email: 'a@example.vn\r\nBcc: b@example.vn' },
      status: 400,
      field: 'email',
      says: FORM_MESSAGES.emailInvalid.vi,
    },
    {
      name: 'a message of markup only',
      fields: { message: '<b></b>' },
      status: 400,
      field: 'message',
      says: FORM_MESSAGES.messageMissing.vi,
    },
    {
      name: 'in English, a message too short',
      fields: { message: 'Xoá.' },
      status: 400,
      field: 'message',
      says: FORM_MESSAGES.messageLength.en,
      path: '/en/quyen-rieng-tu/gui/',
    },
    { name: 'sent too fast', fields: {}, fast: true, status: 400, says: 'quá nhanh' },
  ]
  for (const row of refusals) {
    it(`refuses ${row.name}, stores nothing and keeps the input`, async () => {
      const before = await requests()
      const fields = aRequest(row.fast ? { issued: issued(200) } : row.fields)
      const res = await post(row.path ?? '/quyen-rieng-tu/gui/', fields)
      expect(res.status).toBe(row.status)
      expect(await requests()).toBe(before)
      const root = parse(await res.text())
      if (row.field) {
        expect(root.querySelector(`#f-${row.field}-problem`)!.text).toBe(row.says)
      } else {
        expect(root.querySelector('.form-general')!.text).toContain(row.says)
      }
      expect(root.querySelector('#f-name')!.getAttribute('value')).toBe('Trần Văn Rút')
    })
  }

  it('strips markup and control characters; a trap, a cross-site post and a 4th from one address are refused; the API shows none', async () => {
    const fields = aRequest({
      name: 'Trần <i>Văn</i>\u0007 Rút',
      message: 'Xin <script>alert(1)</script>xem dữ liệu của tôi.',
      kind: 'access',
    })
    expect((await post('/quyen-rieng-tu/gui/', fields)).status).toBe(200)
    const { docs } = await hub.payload.find({
      collection: 'privacy-requests',
      where: { email: { equals: fields.email } },
    })
    expect(docs[0]!.name).toBe('Trần Văn Rút')
    expect(docs[0]!.message).toBe('Xin alert(1)xem dữ liệu của tôi.')

    const before = await requests()
    const trapped = await post('/quyen-rieng-tu/gui/', aRequest({ website: 'http://spam' }))
    expect(trapped.status).toBe(200)
    const crossSite = await post('/quyen-rieng-tu/gui/', aRequest(), {
      Origin: 'https://evil.example',
    })
    expect(crossSite.status).toBe(403)
    expect(await requests()).toBe(before)

    const email = 'nhieu-lan@example.vn'
    for (let i = 0; i < 3; i++) {
      expect((await post('/quyen-rieng-tu/gui/', aRequest({ email }))).status).toBe(200)
    }
    const fourth = await post('/quyen-rieng-tu/gui/', aRequest({ email }))
    expect(fourth.status).toBe(429)
    expect(parse(await fourth.text()).querySelector('.form-general')!.text).toBe(
      FORM_MESSAGES.tooManyForEmail.vi,
    )
    // Never public: REST and GraphQL (after the posts: the first GraphQL query outlasts the live
    // server's keep-alive, and a post after it could meet a closed connection).
    const anonymous = await request(hub.payload, 'GET', '/api/privacy-requests')
    expect(anonymous.status).toBe(403)
    const graphql = await request(hub.payload, 'POST', '/api/graphql', {
      body: { query: '{ PrivacyRequests { docs { name email message } } }' },
    })
    expect(JSON.stringify(graphql.json)).not.toContain('@example.vn')
  })
})
