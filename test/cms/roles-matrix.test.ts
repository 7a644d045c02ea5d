/**
 * The role matrix of docs/ROLES.md, for every content collection: anonymous, Cộng tác viên,
 * Biên tập viên, Ban biên tập and Quản trị × read/list/count/versions × create, update,
 * publish, unpublish, delete, restore — including attempts on another outlet's items. Each
 * refused write must leave the item as it was.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@collections/payload-types'
import { asUser, attempt, tryPublish } from '../helpers/attempt'
import { makeNewsroom, makeUser } from '../helpers/factories'
import { startTestHub, type TestHub } from '../helpers/payload'
import { request } from '../helpers/rest'

type Content = 'articles' | 'features' | 'policy-notices' | 'events'
type Actor = 'anonymous' | 'contributor' | 'editor' | 'chief' | 'admin'
type Item = { id: number; title?: string | null; _status?: string | null }

const COLLECTIONS: Content[] = ['articles', 'features', 'policy-notices', 'events']
const ACTORS: Actor[] = ['anonymous', 'contributor', 'editor', 'chief', 'admin']
const EDITOR_PUBLISHES = new Set<Content>(['articles', 'features'])

let hub: TestHub
let payload: Payload
let outletA: number
let outletB: number
const accounts = {} as Record<
  'admin' | 'chief' | 'editor' | 'editorB' | 'contributor' | 'contributor2',
  { user: User; token: string }
>

beforeAll(async () => {
  hub = await startTestHub()
  payload = hub.payload
  const { outletA: a1, outletB: b1, contributorB: _, ...newsroom } = await makeNewsroom(payload)
  ;[outletA, outletB] = [a1, b1]
  // A second contributor of outlet A: contributors see their own items, not a colleague's.
  Object.assign(accounts, newsroom, {
    contributor2: await makeUser(payload, 'contributor', { outlet: outletA }),
  })
})
afterAll(async () => {
  await hub?.cleanup()
})

let serial = 0
const baseData = (collection: Content, n: number): Record<string, unknown> => {
  switch (collection) {
    case 'articles':
      return { title: `Tin thử nghiệm ${n}` }
    case 'features':
      return { title: `Phóng sự thử nghiệm ${n}`, format: 'tv' }
    case 'policy-notices':
      return {
        title: `Văn bản thử nghiệm ${n}`,
        documentNumber: `${n}/KH-UBND`,
        documentType: 'plan',
        issuingBody: 'Thành phố Hải Phòng',
        field: 'enterprise',
        signer: { name: 'Lê Khắc Nam' },
        issueDate: '2020-12-09T17:00:00.000Z',
        effectiveDate: '2020-12-09T17:00:00.000Z',
        abstract: 'Trích yếu.',
      }
    case 'events':
      return {
        title: `Sự kiện thử nghiệm ${n}`,
        startsAt: '2026-12-12T01:30:00.000Z',
        startsAt_tz: 'Asia/Ho_Chi_Minh',
        eventStatus: 'scheduled',
        venue: { name: 'Trung tâm hỗ trợ khởi nghiệp' },
      }
  }
}

type Owner = 'contributor' | 'contributor2' | 'editorB'

/** An item as its owner would have made it, written by the system so any state is possible. */
async function makeItem(collection: Content, owner: Owner, published: boolean): Promise<Item> {
  const account = accounts[owner].user
  const doc = await payload.create({
    collection,
    data: {
      ...baseData(collection, ++serial),
      outlet: account.outlet as number,
      createdBy: account.id,
      _status: published ? 'published' : 'draft',
    } as never,
    draft: !published,
    overrideAccess: true,
  })
  return doc as unknown as Item
}

const actorUser = (actor: Actor) => (actor === 'anonymous' ? null : accounts[actor].user)

const as = (actor: Actor) => asUser(actorUser(actor))

/** The stored item (latest version), read by the system. */
const stored = (collection: Content, id: number) =>
  payload.findByID({ collection, id, draft: true, depth: 0 }) as unknown as Promise<Item>
const live = (collection: Content, id: number) =>
  payload.findByID({ collection, id, depth: 0 }) as unknown as Promise<Item>

describe.each(COLLECTIONS)('%s', (collection) => {
  const editorPublishes = EDITOR_PUBLISHES.has(collection)
  const fixture = {} as Record<'pubA' | 'draftA' | 'draftA2' | 'pubB' | 'draftB', Item>
  const idsOf = (names: (keyof typeof fixture)[]) => names.map((name) => fixture[name].id).sort()

  beforeAll(async () => {
    fixture.pubA = await makeItem(collection, 'contributor', true)
    fixture.draftA = await makeItem(collection, 'contributor', false)
    fixture.draftA2 = await makeItem(collection, 'contributor2', false)
    fixture.pubB = await makeItem(collection, 'editorB', true)
    fixture.draftB = await makeItem(collection, 'editorB', false)
  })

  const visible: Record<Actor, (keyof typeof fixture)[]> = {
    anonymous: ['pubA', 'pubB'],
    contributor: ['pubA', 'pubB', 'draftA'],
    editor: ['pubA', 'pubB', 'draftA', 'draftA2'],
    chief: ['pubA', 'pubB', 'draftA', 'draftA2', 'draftB'],
    admin: ['pubA', 'pubB', 'draftA', 'draftA2', 'draftB'],
  }

  describe('read: lists, counts, drafts and single items follow the scope', () => {
    it.each(ACTORS)('%s', async (actor) => {
      const where = { id: { in: idsOf(['pubA', 'draftA', 'draftA2', 'pubB', 'draftB']) } }
      const expected = idsOf(visible[actor])
      for (const draft of [false, true]) {
        const found = await payload.find({ collection, where, draft, limit: 50, ...as(actor) })
        expect(found.docs.map((d) => d.id).sort(), `find draft=${draft}`).toEqual(expected)
      }
      const counted = await payload.count({ collection, where, ...as(actor) })
      expect(counted.totalDocs, 'count').toBe(expected.length)

      const outsider = await attempt(() =>
        payload.findByID({ collection, id: fixture.draftB.id, draft: true, ...as(actor) }),
      )
      expect(outsider.ok, 'open another outlet’s draft by id').toBe(
        actor === 'chief' || actor === 'admin',
      )

      const token = actor === 'anonymous' ? undefined : accounts[actor].token
      const query = expected.length
        ? `where[id][in]=${idsOf(Object.keys(fixture) as never).join(',')}`
        : ''
      const viaRest = await request(
        payload,
        'GET',
        `/api/${collection}?${query}&draft=true&limit=50`,
        {
          token,
        },
      )
      expect(viaRest.status).toBe(200)
      expect(viaRest.json.docs.map((d: Item) => d.id).sort(), 'REST list').toEqual(expected)
      const restCount = await request(payload, 'GET', `/api/${collection}/count?${query}`, {
        token,
      })
      expect(restCount.json.totalDocs, 'REST count').toBe(expected.length)
    })
  })

  describe('versions: history only within the working scope', () => {
    const versionParents: Record<Actor, (keyof typeof fixture)[] | 'refused'> = {
      anonymous: 'refused',
      contributor: ['pubA', 'draftA'],
      editor: ['pubA', 'draftA', 'draftA2'],
      chief: ['pubA', 'pubB', 'draftA', 'draftA2', 'draftB'],
      admin: ['pubA', 'pubB', 'draftA', 'draftA2', 'draftB'],
    }
    it.each(ACTORS)('%s', async (actor) => {
      const where = { parent: { in: idsOf(['pubA', 'draftA', 'draftA2', 'pubB', 'draftB']) } }
      const expected = versionParents[actor]
      const result = await attempt(async () => {
        const versions = await payload.findVersions({ collection, where, limit: 100, ...as(actor) })
        const parents = [...new Set(versions.docs.map((v) => v.parent as unknown as number))].sort()
        expect(parents).toEqual(idsOf(expected as never))
        const counted = await payload.countVersions({ collection, where, ...as(actor) })
        expect(counted.totalDocs).toBe(versions.totalDocs)
      })
      if (expected === 'refused') {
        expect(result.ok).toBe(false)
        const viaRest = await request(payload, 'GET', `/api/${collection}/versions`)
        expect(viaRest.status).toBe(403)
      } else {
        expect(result).toEqual({ ok: true })
      }
      // A version of another outlet's draft, asked for by its id.
      const [otherVersion] = (
        await payload.findVersions({
          collection,
          where: { parent: { equals: fixture.draftB.id } },
          limit: 1,
        })
      ).docs
      const byId = await attempt(() =>
        payload.findVersionByID({ collection, id: otherVersion.id, ...as(actor) }),
      )
      expect(byId.ok).toBe(actor === 'chief' || actor === 'admin')
    })
  })

  describe('create', () => {
    const draftAllowed: Record<Actor, boolean> = {
      anonymous: false,
      contributor: true,
      editor: true,
      chief: true,
      admin: true,
    }
    it.each(ACTORS)('%s: a draft (outlet and author filled in for them)', async (actor) => {
      const result = await attempt(() =>
        payload.create({
          collection,
          data: baseData(collection, ++serial) as never,
          draft: true,
          ...as(actor),
        }),
      )
      expect(result.ok).toBe(draftAllowed[actor])
      if (actor === 'contributor' || actor === 'editor') {
        const [doc] = (
          await payload.find({
            collection,
            draft: true,
            sort: '-createdAt',
            limit: 1,
            depth: 0,
          })
        ).docs as unknown as { outlet: number; createdBy: number; workflowStatus: string }[]
        expect(doc.outlet).toBe(outletA)
        expect(doc.createdBy).toBe(accounts[actor].user.id)
        expect(doc.workflowStatus).toBe('draft')
      }
    })

    const publishAllowed: Record<Actor, boolean> = {
      anonymous: false,
      contributor: false,
      editor: editorPublishes,
      chief: true,
      admin: true,
    }
    it.each(ACTORS)('%s: straight as published', async (actor) => {
      const before = (await payload.count({ collection })).totalDocs
      const data = { ...baseData(collection, ++serial), _status: 'published' }
      if (actor === 'chief' || actor === 'admin') Object.assign(data, { outlet: outletB })
      const result = await attempt(() =>
        payload.create({ collection, data: data as never, ...as(actor) }),
      )
      expect(result.ok).toBe(publishAllowed[actor])
      if (!result.ok) {
        expect((await payload.count({ collection })).totalDocs).toBe(before)
      }
    })

    it.each(['contributor', 'editor'] as const)(
      '%s: for another outlet is refused',
      async (actor) => {
        const before = (await payload.count({ collection })).totalDocs
        const result = await attempt(() =>
          payload.create({
            collection,
            data: { ...baseData(collection, ++serial), outlet: outletB } as never,
            draft: true,
            ...as(actor),
          }),
        )
        expect(result.ok).toBe(false)
        if (!result.ok) {
          expect(result.status).toBe(403)
          expect(result.message).toMatch(/chỉ được tạo và sửa nội dung của cơ quan mình/)
        }
        expect((await payload.count({ collection })).totalDocs).toBe(before)
      },
    )
  })

  type Target = 'ownDraft' | 'colleagueDraft' | 'otherOutletDraft' | 'ownPublished'
  const makeTarget = (target: Target) =>
    target === 'ownDraft'
      ? makeItem(collection, 'contributor', false)
      : target === 'colleagueDraft'
        ? makeItem(collection, 'contributor2', false)
        : target === 'otherOutletDraft'
          ? makeItem(collection, 'editorB', false)
          : makeItem(collection, 'contributor', true)

  describe('update a draft (draft save)', () => {
    const allowed: Record<Actor, Record<Target, boolean>> = {
      anonymous: {
        ownDraft: false,
        colleagueDraft: false,
        otherOutletDraft: false,
        ownPublished: false,
      },
      contributor: {
        ownDraft: true,
        colleagueDraft: false,
        otherOutletDraft: false,
        ownPublished: false,
      },
      editor: { ownDraft: true, colleagueDraft: true, otherOutletDraft: false, ownPublished: true },
      chief: { ownDraft: true, colleagueDraft: true, otherOutletDraft: true, ownPublished: true },
      admin: { ownDraft: true, colleagueDraft: true, otherOutletDraft: true, ownPublished: true },
    }
    const cases = ACTORS.flatMap((actor) =>
      (Object.keys(allowed[actor]) as Target[]).map((target) => [actor, target] as const),
    )
    it.each(cases)('%s → %s', async (actor, target) => {
      const item = await makeTarget(target)
      const result = await attempt(() =>
        payload.update({
          collection,
          id: item.id,
          data: { title: 'Tiêu đề đã sửa' } as never,
          draft: true,
          ...as(actor),
        }),
      )
      expect(result.ok).toBe(allowed[actor][target])
      const after = await stored(collection, item.id)
      expect(after.title).toBe(result.ok ? 'Tiêu đề đã sửa' : item.title)
      expect((await live(collection, item.id))._status).toBe(item._status)
    })
  })

  describe('publish, unpublish and edit live items', () => {
    const publishers: Record<Actor, boolean> = {
      anonymous: false,
      contributor: false,
      editor: editorPublishes,
      chief: true,
      admin: true,
    }
    it.each(ACTORS)('%s publishes a draft of their outlet', async (actor) => {
      const item = await makeItem(collection, 'contributor', false)
      const result = await tryPublish(payload, collection, item.id, actorUser(actor))
      expect(result.ok).toBe(publishers[actor])
      const after = (await live(collection, item.id)) as Item & {
        publishedBy?: number
        workflowStatus?: string
      }
      expect(after._status).toBe(result.ok ? 'published' : 'draft')
      if (result.ok) {
        expect(after.publishedBy).toBe(accounts[actor as 'chief'].user.id)
        expect(after.workflowStatus).toBe('published')
      }
    })

    it('an editor cannot publish another outlet’s draft', async () => {
      const item = await makeItem(collection, 'editorB', false)
      const result = await tryPublish(payload, collection, item.id, actorUser('editor'))
      expect(result.ok).toBe(false)
      expect((await live(collection, item.id))._status).toBe('draft')
    })

    it.each(ACTORS)('%s unpublishes a live item of their outlet', async (actor) => {
      const item = await makeItem(collection, 'contributor', true)
      const result = await attempt(() =>
        payload.update({
          collection,
          id: item.id,
          data: { _status: 'draft' } as never,
          ...as(actor),
        }),
      )
      expect(result.ok).toBe(publishers[actor])
      expect((await live(collection, item.id))._status).toBe(result.ok ? 'draft' : 'published')
      if (!result.ok && actor === 'editor') {
        expect(result.status).toBe(403)
        expect(result.message).toMatch(/không có quyền gỡ/)
      }
    })

    it.each(ACTORS)('%s edits a live item directly (no draft)', async (actor) => {
      const item = await makeItem(collection, 'contributor', true)
      const result = await attempt(() =>
        payload.update({
          collection,
          id: item.id,
          data: { title: 'Sửa thẳng bản đang xuất bản' } as never,
          ...as(actor),
        }),
      )
      expect(result.ok).toBe(publishers[actor])
      expect((await live(collection, item.id)).title).toBe(
        result.ok ? 'Sửa thẳng bản đang xuất bản' : item.title,
      )
      if (!result.ok && actor === 'editor') {
        expect(result.message).toMatch(/đang được xuất bản, bạn không thể sửa trực tiếp/)
      }
    })

    it('REST: the editor’s publish button is what access says it is', async () => {
      const item = await makeItem(collection, 'contributor', false)
      const res = await request(payload, 'PATCH', `/api/${collection}/${item.id}`, {
        token: accounts.editor.token,
        body: { _status: 'published' },
      })
      expect(res.status).toBe(editorPublishes ? 200 : 403)
      const contributor = await request(
        payload,
        'PATCH',
        `/api/${collection}/${item.id}?draft=true`,
        {
          token: accounts.contributor.token,
          body: { _status: 'published' },
        },
      )
      expect(contributor.status).toBe(403)
    })
  })

  describe('delete', () => {
    const allowed: Record<Actor, Record<Target, boolean>> = {
      anonymous: {
        ownDraft: false,
        colleagueDraft: false,
        otherOutletDraft: false,
        ownPublished: false,
      },
      contributor: {
        ownDraft: true,
        colleagueDraft: false,
        otherOutletDraft: false,
        ownPublished: false,
      },
      editor: {
        ownDraft: true,
        colleagueDraft: true,
        otherOutletDraft: false,
        ownPublished: false,
      },
      chief: { ownDraft: true, colleagueDraft: true, otherOutletDraft: true, ownPublished: true },
      admin: { ownDraft: true, colleagueDraft: true, otherOutletDraft: true, ownPublished: true },
    }
    const cases = ACTORS.flatMap((actor) =>
      (Object.keys(allowed[actor]) as Target[]).map((target) => [actor, target] as const),
    )
    it.each(cases)('%s → %s', async (actor, target) => {
      const item = await makeTarget(target)
      const result = await attempt(() => payload.delete({ collection, id: item.id, ...as(actor) }))
      expect(result.ok).toBe(allowed[actor][target])
      const left = await payload.count({ collection, where: { id: { equals: item.id } } })
      expect(left.totalDocs).toBe(result.ok ? 0 : 1)
    })
  })

  describe('restore a version', () => {
    it('an editor restores a version of their outlet as a draft, not another outlet’s', async () => {
      const own = await makeItem(collection, 'contributor', false)
      await payload.update({
        collection,
        id: own.id,
        data: { title: 'Bản sửa' } as never,
        draft: true,
      })
      const [oldest] = (
        await payload.findVersions({
          collection,
          where: { parent: { equals: own.id } },
          sort: 'createdAt',
        })
      ).docs
      const restored = await attempt(() =>
        payload.restoreVersion({ collection, id: oldest.id, draft: true, ...as('editor') }),
      )
      expect(restored.ok).toBe(true)
      expect((await stored(collection, own.id)).title).toBe(own.title)

      const other = await makeItem(collection, 'editorB', false)
      const [otherVersion] = (
        await payload.findVersions({ collection, where: { parent: { equals: other.id } } })
      ).docs
      const refused = await attempt(() =>
        payload.restoreVersion({ collection, id: otherVersion.id, draft: true, ...as('editor') }),
      )
      expect(refused.ok).toBe(false)
    })

    it('a contributor cannot restore a published version (that would publish)', async () => {
      const item = await makeItem(collection, 'contributor', true)
      const [version] = (
        await payload.findVersions({ collection, where: { parent: { equals: item.id } } })
      ).docs
      const result = await attempt(() =>
        payload.restoreVersion({ collection, id: version.id, ...as('contributor') }),
      )
      expect(result.ok).toBe(false)
    })
  })
})
