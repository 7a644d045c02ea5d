import { getCollection } from 'astro:content'

import type { Lang } from './i18n'
import type {
  AgencyContacts,
  ArticleEntry,
  EventEntry,
  FeatureEntry,
  GlobalEntry,
  ItemEntry,
  Kind,
  OutletEntry,
  PolicyNoticeEntry,
  PortalLinkEntry,
  ProfileEntry,
  ProgrammeContent,
  PublicInformationContent,
  StartupProceduresContent,
  QuestionEntry,
  TopicEntry,
  TrackerEntry,
} from './types'

/**
 * The site's read side of the content layer: typed, sorted lists of what the loaders stored
 * (site/content.config.ts). Each entry carries its digest, which pages pass on as `cacheKey`.
 */

export type Stored<T> = T & { digest: string }

type CollectionName =
  | 'articles'
  | 'features'
  | 'policyNotices'
  | 'events'
  | 'topics'
  | 'outlets'
  | 'globals'
  | 'questions'
  | 'startups'
  | 'people'
  | 'organisations'
  | 'tracker'

async function stored<T>(name: CollectionName): Promise<Stored<T>[]> {
  const entries = await getCollection(name)
  return entries.map((entry) => ({ ...(entry.data as T), digest: String(entry.digest ?? '') }))
}

const time = (value: string | null | undefined) => (value ? new Date(value).getTime() : 0)
const newestFirst = (a: string | null | undefined, b: string | null | undefined) =>
  time(b) - time(a)

export async function getArticles(): Promise<Stored<ArticleEntry>[]> {
  return (await stored<ArticleEntry>('articles')).sort((a, b) =>
    newestFirst(a.publishedAt, b.publishedAt),
  )
}

export async function getFeatures(): Promise<Stored<FeatureEntry>[]> {
  return (await stored<FeatureEntry>('features')).sort((a, b) =>
    newestFirst(a.publishedAt, b.publishedAt),
  )
}

/** Newest issue date first, as legal-document portals list them. */
export async function getPolicyNotices(): Promise<Stored<PolicyNoticeEntry>[]> {
  return (await stored<PolicyNoticeEntry>('policyNotices')).sort(
    (a, b) => newestFirst(a.issueDate, b.issueDate) || newestFirst(a.publishedAt, b.publishedAt),
  )
}

/** Published answers, newest first. */
export async function getQuestions(): Promise<Stored<QuestionEntry>[]> {
  return (await stored<QuestionEntry>('questions')).sort((a, b) =>
    newestFirst(a.publishedAt, b.publishedAt),
  )
}

/** The directory's published profiles of one kind, by name (Vietnamese order). */
export async function getProfiles(kind: ProfileEntry['kind']): Promise<Stored<ProfileEntry>[]> {
  const name = kind === 'startup' ? 'startups' : kind === 'person' ? 'people' : 'organisations'
  return (await stored<ProfileEntry>(name)).sort((a, b) => a.name.localeCompare(b.name, 'vi'))
}

/** Every published profile, startups first. */
export async function getAllProfiles(): Promise<Stored<ProfileEntry>[]> {
  const kinds = ['startup', 'person', 'organisation'] as const
  return (await Promise.all(kinds.map(getProfiles))).flat()
}

/** The profiles an item (article, feature, event) names, by its kind and slug. */
export async function getProfilesMentioning(
  kind: Kind,
  slug: string,
): Promise<Stored<ProfileEntry>[]> {
  return (await getAllProfiles()).filter((p) =>
    p.mentionedBy.some((m) => m.kind === kind && m.slug === slug),
  )
}

/** Soonest start first. */
export async function getEvents(): Promise<Stored<EventEntry>[]> {
  return (await stored<EventEntry>('events')).sort((a, b) => time(a.startsAt) - time(b.startsAt))
}

export async function getTopics(): Promise<Stored<TopicEntry>[]> {
  return (await stored<TopicEntry>('topics')).sort((a, b) =>
    a.name.vi.localeCompare(b.name.vi, 'vi'),
  )
}

export async function getOutlets(): Promise<Stored<OutletEntry>[]> {
  return (await stored<OutletEntry>('outlets')).sort((a, b) =>
    a.name.vi.localeCompare(b.name.vi, 'vi'),
  )
}

/** Every published item of every kind. */
export async function getAllItems(): Promise<Stored<ItemEntry>[]> {
  const [articles, features, notices, events] = await Promise.all([
    getArticles(),
    getFeatures(),
    getPolicyNotices(),
    getEvents(),
  ])
  return [...articles, ...features, ...notices, ...events]
}

type Global<S extends GlobalEntry['slug']> = Stored<Extract<GlobalEntry, { slug: S }>>

async function getGlobal<S extends GlobalEntry['slug']>(slug: S): Promise<Global<S> | null> {
  const all = await stored<GlobalEntry>('globals')
  return (all.find((entry) => entry.slug === slug) as Global<S> | undefined) ?? null
}

/** Giới thiệu chương trình in one language (null before the CMS global exists). */
export async function getProgramme(
  lang: Lang,
): Promise<{ content: ProgrammeContent; digest: string } | null> {
  const entry = await getGlobal('programme')
  return entry && { content: entry[lang], digest: entry.digest }
}

/** The related portals the footer lists, in one language. */
export async function getPortalLinks(lang: Lang): Promise<PortalLinkEntry[]> {
  return (await getGlobal('portal-links'))?.[lang] ?? []
}

/**
 * The agency that runs the portal, in one language, for the header and footer of every page;
 * null until the CMS names it.
 */
export async function getAgency(lang: Lang): Promise<AgencyContacts | null> {
  const agency = (await getProgramme(lang))?.content.leadAgency
  return agency?.name ? agency : null
}

/** Danh mục thông tin công khai, in one language (null before the CMS global exists). */
export async function getPublicInformation(
  lang: Lang,
): Promise<{ content: PublicInformationContent; digest: string } | null> {
  const entry = await getGlobal('public-information')
  return entry && { content: entry[lang], digest: entry.digest }
}

/** The startup procedures, in one language (null before the CMS global exists). */
export async function getStartupProcedures(
  lang: Lang,
): Promise<{ content: StartupProceduresContent; digest: string } | null> {
  const entry = await getGlobal('startup-procedures')
  return entry && { content: entry[lang], digest: entry.digest }
}

/**
 * What every page's frame (header and footer) shows from the CMS: the digests of those
 * globals. Every page's `cacheKey` includes it (lib/paths.ts `withPageFrame`), so an edit to
 * the agency's contacts or the portal links re-renders every page in an incremental build.
 */
export async function getFrameDigests(): Promise<string[]> {
  const [programme, links] = await Promise.all([getGlobal('programme'), getGlobal('portal-links')])
  return [programme?.digest ?? '', links?.digest ?? '']
}

/** The programme tracker (null when no programme is published). */
export async function getTracker(): Promise<Stored<TrackerEntry> | null> {
  return (await stored<TrackerEntry>('tracker'))[0] ?? null
}
