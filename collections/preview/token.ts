import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * Signed, short-lived draft-preview tokens: the admin's "Xem trước" link carries one, and the
 * public site's preview route renders an unpublished item only when it verifies. Pure functions
 * of their arguments (the secret is passed in), so the site and the CMS share them.
 *
 * Format: `<expiry, unix seconds>.<HMAC-SHA256, base64url>`, the HMAC taken over
 * `preview:v1:<collection>:<id>:<expiry>` with PREVIEW_SECRET. The item is named by the URL
 * (`/xem-truoc/<collection>/<id>`), so a token for one item opens no other.
 */

/** How long a preview link works: long enough to open and share with a colleague, no longer. */
export const PREVIEW_TOKEN_TTL_SECONDS = 30 * 60

const MIN_SECRET_LENGTH = 32

export type PreviewTarget = { collection: string; id: string | number }

export type PreviewTokenCheck =
  | { valid: true; expiresAt: Date }
  | { valid: false; reason: 'malformed' | 'expired' | 'bad-signature' }

const sign = (secret: string, target: PreviewTarget, expiry: number) =>
  createHmac('sha256', secret)
    .update(`preview:v1:${target.collection}:${String(target.id)}:${expiry}`)
    .digest()

function requireSecret(secret: string | undefined): string {
  if (!secret || secret.length < MIN_SECRET_LENGTH) {
    throw new Error(`PREVIEW_SECRET is missing or shorter than ${MIN_SECRET_LENGTH} characters.`)
  }
  return secret
}

/**
 * Makes a token that opens the preview of one item until `now + ttlSeconds`.
 *
 * @example
 * createPreviewToken({ collection: 'articles', id: 42, secret: process.env.PREVIEW_SECRET })
 * // '1764339000.Xq3…'
 */
export function createPreviewToken({
  collection,
  id,
  secret,
  now = new Date(),
  ttlSeconds = PREVIEW_TOKEN_TTL_SECONDS,
}: PreviewTarget & { secret: string | undefined; now?: Date; ttlSeconds?: number }): string {
  const expiry = Math.floor(now.getTime() / 1000) + Math.max(1, Math.floor(ttlSeconds))
  const signature = sign(requireSecret(secret), { collection, id }, expiry)
  return `${expiry}.${signature.toString('base64url')}`
}

/**
 * Checks a token against the item it is presented for. The signature is compared in constant
 * time; a token for another item, another collection, a changed expiry or another secret fails
 * as `bad-signature`.
 *
 * @example
 * verifyPreviewToken({ token, collection: 'articles', id: '42', secret }) // { valid: true, … }
 */
export function verifyPreviewToken({
  token,
  collection,
  id,
  secret,
  now = new Date(),
}: PreviewTarget & {
  token: string | null | undefined
  secret: string | undefined
  now?: Date
}): PreviewTokenCheck {
  const key = requireSecret(secret)
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token ?? '')
  if (!match) return { valid: false, reason: 'malformed' }
  const expiry = Number(match[1])
  // Compared as text, not as decoded bytes: the last of 43 base64url characters carries four
  // unused bits, so several spellings decode to the same signature, and a changed character
  // must not pass.
  const given = Buffer.from(match[2])
  const expected = Buffer.from(sign(key, { collection, id }, expiry).toString('base64url'))
  if (!timingSafeEqual(given, expected)) {
    return { valid: false, reason: 'bad-signature' }
  }
  if (expiry * 1000 <= now.getTime()) return { valid: false, reason: 'expired' }
  return { valid: true, expiresAt: new Date(expiry * 1000) }
}
