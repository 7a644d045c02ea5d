import fs from 'node:fs/promises'
import path from 'node:path'

import type { HTMLElement } from 'node-html-parser'
import { beforeAll, describe, expect, it } from 'vitest'

import { AGENCY_CONTACTS, LEAD_AGENCY } from '@cms/seed/content/globals'
import { testSite, type TestSite } from '../helpers/demoSite'
import { listFiles, listPages, readPage, resolveSitePath, TEST_SITE_URL } from '../helpers/site'
import { OFFICIAL_SOURCE_URL } from '../helpers/testContent'

/**
 * The pages and facts the law expects of a state portal (docs/LEGAL.md), read from the run's
 * test site (the demo content plus test/helpers/testContent.ts) as a crawler would: the agency
 * and its contacts on every page, the HTML site map, the published-information list, the
 * accessibility statement, the startup procedures, a notice's official source, save as PDF.
 */

let site: TestSite
let pages: string[]
const parsed = new Map<string, HTMLElement>()

async function page(sitePath: string): Promise<HTMLElement> {
  if (!parsed.has(sitePath)) parsed.set(sitePath, (await readPage(site.clientDir, sitePath)).root)
  return parsed.get(sitePath)!
}

const text = (element: HTMLElement | null) => (element?.textContent ?? '').replace(/\s+/g, ' ')

const FACETS = 'trang|loai|co-quan|linh-vuc|nam|so|tinh-trang'

/** The first built page matching a pattern. */
const first = (pattern: RegExp) => {
  const found = pages.find((p) => pattern.test(p))
  if (!found) throw new Error(`The build has no page matching ${pattern}`)
  return found
}

const NEW_PAGES = [
  'so-do-trang',
  'thong-tin-cong-khai',
  'tuyen-bo-tiep-can',
  'thu-tuc-hanh-chinh',
  'quyen-rieng-tu',
]

/** One page of every template, in the language of `prefix` ('' or '/en'). */
const templates = (prefix: '' | '/en') => {
  const item = (section: string) =>
    first(new RegExp(`^${prefix}/${section}/(?!(${FACETS})/)[^/]+/$`))
  return [
    `${prefix}/`,
    `${prefix}/tin-tuc/`,
    `${prefix}/su-kien/`,
    `${prefix}/van-ban/`,
    item('tin-tuc'),
    item('phong-su'),
    item('van-ban'),
    item('su-kien'),
    first(new RegExp(`^${prefix}/chu-de/[^/]+/$`)),
    first(new RegExp(`^${prefix}/don-vi/[^/]+/$`)),
    first(new RegExp(`^${prefix}/van-ban/loai/[^/]+/$`)),
    `${prefix}/van-ban/so/`,
    `${prefix}/tim-kiem/`,
    `${prefix}/gioi-thieu/`,
    ...NEW_PAGES.map((segment) => `${prefix}/${segment}/`),
  ]
}

beforeAll(async () => {
  site = await testSite()
  pages = await listPages(site.clientDir)
}, 360_000)

describe('the agency on every page', () => {
  const { responsible, contactOfficer } = AGENCY_CONTACTS

  it.each([
    ['vi', '', LEAD_AGENCY.name.vi, responsible.position.vi],
    ['en', '/en', LEAD_AGENCY.name.en, responsible.position.en],
  ] as const)(
    '%s: the header and footer name the agency, the person responsible and how to reach them',
    async (_, prefix, agencyName, position) => {
      const paths = templates(prefix)
      expect(paths.length).toBeGreaterThan(15)
      for (const sitePath of [...paths, ...(prefix === '' ? ['/404.html'] : [])]) {
        const root = await page(sitePath)
        const header = text(root.querySelector('header.site-header .agency-line'))
        for (const fact of [agencyName, responsible.name, position, AGENCY_CONTACTS.phone]) {
          expect(header, `header of ${sitePath}`).toContain(fact)
        }
        expect(
          root.querySelector(`header.site-header a[href="mailto:${AGENCY_CONTACTS.email}"]`),
          `header e-mail on ${sitePath}`,
        ).not.toBeNull()
        const footer = text(root.querySelector('footer.site-footer .footer-agency'))
        for (const fact of [agencyName, responsible.name, AGENCY_CONTACTS.address]) {
          expect(footer, `footer of ${sitePath}`).toContain(fact)
        }
        expect(
          root.querySelector(`footer a[href="mailto:${AGENCY_CONTACTS.email}"]`),
          sitePath,
        ).not.toBeNull()
        expect(root.querySelector('footer a[href="tel:02253000000"]'), sitePath).not.toBeNull()
        // The HTML site map beside the XML one, from the header and the footer.
        expect(
          root.querySelector(`header a[href="${prefix}/so-do-trang/"]`),
          sitePath,
        ).not.toBeNull()
        expect(
          root.querySelector(`footer a[href="${prefix}/so-do-trang/"]`),
          sitePath,
        ).not.toBeNull()
        expect(root.querySelector('footer a[href="/sitemap-index.xml"]'), sitePath).not.toBeNull()
      }
    },
  )

  it.each([
    ['/gioi-thieu/', contactOfficer.position.vi],
    ['/en/gioi-thieu/', contactOfficer.position.en],
  ])('%s names the contact for information requests', async (sitePath, position) => {
    const main = (await page(sitePath)).querySelector('main')!
    const officer = text(main.querySelector('.contact-officer'))
    for (const fact of [contactOfficer.name, position, contactOfficer.phone]) {
      expect(officer).toContain(fact)
    }
    expect(main.querySelector(`a[href="mailto:${contactOfficer.email}"]`)).not.toBeNull()
  })
})

describe('the pages about the portal', () => {
  it('exist in both languages and are listed in the XML site map', async () => {
    const files = await listFiles(site.clientDir)
    const sitemaps = files.filter((f) => /^sitemap-\d+\.xml$/.test(f))
    const xml = (
      await Promise.all(sitemaps.map((f) => fs.readFile(path.join(site.clientDir, f), 'utf8')))
    ).join('\n')
    for (const segment of NEW_PAGES) {
      for (const sitePath of [`/${segment}/`, `/en/${segment}/`]) {
        const root = await page(sitePath)
        expect(root.querySelector('h1')?.text.trim(), sitePath).toBeTruthy()
        expect(xml, sitePath).toContain(`<loc>${TEST_SITE_URL}${sitePath}</loc>`)
      }
    }
  })

  it.each(['/so-do-trang/', '/en/so-do-trang/'])(
    '%s links only pages the build has',
    async (sitePath) => {
      const links = (await page(sitePath))
        .querySelectorAll('main a[href]')
        .map((a) => a.getAttribute('href')!)
      expect(links.length).toBeGreaterThan(20)
      const missing: string[] = []
      for (const href of links) {
        expect(href, 'a site path').toMatch(/^\//)
        if (!(await resolveSitePath(site.clientDir, href))) missing.push(href)
      }
      expect(missing).toEqual([])
    },
  )

  it.each(['', '/en'])(
    'the site map%s lists every topic, outlet and library facet page the build has',
    async (prefix) => {
      const root = await page(`${prefix}/so-do-trang/`)
      const linked = new Set(
        root.querySelectorAll('main a[href]').map((a) => a.getAttribute('href')),
      )
      const listings = pages.filter((p) =>
        new RegExp(
          `^${prefix}/(chu-de|don-vi)/[^/]+/$|^${prefix}/van-ban/(loai|co-quan|linh-vuc|nam|tinh-trang)/[^/]+/$`,
        ).test(p),
      )
      expect(listings.length).toBeGreaterThan(10)
      expect(listings.filter((p) => !linked.has(p))).toEqual([])
      for (const segment of ['gioi-thieu', ...NEW_PAGES.filter((s) => s !== 'so-do-trang')]) {
        expect(linked.has(`${prefix}/${segment}/`), segment).toBe(true)
      }
    },
  )

  it('lists what the portal publishes, where and how often, in both languages', async () => {
    for (const [sitePath, when] of [
      ['/thong-tin-cong-khai/', 'Ngay khi ban hành hoặc có thay đổi'],
      ['/en/thong-tin-cong-khai/', 'As soon as issued or changed'],
    ]) {
      const main = (await page(sitePath)).querySelector('main')!
      const rows = main.querySelectorAll('table.info-table tbody tr')
      expect(rows.length, sitePath).toBeGreaterThanOrEqual(6)
      expect(text(main.querySelector('table'))).toContain(when)
      const targets = rows.map((row) => row.querySelector('a')!.getAttribute('href')!)
      expect(targets).toContain('/van-ban/')
      // The public's own channels are information the portal publishes too.
      expect(targets).toContain('/hoi-dap/')
      expect(targets).toContain('/gop-y-du-thao/')
      for (const href of targets) {
        expect(await resolveSitePath(site.clientDir, href), href).not.toBeNull()
      }
      // Whom to ask for the rest.
      expect(
        main.querySelector(`a[href="mailto:${AGENCY_CONTACTS.contactOfficer.email}"]`),
      ).not.toBeNull()
    }
  })

  it('states the accessibility standard, how it is tested and where to report a barrier', async () => {
    for (const sitePath of ['/tuyen-bo-tiep-can/', '/en/tuyen-bo-tiep-can/']) {
      const main = (await page(sitePath)).querySelector('main')!
      expect(text(main)).toContain('WCAG 2.1')
      expect(text(main)).toContain('axe-core')
      expect(
        main.querySelector(`.report-barrier a[href="mailto:${AGENCY_CONTACTS.email}"]`),
        sitePath,
      ).not.toBeNull()
    }
  })

  it('links each startup procedure to the public service portals', async () => {
    for (const sitePath of ['/thu-tuc-hanh-chinh/', '/en/thu-tuc-hanh-chinh/']) {
      const items = (await page(sitePath)).querySelectorAll('main .procedures > li')
      expect(items.length, sitePath).toBeGreaterThanOrEqual(3)
      for (const item of items) {
        const hrefs = item.querySelectorAll('a').map((a) => a.getAttribute('href'))
        expect(hrefs, text(item)).toContain('https://dichvucong.gov.vn/')
      }
    }
    const english = (await page('/en/thu-tuc-hanh-chinh/')).querySelector('.procedures h2')
    expect(english?.text).toBe('Registering a new business')
  })
})

describe('a notice’s official source', () => {
  it('is linked on the notice page when the editor gave an http(s) address', async () => {
    const { linked } = site.content.officialSource
    const root = await page(`/van-ban/${linked}/`)
    const link = root.querySelector('table.metadata a.official-source')
    expect(link?.getAttribute('href')).toBe(OFFICIAL_SOURCE_URL)
    expect(link?.text).toContain('vbpl.vn')
  })

  it('is not shown when the stored address is not http(s), nor when there is none', async () => {
    const { hostile, linked } = site.content.officialSource
    const hostilePage = await readPage(site.clientDir, `/van-ban/${hostile}/`)
    expect(hostilePage.root.querySelector('.official-source')).toBeNull()
    expect(hostilePage.html).not.toContain('javascript:')
    const others = pages.filter(
      (p) => new RegExp(`^/van-ban/(?!(${FACETS})/)[^/]+/$`).test(p) && !p.includes(`/${linked}/`),
    )
    expect(others.length).toBeGreaterThan(0)
    for (const other of others) {
      expect((await page(other)).querySelector('.official-source'), other).toBeNull()
    }
  })
})

describe('save as PDF', () => {
  it('sits beside the print hint on every item page, with the steps it leads to', async () => {
    const items = pages.filter((p) =>
      new RegExp(`^(/en)?/(tin-tuc|phong-su|van-ban|su-kien)/(?!(${FACETS})/)[^/]+/$`).test(p),
    )
    expect(items.length).toBeGreaterThan(10)
    for (const sitePath of items) {
      const root = await page(sitePath)
      const link = root.querySelector('.print-actions a.save-pdf')
      expect(link?.getAttribute('href'), sitePath).toBe('#luu-pdf')
      expect(root.querySelector('.print-actions .print-hint'), sitePath).not.toBeNull()
      const guide = root.querySelector('#luu-pdf')
      expect(text(guide), sitePath).toMatch(/Lưu dưới dạng PDF|Save as PDF/)
      expect(guide?.querySelector(`a[href="${sitePath}"]`), sitePath).not.toBeNull()
    }
  })
})
