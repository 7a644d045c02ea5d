import fs from 'node:fs/promises'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { compactAfterErasure } from '@cms/jobs/erasePersonalData'
import { stopBuildWorker } from '@cms/publish/build'
import { publishLayout, readCurrentRelease, type PublishLayout } from '@cms/publish/layout'
import { SITE_QUEUE } from '@cms/publish/queue'
import { startLiveSite, type LiveSite } from '@cms/publish/server'
import { sql, sqlDatabase } from '@cms/sqlDatabase'
import { CONSENT_PURGE_TASK } from '@collections/lib/consent'
import type { User } from '@collections/payload-types'
import { consentRecord, makeDepartment } from '../helpers/factories'
import { startTestHub, type TestHub } from '../helpers/payload'
import { request } from '../helpers/rest'

/**
 * Withdrawal of consent erases the person from every copy (issue 15, Law 91/2025/QH15): real
 * Payload on a temp database, real Astro builds through the publish pipeline, the live server
 * drawing a share card, Pagefind indexes; then every file under the site's data directory (its
 * releases, work directory, content cache, search indexes, share-card cache) and every row of
 * the database's version tables and editorial log is searched for the person.
 */
vi.setConfig({ testTimeout: 600_000, hookTimeout: 120_000 })

const PERSON = {
  name: 'Trịnh Thị Rút Đồng Ý',
  slug: 'trinh-thi-rut-dong-y',
  email: 'rut.dong.y@example.vn',
}
const FOUNDER = { name: 'Đỗ Văn Sáng Lập Rút', email: 'sang.lap.rut@example.vn' }
const STAYING_FOUNDER = 'Lê Thị Ở Lại'
const STARTUP = 'Công ty Thử nghiệm Quyền riêng tư'
/** What must vanish: the person's name, slug and e-mail, and the founder's name and e-mail. */
const TRACES = [PERSON.name, PERSON.slug, PERSON.email, FOUNDER.name, FOUNDER.email]

let hub: TestHub
let payload: Payload
let layout: PublishLayout
let cardCacheDir: string
let site: LiveSite
let department: User
let personId: number
let startupId: number
let personCard: string
const previousCardCache = process.env.OG_CACHE_DIR

const as = () => ({ overrideAccess: false as const, user: department })

async function runQueue(queue: string) {
  const result = await payload.jobs.run({ queue, silent: true })
  return Object.values(result.jobStatus ?? {}).map((r) => r.status)
}

async function get(url: string) {
  const res = await fetch(`${site.url}${url}`, { redirect: 'manual' })
  return { status: res.status, text: await res.text() }
}

/** Every file under `dir` (links followed only as files), as text; gzip (Pagefind) unpacked. */
async function filesContaining(dir: string, needles: string[]): Promise<string[]> {
  const found: string[] = []
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true })
  for (const entry of entries) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    let bytes = await fs.readFile(file)
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes)
    const text = bytes.toString('utf8')
    for (const needle of needles) {
      if (text.includes(needle)) found.push(`${path.relative(dir, file)}: ${needle}`)
    }
  }
  return found
}

/** Rows of the version tables of people and startups, and of the editorial log, as text. */
async function databaseRowsContaining(needles: string[]): Promise<string[]> {
  const db = sqlDatabase(payload)!
  const tables = Object.keys(db.tables).filter(
    (table) =>
      table.startsWith('_people_v') ||
      table.startsWith('_startups_v') ||
      table.startsWith('workflow_events') ||
      table.startsWith('payload_jobs'),
  )
  expect(tables).toContain('_people_v')
  const found: string[] = []
  for (const table of tables) {
    const rows = await db.rows(sql.raw(`SELECT * FROM "${table}"`))
    const text = JSON.stringify(rows)
    for (const needle of needles) if (text.includes(needle)) found.push(`${table}: ${needle}`)
  }
  return found
}

beforeAll(async () => {
  process.env.SITE_REBUILD_DEBOUNCE_MS = '0'
  const cache = path.resolve('node_modules/.cache')
  await fs.mkdir(cache, { recursive: true })
  process.env.SITE_PUBLISH_DIR = await fs.mkdtemp(path.join(cache, 'hub-purge-test-'))
  layout = publishLayout()
  // The card cache inside the data directory, so one search covers it.
  cardCacheDir = path.join(layout.root, 'og-cache')
  process.env.OG_CACHE_DIR = cardCacheDir
  hub = await startTestHub()
  payload = hub.payload
  department = (await makeDepartment(payload)).editor.user as User
  site = await startLiveSite({ layout, port: 0, host: '127.0.0.1' })

  const person = await payload.create({
    collection: 'people',
    data: {
      name: PERSON.name,
      email: PERSON.email,
      organisation: 'Quỹ đầu tư thử nghiệm',
      consent: consentRecord(['profile', 'public-contact']),
      _status: 'published',
    },
    ...as(),
  })
  personId = person.id
  // A few versions: a draft edit, then published again.
  await payload.update({
    collection: 'people',
    id: personId,
    data: { position: 'Cố vấn' },
    draft: true,
    ...as(),
  })
  await payload.update({
    collection: 'people',
    id: personId,
    data: { position: 'Cố vấn đầu tư', _status: 'published' },
    ...as(),
  })
  const founder = (name: string, email: string) => ({
    name,
    email,
    role: 'Đồng sáng lập',
    consent: consentRecord(['founder-name', 'public-contact']),
  })
  const startup = await payload.create({
    collection: 'startups',
    data: {
      name: STARTUP,
      summary: 'Nền tảng thử nghiệm cho việc rút lại sự đồng ý.',
      founders: [
        founder(FOUNDER.name, FOUNDER.email),
        founder(STAYING_FOUNDER, 'o.lai@example.vn'),
      ],
      _status: 'published',
    },
    ...as(),
  })
  startupId = startup.id
  await payload.update({
    collection: 'startups',
    id: startupId,
    data: { summary: 'Nền tảng thử nghiệm, bản sửa.', _status: 'published' },
    ...as(),
  })
})

afterAll(async () => {
  stopBuildWorker()
  await site?.close()
  await hub?.cleanup()
  await fs.rm(layout.root, { recursive: true, force: true })
  if (previousCardCache === undefined) delete process.env.OG_CACHE_DIR
  else process.env.OG_CACHE_DIR = previousCardCache
})

describe('before the withdrawal', () => {
  it('the person is on the site, in its feeds, search index, card cache and an older release', async () => {
    expect(await runQueue(SITE_QUEUE)).toEqual(['success'])
    const page = await get(`/he-sinh-thai/chuyen-gia/${PERSON.slug}/`)
    expect(page.status).toBe(200)
    expect(page.text).toContain(PERSON.email)
    const card = /<meta property="og:image" content="[^"]*?(\/og\/[^"]+\.png)"/.exec(page.text)?.[1]
    expect(card).toBeTruthy()
    expect((await fetch(`${site.url}${card}`)).status).toBe(200)
    // A card is pixels, not text: it is found by the content hash its address carries.
    personCard = /-([0-9a-f]{12})\.png$/.exec(card!)![1]!
    expect((await fs.readdir(cardCacheDir)).some((f) => f.startsWith(personCard))).toBe(true)
    const startupPage = await get('/he-sinh-thai/du-an/')
    expect(startupPage.text).toContain(STARTUP)

    // A second release, so an older one is kept beside the live one.
    await payload.update({
      collection: 'people',
      id: personId,
      data: { organisation: 'Quỹ đầu tư thử nghiệm Hải Phòng', _status: 'published' },
      ...as(),
    })
    expect(await runQueue(SITE_QUEUE)).toEqual(['success'])
    expect((await fs.readdir(layout.releases)).length).toBe(2)

    // The search finds nothing the test cannot see: every trace is there to begin with.
    const found = (await filesContaining(layout.root, TRACES)).join('\n')
    for (const trace of TRACES) expect(found).toContain(trace)
    expect(found).toMatch(/^search\//m)
    expect(found).toMatch(/^releases\/.*\.xml: /m)
    const rows = (await databaseRowsContaining(TRACES)).join('\n')
    expect(rows).toContain(`_people_v: ${PERSON.name}`)
    expect(rows).toMatch(/_startups_v_version_founders: Đỗ Văn Sáng Lập Rút/)
  })
})

describe('withdrawing consent', () => {
  it('queues one purge per record, carrying ids only', async () => {
    // The department records the person's withdrawal on a draft (a live profile cannot be
    // saved withdrawn), and a founder's on the startup.
    await payload.update({
      collection: 'people',
      id: personId,
      data: { consent: consentRecord(['profile'], { withdrawnAt: '2026-12-01T17:00:00.000Z' }) },
      draft: true,
      ...as(),
    })
    const doc = await payload.findByID({ collection: 'startups', id: startupId, ...as() })
    await payload.update({
      collection: 'startups',
      id: startupId,
      data: {
        founders: doc.founders!.map((f) =>
          f.name === FOUNDER.name
            ? { ...f, consent: { ...f.consent, withdrawnAt: '2026-12-02T17:00:00.000Z' } }
            : f,
        ),
      } as never,
      ...as(),
    })
    const { docs: jobs } = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: CONSENT_PURGE_TASK } },
      overrideAccess: true,
    })
    expect(jobs.map((job) => (job.input as { collection: string }).collection).sort()).toEqual([
      'people',
      'startups',
    ])
    for (const trace of TRACES) expect(JSON.stringify(jobs)).not.toContain(trace)
  })

  it('after the purge settles, no file of the site and no version row holds the person', async () => {
    // The ordinary rebuild the startup's edit queued, then the purges (the worker's `default`
    // queue).
    await runQueue(SITE_QUEUE)
    expect(await runQueue('default')).toEqual(['success', 'success'])

    expect(await filesContaining(layout.root, TRACES)).toEqual([])
    expect(await databaseRowsContaining(TRACES)).toEqual([])
    expect((await fs.readdir(cardCacheDir)).filter((f) => f.startsWith(personCard))).toEqual([])
    // One release left, the live one; the startup and its other founder stay.
    const releases = await fs.readdir(layout.releases)
    expect(releases.map((name) => path.join(layout.releases, name))).toEqual([
      await readCurrentRelease(layout),
    ])
    expect((await get(`/he-sinh-thai/chuyen-gia/${PERSON.slug}/`)).status).toBe(404)
    const startupPage = await get('/he-sinh-thai/du-an/')
    expect(startupPage.text).toContain(STARTUP)
    const live = await filesContaining(layout.root, [STAYING_FOUNDER, STARTUP])
    expect(live.join('\n')).toContain(STAYING_FOUNDER)
    // The startup is still published, with its other founder (and that founder's role in both
    // languages: the versions were rewritten, not flattened).
    const startup = await payload.findByID({ collection: 'startups', id: startupId })
    expect(startup._status).toBe('published')
    expect(startup.founders!.map((f) => f.name)).toEqual([STAYING_FOUNDER])
  })

  it('anonymous REST and GraphQL find nothing', async () => {
    for (const url of [
      '/api/people?limit=100',
      `/api/people/${personId}`,
      `/api/people?where[slug][equals]=${PERSON.slug}`,
      `/api/startups/${startupId}`,
      '/api/startups?limit=100',
    ]) {
      const res = await request(payload, 'GET', url)
      const text = JSON.stringify(res.json)
      for (const trace of TRACES) expect(text, url).not.toContain(trace)
    }
    const res = await request(payload, 'POST', '/api/graphql', {
      body: { query: '{ People(limit: 100) { docs { name slug email } } }' },
    })
    for (const trace of TRACES) expect(JSON.stringify(res.json)).not.toContain(trace)
  })

  it('logs who and when in the editorial log, without the person’s data', async () => {
    const { docs } = await payload.find({
      collection: 'workflow-events',
      where: { action: { equals: 'purged' } },
      overrideAccess: true,
      depth: 0,
    })
    expect(docs).toHaveLength(2)
    for (const event of docs) {
      expect(event.actor).toBe(department.id)
      expect(event.note).toMatch(/Rút lại sự đồng ý ngày 0[23]\/12\/2026/)
    }
    expect(JSON.stringify(docs)).not.toContain(PERSON.name)
    // Staff still see the record, unpublished, with the withdrawal on it.
    const record = await payload.findByID({ collection: 'people', id: personId, draft: true })
    expect(record._status).toBe('draft')
    expect(record.consent?.withdrawnAt).toBe('2026-12-01T17:00:00.000Z')
  })

  it('the nightly compaction then leaves no byte of the founder in the database file', async () => {
    // The founder's rows are gone everywhere; the person's own record stays (staff-only).
    expect(await compactAfterErasure(payload)).toBe(true)
    if (!hub.databaseFile) return // PostgreSQL: VACUUM ran; its files are not ours to read.
    for (const file of [hub.databaseFile, `${hub.databaseFile}-wal`]) {
      const bytes = await fs.readFile(file).catch(() => Buffer.alloc(0))
      for (const trace of [FOUNDER.name, FOUNDER.email]) {
        expect(bytes.includes(Buffer.from(trace)), `${file}: ${trace}`).toBe(false)
      }
    }
  })

  it('is idempotent: a purge run again (after a restart) finds nothing more and succeeds', async () => {
    await payload.jobs.queue({
      task: CONSENT_PURGE_TASK as never,
      queue: 'default',
      input: { collection: 'people', id: String(personId) } as never,
    })
    expect(await runQueue('default')).toEqual(['success'])
    expect(await filesContaining(layout.root, TRACES)).toEqual([])
    expect(await databaseRowsContaining(TRACES)).toEqual([])
  })
})
