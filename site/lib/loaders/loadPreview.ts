import type { Payload } from 'payload'

import { isContentCollection } from '@collections/vocabulary/contentTypes'
import { verifyPreviewToken } from '@collections/preview/token'

export type PreviewResult =
  | { ok: true; doc: Record<string, unknown>; expiresAt: Date }
  | {
      ok: false
      reason: 'unknown-collection' | 'malformed' | 'expired' | 'bad-signature' | 'not-found'
    }

/**
 * What the public site's preview route (`/xem-truoc/<collection>/<id>?token=…`) renders: the
 * latest draft of one item, only when the token was signed for exactly that item and has not
 * expired. The token is the permission (the site has no user session), so the item is read
 * with access overridden — but nothing is read at all until the token verifies.
 *
 * @example
 * const preview = await loadPreviewDocument({ payload, collection, id, token, secret })
 * if (!preview.ok) return new Response('Liên kết xem trước không hợp lệ hoặc đã hết hạn.', { status: 403 })
 */
export async function loadPreviewDocument({
  payload,
  collection,
  id,
  token,
  secret,
  locale = 'vi',
  now,
}: {
  payload: Payload
  collection: string
  id: string | number
  token: string | null | undefined
  secret: string | undefined
  locale?: 'vi' | 'en'
  now?: Date
}): Promise<PreviewResult> {
  if (!isContentCollection(collection)) return { ok: false, reason: 'unknown-collection' }
  const check = verifyPreviewToken({ token, collection, id, secret, now })
  if (!check.valid) return { ok: false, reason: check.reason }
  const doc = await payload.findByID({
    collection,
    id,
    draft: true,
    depth: 2,
    locale,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!doc) return { ok: false, reason: 'not-found' }
  return { ok: true, doc: doc as unknown as Record<string, unknown>, expiresAt: check.expiresAt }
}
