import fs from 'node:fs/promises'

import { parse as parseCsv } from 'csv-parse/sync'
import { XMLValidator } from 'fast-xml-parser'
import type { HTMLElement } from 'node-html-parser'
import { beforeAll, describe, expect, it } from 'vitest'

import { formatChartNumber } from '@channels/charts'
import { computeProgrammeProgress } from '@collections/lib/programmeProgress'
import { ORGANIZATIONS, PEOPLE, PROGRAMMES, STARTUPS } from '@cms/seed/content/ecosystem'
import { demoSite, type DemoSite } from '../helpers/demoSite'
import { readPage, resolveSitePath } from '../helpers/site'

/**
 * The programme tracker of the demo site (`/ket-qua/`, issue 15), read from the run's built demo
 * site: every figure is what `computeProgrammeProgress` makes of the seeded directory, the
 * charts are valid SVG with a title and a description, each with its data table, and the open
 * data parses with a real CSV parser.
 */

let site: DemoSite
let vi: HTMLElement
let en: HTMLElement

beforeAll(async () => {
  site = await demoSite()
  vi = (await readPage(site.clientDir, '/ket-qua/')).root
  en = (await readPage(site.clientDir, '/en/ket-qua/')).root
}, 420_000)

const openData = async (file: string) => {
  const found = await resolveSitePath(site.clientDir, `/ket-qua/du-lieu/${file}`)
  if (!found) throw new Error(`The build has no /ket-qua/du-lieu/${file}`)
  return fs.readFile(found, 'utf8')
}

/** The seeded directory as the tracker reads it (every demo profile is published). */
function expectedProgress(asOf: string) {
  const plan = PROGRAMMES[0]!
  return computeProgrammeProgress(
    {
      periodStart: plan.periodStart,
      periodEnd: plan.periodEnd,
      targets: plan.targets.map((t) => ({
        key: t.key,
        measure: t.measure,
        minimum: t.minimum,
        maximum: t.maximum,
        unit: t.unit,
        manualFigures: t.manualFigure
          ? [{ ...t.manualFigure, source: t.manualFigure.source.vi }]
          : [],
      })),
    },
    {
      startups: STARTUPS.map((s) => ({
        id: s.slug,
        registrationDate: s.registrationDate,
        supportRecords: s.supportRecords,
        fundingRounds: s.fundingRounds,
      })),
      organizations: ORGANIZATIONS.map((o) => ({ ...o, id: o.slug })),
      people: PEOPLE.map((p) => ({ id: p.slug, roles: p.roles, published: true })),
    },
    { asOf },
  )
}

describe('the tracker page', () => {
  it('shows each target’s figure as computed from the seeded directory', async () => {
    const rows = JSON.parse(await openData('chi-tieu.json')) as {
      target_key: string
      achieved: number | null
      as_of: string
    }[]
    const expected = expectedProgress(rows[0]!.as_of)
    expect(rows.map((r) => [r.target_key, r.achieved])).toEqual(
      expected.targets.map((t) => [t.key, t.achieved]),
    )
    // Meaningful progress, not zeros: 30 projects, a third of them directly supported.
    const supported = expected.targets.find((t) => t.key === 'du-an-ho-tro')!
    expect(supported.achieved).toBe(30)
    for (const [root, lang] of [
      [vi, 'vi'],
      [en, 'en'],
    ] as const) {
      for (const target of expected.targets) {
        const shown = root.querySelector(`[data-figure="${target.key}"]`)?.textContent ?? ''
        const measure = target.unit === 'percent' ? 'percent' : 'count'
        expect(shown, target.key).toContain(formatChartNumber(target.achieved!, lang, measure))
      }
    }
  })

  it('says where each figure comes from, when it was updated, and that the data is illustrative', () => {
    const targets = vi.querySelectorAll('.tracker-target')
    expect(targets).toHaveLength(PROGRAMMES[0]!.targets.length)
    for (const target of targets) {
      expect(target.textContent).toContain('Số liệu lấy từ đâu')
      expect(target.textContent).toContain('Cập nhật')
    }
    expect(vi.textContent).toContain('dữ liệu minh họa')
    expect(en.textContent).toContain('illustrative demo data')
    expect(vi.querySelector('a[href="/van-ban/ke-hoach-281-kh-ubnd-2020/"]')).not.toBeNull()
    expect(vi.querySelectorAll('script:not([type="application/ld+json"])').length).toBe(
      vi.querySelectorAll('script[type="module"], script[src]').length,
    )
  })

  it('draws valid SVG charts with a title and a description, each with a data table', () => {
    const svgs = vi.querySelectorAll('svg.chart')
    // A bar per target, the stacked per-year chart and the cumulative chart.
    expect(svgs).toHaveLength(PROGRAMMES[0]!.targets.length + 2)
    for (const svg of svgs) {
      expect(XMLValidator.validate(svg.toString())).toBe(true)
      expect(svg.getAttribute('role')).toBe('img')
      expect(svg.querySelector('title')?.textContent.trim()).toBeTruthy()
      expect(svg.querySelector('desc')?.textContent.trim()).toBeTruthy()
    }
    const expected = expectedProgress(
      /\d{2}\/\d{2}\/\d{4}/
        .exec(vi.querySelector('.tracker-facts')!.textContent)![0]
        .split('/')
        .reverse()
        .join('-'),
    )
    const byYear = vi.querySelector('table[data-chart="theo-nam"]')!
    const totals = byYear
      .querySelectorAll('tbody tr')
      .map((row) => Number(row.querySelectorAll('td').at(-1)!.textContent))
    expect(totals).toEqual(expected.supportByYear.map((y) => y.projects))
    expect(vi.querySelector('table[data-chart="cong-don"] tbody tr')).not.toBeNull()
  })

  it('gives the about page its targets: the programme record’s, not a text of their own', async () => {
    const plan = PROGRAMMES[0]!
    for (const [path, lang] of [
      ['/gioi-thieu/', 'vi'],
      ['/en/gioi-thieu/', 'en'],
    ] as const) {
      const { root } = await readPage(site.clientDir, path)
      const heading = root.querySelector('#targets-heading')?.textContent ?? ''
      expect(heading, path).toContain(plan.code)
      const items = root.querySelectorAll('.targets li')
      expect(items.map((li) => li.querySelector('.target-label')?.textContent)).toEqual(
        plan.targets.map((t) => t.label[lang]),
      )
      const share = plan.targets.findIndex((t) => t.unit === 'percent')
      expect(items[share]!.querySelector('.target-figure')?.textContent).toBe(
        formatChartNumber(plan.targets[share]!.minimum, lang, 'percent'),
      )
    }
  })

  it('is linked from the about page, the footer and the HTML site map', async () => {
    for (const path of ['/gioi-thieu/', '/so-do-trang/', '/']) {
      const { root } = await readPage(site.clientDir, path)
      expect(root.querySelector('a[href="/ket-qua/"]'), path).not.toBeNull()
    }
  })
})

describe('the tracker’s open data', () => {
  it('publishes CSV with a BOM that a CSV parser reads back as the JSON', async () => {
    const csv = await openData('chi-tieu.csv')
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    const records = parseCsv(csv, { bom: true, columns: true }) as Record<string, string>[]
    const json = JSON.parse(await openData('chi-tieu.json')) as Record<string, unknown>[]
    expect(records.map((r) => r.target_key)).toEqual(json.map((r) => r.target_key))
    expect(records.map((r) => (r.achieved === '' ? null : Number(r.achieved)))).toEqual(
      json.map((r) => r.achieved),
    )
    expect(records.find((r) => r.target_key === 'du-an-ho-tro')?.name_vi).toBe(
      'Dự án khởi nghiệp đổi mới sáng tạo được hỗ trợ',
    )
    const years = parseCsv(await openData('du-an-ho-tro-theo-nam.csv'), {
      bom: true,
      columns: true,
    }) as Record<string, string>[]
    expect(years.map((y) => Number(y.year))).toEqual([2021, 2022, 2023, 2024, 2025])
  })

  it('describes its files in a datapackage.json, linked from the page', async () => {
    const pkg = JSON.parse(await openData('datapackage.json')) as {
      resources: { path: string; schema?: { fields: unknown[] } }[]
    }
    expect(pkg.resources.map((r) => r.path)).toContain('chi-tieu.csv')
    for (const file of ['chi-tieu.csv', 'chi-tieu.json', 'datapackage.json']) {
      expect(vi.querySelector(`a[href="/ket-qua/du-lieu/${file}"]`), file).not.toBeNull()
    }
  })
})
