/**
 * The public API: anonymous REST and GraphQL reads return published content only, and never
 * accounts, e-mail addresses, drafts, versions, the jobs queue or the editorial log. GraphQL is
 * complexity-limited and has no introspection in production.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { makeOutlet, makeUser } from '../helpers/factories'
import { startTestHub, type TestHub } from '../helpers/payload'
import { request } from '../helpers/rest'

let hub: TestHub
let payload: Payload
const titles = { published: 'Tin đã xuất bản công khai', draft: 'Bản nháp bí mật' }

beforeAll(async () => {
  hub = await startTestHub()
  payload = hub.payload
  const admin = await makeUser(payload, 'admin')
  const outlet = (await makeOutlet(payload)).id
  const published = await payload.create({
    collection: 'articles',
    data: { title: titles.published, outlet, _status: 'published', authors: [admin.user.id] },
    user: admin.user,
  })
  await payload.update({
    collection: 'articles',
    id: published.id,
    data: { title: 'Bản sửa chưa xuất bản' },
    draft: true,
    user: admin.user,
  })
  await payload.create({
    collection: 'articles',
    data: { title: titles.draft, outlet, workflowStatus: 'submitted' },
    draft: true,
    user: admin.user,
  })
})
afterAll(async () => {
  await hub?.cleanup()
})

const PUBLIC = new Set([
  'articles',
  'features',
  'policy-notices',
  'events',
  'media',
  'documents',
  'topics',
  'outlets',
  // Published answers only, without the asker (test/cms/public-forms.test.ts).
  'questions',
  // Published profiles and programmes, personal fields only with consent (test/cms/directory.test.ts).
  'startups',
  'people',
  'support-organizations',
  'programmes',
])

describe('anonymous REST', () => {
  it('every collection that is not public content refuses anonymous reads', async () => {
    const closed = payload.config.collections.map((c) => c.slug).filter((slug) => !PUBLIC.has(slug))
    expect(closed).toEqual(
      expect.arrayContaining(['users', 'workflow-events', 'payload-jobs', 'payload-preferences']),
    )
    for (const slug of closed) {
      const res = await request(payload, 'GET', `/api/${slug}`)
      // 403 for readable-by-staff collections; Payload disables some system ones outright (501).
      expect([403, 501], slug).toContain(res.status)
      expect(res.json?.docs, slug).toBeUndefined()
    }
  })

  it('content lists, counts and versions show nothing unpublished', async () => {
    for (const path of [
      '/api/articles',
      '/api/articles?draft=true',
      '/api/articles?where[_status][equals]=draft',
      '/api/articles?depth=3',
    ]) {
      const res = await request(payload, 'GET', path)
      expect(res.status, path).toBe(200)
      for (const doc of res.json.docs) expect(doc.title, path).toBe(titles.published)
      expect(JSON.stringify(res.json), path).not.toMatch(/@hub\.example|Bản nháp|Bản sửa|hash|salt/)
    }
    const list = await request(payload, 'GET', '/api/articles')
    expect(list.json.docs.map((d: { title: string }) => d.title)).toEqual([titles.published])
    expect((await request(payload, 'GET', '/api/articles/count')).json.totalDocs).toBe(1)
    for (const slug of ['articles', 'features', 'policy-notices', 'events']) {
      expect((await request(payload, 'GET', `/api/${slug}/versions`)).status).toBe(403)
    }
  })
})

describe('bounded answers (cms/api/readLimits.ts; refusals are rows of the bad-input suite)', () => {
  it('pages at the default size, and allows up to 100 items at depth 3', async () => {
    for (let i = 1; i <= 12; i++) {
      await payload.create({ collection: 'topics', data: { name: `Chủ đề giới hạn ${i}` } })
    }
    const first = await request(payload, 'GET', '/api/topics')
    expect(first.status).toBe(200)
    expect(first.json.docs).toHaveLength(10)
    expect(first.json.hasNextPage).toBe(true)
    const all = await request(
      payload,
      'GET',
      '/api/topics?limit=100&page=1&depth=3&pagination=true',
    )
    expect(all.status, JSON.stringify(all.json)).toBe(200)
    expect(all.json.docs.length).toBe(all.json.totalDocs)
    expect(all.json.totalDocs).toBeGreaterThanOrEqual(12)
    const second = await request(payload, 'GET', '/api/topics?limit=5&page=2')
    expect(second.json.page).toBe(2)
  })

  it('does not bound the Local API the site reads through', async () => {
    const { docs } = await payload.find({
      collection: 'topics',
      pagination: false,
      depth: 0,
      overrideAccess: false,
    })
    expect(docs.length).toBeGreaterThan(10)
  })

  it("keeps the admin's bulk delete working (DELETE with limit=0 and the ids)", async () => {
    const admin = await makeUser(payload, 'admin')
    const doomed = await Promise.all(
      ['Xóa hàng loạt 1', 'Xóa hàng loạt 2'].map((name) =>
        payload.create({ collection: 'topics', data: { name } }),
      ),
    )
    const ids = doomed.map((t) => `where[id][in]=${t.id}`).join('&')
    const res = await request(payload, 'DELETE', `/api/topics?limit=0&${ids}`, {
      token: admin.token,
    })
    expect(res.status, JSON.stringify(res.json)).toBe(200)
    const left = await payload.find({
      collection: 'topics',
      where: { id: { in: doomed.map((t) => t.id) } },
    })
    expect(left.totalDocs).toBe(0)
  })

  it('answers GraphQL lists within the bounds', async () => {
    const res = await request(payload, 'POST', '/api/graphql', {
      body: {
        query: 'query ($n: Int) { Topics(limit: $n, page: 1) { docs { name } totalDocs } }',
        variables: { n: 100 },
      },
    })
    expect(res.status).toBe(200)
    expect(res.json.errors).toBeUndefined()
    expect(res.json.data.Topics.docs.length).toBe(res.json.data.Topics.totalDocs)
  })
})

describe('GraphQL', () => {
  const graphql = async (query: string, token?: string) => {
    const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
    const headers: Record<string, string> = { 'Content-Type': 'application/json' }
    if (token) headers.Authorization = `JWT ${token}`
    const response = await GRAPHQL_POST(Promise.resolve(payload.config))(
      new Request('http://localhost:3000/api/graphql', {
        method: 'POST',
        headers,
        body: JSON.stringify({ query }),
      }),
    )
    return (await response.json()) as { data?: any; errors?: { message: string }[] }
  }

  it('anonymous queries see published content only, no accounts or versions', async () => {
    const list = await graphql('{ Articles { docs { title } } }')
    expect(list.data.Articles.docs).toEqual([{ title: titles.published }])
    const drafts = await graphql('{ Articles(draft: true) { docs { title } } }')
    expect(JSON.stringify(drafts)).not.toMatch(/Bản nháp|Bản sửa/)

    const users = await graphql('{ Users { docs { email name } } }')
    expect(users.errors?.length).toBeGreaterThan(0)
    expect(JSON.stringify(users)).not.toMatch(/@hub\.example/)

    const versions = await graphql('{ versionsArticles { docs { id } } }')
    expect(versions.errors?.length).toBeGreaterThan(0)

    const staffOnly = await graphql(
      '{ Articles { docs { title workflowStatus createdBy { email } } } }',
    )
    expect(JSON.stringify(staffOnly)).not.toMatch(/submitted|@hub\.example/)
  })

  it('refuses queries above the complexity limit', async () => {
    expect(payload.config.graphQL.maxComplexity).toBeLessThanOrEqual(1000)
    const aliases = Array.from({ length: 600 }, (_, i) => `a${i}: Articles { totalDocs }`).join(' ')
    const res = await graphql(`{ ${aliases} }`)
    expect(res.errors?.[0]?.message).toMatch(/complexity/i)
  })

  it('has no introspection in production', async () => {
    expect(payload.config.graphQL.disableIntrospectionInProduction).toBe(true)
    const env = process.env as Record<string, string | undefined>
    const previous = env.NODE_ENV
    env.NODE_ENV = 'production'
    try {
      const res = await graphql('{ __schema { types { name } } }')
      expect(res.data?.__schema).toBeFalsy()
      expect(res.errors?.length).toBeGreaterThan(0)
    } finally {
      env.NODE_ENV = previous
    }
  })
})
