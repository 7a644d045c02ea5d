import fs from 'node:fs'
import path from 'node:path'

import { XMLParser } from 'fast-xml-parser'
import ical from 'node-ical'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  ACCOUNTS,
  apiAs,
  logIn,
  readSiteStatus,
  settledSiteStatus,
  type Api,
  type SiteStatus,
} from '../helpers/admin'
import { seriousViolations } from '../helpers/axe'
import { launchChromium } from '../helpers/browser'
import { startHub, type RunningHub } from '../helpers/runningHub'
import { startSmtpServer } from '../helpers/smtp'
import { waitFor } from '../helpers/wait'

/**
 * The publish pipeline's journeys (issue 6) against the servers `npm start` runs, on a fresh
 * seeded database: one hub for all journeys (a start takes minutes), which run in order and
 * build on each other — the contributor's article is previewed, approved, published, edited
 * during a request loop, broken on purpose and restored, then checked for accessibility and
 * photographed.
 */

let hub: RunningHub
let smtp: Awaited<ReturnType<typeof startSmtpServer>>
let browser: Browser
let chief: Api
let contributor: Api
const shots = path.resolve('test-results/screenshots')

/** The article the contributor writes (journey 1) and the chief publishes (journey 2). */
const article = {
  title: 'Vườn ươm công nghệ Thủy Nguyên đón lứa dự án khởi nghiệp đầu tiên',
  sapo: 'Mười hai nhóm sinh viên và kỹ sư trẻ được nhận vào chương trình ươm tạo sáu tháng.',
  paragraphs: [
    'Chương trình do Đài Phát thanh và Truyền hình Hải Phòng đồng hành truyền thông.',
    'Các đội được cố vấn miễn phí và dùng chung không gian làm việc tại Thủy Nguyên.',
  ],
  topic: 'Chuyển đổi số',
  id: 0,
  slug: '',
  path: '',
}

/** Published → live, as measured in the browser journey (printed in the report). */
const measured: Record<string, number> = {}

type Fetched = {
  status: number
  type: string
  text: string
  release: string | null
  headers: Headers
}

async function get(sitePath: string, init?: RequestInit): Promise<Fetched> {
  const res = await fetch(`${hub.siteUrl}${sitePath}`, { redirect: 'manual', ...init })
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    text: await res.text(),
    release: res.headers.get('x-site-release'),
    headers: res.headers,
  }
}

const settledStatus = (timeoutMs = 180_000) =>
  settledSiteStatus({ api: chief, siteUrl: hub.siteUrl, publishDir: hub.publishDir, timeoutMs })

/** The live release's item → URL manifest (written by the pipeline next to the served files). */
const livePages = (): Record<string, string> =>
  JSON.parse(fs.readFileSync(path.join(hub.publishDir, 'current', 'pages.json'), 'utf8'))

/** A real PNG photo stand-in: a two-colour gradient (the cover the contributor uploads). */
async function makeCoverImage(file: string) {
  const width = 1200
  const height = 675
  const pixels = Buffer.alloc(width * height * 3)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3
      pixels[i] = 10 + Math.round((x / width) * 60)
      pixels[i + 1] = 80 + Math.round((y / height) * 90)
      pixels[i + 2] = 150 + Math.round(((x + y) / (width + height)) * 90)
    }
  }
  await sharp(pixels, { raw: { width, height, channels: 3 } })
    .png()
    .toFile(file)
}

/** Errors the page logs to its console or throws, as they come (read it after the steps). */
function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`))
  return errors
}

async function newAdminPage(email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } })
  const page = await context.newPage()
  await logIn(page, hub.cmsUrl, email, hub.password)
  return { context, page }
}

beforeAll(async () => {
  fs.mkdirSync(shots, { recursive: true })
  browser = await launchChromium()
  // A real local SMTP server: the hub e-mails answers to the people who asked (journey 9).
  smtp = await startSmtpServer()
  hub = await startHub({ env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port) } })
  chief = await apiAs(hub.cmsUrl, ACCOUNTS.chief, hub.password)
  contributor = await apiAs(hub.cmsUrl, ACCOUNTS.contributor, hub.password)
  // The seed's own changes queue one rebuild after the first release; let it finish first.
  const status = await settledStatus()
  expect(status.state).toBe('live')
})

afterAll(async () => {
  await browser?.close()
  await hub?.stop()
  await smtp?.close()
  if (Object.keys(measured).length) console.log('Publish → live (seconds):', measured)
})

describe('admin, as a new editor sees it', () => {
  it('the login page is in Vietnamese and a seeded editor-in-chief can log in', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    await page.goto(`${hub.cmsUrl}/admin/login`)
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('vi')
    await page.locator('input[name="email"]').fill(ACCOUNTS.chief)
    await page.locator('input[name="password"]').fill(hub.password)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
    const body = await page.locator('body').innerText()
    expect(body).toMatch(/Tin tức/)
    expect(body).toMatch(/Văn bản/)
    expect(body).toMatch(/Sự kiện/)
    await page.screenshot({ path: path.join(shots, 'admin-dashboard.png') })
    await page.goto(`${hub.cmsUrl}/admin/collections/policy-notices`)
    await page.waitForSelector('text=281/KH-UBND', { timeout: 30_000 })
    await page.screenshot({ path: path.join(shots, 'admin-policy-notices.png') })
    await page.close()
  })
})

describe('a refusal reaches the person with its reason', () => {
  const reason = {
    vi: /Thời gian kết thúc không thể trước thời gian bắt đầu/,
    en: /end time cannot be before the start time/,
  }
  const badEvent = {
    title: 'Hội thảo thử: kết thúc trước khi bắt đầu',
    startsAt: '2026-12-10T03:00:00.000Z',
    endsAt: '2026-12-09T03:00:00.000Z',
  }

  it("over the real server's REST and GraphQL: status, field and reason, in the caller's language", async () => {
    for (const language of ['vi', 'en'] as const) {
      const rest = await chief.request('/api/events', {
        method: 'POST',
        headers: { Cookie: `payload-lng=${language}` },
        body: JSON.stringify(badEvent),
      })
      expect(rest.status).toBe(400)
      const [error] = ((await rest.json()) as { errors: any[] }).errors
      expect(error.message).toMatch(reason[language])
      expect(error.data.errors).toContainEqual({
        path: 'endsAt',
        message: expect.stringMatching(reason[language]),
      })

      const graphql = await chief.request('/api/graphql', {
        method: 'POST',
        headers: { Cookie: `payload-lng=${language}` },
        body: JSON.stringify({
          query: `mutation { createEvent(data: { title: "${badEvent.title}", startsAt: "${badEvent.startsAt}", startsAt_tz: Asia_Ho_Chi_Minh, endsAt: "${badEvent.endsAt}", eventStatus: scheduled }) { id } }`,
        }),
      })
      const answer = (await graphql.json()) as { errors: any[] }
      expect(answer.errors[0].extensions.data.errors).toContainEqual({
        path: 'endsAt',
        message: expect.stringMatching(reason[language]),
      })
    }
    // A refusal with another status: a contributor may not make themself an admin (403).
    const own = await contributor.request(`/api/users/${contributor.user.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ role: 'admin' }),
    })
    expect(own.status).toBe(403)
    expect(((await own.json()) as { errors: any[] }).errors[0].message).toMatch(/Quản trị/)
  })

  it('in the admin: publishing the event shows why it was refused, beside the field too', async () => {
    const { context, page } = await newAdminPage(ACCOUNTS.chief)
    // With autosave on, "create" makes a draft at once and opens its edit view.
    await page.goto(`${hub.cmsUrl}/admin/collections/events/create`)
    await page.waitForURL(/\/admin\/collections\/events\/\d+/, { timeout: 60_000 })
    const id = Number(/events\/(\d+)/.exec(page.url())![1])
    await page.locator('#field-title').fill(badEvent.title)
    for (const [field, value] of [
      ['startsAt', '12/10/2026 10:00'],
      ['endsAt', '12/09/2026 10:00'],
    ] as const) {
      const input = page.locator(`#field-${field} .react-datepicker__input-container input`)
      await input.fill(value)
      await input.press('Enter')
    }
    // Let the autosave of these edits land first: its answer would replace the form's state.
    await page.waitForTimeout(5_000)
    await page.locator('#action-save').click()
    const toast = page.locator('.payload-toast-item.toast-error').first()
    await expect.poll(() => toast.innerText(), { timeout: 30_000 }).toMatch(reason.vi)
    // …and beside the field it concerns.
    const besideField = page.locator('.field-type:has(#field-endsAt) .field-error')
    await expect.poll(() => besideField.innerText(), { timeout: 10_000 }).toMatch(reason.vi)
    await page.screenshot({ path: path.join(shots, 'admin-refusal-reason.png') })
    await context.close()
    const draft = await chief.request(`/api/events/${id}`, { method: 'DELETE' })
    expect(draft.status).toBe(200)
  })
})

describe('1. a contributor writes an article and submits it for review', () => {
  let context: BrowserContext
  let page: Page
  afterAll(() => context?.close())

  it('writes it in the Vietnamese admin: cover upload, rich text, topic, "Chờ duyệt"', async () => {
    ;({ context, page } = await newAdminPage(ACCOUNTS.contributor))
    const cover = path.join(hub.dir, 'anh-bia-vuon-uom.png')
    await makeCoverImage(cover)

    // With autosave on, "create" makes the draft at once and opens its edit view.
    await page.goto(`${hub.cmsUrl}/admin/collections/articles/create`)
    await page.waitForURL(/\/admin\/collections\/articles\/\d+/, { timeout: 60_000 })
    article.id = Number(/articles\/(\d+)/.exec(page.url())![1])
    await page.locator('#field-title').fill(article.title)
    await page.locator('#field-sapo').fill(article.sapo)

    await page.locator('#field-cover .upload__createNewToggler').click()
    const drawer = page.locator('.drawer').last()
    await drawer.locator('input[type="file"]').setInputFiles(cover)
    await drawer.locator('#field-alt').fill('Phối cảnh vườn ươm công nghệ Thủy Nguyên')
    await drawer.locator('#action-save').click()
    await expect
      .poll(() => page.locator('#field-cover').innerText(), { timeout: 30_000 })
      .toMatch(/anh-bia-vuon-uom.*\.webp/)

    const editor = page.locator('.rich-text-lexical [contenteditable="true"]').first()
    await editor.click()
    await page.keyboard.type(article.paragraphs[0]!)
    await page.keyboard.press('Enter')
    await page.keyboard.type(article.paragraphs[1]!)

    await page.locator('#field-topics .rs__control').click()
    await page.locator('.rs__option', { hasText: article.topic }).click()
    await page.locator('#field-workflowStatus .rs__control').click()
    await page.locator('.rs__option', { hasText: 'Chờ duyệt' }).click()
    await page.locator('#action-save-draft').click()
    await page.waitForSelector('text=Bản nháp đã được lưu thành công', { timeout: 30_000 })

    const draft = await chief.get<{
      _status: string
      workflowStatus: string
      slug: string
      cover: { filename: string } | null
      topics: { name: string }[]
      body: unknown
    }>(`/api/articles/${article.id}?draft=true&depth=1`)
    expect(draft._status).toBe('draft')
    expect(draft.workflowStatus).toBe('submitted')
    expect(draft.cover?.filename).toMatch(/^anh-bia-vuon-uom.*\.webp$/)
    expect(draft.topics.map((t) => t.name)).toEqual([article.topic])
    expect(JSON.stringify(draft.body)).toContain(article.paragraphs[1])
    article.slug = draft.slug
    expect(article.slug).toBe('vuon-uom-cong-nghe-thuy-nguyen-don-lua-du-an-khoi-nghiep-dau-tien')
    article.path = `/tin-tuc/${article.slug}/`
  })

  it('is not offered the publish button', async () => {
    await page.reload()
    await page.waitForSelector('#action-save-draft')
    await expect(page.locator('#action-save').count()).resolves.toBe(0)
    const buttons = await page.locator('.doc-controls button').allInnerTexts()
    expect(buttons.join(' | ')).not.toMatch(/Xuất bản/)
  })

  it('cannot publish through the REST API with the session, nor with a token', async () => {
    // The contributor's own session cookie, from the admin page (same origin, as the admin's
    // own requests are).
    const status = await page.evaluate(async (id) => {
      const res = await fetch(`/api/articles/${id}`, {
        method: 'PATCH',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ _status: 'published' }),
      })
      return res.status
    }, article.id)
    expect(status).toBe(403)
    const withToken = await contributor.request(`/api/articles/${article.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ _status: 'published', title: article.title }),
    })
    expect(withToken.status).toBe(403)

    const stored = await chief.get<{ _status: string; workflowStatus: string }>(
      `/api/articles/${article.id}?draft=true&depth=0`,
    )
    expect(stored._status).toBe('draft')
    expect(stored.workflowStatus).toBe('submitted')
    expect((await fetch(`${hub.cmsUrl}/api/articles/${article.id}`)).status).toBe(404)
  })
})

describe('3. the draft is previewed from the admin, and only with its token', () => {
  let previewUrl = ''

  it('opens the preview button of the draft: the draft rendered by the public templates', async () => {
    const { context, page } = await newAdminPage(ACCOUNTS.contributor)
    await page.goto(`${hub.cmsUrl}/admin/collections/articles/${article.id}`)
    const button = page.locator('#preview-button')
    previewUrl = (await button.getAttribute('href'))!
    expect(previewUrl).toMatch(
      new RegExp(`^${hub.siteUrl}/xem-truoc/articles/${article.id}/\\?token=\\d+\\.[\\w-]{43}$`),
    )
    const [preview] = await Promise.all([context.waitForEvent('page'), button.click()])
    await preview.waitForLoadState('load')
    // The link has the site's trailing slash: no redirect before the token is checked.
    expect(preview.url()).toBe(previewUrl)
    await expect(preview.locator('h1').innerText()).resolves.toBe(article.title)
    const text = await preview.locator('main').innerText()
    expect(text).toContain(article.paragraphs[0])
    expect(text).toContain(article.sapo)
    await context.close()
    const direct = await get(previewUrl.slice(hub.siteUrl.length))
    expect(direct.status).toBe(200)
    expect(direct.text).toContain(article.paragraphs[1])
    expect(direct.headers.get('cache-control')).toMatch(/no-store/)
  })

  it('refuses the preview without the token, with a tampered one, or for another item', async () => {
    const url = new URL(previewUrl)
    const token = url.searchParams.get('token')!
    const tampered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`
    const later = token.replace(/^\d+/, (expiry) => String(Number(expiry) + 3600))
    for (const [what, target] of [
      ['no token', url.pathname],
      ['tampered signature', `${url.pathname}?token=${tampered}`],
      ['extended expiry', `${url.pathname}?token=${later}`],
      ['another item', `/xem-truoc/articles/1/?token=${token}`],
    ]) {
      const res = await get(target!)
      expect(res.status, what).toBe(403)
      expect(res.text, what).not.toContain(article.title)
    }
  })

  it('is not on the public site', async () => {
    expect((await get(article.path)).status).toBe(404)
    for (const sitePath of ['/', '/tin-tuc/', '/rss.xml']) {
      expect((await get(sitePath)).text, sitePath).not.toContain(article.title)
    }
  })
})

describe('2. the editor-in-chief approves and publishes it; it goes live everywhere', () => {
  let page: Page
  let context: BrowserContext
  let articleHtml = ''
  afterAll(() => context?.close())

  it('finds it in the review queue and publishes it; it is live within seconds', async () => {
    ;({ context, page } = await newAdminPage(ACCOUNTS.chief))
    const queued = page.locator('.review-queue a', { hasText: article.title })
    await queued.click()
    await page.waitForURL(new RegExp(`/admin/collections/articles/${article.id}$`))
    // With autosave on, Payload keeps the contributor's edit lock for 5 minutes after they
    // leave (its unlock-on-leave only runs in forms without autosave): the chief takes over.
    const takeOver = page.locator('#document-locked-take-over')
    await page.waitForSelector('#action-save:not([disabled]), #document-locked-take-over')
    if (await takeOver.isVisible()) {
      await expect(page.locator('#document-locked').innerText()).resolves.toMatch(
        /Tài liệu bị khóa/,
      )
      await takeOver.click()
      console.log("The chief took over the contributor's edit lock (Payload document locking).")
    }
    const publish = page.locator('#action-save')
    await expect(publish.innerText()).resolves.toBe('Xuất bản tài liệu')
    const before = await settledStatus()

    const clicked = Date.now()
    await publish.click()
    await waitFor('the article to be published in the CMS', async () => {
      const doc = await chief.get<{ _status: string }>(`/api/articles/${article.id}?depth=0`)
      return doc._status === 'published'
    })
    const published = await chief.get<{ workflowStatus: string; publishedBy: number }>(
      `/api/articles/${article.id}?depth=0`,
    )
    expect(published.workflowStatus).toBe('published')
    expect(published.publishedBy).toBe(chief.user.id)

    const live = await waitFor('the article page on the live site', async () => {
      const res = await get(article.path)
      return res.status === 200 && res.text.includes(article.title) ? res : undefined
    })
    measured.publishToLive = Number(((Date.now() - clicked) / 1000).toFixed(1))
    articleHtml = live.text
    expect(live.release).not.toBe(before.release)
    const status = await settledStatus()
    expect(status.state).toBe('live')
    measured.lastBuild = status.durationSeconds ?? NaN
    console.log(
      `Publish → live in the browser journey: ${measured.publishToLive} s ` +
        `(build ${status.durationSeconds} s, ${status.pagesRendered} pages rendered, ` +
        `${status.pagesReused} reused)`,
    )
    expect(status.pagesReused).toBeGreaterThan(0)
  })

  it('shows it on the home page, its section page and its topic page', async () => {
    const site = await browser.newPage()
    const topicPath = '/chu-de/chuyen-doi-so/'
    expect(Object.values(livePages())).toContain(topicPath)
    for (const sitePath of ['/', '/tin-tuc/', topicPath]) {
      const res = await site.goto(`${hub.siteUrl}${sitePath}`)
      expect(res?.status(), sitePath).toBe(200)
      const link = site.locator(`main a[href="${article.path}"]`).first()
      await expect(link.isVisible(), sitePath).resolves.toBe(true)
      await expect(site.locator('main').innerText(), sitePath).resolves.toContain(article.title)
    }
    await site.goto(`${hub.siteUrl}${article.path}`)
    await expect(site.locator('h1').innerText()).resolves.toBe(article.title)
    await expect(site.locator('main').innerText()).resolves.toContain(article.paragraphs[1])
    // The uploaded cover is served with the site.
    const cover = site.locator('main img[src*="anh-bia-vuon-uom"]').first()
    const src = await cover.getAttribute('src')
    expect(src).toBeTruthy()
    const image = await fetch(new URL(src!, hub.siteUrl))
    expect(image.status).toBe(200)
    expect(image.headers.get('content-type')).toMatch(/^image\//)
    await site.close()
  })

  it('is in the RSS feed with its image enclosure', async () => {
    const rss = await get('/rss.xml')
    expect(rss.status).toBe(200)
    expect(rss.type).toMatch(/^application\/rss\+xml/)
    const feed = new XMLParser({ ignoreAttributes: false }).parse(rss.text)
    const items = [feed.rss.channel.item].flat() as {
      title: string
      link: string
      enclosure?: { '@_url': string; '@_type': string; '@_length': string }
    }[]
    const item = items.find((i) => i.link === `${hub.siteUrl}${article.path}`)
    expect(item?.title).toBe(article.title)
    expect(item!.enclosure?.['@_type']).toMatch(/^image\//)
    const enclosure = await fetch(item!.enclosure!['@_url'])
    expect(enclosure.status).toBe(200)
    expect(enclosure.headers.get('content-type')).toBe(item!.enclosure!['@_type'])
    expect(Number(item!.enclosure!['@_length'])).toBe((await enclosure.arrayBuffer()).byteLength)
  })

  it('has its share card (og:image) served as a PNG', async () => {
    const og = /<meta property="og:image" content="([^"]+)"/.exec(articleHtml)?.[1]
    expect(og).toMatch(new RegExp(`^${hub.siteUrl}/og/articles/`))
    const card = await fetch(og!)
    expect(card.status).toBe(200)
    expect(card.headers.get('content-type')).toBe('image/png')
    const bytes = Buffer.from(await card.arrayBuffer())
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]))
    const { width, height } = await sharp(bytes).metadata()
    expect([width, height]).toEqual([1200, 630])
  })
})

describe('5. requests during a publish never see an error or half a page', () => {
  it('a loop over home, the article, a listing and the feed, from queued until live', async () => {
    const before = await settledStatus()
    const sapo = 'Sapo đã sửa: mười hai nhóm được nhận, ba nhóm trong số đó là của nữ sinh viên.'
    const urls = ['/', article.path, '/tin-tuc/', '/rss.xml']
    const problems: string[] = []
    const releases = new Set<string>()
    const states: SiteStatus['state'][] = []
    let requests = 0
    let editedRelease = ''
    let stop = false
    const loop = async () => {
      for (let n = 0; !stop; n++) {
        const url = urls[n % urls.length]!
        try {
          // Uncompressed, so Content-Length tells whether the whole file came.
          const res = await fetch(`${hub.siteUrl}${url}`, {
            headers: { 'Accept-Encoding': 'identity' },
          })
          const body = await res.text()
          requests++
          releases.add(res.headers.get('x-site-release') ?? '?')
          const end = url.endsWith('.xml') ? '</rss>' : '</html>'
          if (res.status !== 200) problems.push(`${url}: ${res.status}`)
          else if (!body.trimEnd().endsWith(end)) problems.push(`${url}: cut`)
          else if (Number(res.headers.get('content-length')) !== Buffer.byteLength(body)) {
            problems.push(`${url}: length`)
          }
        } catch (error) {
          problems.push(`${url}: ${(error as Error).message}`)
        }
      }
    }
    const watch = async () => {
      while (!stop) {
        const { state } = await readSiteStatus(chief)
        if (states.at(-1) !== state) states.push(state)
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
    }
    const clients = [loop(), loop(), loop(), watch()]
    try {
      const res = await chief.request(`/api/articles/${article.id}`, {
        method: 'PATCH',
        body: JSON.stringify({ sapo, _status: 'published' }),
      })
      expect(res.status).toBe(200)
      const edited = await waitFor('the edit to be live', async () => {
        const page = await get(article.path)
        return page.text.includes(sapo) ? page : undefined
      })
      editedRelease = edited.release!
      await waitFor('the site status to be live', async () => states.at(-1) === 'live', {
        timeoutMs: 60_000,
      })
      // A few more rounds on the new release.
      await new Promise((resolve) => setTimeout(resolve, 500))
    } finally {
      stop = true
      await Promise.all(clients)
    }
    article.sapo = sapo
    expect(problems).toEqual([])
    expect(states).toContain('building')
    expect(states.at(-1)).toBe('live')
    // The old release, then the one with the edit (the search index may follow as another).
    expect(editedRelease).not.toBe(before.release)
    expect(releases.has(before.release!)).toBe(true)
    expect(releases.has(editedRelease)).toBe(true)
    expect(releases.has('?')).toBe(false)
    expect(requests).toBeGreaterThan(20)
  })
})

describe('4. an event calendar file and an English page', () => {
  let context: BrowserContext
  let page: Page
  let viPath = ''
  let enPath = ''
  let eventId = ''
  beforeAll(async () => {
    context = await browser.newContext({ acceptDownloads: true })
    page = await context.newPage()
    const pages = livePages()
    const key = Object.keys(pages).find((k) => /^events:\d+:en$/.test(k))!
    eventId = key.split(':')[1]!
    enPath = pages[key]!
    viPath = pages[`events:${eventId}:vi`]!
  })
  afterAll(() => context?.close())

  it("downloads the event's .ics: text/calendar, parses, has the event's SUMMARY", async () => {
    await page.goto(`${hub.siteUrl}${viPath}`)
    const title = await page.locator('h1').innerText()
    const link = page.locator('a[type="text/calendar"]').first()
    const href = await link.getAttribute('href')
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
    expect(download.suggestedFilename()).toMatch(/\.ics$/)
    const text = fs.readFileSync((await download.path())!, 'utf8')
    const events = Object.values(ical.sync.parseICS(text)).filter((c) => c?.type === 'VEVENT')
    expect(events).toHaveLength(1)
    expect((events[0] as { summary: unknown }).summary).toBe(title)

    const res = await get(href!)
    expect(res.status).toBe(200)
    expect(res.type).toMatch(/^text\/calendar/)
    expect(res.text).toBe(text)
  })

  it('switches to the English version of a translated item', async () => {
    await page.goto(`${hub.siteUrl}${viPath}`)
    const viTitle = await page.locator('h1').innerText()
    await page.locator('a.lang-switch').click()
    await page.waitForURL(`${hub.siteUrl}${enPath}`)
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en')
    const english = await chief.get<{ title: string }>(
      `/api/events/${eventId}?locale=en&fallback-locale=none&depth=0`,
    )
    expect(english.title).toBeTruthy()
    await expect(page.locator('h1').innerText()).resolves.toBe(english.title)
    expect(english.title).not.toBe(viTitle)
  })
})

describe('6. a failed build keeps the previous site and shows why in the admin', () => {
  const moved: [string, string][] = []
  let coverFiles: string[] = []
  const brokenSapo = 'Chương trình mở thêm đợt tuyển chọn thứ hai, dành cho các nhóm ở Kiến An.'

  afterAll(() => {
    for (const [from, to] of moved) if (fs.existsSync(to)) fs.renameSync(to, from)
  })

  it('publishing an edit whose cover file is missing fails; the old site stays live', async () => {
    const before = await settledStatus()
    const doc = await chief.get<{
      cover: { filename: string; sizes: Record<string, { filename: string | null }> }
    }>(`/api/articles/${article.id}?depth=1`)
    coverFiles = [
      doc.cover.filename,
      ...Object.values(doc.cover.sizes).map((size) => size.filename!),
    ].filter(Boolean)
    for (const name of coverFiles) {
      const from = path.join(hub.mediaDir, name)
      const to = path.join(hub.dir, `moved-${name}`)
      fs.renameSync(from, to)
      moved.push([from, to])
    }

    const { context, page } = await newAdminPage(ACCOUNTS.chief)
    await page.goto(`${hub.cmsUrl}/admin/collections/articles/${article.id}`)
    await page.locator('#field-sapo').fill(brokenSapo)
    await page.locator('#action-save').click()
    const failed = await waitFor(
      'the site status to be "failed"',
      async () => {
        const status = await readSiteStatus(chief)
        return status.state === 'failed' && status.failedAt !== before.failedAt ? status : undefined
      },
      { timeoutMs: 180_000, intervalMs: 500 },
    )
    expect(failed.failureReason).toContain('Media file missing')
    expect(coverFiles.some((file) => failed.failureReason!.includes(file))).toBe(true)

    // The previous release still serves, with the previous text.
    const home = await get('/')
    expect(home.status).toBe(200)
    expect(home.release).toBe(before.release)
    const live = await get(article.path)
    expect(live.status).toBe(200)
    expect(live.text).toContain(article.sapo)
    expect(live.text).not.toContain(brokenSapo)

    // The admin's site-status page says so, in Vietnamese.
    await page.goto(`${hub.cmsUrl}/admin/globals/site-status`)
    await page.waitForSelector('text=Trạng thái cổng thông tin')
    const body = await page.locator('body').innerText()
    expect(body).toContain('Lỗi (trang cũ vẫn chạy)')
    expect(body).toContain('Nguyên nhân lỗi')
    await expect(page.locator('#field-summary').inputValue()).resolves.toMatch(
      /^Dựng lỗi lúc .*; trang đang chạy không đổi\./,
    )
    await expect(page.locator('#field-failureReason').inputValue()).resolves.toContain(
      `Media file missing from MEDIA_DIR`,
    )
    await page.screenshot({ path: path.join(shots, 'admin-site-status-failed.png') })
    await context.close()
  })

  it('goes live again once the file is back and the item is published again', async () => {
    for (const [from, to] of moved.splice(0)) fs.renameSync(to, from)
    const res = await chief.request(`/api/articles/${article.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ _status: 'published' }),
    })
    expect(res.status).toBe(200)
    await waitFor(
      'the repaired edit to be live',
      async () => (await get(article.path)).text.includes(brokenSapo),
      { timeoutMs: 180_000 },
    )
    article.sapo = brokenSapo
    expect((await settledStatus()).state).toBe('live')
  })
})

describe('9. a reader asks a question; the department answers it in public and by e-mail', () => {
  const asked = {
    name: 'Lê Thu Trang',
    email: 'thutrang.startup@example.vn',
    question:
      'Dự án khởi nghiệp của sinh viên chưa thành lập doanh nghiệp có được đăng ký tham gia vườn ươm của thành phố không?',
    answer:
      'Được. Nhóm sinh viên đăng ký theo hình thức dự án; doanh nghiệp có thể được thành lập trong thời gian ươm tạo.',
    unit: 'Phòng Quản lý khoa học, Sở Khoa học và Công nghệ',
  }
  let id = 0

  it('asks on the phone, with no account and no script: the portal says it was received', async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      javaScriptEnabled: false,
    })
    const page = await context.newPage()
    await page.goto(`${hub.siteUrl}/hoi-dap/`)
    await page.locator('#f-name').fill(asked.name)
    await page.locator('#f-email').fill(asked.email)
    await page.locator('#f-topic').selectOption({ index: 1 })
    await page.locator('#f-question').fill(asked.question)
    await page.locator('#f-consent').check()
    // A person takes more than the form's minimum fill time (a bot does not).
    await page.waitForTimeout(3_500)
    await page.locator('form button[type="submit"]').click()
    await page.waitForLoadState()
    expect(await page.locator('h1').innerText()).toMatch(/Đã nhận câu hỏi của bạn/)
    await context.close()

    const found = await chief.get<{ docs: { id: number; status: string; email: string }[] }>(
      `/api/questions?where[question][equals]=${encodeURIComponent(asked.question)}&depth=0`,
    )
    expect(found.docs).toHaveLength(1)
    expect(found.docs[0]).toMatchObject({ status: 'pending', email: asked.email })
    id = found.docs[0]!.id
    // Nothing a person sends is public until someone publishes it.
    expect((await get(`/hoi-dap/${id}/`)).status).toBe(404)
    expect((await fetch(`${hub.cmsUrl}/api/questions/${id}`)).status).not.toBe(200)
  })

  it('is answered and published in the admin; the answer is live and e-mailed to the asker', async () => {
    const { context, page } = await newAdminPage(ACCOUNTS.chief)
    await page.goto(`${hub.cmsUrl}/admin/collections/questions/${id}`)
    await page.locator('#field-answer').fill(asked.answer)
    await page.locator('#field-answeringUnit').fill(asked.unit)
    await page.locator('#field-status .rs__control').click()
    await page.locator('.rs__option', { hasText: 'Đã công khai' }).click()
    await page.locator('#action-save').click()
    await page.waitForSelector('.payload-toast-item.toast-success', { timeout: 30_000 })
    await context.close()

    const status = await settledStatus()
    expect(status.state).toBe('live')
    const live = await get(`/hoi-dap/${id}/`)
    expect(live.status).toBe(200)
    expect(live.text).toContain(asked.answer)
    expect(live.text).not.toContain(asked.email)

    const mail = await waitFor(
      'the answer e-mail at the local SMTP server',
      async () => smtp.messages.find((m) => m.to.includes(asked.email)),
      { timeoutMs: 30_000, intervalMs: 250 },
    )
    expect(mail.text).toContain(asked.answer)
  })
})

describe('10. a support record added in the admin moves the tracker’s figure on the live site', () => {
  type Support = { year: number; kind: 'service' | 'direct'; planNote?: string | null }
  type StartupDoc = { id: number; slug: string; name: string; supportRecords?: Support[] | null }
  const DIRECT = 'du-an-ho-tro-truc-tiep'
  const inPlan = (r: Support) => r.year >= 2021 && r.year <= 2025

  /** The tracker's own open data: each target's figure, as the live page was built with it. */
  const trackerFigures = async () => {
    const res = await get('/ket-qua/du-lieu/chi-tieu.json')
    expect(res.status).toBe(200)
    const rows = JSON.parse(res.text) as { target_key: string; achieved: number | null }[]
    return Object.fromEntries(rows.map((r) => [r.target_key, r.achieved]))
  }

  it('direct support in 2024 counts one more project; a 2019 record is kept and marked not counted', async () => {
    // A published startup with no direct support in the plan's period yet.
    const { docs } = await chief.get<{ docs: StartupDoc[] }>(
      '/api/startups?depth=0&limit=100&where[_status][equals]=published',
    )
    const startup = docs.find(
      (d) => !(d.supportRecords ?? []).some((r) => inPlan(r) && r.kind === 'direct'),
    )
    expect(startup, 'a startup without direct support').toBeDefined()
    const rows = startup!.supportRecords?.length ?? 0
    const before = await trackerFigures()

    const { context, page } = await newAdminPage(ACCOUNTS.chief)
    const consoleErrors = collectConsoleErrors(page)
    await page.goto(`${hub.cmsUrl}/admin/collections/startups/${startup!.id}`)
    // A published item's publish button is disabled until something changes.
    const addRow = page.locator('#field-supportRecords .array-field__add-row')
    await addRow.waitFor({ timeout: 60_000 })
    const records: [number, string, string][] = [
      [2024, 'Hỗ trợ trực tiếp', 'Kinh phí thử nghiệm sản phẩm (hành trình e2e)'],
      [2019, 'Hỗ trợ cung cấp dịch vụ', 'Tư vấn trước giai đoạn của Kế hoạch (hành trình e2e)'],
    ]
    for (const [i, [year, kind, given]] of records.entries()) {
      await addRow.click()
      const row = `#field-supportRecords__${rows + i}`
      await page.locator(`${row}__year`).fill(String(year))
      await page.locator(`${row}__kind .rs__control`).click()
      await page.locator('.rs__option', { hasText: kind }).click()
      await page.locator(`${row}__given`).fill(given)
    }
    // Let the autosave of these edits land first: its answer would replace the form's state.
    await page.waitForTimeout(5_000)
    await page.locator('#action-save').click()
    const saved = await waitFor(
      'the startup to be published with its two new records',
      async () => {
        const doc = await chief.get<StartupDoc & { _status: string }>(
          `/api/startups/${startup!.id}?depth=0&draft=false`,
        )
        return doc._status === 'published' && doc.supportRecords?.length === rows + 2
          ? doc
          : undefined
      },
    )
    expect(saved.supportRecords!.slice(rows).map((r) => [r.year, r.kind])).toEqual([
      [2024, 'direct'],
      [2019, 'service'],
    ])
    // The 2019 record says, on the record, that it counts toward no programme (as the editor
    // opens it again).
    await page.reload()
    const note = page.locator(`#field-supportRecords__${rows + 1}__planNote`)
    await expect
      .poll(() => note.inputValue(), { timeout: 30_000 })
      .toMatch(/Không tính vào kết quả chương trình nào: năm 2019 ngoài giai đoạn 281\/KH-UBND/)
    await expect(
      page.locator(`#field-supportRecords__${rows}__planNote`).inputValue(),
    ).resolves.toMatch(/^Tính vào kết quả: 281\/KH-UBND/)
    await page.screenshot({ path: path.join(shots, 'admin-support-record-not-counted.png') })
    await context.close()
    expect(consoleErrors, 'console errors on the startup’s edit screen').toEqual([])

    const status = await settledStatus()
    expect(status.state).toBe('live')
    const after = await trackerFigures()
    expect(after[DIRECT]).toBe(before[DIRECT]! + 1)
    // Every project counted already had support in the period: the total stays.
    expect(after['du-an-ho-tro']).toBe(before['du-an-ho-tro'])
    const tracker = await get('/ket-qua/')
    const figure = /data-figure="du-an-ho-tro-truc-tiep"[^>]*>([^<]*)</.exec(tracker.text)?.[1]
    expect(figure).toMatch(new RegExp(`^${after[DIRECT]}\\b`))
    // The directory's open data has the two records too, served as CSV.
    const csv = await get('/he-sinh-thai/du-lieu/ho-tro-du-an.csv')
    expect(csv.type).toMatch(/^text\/csv/)
    expect(
      csv.text.split('\r\n').filter((line) => line.startsWith(`${startup!.slug},`)),
    ).toHaveLength(rows + 2)
  })

  it('the directory’s other edit screens load without console errors', async () => {
    const { context, page } = await newAdminPage(ACCOUNTS.chief)
    const consoleErrors = collectConsoleErrors(page)
    for (const collection of ['people', 'support-organizations', 'programmes']) {
      const { docs } = await chief.get<{ docs: { id: number }[] }>(
        `/api/${collection}?depth=0&limit=1`,
      )
      await page.goto(`${hub.cmsUrl}/admin/collections/${collection}/${docs[0]!.id}`)
      await page.waitForSelector('#action-save', { timeout: 60_000 })
      await page.waitForLoadState('networkidle')
    }
    await context.close()
    expect(consoleErrors).toEqual([])
  })
})

describe('7. accessibility of every page template on the live site', () => {
  it('axe-core finds no serious or critical violations', async () => {
    const pages = livePages()
    const firstOf = (prefix: string) => {
      const key = Object.keys(pages).find((k) => k.startsWith(prefix) && k.endsWith(':vi'))
      if (!key) throw new Error(`The live site has no page for ${prefix}`)
      return pages[key]!
    }
    const templates: Record<string, string> = {
      home: '/',
      englishHome: '/en/',
      sectionListing: '/tin-tuc/',
      article: article.path,
      feature: firstOf('features:'),
      policyNotice: firstOf('policy-notices:'),
      event: firstOf('events:'),
      topic: firstOf('topics:'),
      outlet: firstOf('outlets:'),
      library: '/van-ban/',
      search: '/tim-kiem/?q=khởi nghiệp',
      notFound: '/khong-co-trang-nay/',
      about: '/gioi-thieu/',
    }
    // The portal's CSP allows no inline script; axe-core is the test's, injected past it.
    const page = await browser.newPage({ bypassCSP: true })
    const found: Record<string, string[]> = {}
    for (const [template, sitePath] of Object.entries(templates)) {
      const res = await page.goto(`${hub.siteUrl}${encodeURI(sitePath)}`, {
        waitUntil: 'networkidle',
      })
      expect(res?.status(), sitePath).toBe(template === 'notFound' ? 404 : 200)
      const { lines, passes } = await seriousViolations(page)
      expect(passes, sitePath).toBeGreaterThan(10)
      if (lines.length) found[`${template} ${sitePath}`] = lines
    }
    await page.close()
    expect(found).toEqual({})
  })
})

describe('8. screenshots of the home page and an article, phone and desktop', () => {
  it('saves them to test-results/screenshots (and the README ones to docs/screenshots with E2E_UPDATE_DOCS=1)', async () => {
    const docs = path.resolve('docs/screenshots')
    fs.mkdirSync(docs, { recursive: true })
    const sizes = { phone: { width: 390, height: 844 }, desktop: { width: 1366, height: 900 } }
    for (const [device, viewport] of Object.entries(sizes)) {
      const context = await browser.newContext({ viewport, deviceScaleFactor: 1 })
      const page = await context.newPage()
      for (const [name, sitePath] of [
        ['home', '/'],
        ['article', article.path],
      ]) {
        await page.goto(`${hub.siteUrl}${sitePath}`, { waitUntil: 'networkidle' })
        const file = path.join(shots, `site-${name}-${device}.png`)
        await page.screenshot({ path: file })
        const { width, height } = await sharp(file).metadata()
        expect([width, height]).toEqual([viewport.width, viewport.height])
      }
      await context.close()
    }
    // The README's copies, palette-quantised to keep the repository small; written to
    // test-results/ on every run and into docs/ only when asked (E2E_UPDATE_DOCS=1), so a
    // test run does not change committed files.
    const readme = process.env.E2E_UPDATE_DOCS === '1' ? docs : shots
    for (const name of ['site-home-desktop.png', 'site-article-phone.png']) {
      const target = path.join(
        readme,
        name.replace('.png', readme === docs ? '.png' : '.readme.png'),
      )
      await sharp(path.join(shots, name))
        .png({ palette: true, quality: 90, compressionLevel: 9 })
        .toFile(target)
      expect(fs.statSync(target).size).toBeLessThan(250_000)
    }
  })
})
