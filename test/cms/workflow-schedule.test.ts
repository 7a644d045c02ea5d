/**
 * Scheduled publish and unpublish through Payload's jobs queue, as the admin's "Lên lịch"
 * dialog queues them: run when due (not before), as the person who scheduled them, and — the
 * case that matters — run as soon as a worker leads again when they fell due while none ran.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article } from '@collections/payload-types'
import { makeNewsroom, type Account } from '../helpers/factories'
import { startTestHub, type TestHub } from '../helpers/payload'
import { waitFor } from '../helpers/wait'

let hub: TestHub
let payload: Payload
let outlet: number
let admin: Account
let chief: Account
let editor: Account
let contributor: Account

beforeAll(async () => {
  hub = await startTestHub()
  payload = hub.payload
  ;({ admin, chief, editor, contributor, outletA: outlet } = await makeNewsroom(payload))
})
afterAll(async () => {
  // The restart test replaces the instance; close the one still running, then the rest.
  if (payload && payload !== hub?.payload) await payload.destroy()
  await hub?.cleanup()
})

/** What the admin's schedule dialog does (Payload's schedulePublishHandler). */
const schedule = (
  db: Payload,
  id: number,
  type: 'publish' | 'unpublish',
  at: Date,
  by: Account,
  collection = 'articles',
) =>
  db.jobs.queue({
    task: 'schedulePublish',
    input: {
      type,
      doc: { relationTo: collection, value: String(id) },
      user: { relationTo: 'users', value: by.user.id },
    },
    waitUntil: at,
  } as never)

const statusOf = async (db: Payload, id: number) =>
  ((await db.findByID({ collection: 'articles', id, depth: 0 })) as Article)._status

const inSeconds = (s: number) => new Date(Date.now() + s * 1000)

describe('scheduled publish and unpublish', () => {
  it('publishes when due, not before, as the person who scheduled it', async () => {
    const draft = await payload.create({
      collection: 'articles',
      data: { title: 'Lễ phát động Ngày hội khởi nghiệp', outlet },
      draft: true,
      user: editor.user,
    })
    await schedule(payload, draft.id, 'publish', inSeconds(3600), chief)
    await payload.jobs.run()
    expect(await statusOf(payload, draft.id)).toBe('draft')

    const soon = await schedule(payload, draft.id, 'publish', inSeconds(1), chief)
    await new Promise((r) => setTimeout(r, 1200))
    await payload.jobs.run()
    const doc = (await payload.findByID({
      collection: 'articles',
      id: draft.id,
      depth: 0,
    })) as Article
    expect(doc._status).toBe('published')
    expect(doc.publishedBy).toBe(chief.user.id)
    const log = await payload.find({
      collection: 'workflow-events',
      where: { and: [{ 'item.value': { equals: draft.id } }, { action: { equals: 'published' } }] },
      depth: 0,
    })
    expect(log.docs[0]?.actor).toBe(chief.user.id)
    expect(soon.id).toBeTruthy()
  })

  it('unpublishes when due', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: { title: 'Thông báo có thời hạn', outlet, _status: 'published' },
      user: chief.user,
    })
    await schedule(payload, article.id, 'unpublish', inSeconds(1), editor)
    await new Promise((r) => setTimeout(r, 1200))
    await payload.jobs.run()
    expect(await statusOf(payload, article.id)).toBe('draft')
  })

  it('a schedule made by someone who may not publish the item publishes nothing', async () => {
    const draft = await payload.create({
      collection: 'articles',
      data: { title: 'Bài cộng tác viên tự lên lịch' },
      draft: true,
      user: contributor.user,
    })
    await schedule(payload, draft.id, 'publish', new Date(Date.now() - 1000), contributor)
    const notice = await payload.create({
      collection: 'policy-notices',
      data: {
        title: 'Văn bản biên tập viên lên lịch',
        documentNumber: '12/TB-SKHCN',
        documentType: 'announcement',
        issuingBody: 'Sở Khoa học và Công nghệ',
        field: 'science-technology',
        issueDate: '2026-01-05T00:00:00.000Z',
        effectiveDate: '2026-01-05T00:00:00.000Z',
        abstract: 'Thông báo.',
      },
      draft: true,
      user: editor.user,
    })
    await schedule(
      payload,
      notice.id,
      'publish',
      new Date(Date.now() - 1000),
      editor,
      'policy-notices',
    )
    await payload.jobs.run()
    expect(await statusOf(payload, draft.id)).toBe('draft')
    const n = await payload.findByID({ collection: 'policy-notices', id: notice.id, depth: 0 })
    expect(n._status).toBe('draft')
  })

  it('the queue is not open to the public or to staff through the API', async () => {
    const { request } = await import('../helpers/rest')
    expect((await request(payload, 'GET', '/api/payload-jobs')).status).toBe(403)
    expect(
      (await request(payload, 'GET', '/api/payload-jobs', { token: chief.token })).status,
    ).toBe(403)
    const run = await request(payload, 'GET', '/api/payload-jobs/run', { token: editor.token })
    expect(run.status).toBe(401)
  })

  it("no web request runs jobs, not even an administrator's: only the worker does", async () => {
    const { request } = await import('../helpers/rest')
    const queued = await schedule(payload, 0, 'publish', inSeconds(-60), admin)
    for (const endpoint of ['/api/payload-jobs/run', '/api/payload-jobs/handle-schedules']) {
      const res = await request(payload, 'GET', endpoint, { token: admin.token })
      expect(res.status, endpoint).toBe(401)
    }
    const job = await payload.findByID({ collection: 'payload-jobs', id: queued.id, depth: 0 })
    expect(job.processing).toBe(false)
    expect(job.totalTried ?? 0).toBe(0)
    await payload.delete({ collection: 'payload-jobs', id: queued.id })
  })
})

describe('a schedule that fell due while no worker ran', () => {
  it('runs as soon as a worker leads again', async () => {
    const draft = await payload.create({
      collection: 'articles',
      data: { title: 'Kết quả vòng chung kết cuộc thi khởi nghiệp', outlet },
      draft: true,
      user: editor.user,
    })
    const live = await payload.create({
      collection: 'articles',
      data: { title: 'Lịch tiếp dân tháng 11', outlet, _status: 'published' },
      user: chief.user,
    })
    await schedule(payload, draft.id, 'publish', inSeconds(1), editor)
    await schedule(payload, live.id, 'unpublish', inSeconds(1), chief)

    // The hub stops before the schedule is due…
    await payload.destroy()
    await new Promise((r) => setTimeout(r, 1500))

    // …and starts again: a new instance, the same database, the worker's start-up path (its
    // lease on this database, the hub's `default` queue runner, which runs at once).
    const cache = (globalThis as { _payload?: Map<string, unknown> })._payload
    cache?.delete('default')
    const { getPayload } = await import('payload')
    const { default: config } = await import('@cms/payload.config')
    const restarted = await getPayload({ config })
    expect(restarted).not.toBe(payload)
    payload = restarted
    const { startWorker } = await import('@cms/worker')
    const { openLeaderLock } = await import('@cms/worker/leaderLock')
    const { hubQueues } = await import('@cms/worker/hubQueues')
    const worker = startWorker(restarted, {
      lock: await openLeaderLock(),
      services: hubQueues().filter((service) => service.queues.includes('default')),
      onStuck: (reason) => expect.fail(reason),
    })
    try {
      await waitFor(
        'the due schedules to run',
        async () =>
          (await statusOf(restarted, draft.id)) === 'published' &&
          (await statusOf(restarted, live.id)) === 'draft',
        { timeoutMs: 20_000 },
      )
      expect(worker.isLeader()).toBe(true)
    } finally {
      await worker.stop()
    }
  })
})
