import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { makeOutlet, makeUser } from '../helpers/factories'
import { startTestHub, type TestHub } from '../helpers/payload'
import { request } from '../helpers/rest'

let hub: TestHub
let published: { id: number | string; slug?: string | null }
let draft: { id: number | string; slug?: string | null }
let adminToken: string

beforeAll(async () => {
  hub = await startTestHub()
  const { payload } = hub
  adminToken = (await makeUser(payload, 'admin')).token
  const outlet = (await makeOutlet(payload)).id
  published = await payload.create({
    collection: 'articles',
    data: { title: 'Bài đã xuất bản', outlet, _status: 'published' },
  })
  draft = await payload.create({
    collection: 'articles',
    data: { title: 'Bản nháp chưa duyệt', outlet, _status: 'draft' },
    draft: true,
  })
  // A published item with a newer unpublished draft: the public must keep seeing the old text.
  await payload.update({
    collection: 'articles',
    id: published.id,
    data: { title: 'Sửa đổi chưa xuất bản' },
    draft: true,
  })
})
afterAll(async () => {
  await hub?.cleanup()
})

describe('anonymous readers (Local API with overrideAccess: false)', () => {
  it('see published items only', async () => {
    const res = await hub.payload.find({ collection: 'articles', overrideAccess: false })
    expect(res.docs.map((d) => d.id)).toEqual([published.id])
    expect(res.docs[0].title).toBe('Bài đã xuất bản')
  })

  it('cannot open a draft by id, even asking for drafts', async () => {
    await expect(
      hub.payload.findByID({ collection: 'articles', id: draft.id, overrideAccess: false }),
    ).rejects.toThrow()
    const asDraft = await hub.payload.find({
      collection: 'articles',
      draft: true,
      overrideAccess: false,
      where: { id: { equals: draft.id } },
    })
    expect(asDraft.totalDocs).toBe(0)
  })

  it('cannot read users or their emails', async () => {
    await expect(hub.payload.find({ collection: 'users', overrideAccess: false })).rejects.toThrow(
      /không có quyền/,
    )
  })
})

describe('anonymous readers (REST API)', () => {
  it('list only published articles, with the published text', async () => {
    const { status, json } = await request(hub.payload, 'GET', '/api/articles')
    expect(status).toBe(200)
    expect(json.docs.map((d: { id: unknown }) => d.id)).toEqual([published.id])
    expect(json.docs[0].title).toBe('Bài đã xuất bản')
  })

  it('get 404/403 for a draft, and ?draft=true does not reveal it', async () => {
    const byId = await request(hub.payload, 'GET', `/api/articles/${draft.id}`)
    expect([403, 404]).toContain(byId.status)
    const drafts = await request(hub.payload, 'GET', '/api/articles?draft=true')
    expect(drafts.json.docs.map((d: { id: unknown }) => d.id)).not.toContain(draft.id)
    const unpublishedEdit = await request(
      hub.payload,
      'GET',
      `/api/articles/${published.id}?draft=true`,
    )
    expect(unpublishedEdit.json.title).toBe('Bài đã xuất bản')
  })

  it('cannot read versions, users or emails', async () => {
    const versions = await request(hub.payload, 'GET', '/api/articles/versions')
    expect(versions.status).toBe(403)
    const users = await request(hub.payload, 'GET', '/api/users')
    expect(users.status).toBe(403)
    expect(JSON.stringify(users.json)).not.toMatch(/@hub\.example/)
  })

  it('cannot write', async () => {
    const res = await request(hub.payload, 'POST', '/api/articles', {
      body: { title: 'Bài của người lạ' },
    })
    expect(res.status).toBe(403)
  })
})

describe('logged-in staff', () => {
  it('see drafts through REST with their token', async () => {
    const { status, json } = await request(
      hub.payload,
      'GET',
      `/api/articles/${draft.id}?draft=true`,
      {
        token: adminToken,
      },
    )
    expect(status).toBe(200)
    expect(json.title).toBe('Bản nháp chưa duyệt')
  })
})
