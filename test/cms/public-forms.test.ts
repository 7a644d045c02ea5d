/**
 * The public's questions (Hỏi đáp) and comments on drafts (Góp ý dự thảo) in the CMS: what the
 * form path may store, what anonymous readers get through REST and GraphQL (published answers
 * only, never an e-mail address, a name or a pending item), who moderates, and the answer
 * e-mailed to the asker through a real SMTP server when it is published.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PER_EMAIL_LIMIT } from '@collections/lib/publicForms'
import { makeDraftForComment, makeNewsroom, type Newsroom } from '../helpers/factories'
import { startTestHub, type TestHub } from '../helpers/payload'
import { request } from '../helpers/rest'
import { startSmtpServer } from '../helpers/smtp'

let hub: TestHub
let payload: Payload
let newsroom: Newsroom
let smtp: Awaited<ReturnType<typeof startSmtpServer>>
let topic: number
let openNotice: number
let closedNotice: number
let n = 0

const day = 24 * 60 * 60_000
const asPublic = (data: Record<string, unknown>) =>
  payload.create({ collection: 'questions', data: data as never, overrideAccess: false })
const question = (over: Record<string, unknown> = {}) => ({
  name: 'Nguyễn Thị Hỏi',
  email: `nguoi-hoi-${++n}@example.vn`,
  topic,
  question: 'Doanh nghiệp khởi nghiệp được hỗ trợ thuê văn phòng như thế nào?',
  language: 'vi',
  ...over,
})
const refusal = async (fn: () => Promise<unknown>) =>
  fn().then(
    () => {
      throw new Error('Expected a refusal')
    },
    (error: { status?: number; message: string }) => ({
      status: error.status,
      message: error.message,
    }),
  )

beforeAll(async () => {
  smtp = await startSmtpServer()
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(smtp.port)
  process.env.SMTP_FROM = 'Cổng khởi nghiệp Hải Phòng <hoi-dap@hub.example>'
  process.env.SITE_URL = 'https://khoinghiep.example.vn'
  hub = await startTestHub()
  payload = hub.payload
  newsroom = await makeNewsroom(payload)
  topic = (await payload.create({ collection: 'topics', data: { name: 'Hỗ trợ doanh nghiệp' } })).id
  const notice = (number: string, opensAt: number, closesAt: number) =>
    makeDraftForComment(payload, number, {
      opensAt: new Date(Date.now() + opensAt).toISOString(),
      closesAt: new Date(Date.now() + closesAt).toISOString(),
    })
  openNotice = (await notice('10/DT-SKHCN', -day, 10 * day)).id
  closedNotice = (await notice('11/DT-SKHCN', -20 * day, -day)).id
}, 120_000)

afterAll(async () => {
  await hub?.cleanup()
  await smtp?.close()
  for (const name of ['SMTP_HOST', 'SMTP_PORT', 'SMTP_FROM', 'SITE_URL']) delete process.env[name]
})

describe('the form path (Local API as the public)', () => {
  it('stores a question as pending, stamped with its arrival', async () => {
    const doc = await asPublic(question())
    const stored = await payload.findByID({ collection: 'questions', id: doc.id })
    expect(stored.status).toBe('pending')
    expect(Date.now() - new Date(stored.receivedAt!).getTime()).toBeLessThan(60_000)
  })

  it.each([
    ['a status', { status: 'published' }],
    ['an answer', { answer: 'Đã trả lời.' }],
    ['the answering unit', { answeringUnit: 'Sở KH&CN' }],
    ['the e-mailed time', { answerEmailedAt: new Date().toISOString() }],
  ])('refuses %s set by the sender (403), storing nothing', async (_, extra) => {
    const before = await payload.count({ collection: 'questions' })
    const { status, message } = await refusal(() => asPublic(question(extra)))
    expect(status).toBe(403)
    expect(message).toMatch(/không được đặt trạng thái, câu trả lời/)
    expect(await payload.count({ collection: 'questions' })).toEqual(before)
  })

  it(`takes at most ${PER_EMAIL_LIMIT.count} questions an hour from one e-mail address (429)`, async () => {
    const email = 'nhieu-lan@example.vn'
    for (let i = 0; i < PER_EMAIL_LIMIT.count; i++) await asPublic(question({ email }))
    const { status, message } = await refusal(() =>
      asPublic(question({ email: 'Nhieu-Lan@example.vn' })),
    )
    expect(status).toBe(429)
    expect(message).toMatch(/đã gửi nhiều lần/)
  })

  it('turns line breaks in a name into spaces and refuses them in an e-mail address', async () => {
    const doc = await asPublic(question({ name: 'Kẻ xấu\r\nBcc: nan-nhan@example.vn' }))
    const stored = await payload.findByID({ collection: 'questions', id: doc.id })
    expect(stored.name).toBe('Kẻ xấu Bcc: nan-nhan@example.vn')
    const before = await payload.count({ collection: 'questions' })
    await expect(
      asPublic(question({ email: 'a@example.vn\r\nBcc: nan-nhan@example.vn' })),
    ).rejects.toThrow()
    expect(await payload.count({ collection: 'questions' })).toEqual(before)
  })

  it('takes comments on an open draft only; a closed one says so (403)', async () => {
    const comment = (notice: number) =>
      payload.create({
        collection: 'consultation-comments',
        data: {
          name: 'Trần Góp Ý',
          email: `gop-y-${++n}@example.vn`,
          notice,
          comment: 'Đề nghị bổ sung hỗ trợ.',
          language: 'vi',
        } as never,
        overrideAccess: false,
      })
    expect((await comment(openNotice)).status).toBe('pending')
    const { status, message } = await refusal(() => comment(closedNotice))
    expect(status).toBe(403)
    expect(message).toMatch(/đã hết thời hạn lấy ý kiến/)
  })
})

describe('anonymous readers', () => {
  let published: number
  let pending: number

  beforeAll(async () => {
    pending = (await asPublic(question({ question: 'Câu hỏi còn chờ trả lời về vườn ươm?' }))).id
    const doc = await asPublic(question({ question: 'Thủ tục đăng ký doanh nghiệp khởi nghiệp?' }))
    published = (
      await payload.update({
        collection: 'questions',
        id: doc.id,
        data: { status: 'published', answer: 'Nộp hồ sơ trực tuyến.', answeringUnit: 'Sở KH&CN' },
      })
    ).id
  })

  it('REST lists and reads only published questions, without name, e-mail or status', async () => {
    const list = await request(payload, 'GET', '/api/questions?limit=100&depth=0')
    expect(list.status).toBe(200)
    expect(list.json.docs.map((d: { id: number }) => d.id)).toEqual([published])
    const [doc] = list.json.docs
    for (const field of ['email', 'name', 'status', 'receivedAt', 'answerEmailedAt']) {
      expect(doc).not.toHaveProperty(field)
    }
    expect(doc.answer).toBe('Nộp hồ sơ trực tuyến.')
    expect((await request(payload, 'GET', `/api/questions/${pending}`)).status).toBe(404)
    // Filtering on a field one may not read is refused, so no address can be probed.
    const probe = await request(payload, 'GET', '/api/questions?where[email][like]=example')
    expect(JSON.stringify(probe.json)).not.toContain('@example.vn')
    expect(probe.json.docs ?? []).toHaveLength(0)
  })

  it('GraphQL gives no e-mail address and no pending question', async () => {
    const res = await request(payload, 'POST', '/api/graphql', {
      body: { query: '{ Questions(limit: 100) { docs { id question answer email name } } }' },
    })
    const text = JSON.stringify(res.json)
    expect(text).not.toContain('@example.vn')
    expect(text).not.toContain('Nguyễn Thị Hỏi')
    expect(text).not.toContain('còn chờ trả lời')
  })

  it('REST and GraphQL never list comments on drafts', async () => {
    expect((await request(payload, 'GET', '/api/consultation-comments')).status).toBe(403)
    const res = await request(payload, 'POST', '/api/graphql', {
      body: { query: '{ ConsultationComments { docs { comment email } } }' },
    })
    expect(JSON.stringify(res.json)).not.toContain('@example.vn')
  })

  it('REST cannot create a question at all: the form is the only way in (403)', async () => {
    const res = await request(payload, 'POST', '/api/questions', {
      body: question({ status: 'published' }),
    })
    expect(res.status).toBe(403)
  })
})

describe('moderation and the answer by e-mail', () => {
  it('contributors cannot see questions; editors answer, only the Ban biên tập publishes', async () => {
    const sent = question()
    const doc = { ...(await asPublic(sent)), email: sent.email }
    const as = (who: 'contributor' | 'editor' | 'chief', method: string, body?: unknown) =>
      request(payload, method, `/api/questions/${doc.id}`, { token: newsroom[who].token, body })
    expect((await as('contributor', 'GET')).status).toBe(404)
    const drafted = await as('editor', 'PATCH', {
      answer: 'Được hỗ trợ 50% tiền thuê trong 12 tháng.',
      answeringUnit: 'Sở Khoa học và Công nghệ',
      status: 'answered',
    })
    expect(drafted.status).toBe(200)
    const publishByEditor = await as('editor', 'PATCH', { status: 'published' })
    expect(publishByEditor.status).toBe(403)
    expect(smtp.messages.filter((m) => m.to.includes(doc.email))).toHaveLength(0)
  })

  it('publishing needs an answer and its unit', async () => {
    const doc = await asPublic(question())
    const res = await request(payload, 'PATCH', `/api/questions/${doc.id}`, {
      token: newsroom.chief.token,
      body: { status: 'published' },
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.json)).toMatch(/Cần có câu trả lời và đơn vị trả lời/)
  })

  it('e-mails the answer once to the asker, with no header their input could add', async () => {
    const sent = question({
      name: 'Lê Văn\r\nBcc: nan-nhan@example.vn',
      language: 'en',
      question: 'How do I apply for office support?',
    })
    // The public's own create answers without the e-mail address (it may not read it).
    const doc = { ...(await asPublic(sent)), email: sent.email }
    expect(await asPublic(question())).not.toHaveProperty('email')
    const answer = 'Apply online at the Department of Science and Technology.'
    const res = await request(payload, 'PATCH', `/api/questions/${doc.id}`, {
      token: newsroom.chief.token,
      body: { status: 'published', answer, answeringUnit: 'Department of Science and Technology' },
    })
    expect(res.status).toBe(200)
    const mine = smtp.messages.filter((m) => m.to.includes(doc.email))
    expect(mine).toHaveLength(1)
    const [mail] = mine
    expect(mail!.to).toEqual([doc.email])
    expect(mail!.subject).toBe('The answer to your question — Hải Phòng Innovation Hub')
    expect(mail!.from).toBe('hoi-dap@hub.example')
    expect(mail!.text).toContain(answer)
    expect(mail!.text).toContain('Dear Lê Văn Bcc: nan-nhan@example.vn,')
    expect(mail!.text).toContain(`https://khoinghiep.example.vn/en/hoi-dap/${doc.id}/`)
    expect(mail!.headers.map(([name]) => name)).not.toContain('bcc')
    expect(mail!.raw).not.toMatch(/^bcc:/im)
    const stored = await payload.findByID({ collection: 'questions', id: doc.id })
    expect(stored.answerEmailedAt).toBeTruthy()
    // Saving the published answer again sends nothing more.
    await payload.update({
      collection: 'questions',
      id: doc.id,
      data: { answeringUnit: 'Sở KH&CN' },
    })
    expect(smtp.messages.filter((m) => m.to.includes(doc.email))).toHaveLength(1)
  })
})
