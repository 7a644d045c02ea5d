import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * The hidden "issued at" field of the public forms: `<unix ms>.<HMAC-SHA256, base64url>` over
 * `form:v1:<ms>` with FORM_SECRET. The form pages are prerendered, so the live site server
 * writes a fresh token into each form page it serves (in place of FORM_TOKEN_PLACEHOLDER), and
 * the form route writes one into every form it renders again. A submission sooner than
 * FORM_MIN_FILL_MS after the page was served is a script, not a person; one older than
 * FORM_TOKEN_TTL_MS is answered with the form again (input kept, new token).
 */
export const FORM_TOKEN_PLACEHOLDER = '__FORM_ISSUED_AT__'
export const FORM_MIN_FILL_MS = 3_000
export const FORM_TOKEN_TTL_MS = 24 * 60 * 60_000

export type FormTokenCheck =
  { valid: true } | { valid: false; reason: 'malformed' | 'forged' | 'too-fast' | 'expired' }

function requireFormSecret(secret: string | undefined): string {
  if (!secret || secret.length < 32) {
    throw new Error('FORM_SECRET is missing or shorter than 32 characters.')
  }
  return secret
}

const sign = (secret: string, issuedAt: number) =>
  createHmac('sha256', secret).update(`form:v1:${issuedAt}`).digest('base64url')

/**
 * @example
 * createFormToken({ secret: process.env.FORM_SECRET }) // '1764339000123.Xq3…'
 */
export function createFormToken({
  secret,
  now = new Date(),
}: {
  secret: string | undefined
  now?: Date
}): string {
  const issuedAt = now.getTime()
  return `${issuedAt}.${sign(requireFormSecret(secret), issuedAt)}`
}

/**
 * @example
 * verifyFormToken({ token, secret }) // { valid: false, reason: 'too-fast' } within 3 s
 */
export function verifyFormToken({
  token,
  secret,
  now = new Date(),
}: {
  token: string | null | undefined
  secret: string | undefined
  now?: Date
}): FormTokenCheck {
  const key = requireFormSecret(secret)
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(token ?? '')
  if (!match) return { valid: false, reason: 'malformed' }
  const issuedAt = Number(match[1])
  const expected = Buffer.from(sign(key, issuedAt))
  const given = Buffer.from(match[2]!)
  if (!timingSafeEqual(expected, given)) return { valid: false, reason: 'forged' }
  const age = now.getTime() - issuedAt
  if (age < FORM_MIN_FILL_MS) return { valid: false, reason: 'too-fast' }
  if (age > FORM_TOKEN_TTL_MS) return { valid: false, reason: 'expired' }
  return { valid: true }
}
