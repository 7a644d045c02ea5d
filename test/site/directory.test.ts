import fs from 'node:fs/promises'
import path from 'node:path'

import { XMLParser, XMLValidator } from 'fast-xml-parser'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { cardFromManifest, readCardManifest } from '@channels/cards/manifest'
import { readSitePages } from '@channels/sitePages'

import { testSite, type TestSite } from '../helpers/demoSite'
import { listFiles, listPages, readPage, TEST_SITE_URL } from '../helpers/site'
import {
  HIDDEN_FOUNDER,
  HIDDEN_FOUNDER_EMAIL,
  NAMED_FOUNDER,
  NAMED_FOUNDER_EMAIL,
  PERSON_PRIVATE_EMAIL,
  UNCONSENTED_PERSON,
  UNCONSENTED_PERSON_EMAIL,
} from '../helpers/testContent'

/**
 * The ecosystem directory's pages (issue 15) on the built test site, with its own profiles
 * (test/helpers/testContent.ts `addDirectory`): hub, lists and profiles in both languages,
 * facet pages without JavaScript, JSON-LD, mentions both ways, and personal data: a founder
 * without consent and contacts without opt-in appear in no file the build wrote.
 */

let site: TestSite
let pages: string[]

beforeAll(async () => {
  site = await testSite()
  pages = await listPages(site.clientDir)
}, 480_000)

const profile = (kind: 'du-an' | 'chuyen-gia' | 'to-chuc', slug: string, lang = '') =>
  `${lang}/he-sinh-thai/${kind}/${slug}/`

describe('directory pages', () => {
  it('exist in Vietnamese and English: hub, the three lists, each test profile', () => {
    const { startup, person, organisation, quietPerson } = site.content.directory
    for (const lang of ['', '/en']) {
      for (const sitePath of [
        '/he-sinh-thai/',
        '/he-sinh-thai/du-an/',
        '/he-sinh-thai/chuyen-gia/',
        '/he-sinh-thai/to-chuc/',
      ]) {
        expect(pages).toContain(`${lang}${sitePath}`)
      }
      expect(pages).toContain(profile('du-an', startup, lang))
      expect(pages).toContain(profile('chuyen-gia', person, lang))
      expect(pages).toContain(profile('to-chuc', organisation, lang))
    }
    // No English text: no English page.
    expect(pages).toContain(profile('chuyen-gia', quietPerson))
    expect(pages).not.toContain(profile('chuyen-gia', quietPerson, '/en'))
  })

  it('shows a startup’s public fields, support records and funding rounds with links', async () => {
    const { startup, person, organisation } = site.content.directory
    const { root, html } = await readPage(site.clientDir, profile('du-an', startup))
    expect(root.querySelector('h1')!.text).toBe('Cảng Xanh Thử Nghiệm')
    expect(html).toContain(NAMED_FOUNDER)
    expect(html).toContain('0209999001')
    const hrefs = root.querySelectorAll('a').map((a) => a.getAttribute('href'))
    expect(hrefs).toContain(profile('to-chuc', organisation))
    expect(hrefs).toContain(profile('chuyen-gia', person))
    expect(hrefs).toContain('/he-sinh-thai/du-an/linh-vuc/logistics/')
    expect(root.querySelector('#support-heading')).not.toBeNull()
    expect(root.querySelector('#funding-heading')).not.toBeNull()
    expect(html).toContain('1.500.000.000')
    expect(root.querySelector('#founders-heading')!.parentNode!.text).not.toContain(HIDDEN_FOUNDER)
  })

  it('never puts a founder or person without consent, or contacts without opt-in, in any built file (open data too)', async () => {
    const files = await listFiles(site.clientDir)
    const texts = files.filter((f) => /\.(html|xml|json|txt|ics|csv)$/.test(f))
    expect(texts.length).toBeGreaterThan(50)
    let namedSeen = 0
    for (const file of texts) {
      const body = await fs.readFile(path.join(site.clientDir, file), 'utf8')
      for (const secret of [
        HIDDEN_FOUNDER,
        HIDDEN_FOUNDER_EMAIL,
        NAMED_FOUNDER_EMAIL,
        PERSON_PRIVATE_EMAIL,
        UNCONSENTED_PERSON,
        UNCONSENTED_PERSON_EMAIL,
      ]) {
        expect(body.includes(secret), `${secret} in ${file}`).toBe(false)
      }
      if (body.includes(NAMED_FOUNDER)) namedSeen++
    }
    // The consented founder is shown, so the search above would have found the other.
    expect(namedSeen).toBeGreaterThan(0)
  })

  it('shows a person’s contact only with consent to a public contact', async () => {
    const { person, quietPerson } = site.content.directory
    const open = await readPage(site.clientDir, profile('chuyen-gia', person))
    expect(open.html).toContain('co.van@example.com')
    const quiet = await readPage(site.clientDir, profile('chuyen-gia', quietPerson))
    expect(quiet.root.querySelector('#contact-heading')).toBeNull()
    expect(quiet.html).not.toContain('0912 000 111')
  })
})

describe('mentions link both ways', () => {
  it('the article links the profiles it names; the profiles list the article', async () => {
    const { startup, person, article } = site.content.directory
    const articlePage = await readPage(site.clientDir, `/tin-tuc/${article}/`)
    const section = articlePage.root.querySelector('#mentions-heading')!.parentNode!
    const links = section.querySelectorAll('a').map((a) => a.getAttribute('href'))
    expect(links).toEqual([profile('du-an', startup), profile('chuyen-gia', person)])
    for (const sitePath of [profile('du-an', startup), profile('chuyen-gia', person)]) {
      const { root } = await readPage(site.clientDir, sitePath)
      const mentioned = root.querySelector('#mentioned-heading')!.parentNode!
      expect(mentioned.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain(
        `/tin-tuc/${article}/`,
      )
    }
  })
})

describe('filters without JavaScript', () => {
  it('link each value in use to its prerendered page, which lists the matching profiles', async () => {
    const { startup, person } = site.content.directory
    const list = await readPage(site.clientDir, '/he-sinh-thai/du-an/')
    const facetLinks = list.root
      .querySelectorAll('.library-facets a')
      .map((a) => a.getAttribute('href')!)
    for (const href of [
      '/he-sinh-thai/du-an/linh-vuc/logistics/',
      '/he-sinh-thai/du-an/giai-doan/growth/',
      '/he-sinh-thai/du-an/dia-ban/hai-an/',
    ]) {
      expect(facetLinks).toContain(href)
      expect(pages).toContain(href)
      const { root } = await readPage(site.clientDir, href)
      const listed = root.querySelectorAll('.profile-list a').map((a) => a.getAttribute('href'))
      expect(listed).toContain(profile('du-an', startup))
      expect(
        root.querySelector(`.library-facets a[href="${href}"]`)!.getAttribute('aria-current'),
      ).toBe('page')
    }
    for (const facetLink of facetLinks) expect(pages).toContain(facetLink)
    expect(pages).toContain('/en/he-sinh-thai/du-an/linh-vuc/logistics/')
    const mentors = await readPage(site.clientDir, '/he-sinh-thai/chuyen-gia/vai-tro/mentor/')
    expect(
      mentors.root.querySelectorAll('.profile-list a').map((a) => a.getAttribute('href')),
    ).toContain(profile('chuyen-gia', person))
    const experts = await readPage(site.clientDir, '/he-sinh-thai/chuyen-gia/vai-tro/expert/')
    expect(
      experts.root.querySelectorAll('.profile-list a').map((a) => a.getAttribute('href')),
    ).not.toContain(profile('chuyen-gia', person))
  })

  it('are in the HTML sitemap, with the directory in the header', async () => {
    const { root } = await readPage(site.clientDir, '/so-do-trang/')
    const hrefs = root.querySelectorAll('a').map((a) => a.getAttribute('href'))
    for (const href of [
      '/he-sinh-thai/',
      '/he-sinh-thai/du-an/',
      '/he-sinh-thai/du-an/linh-vuc/logistics/',
    ]) {
      expect(hrefs).toContain(href)
    }
    const home = await readPage(site.clientDir, '/en/')
    expect(home.root.querySelectorAll('.main-nav a').map((a) => a.getAttribute('href'))).toContain(
      '/en/he-sinh-thai/',
    )
  })
})

describe('JSON-LD', () => {
  const jsonLd = async (sitePath: string) => {
    const { root } = await readPage(site.clientDir, sitePath)
    return root
      .querySelectorAll('script[type="application/ld+json"]')
      .flatMap((s) => [JSON.parse(s.textContent)].flat())
  }

  it('describes startups and organisations as Organization, people as Person', async () => {
    const { startup, person, organisation } = site.content.directory
    const [s] = (await jsonLd(profile('du-an', startup))).filter(
      (d) => d['@type'] === 'Organization',
    )
    expect(s).toMatchObject({ name: 'Cảng Xanh Thử Nghiệm', taxID: '0209999001' })
    expect(s.founder).toEqual([{ '@type': 'Person', name: NAMED_FOUNDER }])
    const [o] = (await jsonLd(profile('to-chuc', organisation, '/en'))).filter(
      (d) => d['@type'] === 'Organization',
    )
    expect(o).toMatchObject({
      inLanguage: 'en',
      url: expect.stringContaining('/en/he-sinh-thai/to-chuc/'),
    })
    const [p] = (await jsonLd(profile('chuyen-gia', person))).filter((d) => d['@type'] === 'Person')
    expect(p).toMatchObject({
      name: 'Phạm Cố Vấn Thử',
      jobTitle: 'Giám đốc',
      email: 'co.van@example.com',
    })
  })
})

describe('channels', () => {
  it('lists new profiles in an RSS feed per language', async () => {
    const { startup } = site.content.directory
    for (const lang of ['', '/en']) {
      const xml = await fs.readFile(
        path.join(site.clientDir, `${lang}/he-sinh-thai/rss.xml`),
        'utf8',
      )
      expect(XMLValidator.validate(xml)).toBe(true)
      const feed = new XMLParser().parse(xml)
      const links = [feed.rss.channel.item].flat().map((item: { link: string }) => item.link)
      expect(links).toContain(`${TEST_SITE_URL}${profile('du-an', startup, lang)}`)
    }
  })

  it('makes profiles item pages of the page manifest (search index, publisher)', async () => {
    const { startup, person } = site.content.directory
    const { itemPages, urls } = await readSitePages(site.clientDir)
    expect(itemPages).toContain(`${profile('du-an', startup).slice(1)}index.html`)
    expect(itemPages).toContain(`${profile('chuyen-gia', person, '/en').slice(1)}index.html`)
    expect(Object.values(urls)).toContain(profile('du-an', startup))
  })

  it('gives each profile a share card drawn from the card manifest', async () => {
    const { startup } = site.content.directory
    const { root } = await readPage(site.clientDir, profile('du-an', startup))
    const image = root.querySelector('meta[property="og:image"]')!.getAttribute('content')!
    const cardPath = new URL(image).pathname
    expect(cardPath).toMatch(new RegExp(`^/og/startups/${startup}-vi-[0-9a-f]{12}\\.png$`))
    const png = await cardFromManifest(await readCardManifest(site.clientDir), cardPath)
    expect(png).not.toBeNull()
    expect(await sharp(png!).metadata()).toMatchObject({ width: 1200, height: 630 })
  }, 60_000)
})
