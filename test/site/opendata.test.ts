import fs from 'node:fs/promises'

import { parse as parseCsv } from 'csv-parse/sync'
import { beforeAll, describe, expect, it } from 'vitest'

import { ORGANIZATIONS, PEOPLE, STARTUPS } from '@cms/seed/content/ecosystem'
import { demoSite, testSite, type DemoSite, type TestSite } from '../helpers/demoSite'
import { readPage, resolveSitePath } from '../helpers/site'
import {
  HIDDEN_FOUNDER,
  NAMED_FOUNDER,
  PERSON_PRIVATE_EMAIL,
  UNCONSENTED_PERSON,
} from '../helpers/testContent'

/**
 * The directory's open data (issue 15): `/he-sinh-thai/du-lieu/` — each table as CSV (UTF-8 with
 * BOM) and JSON, read back with a real CSV parser, row for row against the demo seed, every
 * column described by the datapackage.json; on the test site, only what consent allows.
 */

const DATA = '/he-sinh-thai/du-lieu/'
const TABLES = {
  startups: 'du-an-khoi-nghiep',
  support: 'ho-tro-du-an',
  funding: 'goi-von',
  people: 'chuyen-gia',
  organisations: 'to-chuc-ho-tro',
} as const

type Row = Record<string, string>
type Resource = {
  name: string
  path: string
  format: string
  schema: { fields: { name: string; title: string; description: string; type: string }[] }
}

async function dataFile(site: DemoSite, file: string): Promise<string> {
  const found = await resolveSitePath(site.clientDir, `${DATA}${file}`)
  if (!found) throw new Error(`The build has no ${DATA}${file}`)
  return fs.readFile(found, 'utf8')
}

const readCsv = async (site: DemoSite, table: string): Promise<Row[]> =>
  parseCsv(await dataFile(site, `${table}.csv`), { bom: true, columns: true }) as Row[]

let demo: DemoSite
let test: TestSite

beforeAll(async () => {
  ;[demo, test] = await Promise.all([demoSite(), testSite()])
}, 480_000)

describe('the directory’s open data on the demo site', () => {
  it('writes each table as CSV with a BOM and CRLF, row for row the seeded directory', async () => {
    const raw = await dataFile(demo, `${TABLES.startups}.csv`)
    expect(raw.charCodeAt(0)).toBe(0xfeff)
    expect(raw).toContain('\r\n')
    const startups = await readCsv(demo, TABLES.startups)
    expect(startups.map((r) => r.id).sort()).toEqual(STARTUPS.map((s) => s.slug).sort())
    const support = await readCsv(demo, TABLES.support)
    expect(support).toHaveLength(STARTUPS.flatMap((s) => s.supportRecords).length)
    const funding = await readCsv(demo, TABLES.funding)
    expect(funding).toHaveLength(STARTUPS.flatMap((s) => s.fundingRounds).length)
    expect((await readCsv(demo, TABLES.people)).map((r) => r.id).sort()).toEqual(
      PEOPLE.map((p) => p.slug).sort(),
    )
    expect((await readCsv(demo, TABLES.organisations)).map((r) => r.id).sort()).toEqual(
      ORGANIZATIONS.map((o) => o.slug).sort(),
    )
    // Vietnamese survives the round trip (the BOM is what makes Excel read it as UTF-8).
    const first = STARTUPS[0]!
    expect(startups.find((r) => r.id === first.slug)?.name).toBe(first.name)
    expect(startups.find((r) => r.id === first.slug)?.url).toMatch(
      new RegExp(`/he-sinh-thai/du-an/${first.slug}/$`),
    )
  })

  it('names a founder only with consent, and a contact only when opted in', async () => {
    const startups = await readCsv(demo, TABLES.startups)
    for (const seed of STARTUPS) {
      const row = startups.find((r) => r.id === seed.slug)!
      const named = seed.founder?.namePublic ? seed.founder.name : ''
      expect(row.founders, seed.slug).toBe(named)
    }
    // Some founders are seeded without consent, so the check above could fail.
    expect(STARTUPS.some((s) => s.founder && !s.founder.namePublic)).toBe(true)
    const people = await readCsv(demo, TABLES.people)
    for (const seed of PEOPLE) {
      const row = people.find((r) => r.id === seed.slug)!
      expect([row.email, row.phone], seed.slug).toEqual(
        seed.publicContact ? [seed.publicContact.email, seed.publicContact.phone] : ['', ''],
      )
    }
  })

  it('has JSON with the same rows, and a datapackage.json describing every column', async () => {
    const pkg = JSON.parse(await dataFile(demo, 'datapackage.json')) as { resources: Resource[] }
    for (const table of Object.values(TABLES)) {
      const csv = pkg.resources.find((r) => r.path === `${table}.csv`)
      const json = pkg.resources.find((r) => r.path === `${table}.json`)
      expect(csv, table).toBeDefined()
      expect(json?.schema).toEqual(csv!.schema)
      const rows = parseCsv(await dataFile(demo, `${table}.csv`), { bom: true }) as string[][]
      const header = rows[0]!
      expect(
        csv!.schema.fields.map((f) => f.name),
        table,
      ).toEqual(header)
      for (const field of csv!.schema.fields) {
        expect(field.title.trim(), `${table}.${field.name}`).toBeTruthy()
        expect(field.description.trim(), `${table}.${field.name}`).toBeTruthy()
      }
      const records = JSON.parse(await dataFile(demo, `${table}.json`)) as Record<string, unknown>[]
      expect(records, table).toHaveLength(rows.length - 1)
      for (const record of records) expect(Object.keys(record)).toEqual(header)
    }
  })

  it('is linked from the directory hub and the tracker, in both languages', async () => {
    for (const page of ['/he-sinh-thai/', '/en/he-sinh-thai/', '/ket-qua/', '/en/ket-qua/']) {
      const { root } = await readPage(demo.clientDir, page)
      for (const file of [`${TABLES.startups}.csv`, `${TABLES.people}.json`, 'datapackage.json']) {
        expect(root.querySelector(`a[href="${DATA}${file}"]`), `${page} ${file}`).not.toBeNull()
      }
    }
    const sitemap = (await readPage(demo.clientDir, '/so-do-trang/')).root
    expect(sitemap.querySelector(`a[href="${DATA}datapackage.json"]`)).not.toBeNull()
  })
})

describe('the directory’s open data on the test site', () => {
  it('has a consented profile without its private contact, and no person without consent', async () => {
    const { quietPerson } = test.content.directory
    const people = await readCsv(test, TABLES.people)
    const quiet = people.find((r) => r.id === quietPerson)
    expect(quiet?.name).toBe('Lê Chuyên Gia Kín')
    expect([quiet?.email, quiet?.phone]).toEqual(['', ''])
    expect(people.map((r) => r.name)).not.toContain(UNCONSENTED_PERSON)
    const startup = (await readCsv(test, TABLES.startups)).find(
      (r) => r.id === test.content.directory.startup,
    )
    expect(startup?.founders).toBe(NAMED_FOUNDER)
    for (const table of Object.values(TABLES)) {
      for (const file of [`${table}.csv`, `${table}.json`]) {
        const body = await dataFile(test, file)
        for (const secret of [HIDDEN_FOUNDER, PERSON_PRIVATE_EMAIL, UNCONSENTED_PERSON]) {
          expect(body.includes(secret), `${secret} in ${file}`).toBe(false)
        }
      }
    }
  })
})
