/**
 * The editorial workflow: draft → Chờ duyệt → published, or returned with a reason; the
 * review queue; who published what and when; corrections; versions, restore and autosave.
 */
import type { Payload } from 'payload'
import type { ReactNode } from 'react'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article, WorkflowEvent } from '@collections/payload-types'
import { decideWorkflow } from '@collections/lib/workflow'
import { makeNewsroom, type Account } from '../helpers/factories'
import { startTestHub, type TestHub } from '../helpers/payload'
import { request } from '../helpers/rest'

let hub: TestHub
let payload: Payload
let outletA: number
let chief: Account
let editor: Account
let editorB: Account
let contributor: Account

beforeAll(async () => {
  hub = await startTestHub()
  payload = hub.payload
  ;({ chief, editor, editorB, contributor, outletA } = await makeNewsroom(payload))
})
afterAll(async () => {
  await hub?.cleanup()
})

const as = (account: Account) => ({ overrideAccess: false as const, user: account.user })
const latest = (id: number) =>
  payload.findByID({ collection: 'articles', id, draft: true, depth: 0 }) as Promise<Article>
const live = (id: number) =>
  payload.findByID({ collection: 'articles', id, depth: 0 }) as Promise<Article>
const events = async (id: number) =>
  (
    await payload.find({
      collection: 'workflow-events',
      where: { 'item.value': { equals: id } },
      sort: 'createdAt',
      depth: 0,
      limit: 100,
    })
  ).docs as WorkflowEvent[]

async function rejection(fn: () => Promise<unknown>) {
  try {
    await fn()
  } catch (error) {
    const e = error as {
      status?: number
      message: string
      data?: { errors?: { message: string }[] }
    }
    return {
      status: e.status,
      text: [e.message, ...(e.data?.errors ?? []).map((x) => x.message)].join(' '),
    }
  }
  throw new Error('expected the save to be refused')
}

describe('decideWorkflow', () => {
  it.each([
    [{ requested: 'submitted', previous: 'draft' }, 'submitted', 'submitted', 0],
    [{ requested: 'published', previous: 'draft' }, 'draft', undefined, 0],
    [{ requested: undefined, previous: 'published' }, 'draft', undefined, 0],
    [{ requested: 'returned', previous: 'submitted', mayReview: false }, 'returned', 'returned', 1],
    [{ requested: 'returned', previous: 'submitted', mayReview: true }, 'returned', 'returned', 1],
    [
      { requested: 'returned', previous: 'submitted', mayReview: true, reviewNote: 'Thiếu nguồn' },
      'returned',
      'returned',
      0,
    ],
    [{ requested: 'bogus', previous: 'draft' }, 'draft', undefined, 1],
    [{ publishing: true, requested: 'draft' }, 'published', 'published', 0],
    [{ unpublishing: true, previous: 'published' }, 'draft', 'unpublished', 0],
  ] as const)('%o → %s', (change, status, action, problems) => {
    const decision = decideWorkflow({
      publishing: false,
      unpublishing: false,
      mayReview: false,
      ...change,
    })
    expect(decision.status).toBe(status)
    expect(decision.action).toBe(action)
    expect(decision.problems).toHaveLength(problems)
  })
})

describe('draft → Chờ duyệt → returned with a reason → resubmitted → published', () => {
  let id: number

  it('a contributor writes a draft and submits it', async () => {
    const draft = await payload.create({
      collection: 'articles',
      data: { title: 'Vườn ươm khởi nghiệp mở cửa' },
      draft: true,
      ...as(contributor),
    })
    id = draft.id
    expect(draft.workflowStatus).toBe('draft')
    await payload.update({
      collection: 'articles',
      id,
      data: { workflowStatus: 'submitted' },
      draft: true,
      ...as(contributor),
    })
    expect((await latest(id)).workflowStatus).toBe('submitted')
    const [submitted] = await events(id)
    expect(submitted).toMatchObject({
      action: 'submitted',
      actor: contributor.user.id,
      outlet: outletA,
    })
  })

  it('the contributor cannot return or publish it', async () => {
    const returned = await rejection(() =>
      payload.update({
        collection: 'articles',
        id,
        data: { workflowStatus: 'returned', reviewNote: 'Tự trả lại' },
        draft: true,
        ...as(contributor),
      }),
    )
    expect(returned.text).toMatch(/Chỉ người có quyền duyệt bài này mới được trả lại bài/)
    const published = await rejection(() =>
      payload.update({
        collection: 'articles',
        id,
        data: { _status: 'published' },
        ...as(contributor),
      }),
    )
    expect(published.status).toBe(403)
    expect((await latest(id)).workflowStatus).toBe('submitted')
    expect((await live(id))._status).toBe('draft')
  })

  it('reviewers see it in their queue; another outlet’s editor does not', async () => {
    const queue = async (account: Account) =>
      (
        await payload.find({
          collection: 'articles',
          where: { workflowStatus: { equals: 'submitted' } },
          draft: true,
          ...as(account),
        })
      ).docs.map((d) => d.id)
    expect(await queue(chief)).toContain(id)
    expect(await queue(editor)).toContain(id)
    expect(await queue(editorB)).not.toContain(id)

    const { ReviewQueue } = await import('@cms/components/ReviewQueue')
    /** The text and link targets of the rendered element tree (a server component: no DOM). */
    const flatten = (node: ReactNode): string => {
      if (node === null || node === undefined || typeof node === 'boolean') return ''
      if (typeof node === 'string' || typeof node === 'number') return String(node)
      if (Array.isArray(node)) return node.map(flatten).join('')
      const props = (node as { props?: { children?: ReactNode; href?: string } }).props ?? {}
      return `${props.href ? `[${props.href}]` : ''}${flatten(props.children)}`
    }
    const render = async (account: Account, language = 'vi') =>
      flatten(
        (await ReviewQueue({
          payload,
          user: account.user as never,
          i18n: { language } as never,
        })) as ReactNode,
      )
    const html = await render(chief)
    expect(html).toContain('Hàng chờ duyệt')
    expect(html).toContain('Vườn ươm khởi nghiệp mở cửa')
    expect(html).toContain(`/admin/collections/articles/${id}`)
    expect(await render(editorB)).toContain('Không có bài nào đang chờ duyệt.')
    expect(await render(chief, 'en')).toContain('Review queue')
  })

  it('returning it needs a reason, which the author then reads', async () => {
    const noReason = await rejection(() =>
      payload.update({
        collection: 'articles',
        id,
        data: { workflowStatus: 'returned' },
        draft: true,
        ...as(chief),
      }),
    )
    expect(noReason.status).toBe(400)
    expect(noReason.text).toMatch(/Hãy ghi lý do trả lại/)
    expect((await latest(id)).workflowStatus).toBe('submitted')

    await payload.update({
      collection: 'articles',
      id,
      data: { workflowStatus: 'returned', reviewNote: 'Cần thêm nguồn trích dẫn cho số liệu.' },
      draft: true,
      ...as(chief),
    })
    const res = await request(payload, 'GET', `/api/articles/${id}?draft=true`, {
      token: contributor.token,
    })
    expect(res.json.workflowStatus).toBe('returned')
    expect(res.json.reviewNote).toBe('Cần thêm nguồn trích dẫn cho số liệu.')
    const returned = (await events(id)).find((e) => e.action === 'returned')
    expect(returned).toMatchObject({
      actor: chief.user.id,
      note: 'Cần thêm nguồn trích dẫn cho số liệu.',
    })
  })

  it('the author fixes and resubmits; an editor of the outlet publishes it', async () => {
    await payload.update({
      collection: 'articles',
      id,
      data: { sapo: 'Theo Sở KH&CN, 20 dự án được ươm tạo.', workflowStatus: 'submitted' },
      draft: true,
      ...as(contributor),
    })
    expect((await latest(id)).workflowStatus).toBe('submitted')
    const before = Date.now()
    await payload.update({
      collection: 'articles',
      id,
      data: { _status: 'published' },
      ...as(editor),
    })
    const doc = await live(id)
    expect(doc._status).toBe('published')
    expect(doc.workflowStatus).toBe('published')
    expect(doc.publishedBy).toBe(editor.user.id)
    expect(Date.parse(doc.lastPublishedAt!)).toBeGreaterThanOrEqual(before - 1000)
    expect(doc.publishedAt).toBeTruthy()
    expect(doc.createdBy).toBe(contributor.user.id)
    expect((await events(id)).map((e) => e.action)).toEqual([
      'submitted',
      'returned',
      'submitted',
      'published',
    ])
    const anonymous = await request(payload, 'GET', `/api/articles/${id}`)
    expect(anonymous.json.sapo).toBe('Theo Sở KH&CN, 20 dự án được ươm tạo.')
  })

  it('a new draft of the live item starts as a draft and leaves the public text alone', async () => {
    await payload.update({
      collection: 'articles',
      id,
      data: { title: 'Tiêu đề mới chưa duyệt' },
      draft: true,
      ...as(editor),
    })
    expect((await latest(id)).workflowStatus).toBe('draft')
    const anonymous = await request(payload, 'GET', `/api/articles/${id}`)
    expect(anonymous.json.title).toBe('Vườn ươm khởi nghiệp mở cửa')
  })

  it('unpublishing is recorded with who did it', async () => {
    await payload.update({ collection: 'articles', id, data: { _status: 'draft' }, ...as(chief) })
    expect((await live(id))._status).toBe('draft')
    expect((await request(payload, 'GET', `/api/articles/${id}`)).status).toBe(404)
    const last = (await events(id)).at(-1)
    expect(last).toMatchObject({ action: 'unpublished', actor: chief.user.id })
  })
})

describe('corrections on a published item', () => {
  it('record their date, show on the public item and are logged', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: { title: 'Hội chợ công nghệ 2026', outlet: outletA, _status: 'published' },
      ...as(chief),
    })
    const before = Date.now()
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { corrections: [{ note: 'Sửa ngày khai mạc: 12/12, không phải 11/12.' }] },
      ...as(editor),
    })
    const res = await request(payload, 'GET', `/api/articles/${article.id}`)
    expect(res.json.corrections).toHaveLength(1)
    const [correction] = res.json.corrections
    expect(correction.note).toBe('Sửa ngày khai mạc: 12/12, không phải 11/12.')
    expect(Date.parse(correction.date)).toBeGreaterThanOrEqual(before - 1000)
    expect(Date.parse(correction.date)).toBeLessThanOrEqual(Date.now())
    expect((await events(article.id)).map((e) => e.action)).toContain('corrected')

    // An existing correction keeps its recorded date.
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { corrections: [{ ...correction, date: '2020-01-01T00:00:00.000Z' }] },
      ...as(editor),
    })
    expect((await live(article.id)).corrections?.[0]?.date).toBe(correction.date)
  })

  it('a correction dated in the future is refused and nothing changes', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: { title: 'Đính chính tương lai', outlet: outletA, _status: 'published' },
      ...as(chief),
    })
    const refused = await rejection(() =>
      payload.update({
        collection: 'articles',
        id: article.id,
        data: { corrections: [{ date: '2099-01-01T00:00:00.000Z', note: 'Sai' }] },
        ...as(chief),
      }),
    )
    expect(refused.text).toMatch(/Ngày đính chính không thể ở tương lai/)
    expect((await live(article.id)).corrections ?? []).toHaveLength(0)
  })
})

describe('versions, restore and autosave', () => {
  it('are configured for every content collection', () => {
    for (const slug of ['articles', 'features', 'policy-notices', 'events'] as const) {
      const versions = payload.collections[slug].config.versions
      expect(versions?.drafts && versions.drafts.autosave).toBeTruthy()
      expect(versions?.drafts && versions.drafts.schedulePublish).toBeTruthy()
      expect(versions?.maxPerDoc).toBe(50)
    }
  })

  it('autosave can create the draft before anything is typed; the slug follows the title', async () => {
    // What the admin sends when the create view opens with autosave on: nothing yet.
    const empty = (await payload.create({
      collection: 'articles',
      data: {},
      draft: true,
      autosave: true,
      ...as(contributor),
    } as never)) as Article
    expect(empty.slug ?? null).toBeNull()
    await payload.update({
      collection: 'articles',
      id: empty.id,
      data: { title: 'Đã có tiêu đề' },
      draft: true,
      autosave: true,
      ...as(contributor),
    })
    expect((await latest(empty.id)).slug).toBe('da-co-tieu-de')
    const publishEmpty = await rejection(() =>
      payload.create({
        collection: 'articles',
        data: { outlet: outletA, _status: 'published' },
        ...as(chief),
      } as never),
    )
    expect(publishEmpty.text).toMatch(/Không tạo được đường dẫn|Tiêu đề/)
  })

  it('restoring an older version brings its text back; autosaves do not flood history', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: { title: 'Phiên bản một' },
      draft: true,
      ...as(editor),
    })
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { title: 'Phiên bản hai' },
      draft: true,
      ...as(editor),
    })
    const count = async () =>
      (
        await payload.countVersions({
          collection: 'articles',
          where: { parent: { equals: article.id } },
        })
      ).totalDocs
    const beforeAutosave = await count()
    for (const title of ['Đang gõ', 'Đang gõ tiếp', 'Đang gõ xong']) {
      await payload.update({
        collection: 'articles',
        id: article.id,
        data: { title },
        draft: true,
        autosave: true,
        ...as(editor),
      })
    }
    expect(await count()).toBeLessThanOrEqual(beforeAutosave + 1)
    expect((await latest(article.id)).title).toBe('Đang gõ xong')

    const [first] = (
      await payload.findVersions({
        collection: 'articles',
        where: { parent: { equals: article.id } },
        sort: 'createdAt',
        limit: 1,
      })
    ).docs
    await payload.restoreVersion({
      collection: 'articles',
      id: first.id,
      draft: true,
      ...as(editor),
    })
    expect((await latest(article.id)).title).toBe('Phiên bản một')
    expect((await latest(article.id)).createdBy).toBe(editor.user.id)
  })
})
