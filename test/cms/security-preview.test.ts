/**
 * Draft preview: signed, short-lived tokens bound to one item; the admin's "Xem trước" link;
 * the loader the public site's preview route uses; and no token or draft ever in the public API.
 */
import { randomBytes } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loadPreviewDocument } from '@site/lib/loaders/loadPreview'
import {
  createPreviewToken,
  PREVIEW_TOKEN_TTL_SECONDS,
  verifyPreviewToken,
} from '@collections/preview/token'
import { buildPreviewURL } from '@collections/preview/url'
import { makeOutlet, makeUser } from '../helpers/factories'
import { startTestHub, type TestHub } from '../helpers/payload'
import { request } from '../helpers/rest'

const secret = 'a'.repeat(16) + randomBytes(24).toString('hex')
const now = new Date('2026-11-28T08:00:00Z')
const later = (seconds: number) => new Date(now.getTime() + seconds * 1000)
const token = createPreviewToken({ collection: 'articles', id: 42, secret, now })

describe('verifyPreviewToken', () => {
  const [expiry, signature] = token.split('.')
  const flipped = `${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`
  // The 43rd character holds 2 bits of the signature and 4 unused bits: flipping an unused bit
  // spells the same bytes differently (the e2e journey once saw such a token accepted).
  const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
  const sameBytes = `${signature.slice(0, -1)}${BASE64URL[BASE64URL.indexOf(signature.at(-1)!) ^ 1]}`
  it.each([
    ['the token made for this item', { token }, { valid: true }],
    ['the same id given as a string', { token, id: '42' }, { valid: true }],
    [
      'just before it expires',
      { token, now: later(PREVIEW_TOKEN_TTL_SECONDS - 1) },
      { valid: true },
    ],
    [
      'once it has expired',
      { token, now: later(PREVIEW_TOKEN_TTL_SECONDS) },
      { reason: 'expired' },
    ],
    ['for another item', { token, id: 43 }, { reason: 'bad-signature' }],
    [
      'for the same id in another collection',
      { token, collection: 'events' },
      { reason: 'bad-signature' },
    ],
    [
      'with a later expiry written in',
      { token: `${Number(expiry) + 86400}.${signature}` },
      { reason: 'bad-signature' },
    ],
    ['with a changed signature', { token: `${expiry}.${flipped}` }, { reason: 'bad-signature' }],
    [
      'with the signature spelled another way',
      { token: `${expiry}.${sameBytes}` },
      { reason: 'bad-signature' },
    ],
    [
      'signed with another secret',
      {
        token: createPreviewToken({
          collection: 'articles',
          id: 42,
          secret: secret.replace('a', 'b'),
          now,
        }),
      },
      { reason: 'bad-signature' },
    ],
    [
      'forged from scratch',
      { token: `${expiry}.${randomBytes(32).toString('base64url')}` },
      { reason: 'bad-signature' },
    ],
    ['empty', { token: '' }, { reason: 'malformed' }],
    ['missing', { token: undefined }, { reason: 'malformed' }],
    ['without a signature', { token: `${expiry}.` }, { reason: 'malformed' }],
    [
      'with a short signature',
      { token: `${expiry}.${signature.slice(0, 20)}` },
      { reason: 'malformed' },
    ],
    ['with junk around it', { token: ` ${token}?x=1` }, { reason: 'malformed' }],
  ] as const)('%s', (_, overrides, expected) => {
    const result = verifyPreviewToken({
      collection: 'articles',
      id: 42,
      secret,
      now,
      ...(overrides as object),
    } as Parameters<typeof verifyPreviewToken>[0])
    expect(result).toMatchObject(expected)
  })

  it('refuses to work without a proper secret', () => {
    expect(() => createPreviewToken({ collection: 'articles', id: 1, secret: undefined })).toThrow(
      /PREVIEW_SECRET/,
    )
    expect(() =>
      verifyPreviewToken({ token, collection: 'articles', id: 42, secret: 'ngắn' }),
    ).toThrow(/PREVIEW_SECRET/)
  })

  it('lives for a short while only', () => {
    expect(PREVIEW_TOKEN_TTL_SECONDS).toBeLessThanOrEqual(60 * 60)
    const valid = verifyPreviewToken({ token, collection: 'articles', id: 42, secret, now })
    expect(valid.valid && valid.expiresAt.getTime()).toBe(
      later(PREVIEW_TOKEN_TTL_SECONDS).getTime(),
    )
  })
})

describe('buildPreviewURL', () => {
  it('points at the site’s on-demand preview route with a token for that item', () => {
    const url = new URL(
      buildPreviewURL({
        collection: 'policy-notices',
        id: 7,
        secret,
        base: 'https://haiphong.example/',
        now,
      }),
    )
    expect(`${url.origin}${url.pathname}`).toBe(
      'https://haiphong.example/xem-truoc/policy-notices/7/',
    )
    expect(url.searchParams.has('locale')).toBe(false)
    const check = verifyPreviewToken({
      token: url.searchParams.get('token'),
      collection: 'policy-notices',
      id: '7',
      secret,
      now,
    })
    expect(check.valid).toBe(true)
    const english = new URL(
      buildPreviewURL({ collection: 'articles', id: 7, secret, locale: 'en', now }),
    )
    expect(english.searchParams.get('locale')).toBe('en')
  })
})

describe('in the CMS', () => {
  let hub: TestHub
  let payload: Payload
  let draftId: number
  let publishedId: number
  let editorToken: string

  beforeAll(async () => {
    hub = await startTestHub()
    payload = hub.payload
    await makeUser(payload, 'admin')
    const outlet = (await makeOutlet(payload)).id
    editorToken = (await makeUser(payload, 'editor', { outlet })).token
    draftId = (
      await payload.create({
        collection: 'articles',
        data: { title: 'Bản nháp chưa duyệt', outlet },
        draft: true,
      })
    ).id
    publishedId = (
      await payload.create({
        collection: 'articles',
        data: { title: 'Bài đã đăng', outlet, _status: 'published' },
      })
    ).id
    await payload.update({
      collection: 'articles',
      id: publishedId,
      data: { title: 'Bản sửa chưa đăng' },
      draft: true,
    })
  })
  afterAll(async () => {
    await hub?.cleanup()
  })

  it('the "Xem trước" button of each content collection opens that item on the site', async () => {
    process.env.SITE_URL = 'http://localhost:4321'
    for (const collection of ['articles', 'features', 'policy-notices', 'events'] as const) {
      const preview = payload.collections[collection].config.admin.preview
      expect(preview, collection).toBeTypeOf('function')
      const url = new URL(
        (await preview!(
          { id: 5 },
          { locale: 'vi', req: {} as PayloadRequest, token: null },
        )) as string,
      )
      expect(url.pathname).toBe(`/xem-truoc/${collection}/5/`)
      const check = verifyPreviewToken({
        token: url.searchParams.get('token'),
        collection,
        id: 5,
        secret: process.env.PREVIEW_SECRET,
      })
      expect(check.valid).toBe(true)
    }
    expect(payload.config.i18n.translations).toMatchObject({
      vi: { general: { preview: 'Xem trước' } },
    })
  })

  it('the site’s loader serves a draft with a valid token and nothing without one', async () => {
    const secret = process.env.PREVIEW_SECRET
    /** What the preview route gets for `id` of `collection` with the token made for `signed`. */
    const load = (
      id: number,
      signed: { collection?: string; id: number; now?: Date } | null,
      collection = 'articles',
    ) =>
      loadPreviewDocument({
        payload,
        collection,
        id,
        token: signed && createPreviewToken({ collection, ...signed, secret }),
        secret,
      })

    const ok = await load(draftId, { id: draftId })
    expect(ok.ok && ok.doc.title).toBe('Bản nháp chưa duyệt')
    const latest = await load(publishedId, { id: publishedId })
    expect(latest.ok && latest.doc.title).toBe('Bản sửa chưa đăng')

    const refused = [
      await load(draftId, null),
      await load(draftId, { id: publishedId }),
      await load(draftId, { id: draftId, now: new Date(Date.now() - 3600_000) }),
      await load(1, { id: 1 }, 'users'),
    ]
    expect(refused.map((r) => (r.ok ? 'served' : r.reason))).toEqual([
      'malformed',
      'bad-signature',
      'expired',
      'unknown-collection',
    ])
  })

  it('no API response carries a preview link or token', async () => {
    for (const [path, token] of [
      [`/api/articles/${publishedId}`, undefined],
      [`/api/articles/${draftId}?draft=true`, editorToken],
      ['/api/articles?draft=true', editorToken],
    ] as const) {
      const res = await request(payload, 'GET', path, { token })
      expect(JSON.stringify(res.json)).not.toMatch(/xem-truoc|token=/)
    }
    expect((await request(payload, 'GET', `/api/articles/${draftId}/preview`)).status).not.toBe(200)
  })
})
