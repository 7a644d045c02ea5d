/**
 * Rich text: only the links the link policy allows (test/unit/links.test.ts), only the node types the
 * editor produces — on drafts too, with a clear message, and nothing saved.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { findRichTextProblems } from '@collections/lib/richText'
import { expectRejected, makeOutlet, makeUser } from '../helpers/factories'
import { startTestHub, type TestHub } from '../helpers/payload'
import { request } from '../helpers/rest'

const text = (value: string) => ({
  type: 'text',
  text: value,
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  version: 1,
})
const paragraph = (...children: object[]) => ({
  type: 'paragraph',
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr',
  textFormat: 0,
  children,
})
const link = (url: string, type = 'link') => ({
  type,
  version: 3,
  format: '',
  indent: 0,
  direction: 'ltr',
  fields: { linkType: 'custom', url, newTab: true },
  children: [text('bấm vào đây')],
})
const doc = (...blocks: object[]) => ({
  root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: blocks },
})

describe('findRichTextProblems', () => {
  it('accepts what the editor produces, including internal links', () => {
    const state = doc(
      { type: 'heading', tag: 'h2', children: [text('Tiêu đề')] },
      paragraph(text('Xem '), link('https://haiphong.gov.vn'), { type: 'linebreak' }),
      {
        type: 'list',
        listType: 'bullet',
        children: [{ type: 'listitem', children: [text('Một')] }],
      },
      paragraph({
        ...link(''),
        fields: { linkType: 'internal', doc: { relationTo: 'articles', value: 1 } },
      }),
      { type: 'quote', children: [text('Trích dẫn')] },
      { type: 'horizontalrule' },
    )
    expect(findRichTextProblems(state)).toEqual([])
    expect(findRichTextProblems(null)).toEqual([])
  })

  it('lists every bad link and unknown node', () => {
    const state = doc(
      paragraph(link('javascript:alert(1)'), link('data:text/html,x', 'autolink')),
      { type: 'html', html: '<script>alert(1)</script>' },
      paragraph({ type: 'iframe', src: 'https://evil.example' }),
    )
    expect(findRichTextProblems(state)).toEqual([
      { kind: 'link', url: 'javascript:alert(1)' },
      { kind: 'link', url: 'data:text/html,x' },
      { kind: 'node', type: 'html' },
      { kind: 'node', type: 'iframe' },
    ])
  })
})

describe('saving rich text', () => {
  let hub: TestHub
  let payload: Payload
  let outlet: number
  let editor: Awaited<ReturnType<typeof makeUser>>

  beforeAll(async () => {
    hub = await startTestHub()
    payload = hub.payload
    await makeUser(payload, 'admin')
    outlet = (await makeOutlet(payload)).id
    editor = await makeUser(payload, 'editor', { outlet })
  })
  afterAll(async () => {
    await hub?.cleanup()
  })

  it.each([
    [
      'javascript:',
      doc(paragraph(link('javascript:alert(document.cookie)'))),
      /Liên kết "javascript:alert\(document.cookie\)" không được phép/,
    ],
    [
      'data:',
      doc(paragraph(link('data:text/html;base64,PHNjcmlwdD4='))),
      /Liên kết "data:text\/html;base64,PHNjcmlwdD4=" không được phép/,
    ],
    [
      'an obfuscated scheme',
      doc(paragraph(link(' JAVA\tSCRIPT:alert(1)'))),
      /không được phép. Chỉ dùng liên kết bắt đầu bằng http:\/\/, https:\/\/, mailto: hoặc tel:/,
    ],
    [
      'an unknown node',
      doc({ type: 'html', html: '<img src=x onerror=alert(1)>' }),
      /thành phần không được hỗ trợ \(loại "html"\)/,
    ],
  ])('%s is refused on a draft, with nothing saved', async (_, body, message) => {
    const before = (await payload.count({ collection: 'articles' })).totalDocs
    const messages = await expectRejected(() =>
      payload.create({
        collection: 'articles',
        data: { title: 'Bài có liên kết độc', body: body as never },
        draft: true,
        overrideAccess: false,
        user: editor.user,
      }),
    )
    expect(messages.join(' ')).toMatch(message)
    expect((await payload.count({ collection: 'articles' })).totalDocs).toBe(before)
  })

  it('an existing item keeps its text when a bad link is added, in every content type', async () => {
    for (const collection of ['articles', 'features', 'events', 'policy-notices'] as const) {
      const field = collection === 'policy-notices' ? 'fullText' : 'body'
      const data: Record<string, unknown> = {
        articles: { title: 'Bài sạch' },
        features: { title: 'Phóng sự sạch', format: 'tv' },
        events: {
          title: 'Sự kiện sạch',
          startsAt: '2026-12-12T01:30:00.000Z',
          startsAt_tz: 'Asia/Ho_Chi_Minh',
          eventStatus: 'scheduled',
        },
        'policy-notices': {
          title: 'Văn bản sạch',
          documentNumber: '5/KH-UBND',
          documentType: 'plan',
          issuingBody: 'Thành phố Hải Phòng',
          field: 'enterprise',
          issueDate: '2020-12-09T17:00:00.000Z',
          effectiveDate: '2020-12-09T17:00:00.000Z',
          abstract: 'Trích yếu.',
        },
      }[collection] as Record<string, unknown>
      const clean = doc(paragraph(text('Nội dung gốc.'), link('https://haiphong.gov.vn')))
      const item = await payload.create({
        collection,
        data: { ...data, [field]: clean } as never,
        draft: true,
        user: editor.user,
      })
      const res = await request(payload, 'PATCH', `/api/${collection}/${item.id}?draft=true`, {
        token: editor.token,
        body: { [field]: doc(paragraph(link('javascript:alert(1)'))) },
      })
      expect(res.status, collection).toBe(400)
      expect(JSON.stringify(res.json)).toMatch(/không được phép/)
      const after = await payload.findByID({ collection, id: item.id, draft: true, depth: 0 })
      expect(JSON.stringify((after as unknown as Record<string, unknown>)[field])).toContain(
        'Nội dung gốc.',
      )
    }
  })

  it('English-speaking editors get the message in English', async () => {
    const { createLocalReq } = await import('payload')
    const req = await createLocalReq({ user: editor.user as never }, payload)
    req.i18n = { ...req.i18n, language: 'en' } as typeof req.i18n
    const messages = await expectRejected(() =>
      payload.create({
        collection: 'articles',
        data: { title: 'Link', body: doc(paragraph(link('javascript:alert(1)'))) as never },
        draft: true,
        req,
      }),
    )
    expect(messages.join(' ')).toMatch(/The link "javascript:alert\(1\)" is not allowed/)
  })
})
