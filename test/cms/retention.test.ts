/**
 * The forms' personal-data promise (site/lib/i18n.ts, the answer e-mail): the name and e-mail
 * of a question are erased once the answer is e-mailed or the question is rejected, a comment's
 * when it is rejected, and every item's at the latest 12 months after receipt (the nightly
 * `erasePersonalData` job) — with no copy left in any table, and the public text unchanged.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  compactAfterErasure,
  eraseExpiredPersonalData,
  ERASE_PERSONAL_DATA_TASK,
} from '@cms/jobs/erasePersonalData'
import { sql, sqlDatabase } from '@cms/sqlDatabase'
import {
  readSqlTable,
  sqlTableNames,
  TEST_DATABASE_IS_SQL,
  TEST_DATABASE_KIND,
} from '../helpers/database'
import { makeDraftForComment, makeNewsroom, type Newsroom } from '../helpers/factories'
import { startTestHub, type TestHub } from '../helpers/payload'
import { request } from '../helpers/rest'
import { startSmtpServer } from '../helpers/smtp'

let hub: TestHub
let payload: Payload
let newsroom: Newsroom
let smtp: Awaited<ReturnType<typeof startSmtpServer>>
let topic: number
let openNotice: number
let n = 0
/** Names and addresses erased by the first tests, looked for in the files by the last. */
const answeredAndErased: string[] = []

const day = 24 * 60 * 60_000

const ask = async () => {
  const sent = {
    name: `Phạm Riêng Tư ${++n}`,
    email: `rieng-tu-${n}@example.vn`,
    topic,
    question: `Thủ tục đăng ký ươm tạo lần ${n} gồm những giấy tờ gì?`,
    language: 'vi',
  }
  const doc = await payload.create({
    collection: 'questions',
    data: sent as never,
    overrideAccess: false,
  })
  return { id: doc.id, ...sent }
}

const comment = async () => {
  const sent = {
    name: `Vũ Góp Ý ${++n}`,
    email: `gop-y-rieng-${n}@example.vn`,
    notice: openNotice,
    comment: `Đề nghị làm rõ điều ${n} của dự thảo.`,
    language: 'vi',
  }
  const doc = await payload.create({
    collection: 'consultation-comments',
    data: sent as never,
    overrideAccess: false,
  })
  return { id: doc.id, ...sent }
}

const stored = async (collection: 'questions' | 'consultation-comments', id: number) =>
  (await payload.findByID({ collection, id })) as unknown as Record<string, unknown>

/**
 * Every row of every table of the SQL database (versions, relations, jobs, locks included) that
 * still holds one of these strings: what a database reader could recover with SQL.
 */
async function rowsHolding(...needles: string[]): Promise<string[]> {
  const found: string[] = []
  for (const name of await sqlTableNames(payload)) {
    for (const row of await readSqlTable(payload, name)) {
      const text = JSON.stringify(row)
      if (needles.some((needle) => text.includes(needle))) found.push(`${name}: ${text}`)
    }
  }
  return found
}

beforeAll(async () => {
  smtp = await startSmtpServer()
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(smtp.port)
  process.env.SMTP_FROM = 'Cổng khởi nghiệp Hải Phòng <hoi-dap@hub.example>'
  hub = await startTestHub()
  payload = hub.payload
  newsroom = await makeNewsroom(payload)
  topic = (await payload.create({ collection: 'topics', data: { name: 'Ươm tạo' } })).id
  openNotice = (
    await makeDraftForComment(payload, '20/DT-SKHCN', {
      opensAt: new Date(Date.now() - day).toISOString(),
      closesAt: new Date(Date.now() + 10 * day).toISOString(),
    })
  ).id
}, 120_000)

afterAll(async () => {
  await hub?.cleanup()
  await smtp?.close()
  for (const name of ['SMTP_HOST', 'SMTP_PORT', 'SMTP_FROM']) delete process.env[name]
})

describe('erasure when the purpose is served', () => {
  it('erases the asker’s name and e-mail once the answer is e-mailed, from every table', async () => {
    const asked = await ask()
    const answer = 'Hồ sơ gồm đơn đăng ký và kế hoạch kinh doanh.'
    const drafted = await request(payload, 'PATCH', `/api/questions/${asked.id}`, {
      token: newsroom.editor.token,
      body: { answer, answeringUnit: 'Sở Khoa học và Công nghệ', status: 'answered' },
    })
    expect(drafted.status).toBe(200)
    // Answered but not yet sent: still needed to send the answer.
    expect(await stored('questions', asked.id)).toMatchObject({
      name: asked.name,
      email: asked.email,
    })

    const published = await request(payload, 'PATCH', `/api/questions/${asked.id}`, {
      token: newsroom.chief.token,
      body: { status: 'published' },
    })
    expect(published.status).toBe(200)
    expect(smtp.messages.filter((m) => m.to.includes(asked.email))).toHaveLength(1)

    const doc = await stored('questions', asked.id)
    expect(doc.name ?? null).toBeNull()
    expect(doc.email ?? null).toBeNull()
    expect(doc.personalDataErasedAt).toBeTruthy()
    expect(doc.answerEmailedAt).toBeTruthy()
    // The public part is untouched.
    expect(doc).toMatchObject({ status: 'published', question: asked.question, answer })
    if (TEST_DATABASE_IS_SQL) {
      // `questions` keeps no versions: no _questions_v table could hold an old copy.
      expect(await rowsHolding(asked.email, asked.name)).toEqual([])
      expect((await sqlTableNames(payload)).filter((name) => name.includes('questions_v'))).toEqual(
        [],
      )
      answeredAndErased.push(asked.email, asked.name)
    }

    // A later save of the published answer passes without a name or e-mail and sends nothing.
    const edited = await request(payload, 'PATCH', `/api/questions/${asked.id}`, {
      token: newsroom.chief.token,
      body: { answeringUnit: 'Sở KH&CN' },
    })
    expect(edited.status).toBe(200)
    expect(smtp.messages.filter((m) => m.to.includes(asked.email))).toHaveLength(1)
  })

  it('erases them when a question or a comment is rejected', async () => {
    const asked = await ask()
    const commented = await comment()
    const rejectQuestion = await request(payload, 'PATCH', `/api/questions/${asked.id}`, {
      token: newsroom.chief.token,
      body: { status: 'rejected' },
    })
    expect(rejectQuestion.status).toBe(200)
    const rejectComment = await request(
      payload,
      'PATCH',
      `/api/consultation-comments/${commented.id}`,
      { token: newsroom.chief.token, body: { status: 'rejected' } },
    )
    expect(rejectComment.status).toBe(200)

    for (const [collection, item] of [
      ['questions', asked],
      ['consultation-comments', commented],
    ] as const) {
      const doc = await stored(collection, item.id)
      expect(doc.name ?? null).toBeNull()
      expect(doc.email ?? null).toBeNull()
      expect(doc.personalDataErasedAt).toBeTruthy()
    }
    expect((await stored('questions', asked.id)).question).toBe(asked.question)
    expect((await stored('consultation-comments', commented.id)).comment).toBe(commented.comment)
    if (TEST_DATABASE_IS_SQL) {
      expect(await rowsHolding(asked.email, asked.name, commented.email, commented.name)).toEqual(
        [],
      )
    }
  })

  it('keeps them while nothing is decided: an approved comment, a pending question', async () => {
    const asked = await ask()
    const commented = await comment()
    await request(payload, 'PATCH', `/api/consultation-comments/${commented.id}`, {
      token: newsroom.chief.token,
      body: { status: 'approved' },
    })
    expect(await stored('questions', asked.id)).toMatchObject({ email: asked.email })
    expect(await stored('consultation-comments', commented.id)).toMatchObject({
      status: 'approved',
      email: commented.email,
    })
    // The probe the other tests rely on finds what is there.
    if (TEST_DATABASE_IS_SQL) {
      expect(await rowsHolding(asked.email)).toEqual([expect.stringMatching(/^questions: /)])
    }
  })

  it('still asks the public form for a name and an e-mail', async () => {
    const refused = await payload
      .create({
        collection: 'questions',
        data: { topic, question: 'Câu hỏi không có người hỏi?', language: 'vi' } as never,
        overrideAccess: false,
      })
      .then(
        () => null,
        (error: { data?: { errors?: { path: string }[] } }) =>
          error.data?.errors?.map((e) => e.path).sort(),
      )
    expect(refused).toEqual(['email', 'name'])
  })
})

describe('the 12-month limit (erasePersonalData job)', () => {
  it('erases what was received 12 months ago, whatever its state, and nothing newer', async () => {
    const pending = await ask()
    const answered = await ask()
    await payload.update({
      collection: 'questions',
      id: answered.id,
      data: { answer: 'Đang chờ duyệt.', answeringUnit: 'Sở KH&CN', status: 'answered' },
    })
    const approved = await comment()
    await payload.update({
      collection: 'consultation-comments',
      id: approved.id,
      data: { status: 'approved' },
    })
    const recentQuestion = await ask()
    const recentComment = await comment()

    const receivedAt = new Date((await stored('questions', pending.id)).receivedAt as string)
    const clock = new Date(receivedAt)
    clock.setUTCFullYear(clock.getUTCFullYear() + 1)
    clock.setTime(clock.getTime() + day)
    // The recent ones arrived half a year before that clock.
    const halfYearBefore = new Date(clock.getTime() - 182 * day).toISOString()
    for (const [collection, id] of [
      ['questions', recentQuestion.id],
      ['consultation-comments', recentComment.id],
    ] as const) {
      await payload.update({ collection, id, data: { receivedAt: halfYearBefore } })
    }

    // Eleven months on, nothing is due yet.
    const early = new Date(receivedAt.getTime() + 334 * day)
    const untouched = await eraseExpiredPersonalData(payload, early)
    expect(untouched).toEqual({
      questions: 0,
      'consultation-comments': 0,
      'privacy-requests': 0,
    })

    const erased = await eraseExpiredPersonalData(payload, clock)
    expect(erased.questions).toBeGreaterThanOrEqual(2)
    expect(erased['consultation-comments']).toBeGreaterThanOrEqual(1)
    for (const [collection, item, text] of [
      ['questions', pending, 'question'],
      ['questions', answered, 'question'],
      ['consultation-comments', approved, 'comment'],
    ] as const) {
      const doc = await stored(collection, item.id)
      expect(doc.name ?? null).toBeNull()
      expect(doc.email ?? null).toBeNull()
      expect(doc.personalDataErasedAt).toBe(clock.toISOString())
      expect(doc[text]).toBe((item as Record<string, unknown>)[text])
    }
    expect(await stored('questions', answered.id)).toMatchObject({
      status: 'answered',
      answer: 'Đang chờ duyệt.',
    })
    expect(await stored('questions', recentQuestion.id)).toMatchObject({
      name: recentQuestion.name,
      email: recentQuestion.email,
    })
    expect(await stored('consultation-comments', recentComment.id)).toMatchObject({
      name: recentComment.name,
      email: recentComment.email,
    })
    if (TEST_DATABASE_IS_SQL) {
      expect(
        await rowsHolding(pending.email, answered.email, approved.email, pending.name),
      ).toEqual([])
    }
    // A second run finds nothing left to erase.
    expect(await eraseExpiredPersonalData(payload, clock)).toEqual({
      questions: 0,
      'consultation-comments': 0,
      'privacy-requests': 0,
    })
  })

  it('runs as a queued task, scheduled nightly on a queue the worker runs', async () => {
    const task = payload.config.jobs.tasks?.find((t) => t.slug === ERASE_PERSONAL_DATA_TASK)
    expect(task?.schedule).toEqual([expect.objectContaining({ queue: 'default' })])
    const { hubQueues } = await import('@cms/worker/hubQueues')
    expect(hubQueues().flatMap((service) => service.queues)).toContain('default')

    const old = await ask()
    const thirteenMonthsAgo = new Date(Date.now() - 395 * day).toISOString()
    await payload.update({
      collection: 'questions',
      id: old.id,
      data: { receivedAt: thirteenMonthsAgo },
    })
    await payload.jobs.queue({ task: ERASE_PERSONAL_DATA_TASK, input: {}, queue: 'default' })
    await payload.jobs.run({ queue: 'default' })
    const doc = await stored('questions', old.id)
    expect(doc.email ?? null).toBeNull()
    expect(doc.name ?? null).toBeNull()

    // An UPDATE leaves old bytes in free space and the write-ahead log; the nightly run
    // compacts the file, so neither file holds what was erased — today's or the job's.
    if (TEST_DATABASE_KIND === 'sqlite') {
      const { readFile } = await import('node:fs/promises')
      const files = [hub.databaseFile!, `${hub.databaseFile}-wal`]
      const bytes = Buffer.concat(
        await Promise.all(files.map((file) => readFile(file).catch(() => Buffer.alloc(0)))),
      )
      expect(answeredAndErased.length).toBeGreaterThan(0)
      for (const erased of [...answeredAndErased, old.email, old.name]) {
        expect(bytes.includes(Buffer.from(erased)), erased).toBe(false)
      }
    }
    // On PostgreSQL the old values live on as dead row versions until VACUUM. The job's own
    // VACUUM cannot remove the versions its run just made (the job runner's transaction is
    // still open), so they go at the latest the night after: that run leaves none behind
    // (the server's files are not readable from here, its statistics are).
    if (TEST_DATABASE_KIND === 'postgres') {
      expect(await compactAfterErasure(payload)).toBe(true)
      const db = sqlDatabase(payload)!
      await db.run(sql`SELECT pg_stat_clear_snapshot()`)
      const vacuumed = await db.rows<{ relname: string; dead: number }>(
        sql`SELECT relname, n_dead_tup AS dead FROM pg_stat_user_tables
            WHERE relname IN ('questions', 'consultation_comments') AND last_vacuum IS NOT NULL
            ORDER BY relname`,
      )
      expect(vacuumed.map((table) => table.relname)).toEqual(['consultation_comments', 'questions'])
      expect(vacuumed.map((table) => Number(table.dead))).toEqual([0, 0])
    }
  })
})
