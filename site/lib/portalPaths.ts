import { KINDS } from '@collections/vocabulary/contentTypes'
import { combineCacheKeys } from './cacheKey'
import { getAgency, getPublicInformation, getStartupProcedures, getTracker } from './content'
import { trackerView } from './tracker'
import { LANGS, langParam, strings, type Lang } from './i18n'
import { directoryFacetPaths, PROFILE_KINDS } from './directoryPaths'
import { libraryFacetPaths } from './libraryPaths'
import { outletPaths, topicPaths } from './paths'
import {
  aboutPath,
  calendarPath,
  consultationsPath,
  directoryDataPath,
  directoryPath,
  documentNumberPath,
  homePath,
  libraryFacetPath,
  outletPath,
  PORTAL_PAGE_SEGMENTS,
  portalPagePath,
  qaPath,
  searchPath,
  trackerPath,
  sectionPath,
  topicPath,
  XML_SITEMAP_PATH,
  type PortalPage,
} from './routes'

/**
 * `getStaticPaths()` for the pages about the portal itself (docs/LEGAL.md): the HTML site map,
 * the list of published information, the accessibility statement and the startup procedures.
 */

export interface SitemapLink {
  label: string
  href: string
  /** A proper name shown in its own language (an issuing body on an English page). */
  lang?: Lang
}

export interface SitemapGroup {
  heading: string
  links: SitemapLink[]
  /** Sub-lists under the heading (the library's facets). */
  groups?: SitemapGroup[]
}

/**
 * `/so-do-trang/`: every listing page of the portal, taken from the same path lists that build
 * those pages (topicPaths, outletPaths, libraryFacetPaths), so the map links only pages that
 * exist and grows with them. Items are left to the listings and the XML site map.
 */
export async function sitemapPaths() {
  const [topics, outlets, facets, directoryFacets] = await Promise.all([
    topicPaths(),
    outletPaths(),
    libraryFacetPaths(),
    directoryFacetPaths(),
  ])
  return LANGS.map((lang) => {
    const t = strings(lang)
    const firstPages = <P extends { props: { lang: Lang; page: number } }>(paths: P[]) =>
      paths.filter((p) => p.props.lang === lang && p.props.page === 1)
    const name = (term: { name: { vi: string; en: string | null } }) =>
      term.name[lang] ?? term.name.vi
    const own = facets.filter((p) => p.props.lang === lang)
    const groups: SitemapGroup[] = [
      {
        heading: t.portalPages.sitemap.sections,
        links: [
          { label: t.home, href: homePath(lang) },
          ...KINDS.map((kind) => ({ label: t.sections[kind], href: sectionPath(kind, lang) })),
        ],
      },
      {
        heading: t.topics,
        links: firstPages(topics).map(({ props: { topic } }) => ({
          label: name(topic),
          href: topicPath(topic.slug, lang),
        })),
      },
      {
        heading: t.outlets,
        links: firstPages(outlets).map(({ props: { outlet } }) => ({
          label: name(outlet),
          href: outletPath(outlet.slug, lang),
        })),
      },
      {
        heading: t.portalPages.sitemap.library,
        links: [
          { label: t.library.all, href: sectionPath('policy', lang) },
          { label: t.library.byNumber, href: documentNumberPath(null, lang) },
        ],
        groups: (['type', 'issuer', 'field', 'year', 'status'] as const).map((facet) => ({
          heading: t.library.facets[facet],
          links: own
            .filter((p) => p.props.facet === facet)
            .map(({ props: { value } }) => ({
              label: value.label[lang],
              href: libraryFacetPath(facet, value.slug, lang),
              lang: facet === 'issuer' && lang === 'en' ? ('vi' as const) : undefined,
            })),
        })),
      },
      {
        heading: t.directory.title,
        links: [
          { label: t.directory.title, href: directoryPath(lang) },
          ...PROFILE_KINDS.map((kind) => ({
            label: t.directory.kinds[kind],
            href: directoryPath(lang, kind),
          })),
          // The data package lists the directory's CSV and JSON files, with their schema.
          {
            label: `${t.directory.openData} (datapackage.json)`,
            href: directoryDataPath('datapackage.json'),
          },
        ],
        groups: PROFILE_KINDS.flatMap((kind) => {
          const own = directoryFacets.filter((p) => p.props.lang === lang && p.props.kind === kind)
          const facetsOfKind = [...new Set(own.map((p) => p.props.facet.facet))]
          return facetsOfKind.map((facet) => ({
            heading: `${t.directory.kinds[kind]} – ${t.directory.facets[facet]}`,
            links: own
              .filter((p) => p.props.facet.facet === facet)
              .map(({ props }) => ({ label: props.facet.label, href: props.facet.href })),
          }))
        }),
      },
      {
        heading: t.portalPages.heading,
        links: [
          { label: t.about, href: aboutPath(lang) },
          { label: t.tracker.title, href: trackerPath(lang) },
          { label: t.publicInput.qaTitle, href: qaPath(lang) },
          { label: t.publicInput.consultationsTitle, href: consultationsPath(lang) },
          ...(Object.keys(PORTAL_PAGE_SEGMENTS) as PortalPage[])
            .filter((page) => page !== 'sitemap')
            .map((page) => ({
              label: t.portalPages[page].title,
              href: portalPagePath(page, lang),
            })),
        ],
      },
      {
        heading: t.portalPages.sitemap.other,
        links: [
          { label: t.search.title, href: searchPath(lang) },
          { label: t.channels.calendar, href: calendarPath(lang) },
          { label: t.portalPages.sitemap.xml, href: XML_SITEMAP_PATH },
        ],
      },
    ].map((group) => ({
      ...group,
      groups: group.groups?.filter((sub) => sub.links.length > 0),
    }))
    const shown = groups.filter((group) => group.links.length > 0)
    return {
      params: { lang: langParam(lang) },
      props: { lang, groups: shown },
      cacheKey: combineCacheKeys(['sitemap', lang, JSON.stringify(shown)]),
    }
  })
}

/** `/thong-tin-cong-khai/`: the list, and the contact for requests for what is not on it. */
export async function publicInformationPaths() {
  return Promise.all(
    LANGS.map(async (lang) => {
      const [information, agency] = await Promise.all([getPublicInformation(lang), getAgency(lang)])
      const officer = agency?.contactOfficer ?? null
      return {
        params: { lang: langParam(lang) },
        props: { lang, information: information?.content ?? null, officer },
        cacheKey: combineCacheKeys([
          'public-information',
          lang,
          information?.digest,
          JSON.stringify(officer),
        ]),
      }
    }),
  )
}

/**
 * A page that shows the agency's contacts: `/tuyen-bo-tiep-can/` (to report a barrier) and
 * `/quyen-rieng-tu/` (the controller of personal data, and where to send a request).
 */
function agencyPagePaths(page: 'accessibility' | 'privacy') {
  return Promise.all(
    LANGS.map(async (lang) => {
      const agency = await getAgency(lang)
      return {
        params: { lang: langParam(lang) },
        props: { lang, agency },
        cacheKey: combineCacheKeys([page, lang, JSON.stringify(agency)]),
      }
    }),
  )
}

/** `/tuyen-bo-tiep-can/`: the statement, with the agency's contacts to report a barrier. */
export const accessibilityPaths = () => agencyPagePaths('accessibility')

/** `/quyen-rieng-tu/`: the privacy notice and the request form, with the controller's contacts. */
export const privacyPaths = () => agencyPagePaths('privacy')

/** `/thu-tuc-hanh-chinh/`: the startup procedures. */
export async function proceduresPaths() {
  return Promise.all(
    LANGS.map(async (lang) => {
      const procedures = await getStartupProcedures(lang)
      return {
        params: { lang: langParam(lang) },
        props: { lang, procedures: procedures?.content ?? null },
        cacheKey: combineCacheKeys(['procedures', lang, procedures?.digest]),
      }
    }),
  )
}

/** `/ket-qua/`, `/en/ket-qua/`: the tracker, when a programme is published. */
export async function trackerPaths() {
  const tracker = await getTracker()
  if (!tracker) return []
  return LANGS.map((lang) => ({
    params: { lang: langParam(lang) },
    props: { lang, tracker: trackerView(tracker, lang) },
    cacheKey: combineCacheKeys(['tracker', lang, tracker.digest]),
  }))
}
