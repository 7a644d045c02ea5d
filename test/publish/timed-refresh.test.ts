import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { countPendingRebuilds, PENDING_REBUILD, REBUILD_SITE_TASK } from '@cms/publish/queue'
import { makeDraftForComment } from '../helpers/factories'
import { startTestHub, type TestHub } from '../helpers/payload'

/**
 * Pages that change with the clock — an event moving from upcoming to past, a consultation's
 * form opening and closing — get a rebuild queued for that moment when the item is published,
 * and those future rebuilds never hold back the rebuild of an ordinary change.
 */
let hub: TestHub
let payload: Payload
const hour = 3_600_000
const inHours = (n: number) => new Date(Date.now() + n * hour).toISOString()

beforeAll(async () => {
  process.env.SITE_REBUILD_DEBOUNCE_MS = '0'
  hub = await startTestHub()
  payload = hub.payload
})

afterAll(async () => {
  await hub?.cleanup()
  delete process.env.SITE_REBUILD_DEBOUNCE_MS
})

async function rebuildTimes(): Promise<string[]> {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { and: [PENDING_REBUILD, { taskSlug: { equals: REBUILD_SITE_TASK } }] },
    sort: 'waitUntil',
    limit: 100,
    overrideAccess: true,
  })
  return docs.map((job) => new Date(job.waitUntil as string).toISOString())
}

async function clearJobs() {
  await payload.delete({ collection: 'payload-jobs', where: PENDING_REBUILD, overrideAccess: true })
}

function event(startsAt: string, endsAt: string, status: 'published' | 'draft' = 'published') {
  return payload.create({
    collection: 'events',
    data: {
      title: 'Ngày hội khởi nghiệp',
      startsAt,
      endsAt,
      venue: { name: 'Trung tâm Hội nghị thành phố' },
      eventStatus: 'scheduled',
      _status: status,
    },
    // A draft save is a draft whatever the flag; the flag only lets required fields wait.
    draft: (status === 'draft') as true,
  })
}

describe('timed refreshes', () => {
  it("queue a rebuild at a published event's start and end, once per moment", async () => {
    const startsAt = inHours(24)
    const endsAt = inHours(30)
    const doc = await event(startsAt, endsAt)
    // The publish itself (due now) plus the two moments.
    expect(await rebuildTimes()).toHaveLength(3)
    expect((await rebuildTimes()).slice(1)).toEqual([startsAt, endsAt])
    // Saving again adds no second job for the same moments.
    await payload.update({ collection: 'events', id: doc.id, data: { summary: 'Cập nhật' } })
    expect((await rebuildTimes()).filter((t) => t === startsAt || t === endsAt)).toHaveLength(2)
    await clearJobs()
  })

  it('queue nothing for moments already past, nor for drafts', async () => {
    await event(inHours(-30), inHours(-24))
    expect(await rebuildTimes()).toHaveLength(1)
    await clearJobs()
    await event(inHours(24), inHours(30), 'draft')
    expect(await rebuildTimes()).toEqual([])
  })

  it("queue a rebuild when a draft document's consultation opens and closes", async () => {
    const opensAt = inHours(2)
    const closesAt = inHours(48)
    await makeDraftForComment(payload, '12/DT-SKHCN', { opensAt, closesAt })
    expect((await rebuildTimes()).slice(1)).toEqual([opensAt, closesAt])
    await clearJobs()
  })

  it('never make a change wait: a future refresh is not a pending rebuild to join', async () => {
    await event(inHours(24), inHours(30))
    const timed = await rebuildTimes()
    expect(timed).toHaveLength(3)
    await payload.delete({
      collection: 'payload-jobs',
      where: { and: [PENDING_REBUILD, { waitUntil: { less_than: inHours(1) } }] },
      overrideAccess: true,
    })
    expect(await countPendingRebuilds(payload)).toBe(0)
    // An ordinary publish now queues its own rebuild, due now, beside the timed ones.
    await event(inHours(-3), inHours(-2))
    expect(await countPendingRebuilds(payload)).toBe(1)
    expect(await rebuildTimes()).toHaveLength(3)
  })
})
