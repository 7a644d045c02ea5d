import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildConsultations } from '@cms/seed/content/publicInput'
import { seriousViolations as axeViolations } from '../helpers/axe'
import type { StaticServer } from '../helpers/browser'
import { openDemoSite, type DemoSiteInBrowser } from '../helpers/demoSite'

/**
 * Accessibility of the public portal in Chromium: axe-core on one page of every template, and
 * the keyboard alone through the skip link, the search and the document library's filters.
 * Also the about page and footer that come from the CMS globals.
 */

let server: StaticServer
let demo: DemoSiteInBrowser
let page: Page
let pages: string[]

const FACETS = 'trang|loai|co-quan|linh-vuc|nam|so|tinh-trang'

/** The first built page matching a pattern. */
const first = (pattern: RegExp) => {
  const found = pages.find((p) => pattern.test(p))
  if (!found) throw new Error(`The build has no page matching ${pattern}`)
  return found
}

const item = (section: string) => first(new RegExp(`^/${section}/(?!(${FACETS})/)[^/]+/$`))

/** The demo's draft open for comment now and the closed one (the seed dates them from today). */
const consultation = (state: 'open' | 'closed') => {
  const now = Date.now()
  const notice = buildConsultations(new Date()).find((draft) => {
    const closesAt = Date.parse(draft.consultation?.closesAt ?? '')
    return state === 'open' ? closesAt > now : closesAt < now
  })
  return first(new RegExp(`^/gop-y-du-thao/${notice?.slug}/$`))
}

/** One page of every template the site has. */
const templates = () => ({
  home: '/',
  news: '/tin-tuc/',
  features: '/phong-su/',
  library: '/van-ban/',
  events: '/su-kien/',
  article: item('tin-tuc'),
  feature: item('phong-su'),
  notice: item('van-ban'),
  event: item('su-kien'),
  topic: first(/^\/chu-de\/[^/]+\/$/),
  outlet: first(/^\/don-vi\/[^/]+\/$/),
  about: '/gioi-thieu/',
  facet: first(/^\/van-ban\/loai\/[^/]+\/$/),
  numbers: '/van-ban/so/',
  number: first(/^\/van-ban\/so\/[^/]+\/$/),
  search: '/tim-kiem/?q=khởi nghiệp',
  notFound: '/khong-co-trang-nay/',
  englishHome: '/en/',
  englishArticle: first(/^\/en\/tin-tuc\/(?!trang\/)[^/]+\/$/),
  // The pages about the portal (docs/LEGAL.md), and an item laid out to save as PDF.
  sitemap: '/so-do-trang/',
  publicInformation: '/thong-tin-cong-khai/',
  accessibilityStatement: '/tuyen-bo-tiep-can/',
  procedures: '/thu-tuc-hanh-chinh/',
  privacy: '/quyen-rieng-tu/',
  englishPrivacy: '/en/quyen-rieng-tu/',
  englishSitemap: '/en/so-do-trang/',
  englishPublicInformation: '/en/thong-tin-cong-khai/',
  savePdf: `${item('van-ban')}#luu-pdf`,
  // The public forms: Hỏi đáp (list with the form, an answer), Góp ý dự thảo (list, a draft
  // open for comment with its form, a closed one with the summary).
  questions: '/hoi-dap/',
  question: first(/^\/hoi-dap\/\d+\/$/),
  consultations: '/gop-y-du-thao/',
  openConsultation: consultation('open'),
  closedConsultation: consultation('closed'),
})

async function open(sitePath: string) {
  await page.goto(`${server.origin}${encodeURI(sitePath)}`, { waitUntil: 'networkidle' })
}

/** Serious and critical axe violations on the open page, as readable lines. */
async function seriousViolations(): Promise<string[]> {
  const { lines, passes } = await axeViolations(page)
  // A page axe could not inspect would pass vacuously.
  expect(passes).toBeGreaterThan(10)
  return lines
}

/** Presses Tab until `selector` has focus; returns how many presses it took (or throws). */
async function tabTo(selector: string, limit = 80): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab')
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector))
      return presses
  }
  throw new Error(`${selector} was not reached with ${limit} presses of Tab`)
}

beforeAll(async () => {
  demo = await openDemoSite()
  ;({ pages, server, page } = demo)
}, 300_000)

afterAll(() => demo?.close())

describe('axe-core on every template', () => {
  it('finds no serious or critical violations', async () => {
    const found: Record<string, string[]> = {}
    for (const [template, sitePath] of Object.entries(templates())) {
      await open(sitePath)
      const violations = await seriousViolations()
      if (violations.length) found[`${template} ${sitePath}`] = violations
    }
    expect(found).toEqual({})
  }, 180_000)

  it('checks the forms themselves: the open draft and the Q&A list carry one, the closed not', async () => {
    const forms = async (sitePath: string) => {
      await open(sitePath)
      return page.locator('form.public-form').count()
    }
    expect(await forms(templates().questions)).toBe(1)
    expect(await forms(templates().openConsultation)).toBe(1)
    expect(await forms(templates().closedConsultation)).toBe(0)
  })
})

describe('keyboard only', () => {
  it('reaches the skip link first, and it moves focus to the main content', async () => {
    await open('/')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('skip-link')
    expect(await page.locator('.skip-link').isVisible()).toBe(true)
    await page.keyboard.press('Enter')
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main')
  })

  it('searches from the keyboard, and filters the results with it', async () => {
    await open('/tim-kiem/')
    await tabTo('#search-q')
    await page.keyboard.type('khởi nghiệp')
    await page.keyboard.press('Enter')
    const status = page.locator('[data-search-status]')
    await expect.poll(() => status.innerText(), { timeout: 10_000 }).toMatch(/\d+ kết quả/)
    // The filters come after the field: tick the first with the space bar.
    await tabTo('[data-search-filters] input[type="checkbox"]')
    await page.keyboard.press('Space')
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(
      true,
    )
    await expect.poll(() => page.url()).toMatch(/[?&](kind|topic|outlet|year|type)=/)
    await expect.poll(() => status.innerText()).toMatch(/kết quả/)
  })

  it('opens a filter of the document library with Tab and Enter', async () => {
    await open('/van-ban/')
    await tabTo('.library-facets .facet-group a')
    const href = await page.evaluate(() => document.activeElement!.getAttribute('href'))
    await page.keyboard.press('Enter')
    await page.waitForURL((url) => url.pathname === href)
    expect(await page.locator('.library-facets [aria-current="page"]').getAttribute('href')).toBe(
      href,
    )
  })
})

describe('content from the CMS globals', () => {
  it('shows the programme: targets, the lead agency and the cooperating agencies', async () => {
    await open('/gioi-thieu/')
    const main = await page.locator('main').innerText()
    expect(main).toContain('Sở Khoa học và Công nghệ thành phố Hải Phòng')
    expect(main).toContain('Sở Thông tin và Truyền thông Hải Phòng')
    expect(main).toContain('Đài Phát thanh và Truyền hình Hải Phòng')
    expect(await page.locator('.targets li').count()).toBeGreaterThanOrEqual(5)
    await open('/en/gioi-thieu/')
    const english = await page.locator('main').innerText()
    expect(english).toContain('Hải Phòng Department of Science and Technology')
    expect(english).toContain('Cooperating agencies')
  })

  it('links the related portals from the footer, in both languages', async () => {
    for (const [sitePath, label] of [
      ['/', 'Cơ sở dữ liệu quốc gia về văn bản pháp luật'],
      ['/en/', 'National database of legal documents'],
    ]) {
      await open(sitePath)
      const links = page.locator('footer .portal-links a')
      expect(await links.count(), sitePath).toBe(3)
      expect(await page.locator('footer .portal-links').innerText()).toContain(label)
      expect(await links.first().getAttribute('href')).toMatch(/^https:\/\//)
    }
  })
})
