/**
 * Lighthouse on every page template of the demo site: `npm run lighthouse` (prints figures; it is
 * not a test). Builds the demo site (seed + build, ~30 s–2 min; or `--site <dir>` of a demo site
 * that test/setup/build-demo-site.ts made), serves it as a release by the live site server (its
 * headers, compression, and the form routes rendered on request from a copy of the demo
 * database), and runs Lighthouse's default mobile run (emulated phone, simulated slow 4G and 4×
 * CPU slowdown) in Debian's Chromium on one URL per template.
 *
 * Prints one JSON object (stdout, after what Payload logs there; `--json <file>` writes it alone):
 * per template its URL, the four category scores (0–100), CLS, LCP (ms), TBT (ms) and the
 * machine's benchmark index, with the load averages at the start and the end; then a table
 * (stderr).
 *
 * Options: `--site <dir>` reuse a built demo site; `--only home,article` some templates;
 * `--runs 3` the median run of several (Lighthouse's own choice of median); `--reports <dir>`
 * also writes the HTML report of each template's (median) run there; `--screenshots <dir>` also
 * saves a whole-page PNG of each template as a phone shows it (412 px wide), for notes and docs.
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js'
import type LighthouseResult from 'lighthouse/types/lhr/lhr.js'
import { chromium } from 'playwright-core'

import { startLiveSite } from '@cms/publish/server'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/helpers/browser'
import { demoSiteForScript, layOutAsRelease } from '../test/helpers/demoSite'
import { startTestHub } from '../test/helpers/payload'
import { listPages } from '../test/helpers/site'

const argv = process.argv.slice(2)
const option = (name: string) => {
  const index = argv.indexOf(name)
  return index >= 0 ? argv[index + 1] : undefined
}

/** An item page of a section (not a listing page, a page of it or a library facet). */
const itemOf = (section: string) =>
  new RegExp(`^/${section}/(?!trang/|loai/|co-quan/|linh-vuc/|nam/|so/|tinh-trang/)[^/]+/$`)

/**
 * One page per template: a fixed path, or the first page of the build matching a pattern (the
 * demo's slugs may change). The form routes (`gui/`) are rendered on request by the release's
 * Astro server; a GET shows the form again, as after a refused post.
 */
const TEMPLATES: { name: string; page: string | RegExp }[] = [
  { name: 'home', page: '/' },
  { name: 'home (en)', page: '/en/' },
  { name: 'article', page: itemOf('tin-tuc') },
  { name: 'article (en)', page: /^\/en\/tin-tuc\/[^/]+\/$/ },
  { name: 'feature', page: itemOf('phong-su') },
  { name: 'policy notice', page: itemOf('van-ban') },
  { name: 'event', page: itemOf('su-kien') },
  { name: 'section list', page: '/tin-tuc/' },
  { name: 'events list', page: '/su-kien/' },
  { name: 'topic', page: /^\/chu-de\/[^/]+\/$/ },
  { name: 'outlet', page: /^\/don-vi\/[^/]+\/$/ },
  { name: 'search', page: '/tim-kiem/' },
  { name: 'search results', page: '/tim-kiem/?q=kh%E1%BB%9Fi+nghi%E1%BB%87p' },
  { name: 'library', page: '/van-ban/' },
  { name: 'library facet', page: /^\/van-ban\/loai\/[^/]+\/$/ },
  { name: 'number index', page: '/van-ban/so/' },
  { name: 'Q&A list', page: '/hoi-dap/' },
  { name: 'question', page: /^\/hoi-dap\/\d+\/$/ },
  { name: 'question form (gui)', page: '/hoi-dap/gui/' },
  { name: 'consultation list', page: '/gop-y-du-thao/' },
  { name: 'consultation', page: /^\/gop-y-du-thao\/(?!gui\/)[^/]+\/$/ },
  { name: 'comment form (gui)', page: '/gop-y-du-thao/gui/' },
  { name: 'about', page: '/gioi-thieu/' },
  { name: 'site map', page: '/so-do-trang/' },
  { name: 'public information', page: '/thong-tin-cong-khai/' },
  { name: 'accessibility statement', page: '/tuyen-bo-tiep-can/' },
  { name: 'procedures', page: '/thu-tuc-hanh-chinh/' },
  { name: 'privacy notice and request form', page: '/quyen-rieng-tu/' },
  { name: 'tracker', page: '/ket-qua/' },
  { name: 'tracker (en)', page: '/en/ket-qua/' },
  { name: 'directory', page: '/he-sinh-thai/' },
  { name: 'directory list', page: '/he-sinh-thai/du-an/' },
  { name: 'directory facet', page: /^\/he-sinh-thai\/du-an\/linh-vuc\/[^/]+\/$/ },
  {
    name: 'startup profile',
    page: /^\/he-sinh-thai\/du-an\/(?!linh-vuc\/|giai-doan\/|dia-ban\/|trang\/)[^/]+\/$/,
  },
  { name: 'person profile', page: /^\/he-sinh-thai\/chuyen-gia\/(?!vai-tro\/|trang\/)[^/]+\/$/ },
  { name: 'organisation profile', page: /^\/he-sinh-thai\/to-chuc\/(?!trang\/)[^/]+\/$/ },
  // Lighthouse refuses a 404 answer; the page itself, asked for by its file name, is a 200.
  { name: '404', page: '/404.html' },
]

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const

export type TemplateScores = {
  template: string
  path: string
  performance: number
  accessibility: number
  bestPractices: number
  seo: number
  cls: number
  lcpMs: number
  tbtMs: number
  /**
   * Lighthouse's measure of the machine's speed during the run (higher is faster; a quiet core
   * of this project's machines scores ~1,200): a low figure means other work slowed the
   * browser down, which raises TBT and lowers the performance score.
   */
  benchmarkIndex: number
  /** Why Lighthouse could not measure the page (its scores are then 0). */
  error?: string
}

function scoresOf(template: string, sitePath: string, lhr: LighthouseResult): TemplateScores {
  const score = (id: (typeof CATEGORIES)[number]) =>
    Math.round((lhr.categories[id]?.score ?? 0) * 100)
  const metric = (id: string, digits: number) =>
    Number((lhr.audits[id]?.numericValue ?? NaN).toFixed(digits))
  return {
    template,
    path: sitePath,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    cls: metric('cumulative-layout-shift', 3),
    lcpMs: metric('largest-contentful-paint', 0),
    tbtMs: metric('total-blocking-time', 0),
    benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
    ...(lhr.runtimeError ? { error: lhr.runtimeError.message } : {}),
  }
}

/** The audits that cost a category points, so a score under 100 says why. */
function failedAudits(lhr: LighthouseResult): string[] {
  const failed: string[] = []
  for (const id of CATEGORIES) {
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id]
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 0.9) {
        failed.push(`${id}: ${ref.id} (${audit.displayValue ?? audit.score})`)
      }
    }
  }
  return failed
}

function printTable(rows: TemplateScores[]) {
  const header = ['template', 'perf', 'a11y', 'bp', 'seo', 'CLS', 'LCP ms', 'TBT ms', 'bench']
  const lines = rows.map((row) => [
    row.template,
    String(row.performance),
    String(row.accessibility),
    String(row.bestPractices),
    String(row.seo),
    row.cls.toFixed(3),
    String(row.lcpMs),
    String(row.tbtMs),
    String(row.benchmarkIndex),
  ])
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((l) => l[i]!.length)))
  const format = (cells: string[]) =>
    `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`
  console.error(format(header))
  console.error(format(widths.map((w, i) => (i === 0 ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`))))
  for (const line of lines) console.error(format(line))
}

const fileNameOf = (template: string) => template.replace(/[^a-z0-9]+/gi, '-').replace(/-$/, '')

/** A whole-page PNG of `url` at a phone's width, in the Chromium Lighthouse drives (over CDP). */
async function screenshot(port: number, url: string, file: string) {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`)
  try {
    const context = await browser.newContext({ viewport: { width: 412, height: 915 } })
    const page = await context.newPage()
    await page.goto(url, { waitUntil: 'load' })
    await page.screenshot({ path: file, fullPage: true })
    await context.close()
  } finally {
    // Disconnects only: the browser is chrome-launcher's to stop.
    await browser.close()
  }
}

const loadAverage = () => os.loadavg().map((load) => Number(load.toFixed(2)))

async function main() {
  const runs = Math.max(1, Number(option('--runs') ?? 1))
  const only = option('--only')?.split(',')
  const reportsDir = option('--reports')
  const screenshotsDir = option('--screenshots')
  const loadAtStart = loadAverage()
  const demo = await demoSiteForScript(option('--site'), 'hub-lighthouse-site-')
  const { site } = demo
  // The form routes read and write a copy of the demo database (DATABASE_URL and the secrets
  // startTestHub sets, which the release's Astro server inherits).
  const hub = await startTestHub({ from: site })
  const release = await layOutAsRelease(site, 'hub-lighthouse-')
  const live = await startLiveSite({ layout: release.layout, port: 0, host: '127.0.0.1' })
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    // Debian's Chromium as the house rules start it, headless; chrome-launcher adds the port.
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    logLevel: 'silent',
  })
  const pages = await listPages(site.clientDir)
  const rows: TemplateScores[] = []
  let version = ''
  try {
    // The first form request starts the release's Astro server and its Payload: not measured.
    await fetch(`${live.url}/hoi-dap/gui/`).then((res) => res.text())
    if (reportsDir) await fs.mkdir(reportsDir, { recursive: true })
    if (screenshotsDir) await fs.mkdir(screenshotsDir, { recursive: true })
    for (const { name, page } of TEMPLATES) {
      if (only && !only.includes(name)) continue
      const sitePath = typeof page === 'string' ? page : pages.find((p) => page.test(p))
      if (!sitePath) throw new Error(`The demo build has no page for the template “${name}”.`)
      const results: LighthouseResult[] = []
      const reports: string[] = []
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(`${live.url}${sitePath}`, {
          port: chrome.port,
          output: 'html',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        })
        if (!result) throw new Error(`Lighthouse returned nothing for ${sitePath}`)
        results.push(result.lhr)
        reports.push(String(result.report))
      }
      const lhr = runs > 1 ? computeMedianRun(results) : results[0]!
      if (reportsDir) {
        const file = `${fileNameOf(name)}.html`
        await fs.writeFile(path.join(reportsDir, file), reports[results.indexOf(lhr)]!)
      }
      version = lhr.lighthouseVersion
      if (screenshotsDir) {
        const file = path.join(screenshotsDir, `${fileNameOf(name)}.png`)
        await screenshot(chrome.port, `${live.url}${sitePath}`, file)
      }
      const row = scoresOf(name, sitePath, lhr)
      rows.push(row)
      const failed = failedAudits(lhr)
      console.error(
        `${name} ${sitePath}: ${row.error ?? `${row.performance}/${row.accessibility}/${row.bestPractices}/${row.seo} CLS ${row.cls}`}` +
          (failed.length ? `\n  ${failed.join('\n  ')}` : ''),
      )
    }
  } finally {
    chrome.kill()
    await live.close()
    await release.cleanup()
    await hub.cleanup()
    await demo.cleanup()
  }
  const loadAtEnd = loadAverage()
  const report = JSON.stringify(
    { lighthouse: version, chromium: CHROMIUM_PATH, runs, loadAtStart, loadAtEnd, pages: rows },
    null,
    2,
  )
  console.log(report)
  const jsonFile = option('--json')
  if (jsonFile) await fs.writeFile(jsonFile, `${report}\n`)
  printTable(rows)
  console.error(
    `Load average (1, 5, 15 min): ${loadAtStart.join(', ')} at the start, ${loadAtEnd.join(', ')} at the end`,
  )
  const below = rows.filter(
    (row) =>
      Math.min(row.performance, row.accessibility, row.bestPractices, row.seo) < 98 ||
      row.cls > 0.02,
  )
  if (below.length) {
    console.error(`Under 98 or CLS > 0.02: ${below.map((row) => row.template).join(', ')}`)
  }
  // Payload keeps its database connection open.
  process.exit(rows.some((row) => row.error) ? 1 : 0)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
