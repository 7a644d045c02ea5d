/**
 * `npm run bench [-- --items 10000] [--edits 5] [--keep] [--reuse DIR] [--no-doc]`
 *
 * Generates a realistic archive in a temporary database (the demo content, then copies of its
 * articles, features, policy notices and events up to `--items`, Vietnamese titles with tone
 * marks, covers, topics, outlets, an English version for about a quarter), then measures:
 * - the full cold build (admin excluded): seconds, pages, peak RSS of the build process tree;
 * - publish to live: from a Local API publish to the new HTML served by the live server, over
 *   `--edits` edits (half edits of live articles, half new articles), p50 and max;
 * - a rebuild with nothing changed: seconds, pages rendered, share cards rendered;
 * - share cards per second (channels/cards) and cards rendered again for unchanged items;
 * - all feeds (channels/feeds): seconds and the largest feed's bytes;
 * - the CMS REST API (Payload's handler in a node:http server, a separate process): a list of
 *   20 articles at 20 connections for 10 s with autocannon, p50/p95;
 * - an article page: HTML bytes (raw and brotli), CSS bytes, JS bytes.
 * Prints one JSON object and writes the figures to docs/PERFORMANCE.md (one section per item
 * count). `--reuse DIR` starts from the database of an earlier `--keep` run.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { writeSync } from 'node:fs'
import fs from 'node:fs/promises'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { brotliCompressSync, constants as zlibConstants } from 'node:zlib'

import type { Result as LoadResult } from 'autocannon'
import type { Payload, PayloadRequest } from 'payload'

import { seededRandom } from '@cms/seed/images'

const argv = process.argv.slice(2)
const flag = (name: string) => argv.includes(name)
const option = (name: string, fallback: string) => {
  const index = argv.indexOf(name)
  return index >= 0 && argv[index + 1] ? argv[index + 1]! : fallback
}

const ITEMS = Math.max(100, Number(option('--items', '10000')))
const EDITS = Math.max(1, Number(option('--edits', '5')))
const REUSE = flag('--reuse') ? path.resolve(option('--reuse', '')) : null
const KEEP = flag('--keep')
const WRITE_DOC = !flag('--no-doc')

/** Share of each type in the generated archive. */
const MIX = { articles: 0.6, features: 0.15, 'policy-notices': 0.1, events: 0.15 } as const
type ItemCollection = keyof typeof MIX
const ENGLISH_SHARE = 0.25

const log = (message: string) => process.stderr.write(`[bench ${elapsed()}] ${message}\n`)
const startedAt = Date.now()
const elapsed = () => `${((Date.now() - startedAt) / 1000).toFixed(0)}s`.padStart(5)
const round = (value: number, digits = 2) => Number(value.toFixed(digits))
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[index]!
}

// ---------------------------------------------------------------------------------------------
// Environment: everything in one temporary directory inside the project (Astro's server bundle
// resolves node_modules from its outDir).

async function prepareDirectories() {
  const cacheRoot = path.resolve('node_modules/.cache')
  await fs.mkdir(cacheRoot, { recursive: true })
  const dir = REUSE ?? (await fs.mkdtemp(path.join(cacheRoot, 'hub-bench-')))
  const site = path.join(dir, `site-${Date.now()}`)
  process.env.DATABASE_URL = `file:${path.join(dir, 'hub.db')}`
  process.env.MEDIA_DIR = path.join(dir, 'media')
  process.env.SITE_PUBLISH_DIR = site
  process.env.OG_CACHE_DIR = path.join(dir, 'og')
  process.env.PAYLOAD_SECRET ||= randomBytes(32).toString('hex')
  process.env.PREVIEW_SECRET ||= randomBytes(32).toString('hex')
  process.env.SEED_PASSWORD ||= randomBytes(12).toString('hex')
  return { dir, site }
}

async function openBenchPayload(): Promise<Payload> {
  const [{ getPayload }, { default: config }, { migrateDatabase }] = await Promise.all([
    import('payload'),
    import('@cms/payload.config'),
    import('@cms/migrate'),
  ])
  const payload = await getPayload({ config })
  await migrateDatabase(payload)
  return payload
}

// ---------------------------------------------------------------------------------------------
// The archive.

const SUBJECTS = [
  'Hải Phòng',
  'Sở Khoa học và Công nghệ',
  'Thành đoàn Hải Phòng',
  'Trường Đại học Hàng hải Việt Nam',
  'Doanh nghiệp trẻ Đồ Sơn',
  'Quỹ đầu tư khởi nghiệp',
  'Trung tâm hỗ trợ khởi nghiệp',
  'Hội doanh nhân trẻ',
  'Cảng Lạch Huyện',
  'Nhóm sinh viên Thủy Nguyên',
]
const ACTIONS = [
  'ra mắt',
  'kết nối',
  'hỗ trợ',
  'tổng kết',
  'khởi động',
  'công bố',
  'thúc đẩy',
  'ươm tạo',
  'đầu tư vào',
  'đồng hành cùng',
]
const OBJECTS = [
  'mạng lưới cố vấn khởi nghiệp',
  'dự án chuyển đổi số cho ngư dân',
  'không gian làm việc chung',
  'chương trình tăng tốc doanh nghiệp',
  'sàn giao dịch công nghệ',
  'cuộc thi ý tưởng đổi mới sáng tạo',
  'giải pháp logistics thông minh',
  'vườn ươm công nghệ cao',
  'hệ sinh thái khởi nghiệp',
  'sản phẩm OCOP ứng dụng công nghệ',
]
const PLACES = [
  'tại Cát Bà',
  'ở quận Lê Chân',
  'tại Kiến An',
  'ở huyện An Dương',
  'tại khu kinh tế Đình Vũ',
  'ở Hồng Bàng',
  'tại Dương Kinh',
  'ở Tiên Lãng',
]

type Doc = Record<string, unknown> & { id: number }

const isLocaleObject = (value: unknown): value is { vi?: unknown; en?: unknown } =>
  Boolean(value) &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  'vi' in (value as object) &&
  Object.keys(value as object).every((key) => key === 'vi' || key === 'en')

/**
 * A copy of a document read with `locale: 'all'`, as the database adapter stores it: localised
 * values stay `{ vi, en }` (English dropped unless `english`), array rows get new ids.
 */
function copyForInsert(value: unknown, english: boolean): unknown {
  if (Array.isArray(value)) return value.map((row) => copyForInsert(row, english))
  if (!value || typeof value !== 'object') return value
  if (isLocaleObject(value)) {
    return english ? value : { vi: value.vi }
  }
  const out: Record<string, unknown> = {}
  for (const [key, inner] of Object.entries(value)) {
    if (key === 'id' && typeof inner === 'string') {
      out.id = randomBytes(12).toString('hex')
      continue
    }
    out[key] = copyForInsert(inner, english)
  }
  return out
}

const shiftDays = (iso: unknown, days: number) =>
  typeof iso === 'string'
    ? new Date(new Date(iso).getTime() + days * 86_400_000).toISOString()
    : iso

/**
 * The demo content (through the Local API, with every hook), then copies of its published
 * items written straight through the database adapter, 250 per transaction: the same rows the
 * Local API would write, at a fraction of the time (hooks, validation and version history
 * skipped), so 10,000 items take about a minute instead of ten.
 */
async function generateArchive(payload: Payload, target: number) {
  const { seedDemoContent } = await import('@cms/seed')
  const { toVietnameseSlug } = await import('@collections/lib/slug')
  log('seeding the demo content (outlets, topics, users, images, documents)…')
  await seedDemoContent(payload, { log: () => {} })

  const templates = {} as Record<ItemCollection, Doc[]>
  for (const collection of Object.keys(MIX) as ItemCollection[]) {
    const { docs } = await payload.find({
      collection,
      locale: 'all',
      depth: 0,
      pagination: false,
      overrideAccess: true,
      where: { _status: { equals: 'published' } },
    })
    templates[collection] = docs as unknown as Doc[]
  }
  const existing = (
    await Promise.all(
      Object.keys(MIX).map((collection) =>
        payload.count({ collection: collection as ItemCollection, overrideAccess: true }),
      ),
    )
  ).reduce((sum, { totalDocs }) => sum + totalDocs, 0)

  const random = seededRandom(281)
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!
  const plan: ItemCollection[] = []
  for (const [collection, share] of Object.entries(MIX) as [ItemCollection, number][]) {
    for (let i = 0; i < Math.round((target - existing) * share); i++) plan.push(collection)
  }
  plan.sort(() => random() - 0.5)
  log(`generating ${plan.length} items (${existing} from the demo content)…`)

  const BATCH = 250
  let made = 0
  for (let start = 0; start < plan.length; start += BATCH) {
    const transactionID = (await payload.db.beginTransaction())!
    try {
      for (const collection of plan.slice(start, start + BATCH)) {
        const n = ++made
        const template = pick(templates[collection])
        const templateTitle = template.title as { vi: string; en?: string }
        const english = Boolean(templateTitle.en) && random() < ENGLISH_SHARE
        const days = -Math.floor(random() * 5 * 365)
        const headline = `${pick(SUBJECTS)} ${pick(ACTIONS)} ${pick(OBJECTS)} ${pick(PLACES)}`
        const title = `${headline} – số ${n}`
        const now = new Date().toISOString()
        const data = copyForInsert(template, english) as Record<string, unknown>
        for (const field of ['id', 'createdAt', 'updatedAt']) delete data[field]
        Object.assign(data, {
          title: english ? { vi: title, en: `${templateTitle.en} – no. ${n}` } : { vi: title },
          slug: `${toVietnameseSlug(headline, 80)}-${n}`,
          _status: 'published',
          publishedAt: shiftDays(now, days),
          createdAt: now,
          updatedAt: now,
        })
        if (collection === 'policy-notices') {
          const suffix = String(template.documentNumber ?? '/KH-UBND').replace(/^[^/]*/, '')
          data.documentNumber = `${5000 + n}${suffix}`
          data.issueDate = shiftDays(now, days)
          data.effectiveDate = shiftDays(data.issueDate, 10)
          delete data.expiryDate
        }
        if (collection === 'events') {
          data.startsAt = shiftDays(now, Math.floor((random() - 0.7) * 2 * 365))
          data.endsAt = shiftDays(data.startsAt, 0.2)
          delete data.registrationDeadline
        }
        if (collection === 'features') {
          for (const field of ['airDate', 'editionDate']) {
            if (data[field]) data[field] = shiftDays(now, days)
          }
        }
        await payload.db.create({
          collection,
          data,
          req: { transactionID } as unknown as PayloadRequest,
          returning: false,
        })
      }
      await payload.db.commitTransaction(transactionID)
    } catch (error) {
      await payload.db.rollbackTransaction(transactionID)
      throw error
    }
    if (made % 2000 < BATCH) log(`  ${made} / ${plan.length}`)
  }
  // The seed queued a rebuild: the bench runs its own builds.
  const { PENDING_REBUILD } = await import('@cms/publish/queue')
  if (payload.config.jobs?.enabled) {
    await payload.delete({
      collection: 'payload-jobs',
      where: PENDING_REBUILD,
      overrideAccess: true,
    })
  }
}

// ---------------------------------------------------------------------------------------------
// Memory of the build: the build child and everything it starts (esbuild, workers).

async function treeRssKb(root: number): Promise<number> {
  const parents = new Map<number, number>()
  for (const name of await fs.readdir('/proc').catch(() => [] as string[])) {
    if (!/^\d+$/.test(name)) continue
    const stat = await fs.readFile(`/proc/${name}/stat`, 'utf8').catch(() => '')
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
    if (ppid) parents.set(Number(name), ppid)
  }
  const tree = new Set([root])
  for (let grew = true; grew;) {
    grew = false
    for (const [pid, ppid] of parents) {
      if (tree.has(ppid) && !tree.has(pid)) {
        tree.add(pid)
        grew = true
      }
    }
  }
  let total = 0
  for (const pid of tree) {
    const status = await fs.readFile(`/proc/${pid}/status`, 'utf8').catch(() => '')
    // The root's high-water mark catches peaks between samples.
    const field = pid === root ? /VmHWM:\s+(\d+)/ : /VmRSS:\s+(\d+)/
    total += Number(field.exec(status)?.[1] ?? 0)
  }
  return total
}

function sampleMemory() {
  let peakKb = 0
  let timer: NodeJS.Timeout | null = null
  return {
    onBuildSpawn: (pid: number) => {
      timer = setInterval(() => {
        void treeRssKb(pid).then((kb) => {
          peakKb = Math.max(peakKb, kb)
        })
      }, 1000)
    },
    stop: () => {
      if (timer) clearInterval(timer)
      return round(peakKb / 1024 / 1024, 2)
    },
  }
}

// ---------------------------------------------------------------------------------------------
// The CMS REST API, served by Payload's own handler in a separate process.

async function serveApi() {
  const payload = await openBenchPayload()
  const { handleEndpoints } = await import('payload')
  const { withPublicReadCache } = await import('@cms/api/publicReadCache')
  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1')
      const request = new Request(url, { method: req.method, headers: req.headers as HeadersInit })
      // As the Next.js route serves it (cms/app/(payload)/api/[...slug]/route.ts).
      const response = await withPublicReadCache((request: Request) =>
        handleEndpoints({ config: payload.config, path: url.pathname, request }),
      )(request)
      const body = Buffer.from(await response.arrayBuffer())
      res.writeHead(response.status, Object.fromEntries(response.headers))
      res.end(body)
    } catch (error) {
      res.writeHead(500)
      res.end(String(error))
    }
  })
  server.listen(0, '127.0.0.1', () => {
    process.stdout.write(`READY ${(server.address() as AddressInfo).port}\n`)
  })
}

async function startApiProcess(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/bench.ts', '--serve-api'], {
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const port = await new Promise<number>((resolve, reject) => {
    let text = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      text += chunk.toString()
      const match = /READY (\d+)/.exec(text)
      if (match) resolve(Number(match[1]))
    })
    child.on('exit', (code) => reject(new Error(`The API server exited (${code})`)))
  })
  return { child, url: `http://127.0.0.1:${port}` }
}

async function loadTest(url: string) {
  const { default: autocannon } = await import('autocannon')
  // Warm up (first queries compile statements, fill caches).
  for (let i = 0; i < 30; i++) await fetch(url).then((res) => res.arrayBuffer())
  const latencies: number[] = []
  const errors: string[] = []
  const result = await new Promise<LoadResult>((resolve, reject) => {
    const instance = autocannon({ url, connections: 20, duration: 10 }, (error, res) =>
      error ? reject(error) : resolve(res),
    )
    instance.on('response', (_client, status, _bytes, time) => {
      latencies.push(time)
      if (status !== 200) errors.push(String(status))
    })
  })
  return {
    requests: result.requests.total,
    requestsPerSecond: round(result.requests.average, 1),
    p50Ms: round(percentile(latencies, 50), 1),
    p95Ms: round(percentile(latencies, 95), 1),
    maxMs: round(Math.max(...latencies), 1),
    non200: errors.length + result.errors,
  }
}

// ---------------------------------------------------------------------------------------------
// Share cards and feeds, through the modules the site uses.

async function benchCards(payload: Payload, count: number) {
  const og = await import('@channels/cards').catch(() => null)
  if (!og) return { status: 'n/a: channels/cards is not there' }
  const { SAMPLE_CARDS } = await import('@channels/cards/samples')
  const cacheDir = path.join(process.env.OG_CACHE_DIR!, 'bench')
  await fs.rm(cacheDir, { recursive: true, force: true })
  const samples = {
    articles: SAMPLE_CARDS.article,
    features: SAMPLE_CARDS.feature,
    'policy-notices': SAMPLE_CARDS.policyNotice,
    events: SAMPLE_CARDS.event,
  } as const
  const cards: import('@channels/cards').CardData[] = []
  for (const collection of Object.keys(samples) as ItemCollection[]) {
    const { docs } = await payload.find({
      collection,
      limit: Math.ceil(count / 4),
      depth: 0,
      overrideAccess: true,
      select: { title: true, publishedAt: true },
    })
    for (const doc of docs as unknown as { title: string; publishedAt?: string }[]) {
      cards.push({
        ...samples[collection],
        title: doc.title,
        ...(collection === 'articles' ? { publishedAt: doc.publishedAt } : {}),
      } as import('@channels/cards').CardData)
    }
  }
  const run = async () => {
    let rendered = 0
    let next = 0
    const started = performance.now()
    const worker = async () => {
      while (next < cards.length) {
        const card = await og.getOrRenderCard(cards[next++]!, { cacheDir })
        if (!card.cached) rendered++
      }
    }
    await Promise.all([worker(), worker()])
    return { rendered, seconds: (performance.now() - started) / 1000 }
  }
  const first = await run()
  const second = await run()
  return {
    cards: cards.length,
    cardsPerSecond: round(first.rendered / first.seconds, 1),
    unchangedRebuildRendered: second.rendered,
    unchangedPassSeconds: round(second.seconds, 2),
    source:
      'cardsPerSecond: getOrRenderCard (channels/cards) on 200 items into an empty cache, 2 at a time; unchangedRebuildRendered: the same cards asked again',
  }
}

async function benchFeeds(payload: Payload, releasePublic: string) {
  const feeds = await import('@channels/feeds').catch(() => null)
  const built = (await listFilesRecursive(releasePublic)).filter((file) =>
    /(^|\/)(rss\.xml|feed\.json)$/.test(file),
  )
  const builtSizes = await Promise.all(
    built.map((file) => fs.stat(path.join(releasePublic, file)).then((stat) => stat.size)),
  )
  if (!feeds) {
    return built.length > 0
      ? { feeds: built.length, largestBytes: Math.max(...builtSizes), source: 'site build' }
      : { status: 'n/a: channels/feeds is not there' }
  }
  const { convertLexicalToHTML } = await import('@payloadcms/richtext-lexical/html')
  const { itemPath } = await import('@site/lib/routes')
  const kinds = {
    articles: 'article',
    features: 'feature',
    'policy-notices': 'policy',
    events: 'event',
  } as const
  const siteUrl = 'http://localhost:4321'
  const loadStarted = performance.now()
  type Item = import('@channels/feeds').FeedItem & { topicIds: number[]; outletId: number | null }
  const items: Record<'vi' | 'en', Item[]> = { vi: [], en: [] }
  for (const lang of ['vi', 'en'] as const) {
    for (const collection of Object.keys(kinds) as ItemCollection[]) {
      const { docs } = await payload.find({
        collection,
        locale: lang,
        fallbackLocale: false,
        depth: 0,
        pagination: false,
        overrideAccess: true,
        where: { _status: { equals: 'published' } },
      })
      for (const doc of docs as unknown as Record<string, any>[]) {
        if (!doc.title || !doc.slug) continue
        const body = doc.body ?? doc.fullText
        items[lang].push({
          collection,
          id: doc.id,
          title: doc.title,
          url: `${siteUrl}${itemPath(kinds[collection], doc.slug, lang)}`,
          publishedAt: doc.publishedAt ?? doc.createdAt,
          updatedAt: doc.updatedAt,
          summary: doc.sapo ?? doc.summary ?? doc.abstract ?? null,
          contentHtml: body ? convertLexicalToHTML({ data: body }) : null,
          topicIds: (doc.topics ?? []).map((t: unknown) => Number(t)),
          outletId: doc.outlet ? Number(doc.outlet) : null,
        })
      }
    }
  }
  const loadSeconds = (performance.now() - loadStarted) / 1000
  const [topics, outlets] = await Promise.all([
    payload.find({ collection: 'topics', depth: 0, pagination: false, overrideAccess: true }),
    payload.find({ collection: 'outlets', depth: 0, pagination: false, overrideAccess: true }),
  ])
  const started = performance.now()
  let count = 0
  let largest = 0
  for (const lang of ['vi', 'en'] as const) {
    const sets: Item[][] = [
      items[lang],
      ...(Object.keys(kinds) as ItemCollection[]).map((c) =>
        items[lang].filter((i) => i.collection === c),
      ),
      ...topics.docs.map((t) => items[lang].filter((i) => i.topicIds.includes(t.id))),
      ...outlets.docs.map((o) => items[lang].filter((i) => i.outletId === o.id)),
    ]
    for (const set of sets) {
      const channel = {
        title: 'Cổng thông tin khởi nghiệp Hải Phòng',
        language: lang,
        siteUrl,
        feedUrl: `${siteUrl}/rss.xml`,
      }
      for (const text of [
        feeds.generateRssFeed(channel, set),
        feeds.generateJsonFeed(channel, set),
      ]) {
        count++
        largest = Math.max(largest, Buffer.byteLength(text))
      }
    }
  }
  return {
    feeds: count,
    seconds: round((performance.now() - started) / 1000, 2),
    loadSeconds: round(loadSeconds, 2),
    largestBytes: largest,
    source:
      'seconds: channels/feeds generating RSS + JSON Feed per site, section, topic and outlet in both languages from every published item (loading them: loadSeconds); largest bytes: the same feeds',
    ...(built.length > 0
      ? { builtFeeds: built.length, builtLargestBytes: Math.max(...builtSizes) }
      : {}),
  }
}

async function listFilesRecursive(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
}

// ---------------------------------------------------------------------------------------------
// An article page as a browser gets it.

async function measureArticlePage(releasePublic: string, slug: string) {
  const html = await fs.readFile(path.join(releasePublic, 'tin-tuc', slug, 'index.html'))
  const text = html.toString('utf8')
  const fileSize = async (href: string) =>
    href.startsWith('/')
      ? ((await fs.stat(path.join(releasePublic, href.split('?')[0]!)).catch(() => null))?.size ??
        0)
      : 0
  let css = 0
  for (const [, href] of text.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g))
    css += await fileSize(href!)
  for (const [, style] of text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g))
    css += Buffer.byteLength(style!)
  let js = 0
  for (const [, attrs, body] of text.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/application\/ld\+json/.test(attrs!)) continue
    const src = /src="([^"]+)"/.exec(attrs!)?.[1]
    js += src ? await fileSize(src) : Buffer.byteLength(body!)
  }
  return {
    url: `/tin-tuc/${slug}/`,
    htmlBytes: html.length,
    htmlBrotliBytes: brotliCompressSync(html, {
      params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 },
    }).length,
    cssBytes: css,
    jsBytes: js,
  }
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const dirs = await prepareDirectories()
  log(`working in ${dirs.dir}`)
  const payload = await openBenchPayload()
  const { publishSite } = await import('@cms/publish/pipeline')
  const { publishLayout, releasePublicDir } = await import('@cms/publish/layout')
  const { startLiveSite } = await import('@cms/publish/server')
  const { startSitePublisher } = await import('@cms/publish/runner')
  const { rebuildDebounceMs } = await import('@cms/publish/queue')

  if (!REUSE) await generateArchive(payload, ITEMS)
  // What the server does after migrating (see cms/publish/statistics.ts).
  const { refreshQueryStatistics } = await import('@cms/publish/statistics')
  await refreshQueryStatistics(payload)
  const counts = Object.fromEntries(
    await Promise.all(
      (Object.keys(MIX) as ItemCollection[]).map(async (collection) => [
        collection,
        (
          await payload.count({
            collection,
            overrideAccess: true,
            where: { _status: { equals: 'published' } },
          })
        ).totalDocs,
      ]),
    ),
  ) as Record<ItemCollection, number>
  const totalItems = Object.values(counts).reduce((a, b) => a + b, 0)
  log(`archive: ${JSON.stringify(counts)}`)

  // 1. Full cold build.
  const layout = publishLayout(dirs.site)
  log('cold build…')
  const memory = sampleMemory()
  const cold = await publishSite({
    payload,
    layout,
    trigger: 'bench: cold build',
    onBuildSpawn: memory.onBuildSpawn,
  })
  const peakGb = memory.stop()
  if (!cold.ok) throw new Error(`The cold build failed: ${cold.reason}\n${cold.log.join('\n')}`)
  log(`cold build: ${cold.seconds.toFixed(1)} s, ${cold.pagesTotal} pages, peak ${peakGb} GB`)

  // 2. Publish to live: the save's hook queues the rebuild, the publisher runs it.
  const site = await startLiveSite({ layout, port: 0, host: '127.0.0.1' })
  const publisher = startSitePublisher(payload, { buildAtStart: false, intervalMs: 250 })
  const { docs: liveArticles } = await payload.find({
    collection: 'articles',
    limit: EDITS,
    depth: 0,
    overrideAccess: true,
    sort: '-publishedAt',
    where: { _status: { equals: 'published' } },
  })
  const { docs: outletDocs } = await payload.find({ collection: 'outlets', limit: 1, depth: 0 })
  const edits: { kind: string; seconds: number; pagesRendered: number; pagesReused: number }[] = []
  for (let i = 0; i < EDITS; i++) {
    const title = `Tin nóng Hải Phòng: khởi nghiệp xanh bứt phá lần ${i + 1} (${Date.now()})`
    const isNew = i % 2 === 1 || !liveArticles[i]
    const started = performance.now()
    let slug: string
    if (isNew) {
      const doc = await payload.create({
        collection: 'articles',
        data: {
          title,
          outlet: outletDocs[0]!.id,
          sapo: 'Bài viết mới của phép đo.',
          _status: 'published',
        },
        depth: 0,
        overrideAccess: true,
      })
      slug = doc.slug!
    } else {
      const doc = await payload.update({
        collection: 'articles',
        id: liveArticles[i]!.id,
        data: { title, _status: 'published' },
        depth: 0,
        overrideAccess: true,
      })
      slug = doc.slug!
    }
    const deadline = Date.now() + 180_000
    for (;;) {
      const res = await fetch(`${site.url}/tin-tuc/${slug}/`).catch(() => null)
      if (res?.ok && (await res.text()).includes(title.replace(/&/g, '&amp;'))) break
      if (Date.now() > deadline) throw new Error(`Edit ${i + 1} did not go live within 180 s`)
      await sleep(50)
    }
    const seconds = (performance.now() - started) / 1000
    await publisher.idle()
    const release = JSON.parse(
      await fs.readFile(path.join(layout.current, 'release.json'), 'utf8'),
    ) as { pagesRendered: number; pagesReused: number }
    edits.push({
      kind: isNew ? 'new article' : 'edit of a live article',
      seconds: round(seconds),
      pagesRendered: release.pagesRendered,
      pagesReused: release.pagesReused,
    })
    log(
      `edit ${i + 1}: live after ${seconds.toFixed(1)} s (${release.pagesRendered} pages rendered)`,
    )
  }
  // 3. A rebuild with nothing changed (in the same warm build worker).
  const { changedFiles, indexFiles } = await import('@cms/publish/files')
  const ogCache = process.env.OG_CACHE_DIR!
  const [beforeUnchanged, cardsBefore] = await Promise.all([
    indexFiles(layout.workClient),
    indexFiles(ogCache),
  ])
  const unchanged = await publishSite({ payload, layout, trigger: 'bench: nothing changed' })
  const pngs = (files: Iterable<string>) =>
    [...files].filter((file) => file.endsWith('.png')).length
  // A card is rendered only on a cache miss, and every render adds a file to the card cache.
  const cardsRenderedByUnchangedBuild = pngs(changedFiles(cardsBefore, await indexFiles(ogCache)))
  const cardFilesRewrittenByUnchangedBuild = pngs(
    changedFiles(beforeUnchanged, await indexFiles(layout.workClient)),
  )
  if (!unchanged.ok) throw new Error(`The unchanged rebuild failed: ${unchanged.reason}`)
  log(
    `unchanged rebuild: ${unchanged.seconds.toFixed(1)} s, ${unchanged.pagesRendered} pages rendered`,
  )

  const releasePublic = releasePublicDir(
    path.resolve(layout.root, await fs.readlink(layout.current)),
  )
  const cards = {
    ...(await benchCards(payload, Math.min(200, totalItems))),
    // Cards the site can show (its manifest); they are drawn on first request, except those
    // whose byte length a feed enclosure needs, which the build draws.
    cardsInBuild: Object.keys(
      JSON.parse(await fs.readFile(path.join(releasePublic, 'og', 'cards.json'), 'utf8')),
    ).length,
    cardsRenderedByUnchangedBuild,
    cardFilesRewrittenByUnchangedBuild,
  }
  log(`cards: ${JSON.stringify(cards)}`)
  const feeds = await benchFeeds(payload, releasePublic)
  log(`feeds: ${JSON.stringify(feeds)}`)
  const withCover = await payload.find({
    collection: 'articles',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    where: { and: [{ _status: { equals: 'published' } }, { cover: { exists: true } }] },
  })
  const page = await measureArticlePage(
    releasePublic,
    (withCover.docs[0] ?? liveArticles[0])!.slug!,
  )
  // The REST test wants this process idle: no queue polling, no build worker.
  await publisher.stop()
  await site.close()

  // 4. The REST API, in its own process (the bench process stays idle meanwhile).
  log('REST API load test…')
  const api = await startApiProcess()
  let rest
  try {
    rest = {
      list20: await loadTest(`${api.url}/api/articles?limit=20`),
      list20Depth0: await loadTest(`${api.url}/api/articles?limit=20&depth=0`),
    }
  } finally {
    api.child.kill()
  }

  const report = {
    date: new Date().toISOString(),
    machine: {
      cores: os.availableParallelism(),
      cpu: os.cpus()[0]?.model ?? 'unknown',
      memoryGb: round(os.totalmem() / 1024 ** 3, 1),
      node: process.version,
      loadAverageAtEnd: os.loadavg().map((l) => round(l, 1)),
    },
    requestedItems: ITEMS,
    items: totalItems,
    itemsByType: counts,
    coldBuild: {
      seconds: round(cold.seconds, 1),
      astroSeconds: round(cold.buildSeconds, 1),
      pages: cold.pagesTotal,
      peakRssGb: peakGb,
    },
    publishToLive: {
      via: 'hook → jobs queue → publisher',
      debounceMs: rebuildDebounceMs(),
      p50Seconds: round(
        percentile(
          edits.map((e) => e.seconds),
          50,
        ),
      ),
      maxSeconds: round(Math.max(...edits.map((e) => e.seconds))),
      edits,
    },
    unchangedRebuild: {
      seconds: round(unchanged.seconds, 1),
      astroSeconds: round(unchanged.buildSeconds, 1),
      pagesRendered: unchanged.pagesRendered,
      pagesReused: unchanged.pagesReused,
    },
    shareCards: cards,
    feeds,
    restApi: rest,
    articlePage: page,
    totalSeconds: round((Date.now() - startedAt) / 1000, 0),
  }
  const json = `${JSON.stringify(report, null, 2)}\n`
  // The report goes to fd 3 when run by the outer process (see the end of this file).
  if (flag('--inner')) writeSync(3, json)
  else process.stdout.write(json)
  if (WRITE_DOC) await writePerformanceDoc(report)

  await payload.destroy()
  if (!KEEP) await fs.rm(REUSE ? dirs.site : dirs.dir, { recursive: true, force: true })
  else log(`kept ${dirs.dir} (reuse it with --reuse ${dirs.dir})`)
}

// ---------------------------------------------------------------------------------------------

type Report = Record<string, any>

const met = (ok: boolean) => (ok ? '✅' : '❌')

function renderSection(r: Report): string {
  const cards = r.shareCards
  const feeds = r.feeds
  const list = r.restApi.list20
  const list0 = r.restApi.list20Depth0
  const rows = [
    [
      'Full cold build (admin excluded)',
      `${r.coldBuild.seconds} s (Astro ${r.coldBuild.astroSeconds} s), ${r.coldBuild.pages} pages`,
      '≤ 60 s',
      met(r.coldBuild.seconds <= 60),
    ],
    [
      'Cold build peak RSS (build process tree)',
      `${r.coldBuild.peakRssGb} GB`,
      '≤ 2.5 GB',
      met(r.coldBuild.peakRssGb <= 2.5),
    ],
    [
      'Publish → live, p50 / max',
      `${r.publishToLive.p50Seconds} s / ${r.publishToLive.maxSeconds} s over ${r.publishToLive.edits.length} edits`,
      '≤ 10 s',
      met(r.publishToLive.maxSeconds <= 10),
    ],
    [
      'Rebuild with nothing changed',
      `${r.unchangedRebuild.seconds} s, ${r.unchangedRebuild.pagesRendered} pages rendered, ${r.unchangedRebuild.pagesReused} reused`,
      '',
      '',
    ],
    [
      'Share cards',
      cards.cardsPerSecond !== undefined
        ? `${cards.cardsPerSecond} cards/s; ${cards.unchangedRebuildRendered} rendered again when unchanged; the site has ${cards.cardsInBuild} cards (drawn on first request; the build draws those its feeds need): the unchanged rebuild rendered ${cards.cardsRenderedByUnchangedBuild} (and rewrote ${cards.cardFilesRewrittenByUnchangedBuild} from the card cache)`
        : cards.status,
      'unchanged: 0',
      cards.unchangedRebuildRendered !== undefined
        ? met(cards.unchangedRebuildRendered === 0 && cards.cardsRenderedByUnchangedBuild === 0)
        : 'n/a',
    ],
    [
      'All feeds',
      feeds.largestBytes !== undefined
        ? `${feeds.feeds} feeds generated in ${feeds.seconds ?? 'n/a'} s (+ ${feeds.loadSeconds ?? 'n/a'} s loading items); largest ${feeds.largestBytes} bytes` +
          (feeds.builtFeeds
            ? `; the site build has ${feeds.builtFeeds} feeds, largest ${feeds.builtLargestBytes} bytes`
            : '')
        : feeds.status,
      '',
      '',
    ],
    [
      'REST: 20 articles (default depth), 20 conn × 10 s',
      `p50 ${list.p50Ms} ms, p95 ${list.p95Ms} ms, ${list.requestsPerSecond} req/s`,
      'p95 ≤ 50 ms',
      met(list.p95Ms <= 50),
    ],
    [
      'REST: 20 articles, depth=0',
      `p50 ${list0.p50Ms} ms, p95 ${list0.p95Ms} ms, ${list0.requestsPerSecond} req/s`,
      'p95 ≤ 50 ms',
      met(list0.p95Ms <= 50),
    ],
    [
      'Article page HTML',
      `${r.articlePage.htmlBytes} bytes (brotli ${r.articlePage.htmlBrotliBytes})`,
      '',
      '',
    ],
    [
      'Article page CSS / JS',
      `${r.articlePage.cssBytes} / ${r.articlePage.jsBytes} bytes`,
      'JS 0',
      met(r.articlePage.jsBytes === 0),
    ],
  ]
  return [
    `### ${r.requestedItems.toLocaleString('en')} items`,
    '',
    `Measured ${r.date.slice(0, 16).replace('T', ' ')} UTC on ${r.machine.cores} cores (${r.machine.cpu}), ${r.machine.memoryGb} GB memory, Node ${r.machine.node}; load average at the end ${r.machine.loadAverageAtEnd.join(' / ')}. Items: ${Object.entries(
      r.itemsByType,
    )
      .map(([k, v]) => `${v} ${k}`)
      .join(', ')}. The whole run took ${r.totalSeconds} s.`,
    '',
    '| figure | measured | target | met |',
    '| --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
    `Publish → live went ${r.publishToLive.via} (debounce ${r.publishToLive.debounceMs} ms); per edit: ${r.publishToLive.edits.map((e: Report) => `${e.seconds} s (${e.kind}, ${e.pagesRendered} pages rendered)`).join('; ')}.`,
    '',
    '<details><summary>Raw JSON</summary>',
    '',
    '```json',
    JSON.stringify(r, null, 2),
    '```',
    '',
    '</details>',
  ].join('\n')
}

async function writePerformanceDoc(report: Report) {
  const file = path.resolve('docs/PERFORMANCE.md')
  const existing = await fs.readFile(file, 'utf8').catch(() => '')
  const start = `<!-- bench:${report.requestedItems} -->`
  const end = `<!-- /bench:${report.requestedItems} -->`
  const section = `${start}\n${renderSection(report)}\n${end}`
  const sections = new Map<number, string>()
  for (const match of existing.matchAll(/<!-- bench:(\d+) -->[\s\S]*?<!-- \/bench:\1 -->/g)) {
    sections.set(Number(match[1]), match[0])
  }
  sections.set(report.requestedItems, section)
  const intro = existing.includes('<!-- figures -->')
    ? existing.slice(0, existing.indexOf('<!-- figures -->'))
    : `# Performance\n\nFigures written by \`npm run bench\` (see scripts/bench.ts).\n\n`
  const body = [...sections.entries()].sort(([a], [b]) => a - b).map(([, text]) => text)
  const prettier = await import('prettier')
  const text = await prettier.format(`${intro}<!-- figures -->\n\n${body.join('\n\n')}\n`, {
    ...(await prettier.resolveConfig(file)),
    parser: 'markdown',
  })
  await fs.writeFile(file, text)
  log(`wrote ${path.relative(process.cwd(), file)}`)
}

/**
 * Payload and Astro log to stdout; the measuring runs in a child whose stdout goes to stderr and
 * whose report comes back on fd 3, so this process prints nothing but the JSON.
 */
function runInChild() {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/bench.ts', ...argv, '--inner'],
    { stdio: ['ignore', process.stderr, 'inherit', 'pipe'] },
  )
  let report = ''
  ;(child.stdio[3] as NodeJS.ReadableStream).on('data', (chunk: Buffer) => {
    report += chunk.toString('utf8')
  })
  child.on('exit', (code) => {
    if (report) process.stdout.write(report)
    process.exit(code ?? 1)
  })
}

if (flag('--serve-api')) {
  serveApi().catch((error) => {
    console.error(error)
    process.exit(1)
  })
} else if (!flag('--inner')) {
  runInChild()
} else {
  main()
    .then(() => process.exit(0))
    .catch((error) => {
      console.error(error)
      process.exit(1)
    })
}
