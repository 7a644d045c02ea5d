/**
 * Bad input, met the way a person meets it: every row of `bad-input/*.cases.ts` is sent over
 * HTTP through Payload's REST (and GraphQL) handler — the function the CMS's Next.js routes call
 * — as the signed-in role or anonymously, once in Vietnamese and once in English. Each must get
 * its status, the reason in the person's language (beside the field it concerns), and leave the
 * database, its version history and the uploads folder exactly as they were.
 *
 * A new case is one row in the file of its area; a new area is a new `*.cases.ts` file.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readSqlTable, sqlTableNames, TEST_DATABASE_IS_SQL } from '../helpers/database'
import { makeNewsroom, type Newsroom } from '../helpers/factories'
import { startTestHub, type TestHub } from '../helpers/payload'
import { request } from '../helpers/rest'
import type { BadInputCase, BadInputContext, CaseFile, Language } from './bad-input/cases'

const files = import.meta.glob<CaseFile>('./bad-input/*.cases.ts', { eager: true })

let hub: TestHub
let ctx: BadInputContext

beforeAll(async () => {
  hub = await startTestHub()
  const newsroom: Newsroom = await makeNewsroom(hub.payload)
  ctx = {
    payload: hub.payload,
    newsroom,
    account: (sender) => newsroom[sender],
    fixtures: {},
  }
  for (const file of Object.values(files)) {
    Object.assign(ctx.fixtures, (await file.setup?.(ctx)) ?? {})
  }
})
afterAll(async () => {
  await hub?.cleanup()
})

const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex')

/**
 * Every row of every table (SQLite and PostgreSQL: read raw, which is what a refusal must not touch, and fast
 * enough to run twice per row) — or, on other databases, every document, version and global
 * through the Local API — and the uploads folder's files, as one hash per part.
 */
async function snapshot(payload: Payload) {
  const parts: Record<string, string> = {}
  if (TEST_DATABASE_IS_SQL) {
    for (const name of await sqlTableNames(payload)) {
      parts[name] = hash(await readSqlTable(payload, name))
    }
  } else {
    for (const { slug, versions } of payload.config.collections) {
      const all = { depth: 0, pagination: false, sort: 'id', overrideAccess: true } as const
      const { docs } = await payload.find({
        collection: slug as never,
        ...all,
        showHiddenFields: true,
      })
      parts[slug] = hash(docs)
      if (versions) {
        parts[`${slug} versions`] = hash(
          (await payload.findVersions({ collection: slug as never, ...all })).docs,
        )
      }
    }
    for (const { slug } of payload.config.globals) {
      parts[`global ${slug}`] = hash(
        await payload.findGlobal({ slug: slug as never, depth: 0, overrideAccess: true }),
      )
    }
  }
  const uploads = await fs
    .readdir(hub.mediaDir, { recursive: true, withFileTypes: true })
    .catch(() => [])
  parts.uploads = hash(
    uploads
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort(),
  )
  return parts
}

/** Every message of a REST or GraphQL error answer, and the field each is attached to. */
function reasons(json: any): { message: string; path?: string }[] {
  return (json?.errors ?? []).flatMap((error: any) => [
    { message: String(error?.message ?? '') },
    ...(error?.data?.errors ?? error?.extensions?.data?.errors ?? []).map(
      (e: { message: string; path?: string }) => ({ message: e.message, path: e.path }),
    ),
  ])
}

const rows = Object.entries(files).flatMap(([file, { cases }]) =>
  cases.map((row) => ({ area: path.basename(file, '.cases.ts'), ...row })),
)

describe.each(['vi', 'en'] as Language[])('refused with the reason, in %s', (language) => {
  it('the suite has its cases', () => {
    expect(rows.length).toBeGreaterThanOrEqual(1)
  })

  it.each(rows)('$area: $name', async (row) => {
    const { payload } = ctx
    await row.before?.(ctx, language)
    const before = await snapshot(payload)
    const sent = typeof row.send === 'function' ? await row.send(ctx, language) : row.send
    const { status, json, headers } = await request(payload, sent.method, sent.path, {
      token: row.as === 'anonymous' ? undefined : ctx.account(row.as).token,
      body: sent.body,
      file: sent.file,
      headers: {
        'Accept-Language': language,
        Cookie: `payload-lng=${language}`,
        ...sent.headers,
      },
    })
    const answer = `${status} ${JSON.stringify(json)}`.slice(0, 1500)
    expect(status, answer).toBe(row.status)
    const given = reasons(json)
    const expected = row.says[language]
    expect(
      given.some((r) => expected.test(r.message)),
      `no message matches ${expected}: ${answer}`,
    ).toBe(true)
    if (row.field) {
      expect(
        given.some((r) => r.path === row.field && expected.test(r.message)),
        `the reason is not attached to "${row.field}": ${answer}`,
      ).toBe(true)
    }
    if (row.retryAfter) expect(Number(headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await snapshot(payload)).toEqual(before)
  })
})
