/**
 * The draft preview route (`/xem-truoc/<collection>/<id>?token=…`) on the real built site: the
 * standalone server renders a draft for a valid token only, and the static pages never show it.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import net from 'node:net'
import path from 'node:path'

import { parse } from 'node-html-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createPreviewToken } from '@collections/preview/token'
import { buildPreviewURL } from '@collections/preview/url'
import { testSite, type TestSite } from '../helpers/demoSite'
import { startTestHub, type TestHub } from '../helpers/payload'
import { DRAFT_TITLE, LIVE_DRAFT_TITLE, LIVE_TITLE } from '../helpers/testContent'
import { listPages, readPage, resolveSitePath } from '../helpers/site'

const CMS_URL = 'http://cms.test'

let hub: TestHub
let site: TestSite
let server: ChildProcess | undefined
let base: string
let draft: { id: number; slug: string }
let otherDraftId: number
let liveId: number

const secret = () => process.env.PREVIEW_SECRET!
const previewPath = (id: number, query = '') => `/xem-truoc/articles/${id}/${query}`
const get = (sitePath: string) => fetch(`${base}${sitePath}`, { redirect: 'manual' })

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.on('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

/** The built standalone server, as `npm start` runs it, with the test's database and secrets. */
async function startBuiltServer(outDir: string): Promise<void> {
  const port = await freePort()
  base = `http://127.0.0.1:${port}`
  server = spawn(process.execPath, [path.join(outDir, 'server/entry.mjs')], {
    env: { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), CMS_URL },
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  for (let tries = 0; tries < 100; tries++) {
    if (server.exitCode !== null) throw new Error(`The site server exited (${server.exitCode}).`)
    const ok = await fetch(`${base}/`)
      .then((res) => res.ok)
      .catch(() => false)
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error('The site server did not start.')
}

beforeAll(async () => {
  site = await testSite()
  ;({ draft, liveId, otherDraftId } = site.content)
  // The server reads drafts from a copy of the test site's database, as it would the CMS's.
  hub = await startTestHub({ from: site })
  await startBuiltServer(site.outDir)
}, 300_000)

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve))
    server.kill('SIGTERM')
    await exited
  }
  await hub?.cleanup()
})

describe('with a valid token', () => {
  it('takes the admin’s “Xem trước” link straight to the page (the site’s URLs end in a slash)', async () => {
    const url = new URL(
      buildPreviewURL({ collection: 'articles', id: draft.id, secret: secret(), base }),
    )
    expect(url.pathname.endsWith('/')).toBe(true)
    const res = await get(`${url.pathname}${url.search}`)
    expect(res.status).toBe(200)
    expect(await res.text()).toContain(DRAFT_TITLE)
  })

  it('renders the draft with the public page’s view, a banner, and no caching or indexing', async () => {
    const token = createPreviewToken({ collection: 'articles', id: draft.id, secret: secret() })
    const res = await get(previewPath(draft.id, `?token=${token}`))
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(res.headers.get('referrer-policy')).toBe('no-referrer')
    expect(res.headers.get('x-robots-tag')).toMatch(/noindex/)
    const root = parse(await res.text())
    expect(root.querySelector('article.story h1')!.text).toBe(DRAFT_TITLE)
    expect(root.querySelector('.story .sapo')!.text).toContain('Tin chưa duyệt')
    expect(root.querySelector('main')!.text).toContain('Đoạn nội dung riêng của bản nháp.')
    expect(root.querySelector('.preview-banner')!.text).toContain('BẢN XEM TRƯỚC — chưa xuất bản')
    expect(root.querySelector('meta[name="robots"]')!.getAttribute('content')).toBe(
      'noindex,nofollow',
    )
    expect(root.querySelector('link[rel="canonical"]')).toBeNull()
    // The draft's cover is in no build: its image loads from the CMS.
    const img = root.querySelector('article.story figure img')!
    expect(img.getAttribute('src')).toMatch(/^http:\/\/cms\.test\/api\/media\/file\/.+/)
    for (const candidate of img.getAttribute('srcset')!.split(', ')) {
      expect(candidate).toMatch(/^http:\/\/cms\.test\/api\/media\/file\/\S+ \d+w$/)
    }
  })

  it('shows the latest draft of a live article, while its public page keeps the published text', async () => {
    const token = createPreviewToken({ collection: 'articles', id: liveId, secret: secret() })
    const res = await get(previewPath(liveId, `?token=${token}`))
    expect(res.status).toBe(200)
    expect(parse(await res.text()).querySelector('h1')!.text).toBe(LIVE_DRAFT_TITLE)
    const live = await hub.payload.findByID({ collection: 'articles', id: liveId, depth: 0 })
    const publicPage = await get(`/tin-tuc/${live.slug}/`)
    expect(publicPage.status).toBe(200)
    expect(parse(await publicPage.text()).querySelector('h1')!.text).toBe(LIVE_TITLE)
  })
})

describe('without a valid token nothing unpublished is served', () => {
  const expectRefused = async (sitePath: string, status: number) => {
    const res = await get(sitePath)
    expect(res.status).toBe(status)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const html = await res.text()
    expect(html).not.toContain(DRAFT_TITLE)
    expect(html).not.toContain('Đoạn nội dung riêng')
    return html
  }

  it.each([
    [
      'an expired token',
      () =>
        createPreviewToken({
          collection: 'articles',
          id: draft.id,
          secret: secret(),
          now: new Date(Date.now() - 60 * 60 * 1000),
        }),
    ],
    [
      'a forged token',
      () => `${Math.floor(Date.now() / 1000) + 600}.${randomBytes(32).toString('base64url')}`,
    ],
    [
      'a token signed with another secret',
      () => createPreviewToken({ collection: 'articles', id: draft.id, secret: 'b'.repeat(64) }),
    ],
    [
      'a token for another document',
      () => createPreviewToken({ collection: 'articles', id: otherDraftId, secret: secret() }),
    ],
    [
      'a token for the same id in another collection',
      () => createPreviewToken({ collection: 'events', id: draft.id, secret: secret() }),
    ],
  ])('refuses %s (403)', async (_, makeToken) => {
    const html = await expectRefused(previewPath(draft.id, `?token=${makeToken()}`), 403)
    expect(html).toContain('Liên kết xem trước không hợp lệ hoặc đã hết hạn.')
  })

  it('refuses a request without a token (403)', async () => {
    await expectRefused(previewPath(draft.id), 403)
    await expectRefused(previewPath(draft.id, '?token='), 403)
  })

  it('answers 404 for a collection that has no pages', async () => {
    const token = createPreviewToken({ collection: 'users', id: 1, secret: secret() })
    await expectRefused(`/xem-truoc/users/1/?token=${token}`, 404)
  })

  it('gives the draft no public page and mentions it on no static page', async () => {
    expect((await get(`/tin-tuc/${draft.slug}/`)).status).toBe(404)
    expect((await get(`/en/tin-tuc/${draft.slug}/`)).status).toBe(404)
    expect(await resolveSitePath(site.clientDir, `/tin-tuc/${draft.slug}/`)).toBeNull()
    const pages = await listPages(site.clientDir)
    expect(pages).toContain('/tin-tuc/')
    expect(pages.some((p) => p.startsWith('/xem-truoc/'))).toBe(false)
    for (const sitePath of pages) {
      const { html } = await readPage(site.clientDir, sitePath)
      expect(html, sitePath).not.toContain(DRAFT_TITLE)
      expect(html, sitePath).not.toContain(LIVE_DRAFT_TITLE)
    }
  })
})
