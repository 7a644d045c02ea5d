import { deriveLegalStatus } from '@collections/vocabulary/legalStatus'
import { combineCacheKeys } from './cacheKey'
import { getAllItems, getPolicyNotices, getTopics, type Stored } from './content'
import { LANGS, langParam, type Lang } from './i18n'
import {
  byIssueDate,
  documentNumberKey,
  documentNumberSerial,
  facetGroups,
  facetValue,
  inLanguage,
  type FacetGroup,
} from './library'
import { summarize, type ItemSummary } from './listing'
import { sectionPaths, termLanguages } from './paths'
import { LIBRARY_FACET_SEGMENTS, type LibraryFacet } from './routes'
import type { PolicyNoticeEntry } from './types'

/**
 * `getStaticPaths()` for the search page and the legal-document library (facet pages, number
 * look-ups), with `cacheKey`s like lib/paths.ts: the digests of what a page shows plus the
 * legal statuses of the build day.
 */

const buildTime = () => new Date()

const summaries = (notices: PolicyNoticeEntry[], lang: Lang): ItemSummary[] =>
  notices.map((n) => summarize(n, lang)).filter((s): s is ItemSummary => s !== null)

const libraryKey = (notices: Stored<PolicyNoticeEntry>[], now: Date) =>
  notices.map((n) => `${n.digest}:${deriveLegalStatus(n, now)}`)

/** `/tim-kiem/`: the no-JavaScript fallback lists topics and the library's years. */
export async function searchPaths() {
  const [topics, items, notices] = await Promise.all([
    getTopics(),
    getAllItems(),
    getPolicyNotices(),
  ])
  return LANGS.map((lang) => {
    const shownTopics = topics.filter((topic) =>
      termLanguages(
        topic,
        items.filter((item) => item.topics.some((t) => t.slug === topic.slug)),
      ).includes(lang),
    )
    const years = [
      ...new Set(inLanguage(notices, lang).map((n) => facetValue(n, 'year', new Date())!.slug)),
    ].sort((a, b) => b.localeCompare(a))
    return {
      params: { lang: langParam(lang) },
      props: { lang, topics: shownTopics, years },
      cacheKey: combineCacheKeys(['search', lang, ...shownTopics.map((t) => t.digest), ...years]),
    }
  })
}

/** `/van-ban/` and its pages: the section listing plus the facet menu. */
export async function libraryListingPaths() {
  const [paths, notices] = await Promise.all([sectionPaths('policy'), getPolicyNotices()])
  const now = buildTime()
  const groups = Object.fromEntries(
    LANGS.map((lang) => [lang, facetGroups(inLanguage(notices, lang), now)]),
  ) as Record<Lang, FacetGroup[]>
  return paths.map((path) => ({
    ...path,
    props: { ...path.props, groups: groups[path.props.lang] },
    cacheKey: combineCacheKeys([path.cacheKey, 'facets', ...libraryKey(notices, now)]),
  }))
}

/**
 * `/van-ban/<facet>/<value>/` for every facet: one page per value in use, per language that has
 * notices with it. The `facet` parameter is one of the facet segments only, so the route never
 * takes `/van-ban/trang/2/` or `/van-ban/so/…/`.
 */
export async function libraryFacetPaths() {
  const notices = (await getPolicyNotices()).sort(byIssueDate)
  const now = buildTime()
  const perLang = LANGS.map((lang) => {
    const own = inLanguage(notices, lang)
    return { lang, own, groups: facetGroups(own, now) }
  })
  const facets = Object.keys(LIBRARY_FACET_SEGMENTS) as LibraryFacet[]
  return facets.flatMap((facet) => facetPaths(facet, perLang, now))
}

function facetPaths(
  facet: LibraryFacet,
  perLang: { lang: Lang; own: Stored<PolicyNoticeEntry>[]; groups: FacetGroup[] }[],
  now: Date,
) {
  return perLang.flatMap(({ lang, own, groups }) => {
    const group = groups.find((g) => g.facet === facet)!
    return group.values.map((value) => {
      const matching = own.filter((n) => facetValue(n, facet, now)?.slug === value.slug)
      const languages = perLang
        .filter((o) =>
          o.groups.find((g) => g.facet === facet)!.values.some((v) => v.slug === value.slug),
        )
        .map((o) => o.lang)
      return {
        params: { lang: langParam(lang), facet: LIBRARY_FACET_SEGMENTS[facet], value: value.slug },
        props: { lang, facet, value, languages, groups, items: summaries(matching, lang) },
        cacheKey: combineCacheKeys([
          'facet',
          facet,
          value.slug,
          lang,
          ...languages,
          ...libraryKey(own, now),
        ]),
      }
    })
  })
}

/**
 * `/van-ban/so/<key>/`: the full number (`281-KH-UBND`) leads to its notice; the serial alone
 * (`281`) does too when one notice has it, and lists the candidates when several do.
 */
export async function documentNumberPaths() {
  const notices = (await getPolicyNotices()).sort(byIssueDate)
  return LANGS.flatMap((lang) => {
    const own = inLanguage(notices, lang)
    const keys = new Map<string, typeof own>()
    const add = (key: string | null, notice: (typeof own)[number]) => {
      if (key) keys.set(key, [...(keys.get(key) ?? []), notice])
    }
    for (const notice of own) {
      add(documentNumberKey(notice.documentNumber), notice)
      const serial = documentNumberSerial(notice.documentNumber)
      if (serial && serial !== documentNumberKey(notice.documentNumber)) add(serial, notice)
    }
    return [...keys].map(([key, matching]) => ({
      params: { lang: langParam(lang), key },
      props: { lang, key, items: summaries(matching, lang) },
      cacheKey: combineCacheKeys(['number', key, lang, ...matching.map((n) => n.digest)]),
    }))
  })
}

/** `/van-ban/so/`: every number, sorted, each linking to its notice. */
export async function documentNumberIndexPaths() {
  const notices = await getPolicyNotices()
  return LANGS.map((lang) => {
    const own = inLanguage(notices, lang).sort((a, b) =>
      a.documentNumber.localeCompare(b.documentNumber, 'vi', { numeric: true }),
    )
    return {
      params: { lang: langParam(lang) },
      props: { lang, items: summaries(own, lang) },
      cacheKey: combineCacheKeys(['numbers', lang, ...own.map((n) => n.digest)]),
    }
  })
}
