/**
 * Signing in: Payload's account lockout (also under parallel attempts), the per-address limits
 * that keep a stranger below it, password-reset limits, cookie flags and the CSRF allow-list.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import {
  LOGIN_FAILURES_PER_ACCOUNT,
  LOGIN_FAILURES_PER_ADDRESS,
  RESET_REQUESTS_PER_ADDRESS,
  resetAuthThrottle,
} from '@cms/security/authThrottle'
import { allowedOrigins } from '@cms/security/origins'
import { makeUser } from '../helpers/factories'
import { startTestHub, type TestHub } from '../helpers/payload'
import { errorMessages, request } from '../helpers/rest'

let hub: TestHub
let payload: Payload
type Account = Awaited<ReturnType<typeof makeUser>>

beforeAll(async () => {
  hub = await startTestHub()
  payload = hub.payload
  await makeUser(payload, 'admin')
})
afterAll(async () => {
  await hub?.cleanup()
})
beforeEach(() => resetAuthThrottle())

const maxAttempts = () => payload.collections.users.config.auth.maxLoginAttempts
const login = (email: string, password: string, from: string) =>
  request(payload, 'POST', '/api/users/login', {
    body: { email, password },
    headers: { 'x-forwarded-for': from },
  })
const lockState = async (account: Account) => {
  const user = await payload.db.findOne({
    collection: 'users',
    where: { id: { equals: account.user.id } },
  })
  const { loginAttempts, lockUntil } = user as { loginAttempts?: number; lockUntil?: string }
  return {
    attempts: loginAttempts ?? 0,
    locked: Boolean(lockUntil && Date.parse(lockUntil) > Date.now()),
  }
}

describe('Payload’s account lockout', () => {
  it('locks an account after the maximum number of failures; then even the right password fails', async () => {
    const victim = await makeUser(payload, 'editor')
    for (let i = 0; i < maxAttempts(); i++) {
      await expect(
        payload.login({
          collection: 'users',
          data: { email: victim.email, password: 'sai-mat-khau-roi' },
        }),
      ).rejects.toThrow()
    }
    expect((await lockState(victim)).locked).toBe(true)
    await expect(
      payload.login({
        collection: 'users',
        data: { email: victim.email, password: victim.password },
      }),
    ).rejects.toThrow(/bị khóa/)
  })

  it('locks it under many parallel attempts too, and no parallel guess gets a session', async () => {
    const victim = await makeUser(payload, 'contributor')
    const guesses = Array.from({ length: 3 * maxAttempts() }, (_, i) =>
      i === 2 * maxAttempts() ? victim.password : `doan-mo-mat-khau-${i}`,
    )
    const results = await Promise.all(
      guesses.map((password, i) => login(victim.email, password, `198.51.100.${i + 1}`)),
    )
    // If the right guess happened to finish before the lock, its session dies with the lock.
    for (const res of results.filter((r) => r.status === 200)) {
      const me = await request(payload, 'GET', '/api/users/me', { token: res.json.token })
      expect(me.json?.user ?? null).toBeNull()
    }
    const state = await lockState(victim)
    expect(state.locked).toBe(true)
    expect(state.attempts).toBeGreaterThanOrEqual(maxAttempts())
    const after = await login(victim.email, victim.password, '198.51.100.250')
    expect(after.status).toBe(401)
    expect(errorMessages(after.json).join(' ')).toMatch(/bị khóa/)
  })

  it('the owner ends a lock at once by resetting the password', async () => {
    const victim = await makeUser(payload, 'editor')
    for (let i = 0; i < maxAttempts(); i++) {
      await payload
        .login({ collection: 'users', data: { email: victim.email, password: 'sai-mat-khau' } })
        .catch(() => {})
    }
    expect((await lockState(victim)).locked).toBe(true)
    const token = await payload.forgotPassword({
      collection: 'users',
      data: { email: victim.email },
      disableEmail: true,
    })
    const newPassword = 'mat-khau-moi-sau-khi-bi-khoa'
    const reset = await request(payload, 'POST', '/api/users/reset-password', {
      body: { token, password: newPassword },
      headers: { 'x-forwarded-for': '192.0.2.10' },
    })
    expect(reset.status).toBe(200)
    expect((await login(victim.email, newPassword, '192.0.2.10')).status).toBe(200)
  })
})

describe('per-address limits', () => {
  it('one address gets fewer guesses at an account than it takes to lock it', () => {
    expect(LOGIN_FAILURES_PER_ACCOUNT).toBeLessThan(maxAttempts())
  })

  it('a stranger guessing from one address is stopped (429) and cannot lock the editor out', async () => {
    const editor = await makeUser(payload, 'editor')
    const stranger = '203.0.113.66'
    const statuses: number[] = []
    for (let i = 0; i < LOGIN_FAILURES_PER_ACCOUNT + 3; i++) {
      statuses.push((await login(editor.email, `doan-${i}-mat-khau`, stranger)).status)
    }
    expect(statuses.slice(0, LOGIN_FAILURES_PER_ACCOUNT)).toEqual(
      Array(LOGIN_FAILURES_PER_ACCOUNT).fill(401),
    )
    expect(statuses.slice(LOGIN_FAILURES_PER_ACCOUNT)).toEqual([429, 429, 429])
    const blocked = await login(editor.email, editor.password, stranger)
    expect(blocked.status).toBe(429)
    expect(errorMessages(blocked.json).join(' ')).toMatch(
      /Đăng nhập sai quá nhiều lần từ địa chỉ này. Vui lòng thử lại sau \d+ phút/,
    )
    expect((await lockState(editor)).locked).toBe(false)
    expect((await login(editor.email, editor.password, '192.0.2.44')).status).toBe(200)
  })

  it('holds under parallel attempts from one address', async () => {
    const editor = await makeUser(payload, 'editor')
    const statuses = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        login(editor.email, `song-song-${i}-sai`, '203.0.113.77').then((r) => r.status),
      ),
    )
    expect(statuses.filter((s) => s === 401)).toHaveLength(LOGIN_FAILURES_PER_ACCOUNT)
    expect(statuses.filter((s) => s === 429)).toHaveLength(30 - LOGIN_FAILURES_PER_ACCOUNT)
    const state = await lockState(editor)
    expect(state.locked).toBe(false)
    expect(state.attempts).toBe(LOGIN_FAILURES_PER_ACCOUNT)
  })

  it('stops one address spraying guesses over many accounts', async () => {
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

  it('limits password-reset requests per address', async () => {
    const statuses: number[] = []
    for (let i = 0; i <= RESET_REQUESTS_PER_ADDRESS; i++) {
      const res = await request(payload, 'POST', '/api/users/forgot-password', {
        body: { email: `ai-do-${i}@hub.example` },
        headers: { 'x-forwarded-for': '203.0.113.99' },
      })
      statuses.push(res.status)
    }
    expect(statuses.slice(0, RESET_REQUESTS_PER_ADDRESS).every((s) => s === 200)).toBe(true)
    expect(statuses.at(-1)).toBe(429)
    const reset = await request(payload, 'POST', '/api/users/reset-password', {
      body: { token: 'doan-token', password: 'mot-mat-khau-du-dai' },
      headers: { 'x-forwarded-for': '203.0.113.99' },
    })
    expect(reset.status).toBe(429)
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
