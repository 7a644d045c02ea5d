import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { StaticServer } from '../helpers/browser'
import { openDemoSite, type DemoSiteInBrowser } from '../helpers/demoSite'

/**
 * No layout shift while a page loads on a phone (issue 12: CLS ≤ 0.02; Lighthouse measured 0.13–
 * 0.25 on item pages when Be Vietnam Pro swapped in over the fallback font). The built demo site
 * in Chromium with a phone's viewport, layout shifts summed by a PerformanceObserver from the
 * first paint to well after the fonts settled (the sum bounds CLS from above). Twice: the fonts
 * as fast as the page (a cached or fast connection), and the fonts arriving late, after the text
 * is first painted (a slow mobile connection).
 */

let demo: DemoSiteInBrowser
let server: StaticServer
let browser: Browser
let pages: string[]

/** Lighthouse's mobile device (a Moto G Power): 412 × 823 CSS pixels. */
const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true }
const MAX_SHIFT = 0.02
const LATE_FONT_MS = 600

/** The first item page of a section (not a listing page or a library facet). */
const itemPage = (section: string) => {
  const found = pages.find((p) =>
    new RegExp(`^/${section}/(?!trang/|loai/|co-quan/|linh-vuc/|nam/|so/|tinh-trang/)[^/]+/$`).test(
      p,
    ),
  )
  if (!found) throw new Error(`The build has no item page under /${section}/`)
  return found
}

type Shift = { value: number; sources: string[] }

/**
 * Loads `sitePath` in a new phone-sized page and returns, once the fonts are ready and after a
 * quiet second: the layout shifts it saw (those a reader's input caused excluded, as CLS does),
 * the font Chromium actually drew the first visible paragraph of `main` with (DevTools'
 * `CSS.getPlatformFontsForNode`) and the height of `main`.
 */
async function loadOnPhone(sitePath: string, { lateFonts }: { lateFonts: boolean }) {
  const context = await browser.newContext(PHONE)
  try {
    // As fast as the page: the fonts already in the browser's cache (immutable, as the live
    // server sends them), as for a reader's second page. A first visit of a fresh context on a
    // busy machine can miss `font-display: optional`'s short block period: the slow case below.
    if (!lateFonts) {
      const warm = await context.newPage()
      await warm.goto(`${server.origin}${sitePath}`, { waitUntil: 'load' })
      await warm.evaluate(() => document.fonts.ready.then(() => undefined))
      await warm.close()
    }
    const page: Page = await context.newPage()
    await page.addInitScript(() => {
      const state = window as unknown as { shifts: Shift[] }
      state.shifts = []
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as {
          value: number
          hadRecentInput: boolean
          sources: { node?: Node | null }[]
        }[]) {
          if (entry.hadRecentInput) continue
          const sources = entry.sources.map((source) => {
            const node = source.node as Element | null | undefined
            return node?.nodeName ? `${node.nodeName.toLowerCase()}.${node.className ?? ''}` : '?'
          })
          state.shifts.push({ value: entry.value, sources })
        }
      }).observe({ type: 'layout-shift', buffered: true })
    })
    if (lateFonts) {
      await page.route('**/*.woff2', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, LATE_FONT_MS))
        await route.continue()
      })
    }
    await page.goto(`${server.origin}${sitePath}`, { waitUntil: 'load' })
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    await page.waitForTimeout(lateFonts ? LATE_FONT_MS + 1000 : 1000)
    const shifts = await page.evaluate(() => (window as unknown as { shifts: Shift[] }).shifts)
    const height = await page
      .locator('main')
      .evaluate((main) => main.getBoundingClientRect().height)
    return {
      total: shifts.reduce((sum, shift) => sum + shift.value, 0),
      shifts,
      font: await drawnFont(page),
      height,
    }
  } finally {
    await context.close()
  }
}

/**
 * The font most glyphs of the first visible paragraph of `main` in the regular weight (the one
 * preloaded) were drawn with.
 */
async function drawnFont(page: Page): Promise<string> {
  await page.evaluate(() => {
    const visible = [...document.querySelectorAll('main p')].find(
      (p) => p.clientHeight > 0 && getComputedStyle(p).fontWeight === '400',
    )
    visible?.setAttribute('data-font-probe', '')
  })
  const cdp = await page.context().newCDPSession(page)
  try {
    await cdp.send('DOM.enable')
    await cdp.send('CSS.enable')
    const { root } = await cdp.send('DOM.getDocument')
    const { nodeId } = await cdp.send('DOM.querySelector', {
      nodeId: root.nodeId,
      selector: '[data-font-probe]',
    })
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
    return [...fonts].sort((a, b) => b.glyphCount - a.glyphCount)[0]?.familyName ?? ''
  } finally {
    await cdp.detach()
  }
}

beforeAll(async () => {
  demo = await openDemoSite()
  ;({ pages, server } = demo)
  browser = demo.page.context().browser()!
}, 300_000)

afterAll(() => demo?.close())

describe('layout shift on a phone', () => {
  const templates = () => ({
    article: itemPage('tin-tuc'),
    'policy notice': itemPage('van-ban'),
    feature: itemPage('phong-su'),
    home: '/',
  })
  const seen = { fast: {}, late: {} } as Record<
    'fast' | 'late',
    Record<string, Awaited<ReturnType<typeof loadOnPhone>>>
  >

  for (const lateFonts of [false, true]) {
    const when = lateFonts ? 'late' : 'fast'
    it(`stays ≤ ${MAX_SHIFT} on item pages and the home page, ${lateFonts ? 'fonts arriving late' : 'fonts as fast as the page'}`, async () => {
      for (const [template, sitePath] of Object.entries(templates())) {
        seen[when][template] = await loadOnPhone(sitePath, { lateFonts })
      }
      const over = Object.entries(seen[when]).filter(([, { total }]) => total > MAX_SHIFT)
      expect(over, JSON.stringify(seen[when])).toEqual([])
    })
  }

  it('draws Be Vietnam Pro when it comes in time, and keeps a fallback of the same size when not', () => {
    for (const [template, fast] of Object.entries(seen.fast)) {
      const late = seen.late[template]!
      expect(fast.font, template).toBe('Be Vietnam Pro')
      // Debian's Chromium brings Liberation Sans, Arial's metric-compatible clone.
      expect(late.font, template).toBe('Liberation Sans')
      // The same text set in the scaled fallback takes about the same room (unscaled, Liberation
      // Sans makes these pages 4–8 % shorter).
      expect(Math.abs(late.height / fast.height - 1), template).toBeLessThan(0.03)
    }
  })
})
