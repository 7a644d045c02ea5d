import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { StaticServer } from '../helpers/browser'
import { openDemoSite, type DemoSiteInBrowser } from '../helpers/demoSite'
import { TEST_SITE_URL } from '../helpers/site'

/**
 * Printing an item page, and saving it as PDF (the state-portal rules, docs/LEGAL.md: Decree
 * 42/2022/NĐ-CP until 30/06/2026, then the portal decree under Law 148/2025/QH15): the built
 * demo site in Chromium, with print media emulated. The paper copy is the article alone, with
 * its source address and date.
 */

let server: StaticServer
let demo: DemoSiteInBrowser
let page: Page
let pages: string[]

const ITEM_SECTIONS = ['tin-tuc', 'phong-su', 'van-ban', 'su-kien']

/** The first item page of a section (not a listing page or a facet). */
const itemPage = (section: string) => {
  const found = pages.find((p) =>
    new RegExp(`^/${section}/(?!trang/|loai/|co-quan/|linh-vuc/|nam/|so/|tinh-trang/)[^/]+/$`).test(
      p,
    ),
  )
  if (!found) throw new Error(`The build has no item page under /${section}/`)
  return found
}

beforeAll(async () => {
  demo = await openDemoSite()
  ;({ pages, server, page } = demo)
}, 300_000)

afterAll(() => demo?.close())

describe('printing an item page', () => {
  it('tells the reader on screen how to print, on every kind of item page', async () => {
    await page.emulateMedia({ media: 'screen' })
    for (const section of ITEM_SECTIONS) {
      const sitePath = itemPage(section)
      await page.goto(`${server.origin}${sitePath}`)
      const hint = page.locator('.print-hint')
      await expect.poll(() => hint.isVisible(), { message: sitePath }).toBe(true)
      expect(await hint.innerText()).toMatch(/In trang.*Ctrl\s*\+\s*P/s)
      // The source line is for paper only.
      expect(await page.locator('.print-info').isVisible(), sitePath).toBe(false)
    }
  })

  it('prints the article without navigation, header or footer, with its address and date', async () => {
    const sitePath = itemPage('tin-tuc')
    await page.goto(`${server.origin}${sitePath}`)
    await page.emulateMedia({ media: 'print' })
    for (const selector of ['header.site-header', 'footer', 'nav', '.skip-link', '.print-hint']) {
      const elements = await page.locator(selector).all()
      expect(elements.length, selector).toBeGreaterThan(0)
      for (const element of elements) expect(await element.isVisible(), selector).toBe(false)
    }
    await expect.poll(() => page.locator('h1').isVisible()).toBe(true)
    const info = page.locator('.print-info')
    expect(await info.isVisible()).toBe(true)
    const text = await info.innerText()
    expect(text).toContain(`${TEST_SITE_URL}${sitePath}`)
    expect(text).toMatch(/Ngày đăng: \d{2}:\d{2}, \d{2}\/\d{2}\/\d{4}/)
  })

  it('opens the page as it prints from “Lưu PDF”, with the steps to save it, without script', async () => {
    for (const section of ITEM_SECTIONS) {
      const sitePath = itemPage(section)
      await page.emulateMedia({ media: 'screen' })
      await page.goto(`${server.origin}${sitePath}`)
      const guide = page.locator('#luu-pdf')
      expect(await guide.isVisible(), sitePath).toBe(false)
      await page.locator('.print-actions a.save-pdf').click()
      await expect.poll(() => guide.isVisible(), { message: sitePath }).toBe(true)
      expect(await guide.innerText()).toMatch(/Ctrl\s*\+\s*P.*Lưu dưới dạng PDF/s)
      for (const selector of ['header.site-header', 'footer', '.breadcrumbs', '.print-actions']) {
        expect(await page.locator(selector).first().isVisible(), `${sitePath} ${selector}`).toBe(
          false,
        )
      }
      expect(await page.locator('.print-info').isVisible(), sitePath).toBe(true)
      expect(await page.locator('h1').isVisible(), sitePath).toBe(true)
      // The steps are for the screen: the paper copy is the same as printing the page.
      await page.emulateMedia({ media: 'print' })
      expect(await guide.isVisible(), sitePath).toBe(false)
      expect(await page.locator('.print-info').isVisible(), sitePath).toBe(true)
      // And back to the full page.
      await page.emulateMedia({ media: 'screen' })
      await guide.getByRole('link').click()
      await expect.poll(() => page.locator('header.site-header').isVisible()).toBe(true)
      await expect.poll(() => guide.isVisible(), { message: sitePath }).toBe(false)
    }
  })

  it('makes a PDF of the page', async () => {
    await page.goto(`${server.origin}${itemPage('van-ban')}`)
    await page.emulateMedia({ media: 'print' })
    const pdf = await page.pdf({ format: 'A4' })
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(pdf.length).toBeGreaterThan(5_000)
  })
})
