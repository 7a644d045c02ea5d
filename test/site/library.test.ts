import { beforeAll, describe, expect, it } from 'vitest'

import { documentNumberKey, documentNumberSerial } from '@site/lib/library'
import { demoSite, type DemoSite } from '../helpers/demoSite'
import { listPages, readPage } from '../helpers/site'

/** The legal-document library (/van-ban/): facet pages and look-up by number, as built. */

let site: DemoSite
let pages: string[]

const PLAN = '/van-ban/ke-hoach-281-kh-ubnd-2020/'
const DECISION_844 = '/van-ban/quyet-dinh-844-qd-ttg-2016/'

beforeAll(async () => {
  site = await demoSite()
  pages = await listPages(site.clientDir)
}, 240_000)

const rows = async (sitePath: string) => {
  const { root } = await readPage(site.clientDir, sitePath)
  return root.querySelectorAll('table.notices tbody tr').map((tr) => ({
    number: tr.querySelector('td')!.text.trim(),
    href: tr.querySelector('a')!.getAttribute('href'),
  }))
}

describe('documentNumberKey / documentNumberSerial', () => {
  it.each([
    ['281/KH-UBND', '281-KH-UBND', '281'],
    ['844/QĐ-TTg', '844-QD-TTG', '844'],
    ['08/2013/NQ-HĐND', '08-2013-NQ-HDND', '08'],
    ['Số 09 / CT-UBND', 'SO-09-CT-UBND', null],
  ])('%s → %s, %s', (input, key, serial) => {
    expect(documentNumberKey(input)).toBe(key)
    expect(documentNumberSerial(input)).toBe(serial)
  })
})

describe('facet pages', () => {
  it('exist for each value in use, with stable Vietnamese addresses', () => {
    for (const sitePath of [
      '/van-ban/loai/ke-hoach/',
      '/van-ban/loai/quyet-dinh/',
      '/van-ban/loai/nghi-quyet/',
      '/van-ban/loai/chi-thi/',
      '/van-ban/nam/2020/',
      '/van-ban/nam/2016/',
      '/van-ban/nam/2013/',
      '/van-ban/tinh-trang/con-hieu-luc/',
      '/van-ban/co-quan/thu-tuong-chinh-phu/',
      '/van-ban/linh-vuc/doanh-nghiep/',
      '/van-ban/linh-vuc/khoa-hoc-cong-nghe/',
      '/en/van-ban/loai/ke-hoach/',
    ])
      expect(pages, sitePath).toContain(sitePath)
    // No page for a value nobody uses, nor an English page for untranslated notices.
    expect(pages).not.toContain('/van-ban/loai/thong-tu/')
    expect(pages).not.toContain('/van-ban/tinh-trang/het-hieu-luc/')
    expect(pages).not.toContain('/en/van-ban/loai/quyet-dinh/')
  })

  it('list exactly the matching notices, newest issue date first', async () => {
    expect(await rows('/van-ban/nam/2020/')).toEqual([
      { number: '281/KH-UBND', href: PLAN },
      { number: '09/CT-UBND', href: '/van-ban/chi-thi-09-ct-ubnd-2020/' },
    ])
    expect((await rows('/van-ban/loai/quyet-dinh/')).map((r) => r.href)).toEqual([DECISION_844])
    expect((await rows('/van-ban/tinh-trang/con-hieu-luc/')).map((r) => r.number)).toEqual([
      '281/KH-UBND',
      '09/CT-UBND',
      '844/QĐ-TTg',
      '08/2013/NQ-HĐND',
    ])
    expect((await rows('/en/van-ban/loai/ke-hoach/')).map((r) => r.href)).toEqual([`/en${PLAN}`])
  })

  it('offer every filter as a plain link, the current one marked', async () => {
    const { root } = await readPage(site.clientDir, '/van-ban/loai/ke-hoach/')
    const nav = root.querySelector('nav.library-facets')!
    const current = nav.querySelectorAll('a[aria-current="page"]')
    expect(current.map((a) => a.getAttribute('href'))).toEqual(['/van-ban/loai/ke-hoach/'])
    const hrefs = nav.querySelectorAll('a').map((a) => a.getAttribute('href'))
    expect(hrefs).toContain('/van-ban/nam/2016/')
    expect(hrefs).toContain('/van-ban/so/')
    expect(root.querySelector('h1')!.text).toBe('Loại văn bản: Kế hoạch')
    const main = await readPage(site.clientDir, '/van-ban/')
    expect(main.root.querySelectorAll('nav.library-facets a').length).toBeGreaterThan(10)
  })
})

describe('look-up by document number', () => {
  it('leads from the number, or the serial alone, to the notice', async () => {
    for (const sitePath of ['/van-ban/so/281-KH-UBND/', '/van-ban/so/281/']) {
      const { root } = await readPage(site.clientDir, sitePath)
      expect(root.querySelector('meta[http-equiv="refresh"]')!.getAttribute('content')).toBe(
        `0;url=${PLAN}`,
      )
      expect(root.querySelector('meta[property="og:url"]')!.getAttribute('content')).toBe(
        `http://portal.test${PLAN}`,
      )
      expect(root.querySelector(`main a[href="${PLAN}"]`)).not.toBeNull()
      expect(root.querySelector('meta[name="robots"]')?.getAttribute('content')).toContain(
        'noindex',
      )
    }
    expect(pages).toContain('/van-ban/so/844-QD-TTG/')
    expect(pages).toContain('/van-ban/so/08-2013-NQ-HDND/')
    expect(pages).toContain('/en/van-ban/so/281-KH-UBND/')
  })

  it('has an index of every number, and a 404 that offers search and the index', async () => {
    expect((await rows('/van-ban/so/')).map((r) => r.number)).toEqual([
      // The two drafts put out for comment (cms/seed/content/publicInput.ts).
      '01/DT-SKHCN',
      '02/DT-SKHCN',
      '08/2013/NQ-HĐND',
      '09/CT-UBND',
      '281/KH-UBND',
      '844/QĐ-TTg',
    ])
    const { root } = await readPage(site.clientDir, '/404.html')
    expect(root.querySelector('form[role="search"]')!.getAttribute('action')).toBe('/tim-kiem/')
    expect(root.querySelector('a[href="/van-ban/so/"]')).not.toBeNull()
  })
})

describe('relations and status on a notice page', () => {
  it('links related documents in both directions', async () => {
    const plan = await readPage(site.clientDir, PLAN)
    expect(plan.root.querySelector(`a[href="${DECISION_844}"]`)).not.toBeNull()
    const decision = await readPage(site.clientDir, DECISION_844)
    const back = decision.root.querySelector(`section.related a[href="${PLAN}"]`)!
    expect(back.parentNode!.text).toContain('Là căn cứ của')
  })
})
