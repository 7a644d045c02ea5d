/**
 * The hub as production runs it, on one machine (test/helpers/cluster.ts): two CMS instances
 * and the worker's live site server behind nginx (deploy/nginx), on one database, one MEDIA_DIR
 * and one page store. The public site through nginx answers as the live server does, headers
 * and all; a session made on one instance works on the other; an upload through one is served
 * by the other; a publish goes live on the pages nginx serves from disk; and the client address
 * survives the proxy without being forgeable.
 */
import http from 'node:http'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ACCOUNTS, apiAs, settledSiteStatus, type Api } from '../helpers/admin'
import { startCluster, type Cluster } from '../helpers/cluster'
import { waitFor } from '../helpers/wait'

let cluster: Cluster
let chief: Api
const started = Date.now()

/** A seeded article (cms/seed/content/articles.ts) with a cover image and a share card. */
const ARTICLE = '/tin-tuc/hai-phong-ban-hanh-ke-hoach-phat-trien-he-sinh-thai-khoi-nghiep/'

type Answer = { status: number; headers: Record<string, string>; body: Buffer }

/** One HTTP request as sent, its answer as received (no redirects followed, nothing decoded). */
function send(
  url: string,
  {
    method = 'GET',
    headers = {},
    body,
    localAddress,
  }: {
    method?: string
    headers?: Record<string, string>
    body?: string | Buffer
    localAddress?: string
  } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, headers, localAddress, agent: false }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => {
        const flat: Record<string, string> = {}
        for (const [key, value] of Object.entries(res.headers)) {
          if (value !== undefined) flat[key] = [value].flat().join(', ')
        }
        resolve({ status: res.statusCode ?? 0, headers: flat, body: Buffer.concat(chunks) })
      })
      res.on('error', reject)
    })
    request.on('error', reject)
    request.end(body)
  })
}

/**
 * Headers nginx may answer differently from the live server, and why. Everything else — status,
 * every security header, Content-Type, Cache-Control, Location, Vary, Last-Modified,
 * X-Site-Release — must be equal.
 */
const NGINX_MAY_DIFFER: Record<string, string> = {
  server: 'nginx names itself (server_tokens off: without its version)',
  date: 'the time of each answer',
  etag: 'each server its own validator (nginx: mtime-size), and each accepts its own',
  connection: 'connection management between the client and whichever server it talks to',
  'keep-alive': 'connection management',
  'content-length': 'framing: nginx sends compressed answers chunked',
  'transfer-encoding': 'framing',
}

/** Compressed answers: nginx does not offer ranges of them (the live server sends ranges plain). */
const NGINX_MAY_DIFFER_COMPRESSED: Record<string, string> = {
  'accept-ranges': 'nginx offers no ranges of a gzip answer',
}

/**
 * 304s: nginx sends only what updates the cached answer (RFC 9110 15.4.5), so no Content-Type
 * or Accept-Ranges; the cached page keeps its own. The security headers must still be equal.
 */
const NGINX_MAY_DIFFER_NOT_MODIFIED: Record<string, string> = {
  'content-type': 'not sent with a 304 by nginx',
  'accept-ranges': 'not sent with a 304 by nginx',
}

function comparable(answer: Answer): { status: number; headers: Record<string, string> } {
  const skip = {
    ...NGINX_MAY_DIFFER,
    ...(answer.headers['content-encoding'] ? NGINX_MAY_DIFFER_COMPRESSED : {}),
    ...(answer.status === 304 ? NGINX_MAY_DIFFER_NOT_MODIFIED : {}),
  }
  const headers = Object.fromEntries(
    Object.entries(answer.headers).filter(([key]) => !(key in skip)),
  )
  return { status: answer.status, headers }
}

beforeAll(async () => {
  cluster = await startCluster()
  chief = await apiAs(cluster.cmsUrl, ACCOUNTS.chief, cluster.password)
  // The seed's own changes queue one rebuild after the first release; let it finish first.
  const status = await settledSiteStatus({
    api: chief,
    siteUrl: cluster.siteUrl,
    publishDir: cluster.publishDir,
  })
  expect(status.state).toBe('live')
  console.log(`Cluster ready in ${((Date.now() - started) / 1000).toFixed(0)} s`)
})

afterAll(async () => {
  await cluster?.stop()
  console.log(`Cluster test: ${((Date.now() - started) / 1000).toFixed(0)} s in all`)
})

/** The same request to the live server and through nginx: the same answer, as declared. */
async function expectSameAnswer(
  sitePath: string,
  options: Parameters<typeof send>[1] = {},
): Promise<Answer> {
  const live = await send(`${cluster.liveSiteUrl}${sitePath}`, options)
  const proxied = await send(`${cluster.siteUrl}${sitePath}`, options)
  expect(comparable(proxied), `${options.method ?? 'GET'} ${sitePath}`).toEqual(comparable(live))
  expect(proxied.headers.server).toBe('nginx')
  return proxied
}

/** The last line of nginx's access log for `request` ("GET /x HTTP/1.1"): who answered. */
function upstreamOf(request: string): string {
  const line = cluster
    .accessLog()
    .split('\n')
    .filter((entry) => entry.includes(`"${request} `))
    .at(-1)
  expect(line, `access log line for ${request}`).toBeTruthy()
  return /upstream=(\S+)/.exec(line!)![1]!
}

describe('the public site through nginx answers as the live site server does', () => {
  let page: string
  const paths: Record<string, string> = {}

  beforeAll(async () => {
    page = (await send(`${cluster.siteUrl}${ARTICLE}`)).body.toString()
    const card = /<meta property="og:image" content="([^"]+)"/.exec(page)?.[1]
    const cover = /(?:src|srcset)="(\/media\/[^" ,]+)/.exec(page)?.[1]
    expect(card, 'the article’s share card').toBeTruthy()
    expect(cover, 'the article’s cover image').toBeTruthy()
    paths.card = new URL(card!).pathname
    paths.media = cover!
  })

  it.each([
    ['home', '/', 200],
    ['an article', ARTICLE, 200],
    ['the feed', '/rss.xml', 200],
    ['the search page', '/tim-kiem/', 200],
    ['a page with a form (the live server’s)', '/hoi-dap/', 200],
    ['a 404', '/khong-co-trang-nay/', 404],
    ['a 301 to the address with its slash', '/tin-tuc', 301],
  ])('%s (%s): %s, and the same headers', async (_, sitePath, status) => {
    expect((await expectSameAnswer(sitePath)).status).toBe(status)
    await expectSameAnswer(sitePath, { headers: { 'accept-encoding': 'gzip' } })
    await expectSameAnswer(sitePath, { method: 'HEAD' })
  })

  it('the share card and the cover image under /media/', async () => {
    for (const sitePath of [paths.card!, paths.media!]) {
      const answer = await expectSameAnswer(sitePath)
      expect(answer.status).toBe(200)
      expect(answer.headers['content-type']).toMatch(/^image\//)
    }
    expect(upstreamOf(`GET ${paths.media}`)).toBe('-')
  })

  it('pages come from disk; a 304 keeps the page’s own headers', async () => {
    expect((await expectSameAnswer('/')).status).toBe(200)
    expect(upstreamOf('GET /')).toBe('-')
    // Each server validates its own ETag; the 304's headers replace the cached page's, so they
    // must be the page's (not those of an answer without a Content-Type).
    const [live, proxied] = await Promise.all(
      [cluster.liveSiteUrl, cluster.siteUrl].map(async (origin) => {
        const { etag } = (await send(`${origin}/`)).headers
        return send(`${origin}/`, { headers: { 'if-none-match': etag! } })
      }),
    )
    expect([live.status, proxied.status]).toEqual([304, 304])
    expect(comparable(proxied)).toEqual(comparable(live))
  })

  it('anything but GET and HEAD is the live server’s answer', async () => {
    const answer = await expectSameAnswer('/', { method: 'POST', body: 'x=1' })
    expect(answer.status).toBe(405)
    await expectSameAnswer('/pagefind/pagefind.js', { method: 'DELETE' })
  })
})

describe('two CMS instances behind nginx', () => {
  let cookie: string
  let media: { id: number; filename: string }
  /**
   * What a browser sends with the session: the cookie, and where the request comes from (Payload
   * takes a session cookie only from the CSRF allow-list's origins, or same-origin requests).
   */
  const session = (write = false) => ({
    Cookie: cookie,
    ...(write ? { Origin: cluster.cmsUrl } : { 'Sec-Fetch-Site': 'same-origin' }),
  })

  it('a session made through nginx is valid on both instances', async () => {
    const login = await fetch(`${cluster.cmsUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: cluster.cmsUrl },
      body: JSON.stringify({ email: ACCOUNTS.chief, password: cluster.password }),
    })
    expect(login.status).toBe(200)
    const token = login.headers.getSetCookie().find((c) => /^payload-token=/.test(c))
    expect(token, 'the session cookie').toBeTruthy()
    cookie = token!.split(';')[0]!
    const signer = upstreamOf('POST /api/users/login')
    expect(cluster.instances.map((i) => `127.0.0.1:${i.port}`)).toContain(signer)

    // Each instance directly, the other one included: the JWT is signed with the shared secret.
    for (const instance of cluster.instances) {
      const me = await fetch(`${instance.url}/api/users/me`, { headers: session() })
      const { user } = (await me.json()) as { user: { email: string } | null }
      expect(user?.email, `instance ${instance.name}`).toBe(ACCOUNTS.chief)
    }
    // Through nginx, spread over both.
    const before = cluster.accessLog().length
    for (let i = 0; i < 6; i++) {
      const me = await fetch(`${cluster.cmsUrl}/api/users/me`, { headers: session() })
      expect(((await me.json()) as { user: { email: string } }).user.email).toBe(ACCOUNTS.chief)
    }
    const served = new Set(
      [
        ...cluster
          .accessLog()
          .slice(before)
          .matchAll(/GET \/api\/users\/me .*upstream=(\S+)/g),
      ].map((m) => m[1]),
    )
    expect(served.size).toBe(2)
  })

  it('an image uploaded through instance A is served by instance B, and through nginx', async () => {
    const [a, b] = cluster.instances
    const png = await sharp({
      create: { width: 1200, height: 675, channels: 3, background: '#1d6fa5' },
    })
      .png()
      .toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'cum-may.png')
    form.append(
      '_payload',
      JSON.stringify({ alt: 'Cụm máy chủ thử nghiệm: ảnh tải lên qua máy A' }),
    )
    const created = await fetch(`${a!.url}/api/media`, {
      method: 'POST',
      headers: session(true),
      body: form,
    })
    expect(created.status, await created.clone().text()).toBe(201)
    media = ((await created.json()) as { doc: typeof media }).doc

    const fromA = await fetch(`${a!.url}/api/media/file/${media.filename}`)
    const fromB = await fetch(`${b!.url}/api/media/file/${media.filename}`)
    const viaNginx = await fetch(`${cluster.cmsUrl}/api/media/file/${media.filename}`)
    expect([fromA.status, fromB.status, viaNginx.status]).toEqual([200, 200, 200])
    const bytes = Buffer.from(await fromA.arrayBuffer())
    expect(Buffer.from(await fromB.arrayBuffer()).equals(bytes)).toBe(true)
    expect(Buffer.from(await viaNginx.arrayBuffer()).equals(bytes)).toBe(true)
    expect((await sharp(bytes).metadata()).width).toBeGreaterThan(0)
  })

  const article = {
    title: 'Cụm máy chủ thử nghiệm: hai máy CMS sau nginx cùng xuất bản một bài',
    sapo: 'Bài viết được tạo qua nginx, ảnh bìa tải lên qua máy A, trang do nginx phục vụ từ đĩa.',
    id: 0,
    path: '',
  }

  it('an article published through nginx goes live on the pages nginx serves from disk', async () => {
    const outlets = await fetch(`${cluster.cmsUrl}/api/outlets?limit=1&depth=0`, {
      headers: session(),
    })
    const outlet = ((await outlets.json()) as { docs: { id: number }[] }).docs[0]!.id
    const created = await fetch(`${cluster.cmsUrl}/api/articles`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...session(true) },
      body: JSON.stringify({
        title: article.title,
        sapo: article.sapo,
        cover: media.id,
        outlet,
        _status: 'published',
      }),
    })
    expect(created.status, await created.clone().text()).toBe(201)
    const doc = ((await created.json()) as { doc: { id: number; slug: string } }).doc
    article.id = doc.id
    article.path = `/tin-tuc/${doc.slug}/`

    const live = await waitFor(
      'the article on the site nginx serves',
      async () => {
        const answer = await send(`${cluster.siteUrl}${article.path}`)
        return answer.status === 200 && answer.body.toString().includes(article.title)
          ? answer
          : undefined
      },
      { timeoutMs: 300_000, intervalMs: 1000 },
    )
    expect(upstreamOf(`GET ${article.path}`)).toBe('-')
    // Its cover, copied into the release, from disk too.
    const cover = /(?:src|srcset)="(\/media\/[^" ,]+)/.exec(live.body.toString())?.[1]
    expect(cover).toBeTruthy()
    const image = await expectSameAnswer(cover!)
    expect(image.status).toBe(200)
    expect(upstreamOf(`GET ${cover}`)).toBe('-')
    await expectSameAnswer(article.path)
  })

  it('pages nginx sends from disk count as page views (reported to the live server)', async () => {
    const views = async () => {
      const answer = await fetch(
        `${cluster.cmsUrl}/api/page-views?where[path][equals]=${encodeURIComponent(article.path)}&depth=0&limit=100`,
        { headers: session() },
      )
      const { docs } = (await answer.json()) as { docs: { count: number }[] }
      return docs.reduce((sum, doc) => sum + doc.count, 0)
    }
    // The requests so far named no browser (no User-Agent): none counted.
    expect(await views()).toBe(0)
    const reader = { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0 Safari/537.36' }
    for (let i = 0; i < 3; i++) {
      expect((await send(`${cluster.siteUrl}${article.path}`, { headers: reader })).status).toBe(
        200,
      )
    }
    await send(`${cluster.siteUrl}${article.path}`, { method: 'HEAD', headers: reader })
    await send(`${cluster.siteUrl}${article.path}`, { headers: { 'user-agent': 'Googlebot/2.1' } })
    expect(upstreamOf(`GET ${article.path}`)).toBe('-')
    // The recorder writes every 10 s.
    await waitFor('three views to be recorded', async () => (await views()) >= 3, {
      timeoutMs: 60_000,
      intervalMs: 1000,
    })
    expect(await views()).toBe(3)
  })

  it('renamed, its old address answers 301 through nginx as from the live server', async () => {
    await settledSiteStatus({
      api: chief,
      siteUrl: cluster.siteUrl,
      publishDir: cluster.publishDir,
    })
    const renamed = await fetch(`${cluster.cmsUrl}/api/articles/${article.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', ...session(true) },
      body: JSON.stringify({ slug: 'cum-may-chu-sau-nginx', _status: 'published' }),
    })
    expect(renamed.status, await renamed.clone().text()).toBe(200)
    const moved = await waitFor(
      'the old address to move',
      async () => {
        const answer = await send(`${cluster.siteUrl}${article.path}`)
        return answer.status === 301 ? answer : undefined
      },
      { timeoutMs: 300_000, intervalMs: 1000 },
    )
    expect(moved.headers.location).toBe('/tin-tuc/cum-may-chu-sau-nginx/')
    await expectSameAnswer(article.path)
    expect(upstreamOf(`GET ${article.path}`)).not.toBe('-')
  })
})

describe('client addresses behind nginx (TRUSTED_PROXY_HOPS=1)', () => {
  const post = (localAddress: string, claimed: string) =>
    send(`${cluster.siteUrl}/hoi-dap/gui/`, {
      method: 'POST',
      localAddress,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        // What a client claims is never its address: nginx appends the one it saw.
        'x-forwarded-for': claimed,
      },
      body: 'question=x',
    })

  it('the live server limits form posts by the address nginx saw, not one a client claims', async () => {
    // 10 posts per 10 minutes per address (cms/publish/server.ts), from 127.0.0.2 under ten
    // different claimed addresses: the eleventh is refused.
    for (let i = 1; i <= 10; i++) {
      expect((await post('127.0.0.2', `203.0.113.${i}`)).status).not.toBe(429)
    }
    expect((await post('127.0.0.2', '203.0.113.99')).status).toBe(429)
    // Another client (127.0.0.3) is not: nginx's own address is not taken for the client's.
    expect((await post('127.0.0.3', '203.0.113.1')).status).not.toBe(429)
  })
})
