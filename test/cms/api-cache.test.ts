import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { isCacheableRead, withPublicReadCache } from '@cms/api/publicReadCache'
import { makeOutlet, makeUser } from '../helpers/factories'
import { startTestHub, type TestHub } from '../helpers/payload'

/**
 * The cache of anonymous REST reads (cms/api/publicReadCache.ts) in front of Payload's real
 * REST handler, as the Next.js route uses it: answers from memory only what every anonymous
 * reader would get, and never an answer older than the last change.
 */
let hub: TestHub
let payload: Payload
let outlet: number

function send(pathname: string, headers: Record<string, string> = {}) {
  const url = new URL(pathname, 'http://localhost:3000')
  const request = new Request(url, { headers })
  return withPublicReadCache((req: Request) =>
    handleEndpoints({ config: payload.config, path: url.pathname, request: req }),
  )(request)
}

async function titles(pathname: string, headers: Record<string, string> = {}) {
  const response = await send(pathname, headers)
  const json = (await response.json()) as { docs: { title: string }[] }
  return { cache: response.headers.get('x-cache'), titles: json.docs.map((doc) => doc.title) }
}

beforeAll(async () => {
  hub = await startTestHub()
  payload = hub.payload
  outlet = (await makeOutlet(payload, 'Báo An ninh Hải Phòng')).id as number
  await payload.create({
    collection: 'articles',
    data: { title: 'Bài đã xuất bản', outlet, _status: 'published' },
  })
})

afterAll(async () => {
  await hub?.cleanup()
})

describe('anonymous REST reads', () => {
  it('answers a repeated read from memory, with the same body', async () => {
    const first = await titles('/api/articles?limit=20&depth=0')
    const second = await titles('/api/articles?limit=20&depth=0')
    expect(first.cache).toBe('MISS')
    expect(second.cache).toBe('HIT')
    expect(second.titles).toEqual(first.titles)
    expect(first.titles).toContain('Bài đã xuất bản')
  })

  it('forgets every answer when content changes (publish, edit, delete)', async () => {
    await titles('/api/articles?limit=20&depth=0')
    const doc = await payload.create({
      collection: 'articles',
      data: { title: 'Tin mới vừa xuất bản', outlet, _status: 'published' },
    })
    const afterPublish = await titles('/api/articles?limit=20&depth=0')
    expect(afterPublish.cache).toBe('MISS')
    expect(afterPublish.titles).toContain('Tin mới vừa xuất bản')

    await payload.update({ collection: 'articles', id: doc.id, data: { title: 'Tin đã sửa' } })
    expect((await titles('/api/articles?limit=20&depth=0')).titles).toContain('Tin đã sửa')

    await payload.delete({ collection: 'articles', id: doc.id })
    expect((await titles('/api/articles?limit=20&depth=0')).titles).not.toContain('Tin đã sửa')
  })

  it('forgets answers when a related document changes (populated relations)', async () => {
    await titles('/api/articles?limit=20&depth=1')
    await payload.update({
      collection: 'outlets',
      id: outlet,
      data: { name: 'Báo An ninh Hải Phòng (đổi tên)' },
    })
    const response = await send('/api/articles?limit=20&depth=1')
    const json = (await response.json()) as { docs: { outlet: { name: string } }[] }
    expect(response.headers.get('x-cache')).toBe('MISS')
    expect(json.docs[0]!.outlet.name).toBe('Báo An ninh Hải Phòng (đổi tên)')
  })

  it('never caches a signed-in reader: drafts stay theirs', async () => {
    const { token } = await makeUser(payload, 'chief')
    await payload.create({
      collection: 'articles',
      data: { title: 'Bản nháp nội bộ', outlet, _status: 'draft' },
      draft: true,
    })
    const auth = { Authorization: `JWT ${token}` }
    const staff = await titles('/api/articles?limit=50&depth=0&draft=true', auth)
    expect(staff.cache).toBeNull()
    expect(staff.titles).toContain('Bản nháp nội bộ')
    const cookie = await send('/api/articles?limit=50&depth=0&draft=true', {
      Cookie: `payload-token=${token}`,
    })
    expect(cookie.headers.get('x-cache')).toBeNull()
    const anonymous = await titles('/api/articles?limit=50&depth=0&draft=true')
    expect(anonymous.titles).not.toContain('Bản nháp nội bộ')
  })

  it('caches only public collection reads', () => {
    const get = (path: string, init?: RequestInit) =>
      isCacheableRead(new Request(`http://localhost:3000${path}`, init))
    expect(get('/api/articles')).toBe(true)
    expect(get('/api/policy-notices/12')).toBe(true)
    expect(get('/api/events/count')).toBe(true)
    expect(get('/api/users')).toBe(false)
    expect(get('/api/users/me')).toBe(false)
    expect(get('/api/payload-jobs')).toBe(false)
    expect(get('/api/articles/versions')).toBe(false)
    expect(get('/api/media/file/anh.jpg')).toBe(false)
    expect(get('/api/globals/site-status')).toBe(false)
    expect(get('/api/articles', { method: 'POST' })).toBe(false)
    expect(get('/api/articles', { headers: { Authorization: 'JWT x' } })).toBe(false)
    expect(get('/api/articles', { headers: { Cookie: 'a=1; payload-token=x' } })).toBe(false)
  })

  it('does not cache errors', async () => {
    const first = await send('/api/articles/999999')
    expect(first.status).toBe(404)
    expect(first.headers.get('x-cache')).toBeNull()
  })
})
