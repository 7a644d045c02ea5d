import { consultationState } from '@collections/lib/publicForms'
import { deriveLegalStatus } from '@collections/vocabulary/legalStatus'
import { combineCacheKeys } from './cacheKey'
import {
  getAllItems,
  getArticles,
  getEvents,
  getFeatures,
  getFrameDigests,
  getOutlets,
  getPolicyNotices,
  getAllProfiles,
  getProgramme,
  getTracker,
  getQuestions,
  getTopics,
  type Stored,
} from './content'
import { LANGS, langParam, type Lang } from './i18n'
import {
  hasEnded,
  isAvailableIn,
  paginate,
  splitEvents,
  summarize,
  type ItemSummary,
} from './listing'
import { outletPath, pageParam, SECTION_SEGMENTS, sectionPath, topicPath } from './routes'
import { trackerView } from './tracker'
import type {
  ItemEntry,
  Kind,
  OutletEntry,
  PolicyNoticeEntry,
  QuestionEntry,
  TopicEntry,
} from './types'

/**
 * `getStaticPaths()` for every route, in one place: which pages exist in which language, what
 * each gets as props, and its `cacheKey` (the content-layer digests of everything it shows, plus
 * whatever depends on the build time), for Astro's incremental builds.
 */

/**
 * Every page's paths pass through here (the routes' `getStaticPaths()`): the header and footer
 * show the agency's contacts and the portal links from the CMS globals, so each page's
 * `cacheKey` also covers them and an edit there re-renders every page in an incremental build
 * (Astro keys a page on its `cacheKey` and templates only, not on what the frame reads).
 *
 * @example
 * export const getStaticPaths = () => withPageFrame(itemPaths('article'))
 */
export async function withPageFrame<P extends { cacheKey: string }>(
  paths: P[] | Promise<P[]>,
): Promise<P[]> {
  const [all, frame] = await Promise.all([paths, getFrameDigests()])
  return all.map((path) => ({ ...path, cacheKey: combineCacheKeys([path.cacheKey, ...frame]) }))
}

type Listed<T> = { entry: Stored<T>; summary: ItemSummary }

const listed = <T extends ItemEntry>(entries: Stored<T>[], lang: Lang): Listed<T>[] =>
  entries
    .map((entry) => ({ entry, summary: summarize(entry, lang) }))
    .filter((x): x is Listed<T> => x.summary !== null)

const digests = (items: { entry: { digest: string } }[]) => items.map((x) => x.entry.digest)

/** Build time: what is "upcoming", "past" or "in force" is decided when the site is built. */
const buildTime = () => new Date()

/** A listing's pages: props and cacheKey per page, in every language. */
function listingPaths<T extends ItemEntry, P extends Record<string, unknown>>(
  entries: Stored<T>[],
  options: {
    languages?: Lang[]
    params: (lang: Lang, page: number) => Record<string, string | undefined>
    href: (lang: Lang, page: number) => string
    props: (lang: Lang) => P
    key: string[]
  },
) {
  const paged = (options.languages ?? [...LANGS]).map((lang) => ({
    lang,
    pages: paginate(listed(entries, lang)),
  }))
  return paged.flatMap(({ lang, pages }) => {
    const hrefs = pages.map((p) => options.href(lang, p.number))
    return pages.map((page) => {
      // Page N exists in another language only if that language has N pages.
      const languages = paged.filter((o) => o.pages.length >= page.number).map((o) => o.lang)
      return {
        params: { lang: langParam(lang), ...options.params(lang, page.number) },
        props: {
          ...options.props(lang),
          lang,
          page: page.number,
          languages,
          hrefs,
          items: page.items.map((x) => x.summary),
        },
        cacheKey: combineCacheKeys([
          ...options.key,
          lang,
          page.number,
          page.total,
          ...languages,
          ...digests(page.items),
        ]),
      }
    })
  })
}

/** `/tin-tuc/`, `/phong-su/`, `/van-ban/` and their pages. */
export async function sectionPaths(kind: Exclude<Kind, 'event'>) {
  const entries =
    kind === 'article'
      ? await getArticles()
      : kind === 'feature'
        ? await getFeatures()
        : await getPolicyNotices()
  const now = buildTime()
  return listingPaths(entries as Stored<ItemEntry>[], {
    params: (_, page) => ({ page: pageParam(page) }),
    href: (lang, page) => sectionPath(kind, lang, page),
    props: () => ({ kind }),
    // A notice's legal status (shown in the list) depends on the day of the build.
    key: [
      kind,
      ...(kind === 'policy'
        ? (entries as Stored<PolicyNoticeEntry>[]).map((e) => deriveLegalStatus(e, now))
        : []),
    ],
  })
}

/** The sections listed plainly, newest first (`/tin-tuc/`, `/phong-su/`): `[section]/[...page]`. */
const NEWS_SECTIONS = ['article', 'feature'] as const

export async function newsSectionPaths() {
  const perKind = await Promise.all(NEWS_SECTIONS.map((kind) => sectionPaths(kind)))
  return perKind.flatMap((paths, index) =>
    paths.map((path) => ({
      ...path,
      params: { ...path.params, section: SECTION_SEGMENTS[NEWS_SECTIONS[index]!] },
    })),
  )
}

/** `/su-kien/`: every upcoming event on the first page; past events paginated below them. */
export async function eventSectionPaths() {
  const { upcoming, past } = splitEvents(await getEvents(), buildTime())
  const paged = LANGS.map((lang) => ({ lang, pages: paginate(listed(past, lang)) }))
  return paged.flatMap(({ lang, pages }) => {
    const soon = listed(upcoming, lang)
    const hrefs = pages.map((p) => sectionPath('event', lang, p.number))
    return pages.map((page) => ({
      params: { lang: langParam(lang), page: pageParam(page.number) },
      props: {
        lang,
        page: page.number,
        // Pages after the first hold past events only; page N exists where there are N pages.
        languages: paged.filter((o) => o.pages.length >= page.number).map((o) => o.lang),
        hrefs,
        upcoming: page.number === 1 ? soon.map((x) => x.summary) : [],
        past: page.items.map((x) => x.summary),
      },
      cacheKey: combineCacheKeys([
        'events',
        lang,
        page.number,
        page.total,
        ...paged.filter((o) => o.pages.length >= page.number).map((o) => o.lang),
        ...(page.number === 1 ? digests(soon) : []),
        '|',
        ...digests(page.items),
      ]),
    }))
  })
}

/** One page per published item and language it exists in. */
export async function itemPaths<K extends Kind>(kind: K) {
  const entries = (
    kind === 'article'
      ? await getArticles()
      : kind === 'feature'
        ? await getFeatures()
        : kind === 'policy'
          ? await getPolicyNotices()
          : await getEvents()
  ) as Stored<Extract<ItemEntry, { kind: K }>>[]
  const now = buildTime()
  const profiles = await getAllProfiles()
  return entries.flatMap((entry) => {
    // The profiles the item names are listed on its page (ItemLayout): their digests count too.
    const mentioned = profiles
      .filter((p) => p.mentionedBy.some((m) => m.kind === kind && m.slug === entry.slug))
      .map((p) => p.digest)
    return LANGS.filter((lang) => isAvailableIn(entry, lang)).map((lang) => ({
      params: { lang: langParam(lang), slug: entry.slug },
      props: { lang, entry, now: now.toISOString() },
      cacheKey: combineCacheKeys([entry.digest, ...timeDependentState(entry, now), ...mentioned]),
    }))
  })
}

/** What an item page shows differently depending on the day it is built. */
function timeDependentState(entry: ItemEntry, now: Date): string[] {
  if (entry.kind === 'policy') return [deriveLegalStatus(entry, now)]
  if (entry.kind === 'event') {
    const open =
      !entry.registrationDeadline || new Date(entry.registrationDeadline).getTime() > now.getTime()
    return [String(hasEnded(entry, now)), String(open)]
  }
  return []
}

const byNewest = (a: ItemEntry, b: ItemEntry) =>
  new Date(b.publishedAt ?? 0).getTime() - new Date(a.publishedAt ?? 0).getTime()

/**
 * The languages a topic or outlet page exists in: Vietnamese when any item carries it;
 * English when it has an English name and at least one English item carries it.
 */
export function termLanguages(term: { name: { en: string | null } }, items: ItemEntry[]): Lang[] {
  const languages: Lang[] = []
  if (items.length > 0) languages.push('vi')
  if (term.name.en && items.some((item) => item.en)) languages.push('en')
  return languages
}

/** `/chu-de/<slug>/`: everything on a topic, newest first. */
export async function topicPaths() {
  const [topics, items] = await Promise.all([getTopics(), getAllItems()])
  return topics.flatMap((topic: Stored<TopicEntry>) => {
    const tagged = items
      .filter((item) => item.topics.some((t) => t.slug === topic.slug))
      .sort(byNewest)
    const languages = termLanguages(topic, tagged)
    return listingPaths(tagged, {
      languages,
      params: (_, page) => ({ topic: topic.slug, page: pageParam(page) }),
      href: (lang, page) => topicPath(topic.slug, lang, page),
      props: () => ({ topic }),
      key: ['topic', topic.digest],
    })
  })
}

/** `/don-vi/<slug>/`: everything from one newsroom or agency, newest first. */
export async function outletPaths() {
  const [outlets, items] = await Promise.all([getOutlets(), getAllItems()])
  return outlets.flatMap((outlet: Stored<OutletEntry>) => {
    const own = items.filter((item) => item.outlet?.slug === outlet.slug).sort(byNewest)
    const languages = termLanguages(outlet, own)
    return listingPaths(own, {
      languages,
      params: (_, page) => ({ outlet: outlet.slug, page: pageParam(page) }),
      href: (lang, page) => outletPath(outlet.slug, lang, page),
      props: () => ({ outlet }),
      key: ['outlet', outlet.digest],
    })
  })
}

export interface HomeContent {
  lead: ItemSummary | null
  latest: ItemSummary[]
  features: ItemSummary[]
  events: ItemSummary[]
  notices: ItemSummary[]
  topics: TopicEntry[]
}

/** The home page in both languages: lead story, latest news, features, events, notices, topics. */
export async function homePaths() {
  const [articles, features, notices, events, topics, items] = await Promise.all([
    getArticles(),
    getFeatures(),
    getPolicyNotices(),
    getEvents(),
    getTopics(),
    getAllItems(),
  ])
  const now = buildTime()
  const upcoming = splitEvents(events, now).upcoming
  return LANGS.map((lang) => {
    const news = listed(articles, lang)
    // The lead story is the newest article with a picture; the rest follow it.
    const leadIndex = news.findIndex((x) => x.entry.cover)
    const lead = news[leadIndex >= 0 ? leadIndex : 0] ?? null
    const latest = news.filter((x) => x !== lead).slice(0, 6)
    const shownFeatures = listed(features, lang).slice(0, 3)
    const shownEvents = listed(upcoming, lang).slice(0, 3)
    const shownNotices = listed(notices, lang).slice(0, 5)
    const shownTopics = topics.filter((topic) => {
      const tagged = items.filter((item) => item.topics.some((t) => t.slug === topic.slug))
      return termLanguages(topic, tagged).includes(lang)
    })
    const home: HomeContent = {
      lead: lead?.summary ?? null,
      latest: latest.map((x) => x.summary),
      features: shownFeatures.map((x) => x.summary),
      events: shownEvents.map((x) => x.summary),
      notices: shownNotices.map((x) => x.summary),
      topics: shownTopics,
    }
    return {
      params: { lang: langParam(lang) },
      props: { lang, home },
      cacheKey: combineCacheKeys([
        'home',
        lang,
        ...(lead ? [lead.entry.digest] : []),
        ...digests(latest),
        ...digests(shownFeatures),
        ...digests(shownEvents),
        ...digests(shownNotices),
        ...shownTopics.map((topic) => topic.digest),
      ]),
    }
  })
}

/**
 * The about page: the programme, with a link to the plan's own notice when it is published, and
 * the targets of the programme the tracker shows (the `programmes` collection: one source for
 * both pages), worded as the tracker words them.
 */
export async function aboutPaths(planNumber: string) {
  const [notices, tracker] = await Promise.all([getPolicyNotices(), getTracker()])
  const plan = notices.find((n) => n.documentNumber === planNumber) ?? null
  return Promise.all(
    LANGS.map(async (lang) => {
      const programme = await getProgramme(lang)
      const view = tracker && trackerView(tracker, lang)
      const targets = view && {
        code: view.code,
        period: view.period,
        items: view.targets.map((target) => ({ figure: target.range, label: target.label })),
      }
      return {
        params: { lang: langParam(lang) },
        props: {
          lang,
          plan: plan && isAvailableIn(plan, lang) ? summarize(plan, lang) : null,
          programme: programme?.content ?? null,
          targets,
        },
        // The targets, not the tracker's digest: its figures change with every profile.
        cacheKey: combineCacheKeys([
          'about',
          lang,
          plan?.digest,
          plan?.en ? 'en' : '',
          programme?.digest,
          JSON.stringify(targets),
        ]),
      }
    }),
  )
}

/** A topic as the question form offers it, in one language (English pages: translated topics). */
export type FormTopic = { id: number; name: string }

const formTopics = (topics: Stored<TopicEntry>[], lang: Lang): FormTopic[] =>
  topics
    .filter((t) => lang === 'vi' || t.name.en)
    .map((t) => ({ id: t.id, name: (lang === 'en' ? t.name.en : t.name.vi)! }))

/**
 * `/hoi-dap/` in each language: that language's published answers, grouped by topic, and the
 * question form (its token is written in by the live server on each request).
 */
export async function qaPaths() {
  const [questions, topics] = await Promise.all([getQuestions(), getTopics()])
  return LANGS.map((lang) => {
    const own = questions.filter((q) => q.lang === lang)
    const groups = new Map<string, { topic: string; questions: QuestionEntry[] }>()
    for (const q of own) {
      const name = (lang === 'en' ? q.topic?.name.en : q.topic?.name.vi) ?? q.topic?.name.vi ?? ''
      const group = groups.get(name) ?? { topic: name, questions: [] }
      group.questions.push(q)
      groups.set(name, group)
    }
    return {
      params: { lang: langParam(lang) },
      props: {
        lang,
        groups: [...groups.values()].sort((a, b) => a.topic.localeCompare(b.topic, lang)),
        topics: formTopics(topics, lang),
      },
      cacheKey: combineCacheKeys([
        'qa',
        lang,
        ...own.map((q) => q.digest),
        ...topics.map((t) => t.digest),
      ]),
    }
  })
}

/** `/hoi-dap/<id>/`: each published answer, in the language it was asked in. */
export async function questionPaths() {
  return (await getQuestions()).map((entry) => ({
    params: { lang: langParam(entry.lang), id: entry.slug },
    props: { lang: entry.lang, entry },
    cacheKey: combineCacheKeys(['question', entry.digest]),
  }))
}

/** Where a notice's comment period stands when the site is built (the form route checks again). */
export const consultationStateAt = (entry: PolicyNoticeEntry, now = buildTime()) =>
  consultationState(entry.consultation, now)

/** `/gop-y-du-thao/`: the drafts open for comment and those closed, in each language. */
export async function consultationsPaths() {
  const notices = (await getPolicyNotices()).filter((n) => n.consultation)
  const now = buildTime()
  return LANGS.map((lang) => {
    const shown = notices.filter((n) => isAvailableIn(n, lang))
    const states = shown.map((n) => consultationStateAt(n, now))
    return {
      params: { lang: langParam(lang) },
      props: {
        lang,
        open: shown.filter((_, i) => states[i] === 'open' || states[i] === 'upcoming'),
        closed: shown.filter((_, i) => states[i] === 'closed'),
      },
      cacheKey: combineCacheKeys(['consultations', lang, ...shown.map((n) => n.digest), ...states]),
    }
  })
}

/** `/gop-y-du-thao/<slug>/`: one draft's comment page (form while open, then the summary). */
export async function consultationPaths() {
  const notices = (await getPolicyNotices()).filter((n) => n.consultation)
  const now = buildTime()
  return notices.flatMap((entry) =>
    LANGS.filter((lang) => isAvailableIn(entry, lang)).map((lang) => {
      const state = consultationStateAt(entry, now)
      return {
        params: { lang: langParam(lang), slug: entry.slug },
        props: { lang, entry, state },
        cacheKey: combineCacheKeys(['consultation', lang, entry.digest, state]),
      }
    }),
  )
}
