/**
 * Signing in and asking for a password reset, as a guesser would. Requests carry the
 * X-Forwarded-For the CMS server writes (`forwardedHeaders`: with no proxy, the TCP peer's
 * address); each row uses addresses and accounts of its own per language, because the limits'
 * counters live for the whole run.
 */
import {
  LOGIN_FAILURES_PER_ACCOUNT,
  LOGIN_FAILURES_PER_ADDRESS,
  LOGIN_FAILURES_PER_ADDRESS_AND_ACCOUNT,
  RESET_REQUESTS_PER_ADDRESS,
} from '@cms/security/authThrottle'
import { forwardedHeaders } from '@cms/security/clientAddress'
import { request } from '../../helpers/rest'
import type { BadInputContext, BadRequest, CaseFile, Language } from './cases'

const PASSWORD = 'mat-khau-dung-cua-bien-tap-vien'

/** An address of its own for each row (`n`) and language. */
const peer = (n: number, language: Language) => `203.0.113.${n + (language === 'en' ? 100 : 0)}`

/** The headers the CMS server passes on for a client at `address` that sent `sent`. */
const from = (address: string, sent: Record<string, string> = {}) =>
  forwardedHeaders(sent, address, 0) as Record<string, string>

const login = (email: unknown, password: unknown, headers: Record<string, string>): BadRequest => ({
  method: 'POST',
  path: '/api/users/login',
  body: { email, password },
  headers,
})

/** Sends wrong passwords until the limit refuses them (so running it again changes nothing). */
async function failUntilRefused(
  { payload }: BadInputContext,
  attempts: number,
  attempt: (i: number) => BadRequest,
) {
  for (let i = 0; i < attempts; i++) {
    const sent = attempt(i)
    const { status } = await request(payload, sent.method, sent.path, {
      body: sent.body,
      headers: sent.headers,
    })
    if (status === 429) return
    if (status !== 401) throw new Error(`preparing the row: expected 401, got ${status}`)
  }
}

/** The accounts under attack from many addresses, one per language. */
const target = (ctx: BadInputContext, language: Language) =>
  String(ctx.fixtures[`target-${language}`])
const attackFromManyAddresses = (ctx: BadInputContext, language: Language) =>
  failUntilRefused(ctx, LOGIN_FAILURES_PER_ACCOUNT + 1, (i) =>
    login(target(ctx, language), `doan-mo-${i}`, from(`198.51.100.${i + 1}`)),
  )

const wrongCredentials = {
  vi: /Email hoặc mật khẩu không chính xác/,
  en: /The email or password provided is incorrect/,
}
const tooManyFromAddress = {
  vi: /Đăng nhập sai quá nhiều lần từ địa chỉ này\. Vui lòng thử lại sau \d+ phút/,
  en: /Too many failed sign-ins from this address\. Try again in \d+ minutes/,
}
const accountOnlyFromUsualPlaces = {
  vi: /chỉ nhận đăng nhập từ nơi bạn thường dùng\. Vui lòng thử lại sau \d+ phút/,
  en: /accepts sign-ins only from places you usually use\. Try again in \d+ minutes/,
}

export const { cases, setup }: CaseFile = {
  setup: async ({ payload }) => {
    const fixtures: Record<string, string> = {}
    for (const language of ['vi', 'en'] as const) {
      const email = `bi-tan-cong-${language}@hub.example`
      await payload.create({
        collection: 'users',
        data: { email, password: PASSWORD, name: `Bị tấn công (${language})`, role: 'editor' },
      })
      fixtures[`target-${language}`] = email
    }
    return fixtures
  },
  cases: [
    {
      name: 'a wrong password',
      as: 'anonymous',
      send: (ctx, language) =>
        login(ctx.account('editor').email, 'khong-phai-mat-khau', from(peer(1, language))),
      status: 401,
      says: wrongCredentials,
    },
    {
      name: 'an e-mail no account has (answered like a wrong password)',
      as: 'anonymous',
      send: (_, language) =>
        login('khong-co-ai@hub.example', 'mot-mat-khau-nao-do', from(peer(2, language))),
      status: 401,
      says: wrongCredentials,
    },
    {
      name: 'something that is not an e-mail address',
      as: 'anonymous',
      send: (_, language) =>
        login('khong-phai-email', 'mot-mat-khau-nao-do', from(peer(3, language))),
      status: 401,
      says: wrongCredentials,
    },
    {
      name: 'no password',
      as: 'anonymous',
      send: (ctx, language) => login(ctx.account('editor').email, '', from(peer(4, language))),
      status: 400,
      field: 'password',
      says: { vi: /bắt buộc/, en: /required/i },
    },
    {
      name: 'no e-mail',
      as: 'anonymous',
      send: (_, language) => login(undefined, 'mot-mat-khau-nao-do', from(peer(5, language))),
      status: 400,
      field: 'email',
      says: { vi: /bắt buộc/, en: /required/i },
    },
    {
      name: 'one more guess after the per-address limit on an account',
      as: 'anonymous',
      before: (ctx, language) =>
        failUntilRefused(ctx, LOGIN_FAILURES_PER_ADDRESS_AND_ACCOUNT + 1, (i) =>
          login(ctx.account('contributor').email, `doan-${i}`, from(peer(6, language))),
        ),
      send: (ctx, language) =>
        login(ctx.account('contributor').email, 'doan-them-lan-nua', from(peer(6, language))),
      status: 429,
      retryAfter: true,
      says: tooManyFromAddress,
    },
    {
      name: 'the limit reached, a fresh X-Forwarded-For and X-Real-IP on every attempt',
      as: 'anonymous',
      before: (ctx, language) =>
        failUntilRefused(ctx, LOGIN_FAILURES_PER_ADDRESS_AND_ACCOUNT + 1, (i) =>
          login(
            ctx.account('chief').email,
            `xoay-${i}`,
            from(peer(7, language), {
              'x-forwarded-for': `10.0.${i}.1`,
              'x-real-ip': `10.1.${i}.1`,
            }),
          ),
        ),
      send: (ctx, language) =>
        login(
          ctx.account('chief').email,
          'xoay-them-lan-nua',
          from(peer(7, language), { 'x-forwarded-for': '10.99.99.99', 'x-real-ip': '10.98.98.98' }),
        ),
      status: 429,
      retryAfter: true,
      says: tooManyFromAddress,
    },
    {
      name: 'guesses sprayed over many accounts from one address, past its limit',
      as: 'anonymous',
      before: (ctx, language) =>
        failUntilRefused(ctx, LOGIN_FAILURES_PER_ADDRESS + 1, (i) =>
          login(`rai-${i}@hub.example`, 'mat-khau-pho-bien', from(peer(8, language))),
        ),
      send: (_, language) =>
        login('rai-them@hub.example', 'mat-khau-pho-bien', from(peer(8, language))),
      status: 429,
      retryAfter: true,
      says: tooManyFromAddress,
    },
    {
      name: 'a guess from yet another address once many addresses used up the account’s ceiling',
      as: 'anonymous',
      before: attackFromManyAddresses,
      send: (ctx, language) => login(target(ctx, language), 'doan-tiep', from(peer(9, language))),
      status: 429,
      retryAfter: true,
      says: accountOnlyFromUsualPlaces,
    },
    {
      name: 'the right password from an unfamiliar address while the account is under attack',
      as: 'anonymous',
      before: attackFromManyAddresses,
      send: (ctx, language) => login(target(ctx, language), PASSWORD, from(peer(10, language))),
      status: 429,
      retryAfter: true,
      says: accountOnlyFromUsualPlaces,
    },
    {
      name: 'one password-reset request too many from one address',
      as: 'anonymous',
      before: async ({ payload }, language) => {
        for (let i = 0; i < RESET_REQUESTS_PER_ADDRESS; i++) {
          await request(payload, 'POST', '/api/users/forgot-password', {
            body: { email: `quen-${i}@hub.example` },
            headers: from(peer(11, language)),
          })
        }
      },
      send: (_, language) => ({
        method: 'POST',
        path: '/api/users/forgot-password',
        body: { email: 'quen-them@hub.example' },
        headers: from(peer(11, language)),
      }),
      status: 429,
      retryAfter: true,
      says: {
        vi: /Quá nhiều yêu cầu đặt lại mật khẩu từ địa chỉ này\. Vui lòng thử lại sau \d+ phút/,
        en: /Too many password-reset requests from this address\. Try again in \d+ minutes/,
      },
    },
  ],
}
