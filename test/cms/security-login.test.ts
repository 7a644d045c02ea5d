/**
 * Signing in, seen from both sides: the guesser (many wrong passwords from one address or many,
 * refused with 429 and Retry-After; forged X-Forwarded-For does not give them a fresh address)
 * and the editor (the right password from their usual address still works while that goes on;
 * nobody can lock the account). Also password-reset limits, cookie flags and the CSRF allow-list.
 *
 * Requests carry the X-Forwarded-For the CMS server writes (cms/scripts/server.ts): with no proxy
 * configured, the TCP peer's address; `fromPeer` builds it from what a client sent, as the
 * server does.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import {
  LOGIN_FAILURES_PER_ACCOUNT,
  LOGIN_FAILURES_PER_ADDRESS,
  LOGIN_FAILURES_PER_ADDRESS_AND_ACCOUNT,
  RESET_REQUESTS_PER_ADDRESS,
  THROTTLE_WINDOW_MS,
  resetAuthThrottle,
} from '@cms/security/authThrottle'
import { forwardedHeaders } from '@cms/security/clientAddress'
import { allowedOrigins } from '@cms/security/origins'
import { makeUser } from '../helpers/factories'
import { startTestHub, type TestHub } from '../helpers/payload'
import { errorMessages, request } from '../helpers/rest'

let hub: TestHub
let payload: Payload

beforeAll(async () => {
  hub = await startTestHub()
  payload = hub.payload
  await makeUser(payload, 'admin')
})
afterAll(async () => {
  await hub?.cleanup()
})
beforeEach(() => resetAuthThrottle())

/** The headers the CMS server passes on for a client at `peer` that sent `sent`. */
const fromPeer = (peer: string, sent: Record<string, string> = {}) =>
  forwardedHeaders(sent, peer, 0) as Record<string, string>

const login = (email: string, password: string, from: string, sent: Record<string, string> = {}) =>
  request(payload, 'POST', '/api/users/login', {
    body: { email, password },
    headers: fromPeer(from, sent),
  })

/** Seconds of a 429's Retry-After, checked to lie within the limits' window. */
const retryAfter = (res: { headers: Headers }) => {
  const seconds = Number(res.headers.get('retry-after'))
  expect(seconds).toBeGreaterThan(0)
  expect(seconds).toBeLessThanOrEqual(THROTTLE_WINDOW_MS / 1000)
  return seconds
}

describe('no account lockout', () => {
  it('failures never lock the account: the right password keeps working', async () => {
    const editor = await makeUser(payload, 'editor')
    // More than Payload's lockout ever allowed (10), with no address: only the account counts.
    for (let i = 0; i < LOGIN_FAILURES_PER_ACCOUNT + 5; i++) {
      await expect(
        payload.login({ collection: 'users', data: { email: editor.email, password: `sai-${i}` } }),
      ).rejects.toThrow()
    }
    const { user } = await payload.login({
      collection: 'users',
      data: { email: editor.email, password: editor.password },
    })
    expect(user?.id).toBe(editor.user.id)
  })
})

describe('a guesser with many addresses', () => {
  const attack = async (email: string, count: number) => {
    const statuses: number[] = []
    for (let i = 0; i < count; i++) {
      statuses.push((await login(email, `doan-${i}-mat-khau`, `198.51.100.${i + 1}`)).status)
    }
    return statuses
  }

  it('gets the account’s ceiling of wrong passwords, then 429 with Retry-After — even for the right one', async () => {
    const editor = await makeUser(payload, 'editor')
    const statuses = await attack(editor.email, LOGIN_FAILURES_PER_ACCOUNT + 5)
    expect(statuses).toEqual([
      ...Array(LOGIN_FAILURES_PER_ACCOUNT).fill(401),
      ...Array(5).fill(429),
    ])
    const lucky = await login(editor.email, editor.password, '198.51.100.200')
    expect(lucky.status).toBe(429)
    retryAfter(lucky)
    expect(errorMessages(lucky.json).join(' ')).toMatch(
      /chỉ nhận đăng nhập từ nơi bạn thường dùng\. Vui lòng thử lại sau \d+ phút/,
    )
    expect(lucky.json?.token).toBeUndefined()
  })

  it('cannot keep the editor out: the right password from their usual address still signs in', async () => {
    const editor = await makeUser(payload, 'editor')
    const desk = '192.0.2.21'
    expect((await login(editor.email, editor.password, desk)).status).toBe(200)
    await attack(editor.email, LOGIN_FAILURES_PER_ACCOUNT + 5)
    expect((await login(editor.email, editor.password, '198.51.100.201')).status).toBe(429)
    const atDesk = await login(editor.email, editor.password, desk)
    expect(atDesk.status).toBe(200)
    const me = await request(payload, 'GET', '/api/users/me', { token: atDesk.json.token })
    expect(me.json?.user?.id).toBe(editor.user.id)
  })

  it('the usual address is not a way around the ceiling: it keeps its own limit', async () => {
    const editor = await makeUser(payload, 'editor')
    const desk = '192.0.2.22'
    expect((await login(editor.email, editor.password, desk)).status).toBe(200)
    await attack(editor.email, LOGIN_FAILURES_PER_ACCOUNT)
    const statuses: number[] = []
    for (let i = 0; i < LOGIN_FAILURES_PER_ADDRESS_AND_ACCOUNT + 1; i++) {
      statuses.push((await login(editor.email, `go-nham-${i}`, desk)).status)
    }
    expect(statuses).toEqual([...Array(LOGIN_FAILURES_PER_ADDRESS_AND_ACCOUNT).fill(401), 429])
  })

  it('holds under parallel guesses from many addresses', async () => {
    const editor = await makeUser(payload, 'editor')
    const statuses = await Promise.all(
      Array.from({ length: 3 * LOGIN_FAILURES_PER_ACCOUNT }, (_, i) =>
        login(editor.email, `song-song-${i}`, `198.51.100.${i + 1}`).then((r) => r.status),
      ),
    )
    expect(statuses.filter((s) => s === 401)).toHaveLength(LOGIN_FAILURES_PER_ACCOUNT)
    expect(statuses.filter((s) => s === 429)).toHaveLength(2 * LOGIN_FAILURES_PER_ACCOUNT)
  })

  it('the owner ends it at once with a password reset, and that address becomes known', async () => {
    const editor = await makeUser(payload, 'editor')
    await attack(editor.email, LOGIN_FAILURES_PER_ACCOUNT)
    const home = '192.0.2.10'
    expect((await login(editor.email, editor.password, home)).status).toBe(429)
    const token = await payload.forgotPassword({
      collection: 'users',
      data: { email: editor.email },
      disableEmail: true,
    })
    const newPassword = 'mat-khau-moi-sau-dot-tan-cong'
    const reset = await request(payload, 'POST', '/api/users/reset-password', {
      body: { token, password: newPassword },
      headers: fromPeer(home),
    })
    expect(reset.status).toBe(200)
    await attack(editor.email, LOGIN_FAILURES_PER_ACCOUNT + 1)
    expect((await login(editor.email, newPassword, home)).status).toBe(200)
  })
})

describe('a guesser on one address', () => {
  it('is stopped (429, Retry-After) after the per-address limit on one account; others still sign in', async () => {
    const editor = await makeUser(payload, 'editor')
    const stranger = '203.0.113.66'
    const statuses: number[] = []
    for (let i = 0; i < LOGIN_FAILURES_PER_ADDRESS_AND_ACCOUNT + 3; i++) {
      statuses.push((await login(editor.email, `doan-${i}-mat-khau`, stranger)).status)
    }
    expect(statuses).toEqual([
      ...Array(LOGIN_FAILURES_PER_ADDRESS_AND_ACCOUNT).fill(401),
      429,
      429,
      429,
    ])
    const blocked = await login(editor.email, editor.password, stranger)
    expect(blocked.status).toBe(429)
    retryAfter(blocked)
    expect(errorMessages(blocked.json).join(' ')).toMatch(
      /Đăng nhập sai quá nhiều lần từ địa chỉ này. Vui lòng thử lại sau \d+ phút/,
    )
    expect((await login(editor.email, editor.password, '192.0.2.44')).status).toBe(200)
  })

  it('does not get a fresh address by rotating X-Forwarded-For', async () => {
    const editor = await makeUser(payload, 'editor')
    const stranger = '203.0.113.67'
    const statuses: number[] = []
    for (let i = 0; i < LOGIN_FAILURES_PER_ADDRESS_AND_ACCOUNT + 2; i++) {
      const forged = { 'x-forwarded-for': `10.${i}.0.1`, 'x-real-ip': `10.${i}.0.2` }
      statuses.push((await login(editor.email, `xoay-${i}`, stranger, forged)).status)
    }
    expect(statuses.slice(-2)).toEqual([429, 429])
  })

  it('holds under parallel attempts', async () => {
    const editor = await makeUser(payload, 'editor')
    const statuses = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        login(editor.email, `song-song-${i}-sai`, '203.0.113.77').then((r) => r.status),
      ),
    )
    expect(statuses.filter((s) => s === 401)).toHaveLength(LOGIN_FAILURES_PER_ADDRESS_AND_ACCOUNT)
    expect(statuses.filter((s) => s === 429)).toHaveLength(
      30 - LOGIN_FAILURES_PER_ADDRESS_AND_ACCOUNT,
    )
  })

  it('is stopped spraying guesses over many accounts', async () => {
    const sprayer = '203.0.113.88'
    const statuses: number[] = []
    for (let i = 0; i <= LOGIN_FAILURES_PER_ADDRESS; i++) {
      statuses.push(
        (await login(`khong-ton-tai-${i}@hub.example`, 'mat-khau-doan', sprayer)).status,
      )
    }
    expect(statuses.slice(0, LOGIN_FAILURES_PER_ADDRESS).every((s) => s === 401)).toBe(true)
    expect(statuses.at(-1)).toBe(429)
  })

  it('successful sign-ins do not count against an address (a shared office connection)', async () => {
    const office = '192.0.2.200'
    const colleague = await makeUser(payload, 'contributor')
    for (let i = 0; i < LOGIN_FAILURES_PER_ACCOUNT + 3; i++) {
      expect((await login(colleague.email, colleague.password, office)).status).toBe(200)
    }
  })

  it('is limited in password-reset requests, told when to retry in their language', async () => {
    const statuses: number[] = []
    for (let i = 0; i <= RESET_REQUESTS_PER_ADDRESS; i++) {
      const res = await request(payload, 'POST', '/api/users/forgot-password', {
        body: { email: `ai-do-${i}@hub.example` },
        headers: fromPeer('203.0.113.99'),
      })
      statuses.push(res.status)
    }
    expect(statuses.slice(0, RESET_REQUESTS_PER_ADDRESS).every((s) => s === 200)).toBe(true)
    expect(statuses.at(-1)).toBe(429)
    const reset = await request(payload, 'POST', '/api/users/reset-password', {
      body: { token: 'doan-token', password: 'mot-mat-khau-du-dai' },
      headers: { ...fromPeer('203.0.113.99'), 'accept-language': 'en' },
    })
    expect(reset.status).toBe(429)
    retryAfter(reset)
    expect(errorMessages(reset.json).join(' ')).toMatch(
      /Too many password-reset requests from this address\. Try again in \d+ minutes/,
    )
  })
})

describe('session cookie and CSRF', () => {
  it('the session cookie is HttpOnly, Secure and SameSite', async () => {
    const user = await makeUser(payload, 'editor')
    const res = await login(user.email, user.password, '192.0.2.7')
    const cookie = res.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/payload-token=/)
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/Secure/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
  })

  it('a session cookie counts only from the CMS’s own origin', async () => {
    const user = await makeUser(payload, 'editor')
    const res = await login(user.email, user.password, '192.0.2.8')
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]
    const me = async (headers: Record<string, string>) =>
      (await request(payload, 'GET', '/api/users/me', { headers: { cookie, ...headers } })).json
        ?.user?.id
    expect(payload.config.csrf).toEqual(allowedOrigins())
    expect(await me({ origin: 'http://localhost:3000' })).toBe(user.user.id)
    expect(await me({ 'sec-fetch-site': 'same-origin' })).toBe(user.user.id)
    expect(await me({ origin: 'https://evil.example' })).toBeUndefined()
    expect(await me({ 'sec-fetch-site': 'cross-site' })).toBeUndefined()
    expect(await me({})).toBeUndefined()
  })
})
