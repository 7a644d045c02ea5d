import type { Event, Feature, Outlet, PolicyNotice } from '@collections/payload-types'
import type {
  DisclosureFrequency,
  DisclosurePoint,
} from '@collections/vocabulary/publicInformation'
import type { Lang } from './i18n'
import type { PreviewInfo } from './preview'

/**
 * What the content-layer loaders store for each page: the published CMS documents, already
 * resolved (relations, media, rich text as safe HTML) in both languages. Shapes derive from
 * the generated Payload types where a value passes through unchanged.
 */

/** The four kinds of content the portal publishes. */
export type Kind = 'article' | 'feature' | 'policy' | 'event'

/** The main-menu entry a page belongs to. */
export type NavKey = 'home' | Kind | 'directory' | 'about' | null

/** Text that always exists in Vietnamese and exists in English once translated. */
export type Translated = { vi: string; en: string | null }

export interface ImageVariant {
  /** Largest candidate, for `src`. */
  src: string
  /** Intrinsic size of `src`; only the ratio matters to the browser (no layout shift). */
  width: number
  height: number
  /** Every candidate of the same proportions, `url 800w, url 1600w`. */
  srcset: string
}

/** An uploaded image in the three shapes Payload makes of it. */
export interface Picture {
  alt: Translated
  caption: Translated | null
  credit: string | null
  /** Original proportions: covers, the lead story. */
  full: ImageVariant
  /** 16:9 crop around the focal point (`card` size): list cards. */
  card: ImageVariant
  /** 4:3 crop (`thumbnail` size): small list images. */
  thumb: ImageVariant
}

/** A topic or outlet as an item refers to it. */
export interface TermRef {
  slug: string
  name: Translated
}

/** Another published item, with just enough to link to it from a list. */
export interface ItemLink {
  kind: Kind
  slug: string
  title: string
  date: string | null
}

/** Fields every kind of item has; `vi` always exists, `en` only when translated. */
interface ItemBase<K extends Kind, Text> {
  kind: K
  id: number
  slug: string
  publishedAt: string | null
  updatedAt: string
  topics: TermRef[]
  outlet: TermRef | null
  cover: Picture | null
  shareImage: Picture | null
  /** Uploaded files (paths relative to MEDIA_DIR) its pages show or offer for download. */
  files: string[]
  vi: Text
  en: Text | null
}

export interface ArticleText {
  title: string
  sapo: string | null
  bodyHtml: string
  /** Untranslated corrections still show on English pages, in Vietnamese (`lang: 'vi'`). */
  corrections: { date: string; note: string; lang: Lang }[]
  related: ItemLink[]
}

export interface ArticleEntry extends ItemBase<'article', ArticleText> {
  /** Authors' display names (the byline). */
  authors: string[]
}

export interface FeatureText {
  title: string
  summary: string | null
  programme: string | null
  bodyHtml: string
  transcript: string | null
  related: ItemLink[]
}

export interface FeatureEntry extends ItemBase<'feature', FeatureText> {
  format: Feature['format']
  airDate: string | null
  durationSeconds: number | null
  editionDate: string | null
  page: string | null
  youtubeId: string | null
  video: { src: string; mimeType: string } | null
}

export interface Attachment {
  title: string
  href: string
  filename: string
  mimeType: string
  filesize: number | null
}

export interface NoticeRelation {
  relation: NonNullable<PolicyNotice['relations']>[number]['relation']
  /** True when the other document points at this one ("implemented by" rather than "implements"). */
  inverse: boolean
  notice: ItemLink & { documentNumber: string }
}

export interface PolicyNoticeText {
  title: string
  /** After a comment period: the drafting body's summary of comments (plain text). */
  consultationSummary: string | null
  abstract: string
  fullTextHtml: string
  signerOnBehalfOf: string | null
  signerPosition: string | null
  attachments: Attachment[]
  relations: NoticeRelation[]
  /** Other related items (news, features, events), as on the other kinds of page. */
  related: ItemLink[]
}

export interface PolicyNoticeEntry extends ItemBase<'policy', PolicyNoticeText> {
  documentNumber: string
  documentType: PolicyNotice['documentType']
  issuingBody: string
  field: PolicyNotice['field']
  signer: { authority: NonNullable<PolicyNotice['signer']>['authority']; name: string }
  issueDate: string
  effectiveDate: string
  expiryDate: string | null
  legalStatusOverride: PolicyNotice['legalStatusOverride']
  /** The notice on vbpl.vn or in the Official Gazette: an http(s) address, or null. */
  officialSource: string | null
  /** The comment period when the notice was put out as a draft for comment (ISO times). */
  consultation: { opensAt: string; closesAt: string } | null
}

/** A published answer to a question from the public (no asker's name or e-mail ever). */
export interface QuestionEntry {
  id: number
  /** The page's key: the id (questions have no title to slug). */
  slug: string
  /** The language it was asked in: its page exists in that language only. */
  lang: Lang
  question: string
  answer: string
  answeringUnit: string
  topic: TermRef | null
  citedNotices: (ItemLink & { documentNumber: string })[]
  publishedAt: string | null
  updatedAt: string
}

export interface EventText {
  title: string
  summary: string | null
  venueName: string | null
  organiser: string | null
  bodyHtml: string
  related: ItemLink[]
}

export interface EventEntry extends ItemBase<'event', EventText> {
  startsAt: string
  endsAt: string | null
  allDay: boolean
  venueAddress: string | null
  mapUrl: string | null
  onlineUrl: string | null
  registrationUrl: string | null
  registrationDeadline: string | null
  eventStatus: Event['eventStatus']
}

export type ItemEntry = ArticleEntry | FeatureEntry | PolicyNoticeEntry | EventEntry

export interface TopicEntry {
  id: number
  slug: string
  name: Translated
  description: Translated | null
}

export interface OutletEntry {
  id: number
  slug: string
  name: Translated
  shortName: string | null
  kind: Outlet['kind']
  website: string | null
  description: Translated | null
}

/** A person named on the portal with their position (in the page's language). */
export interface Officer {
  name: string
  position: string | null
}

/**
 * The agency that runs the portal (the programme's lead agency), as the header and footer of
 * every page and the about page show it.
 */
export interface AgencyContacts {
  name: string | null
  address: string | null
  phone: string | null
  email: string | null
  website: string | null
  /** Người chịu trách nhiệm quản lý Cổng. */
  responsible: Officer | null
  /** Đầu mối tiếp nhận yêu cầu cung cấp thông tin (Law 104/2016/QH13 Art. 19(1)(đ)). */
  contactOfficer: (Officer & { phone: string | null; email: string | null }) | null
}

/** Giới thiệu chương trình (the `programme` global) in one language; empty parts are empty. */
export interface ProgrammeContent {
  intro: string[]
  tasks: { title: string; description: string | null }[]
  leadAgency: AgencyContacts
  partners: { name: string; role: string | null; website: string | null }[]
}

/** A related agency's portal (the `portal-links` global), for the footer. */
export interface PortalLinkEntry {
  label: string
  url: string
}

/** One row of the public-information list (the `public-information` global). */
export interface PublicInformationRow {
  title: string
  point: DisclosurePoint | null
  frequency: DisclosureFrequency
  /** A portal path or an http(s) address (the link policy's `pageLink`). */
  href: string
  note: string | null
}

export interface PublicInformationContent {
  intro: string[]
  items: PublicInformationRow[]
}

/** One procedure of the startup list (the `startup-procedures` global). */
export interface ProcedureRow {
  name: string
  agency: string | null
  description: string | null
  nationalUrl: string | null
  cityUrl: string | null
}

export interface StartupProceduresContent {
  intro: string[]
  procedures: ProcedureRow[]
}

/** What the `globals` content collection stores: one entry per CMS global, both languages. */
export type GlobalEntry =
  | { slug: 'programme'; vi: ProgrammeContent; en: ProgrammeContent }
  | { slug: 'portal-links'; vi: PortalLinkEntry[]; en: PortalLinkEntry[] }
  | { slug: 'public-information'; vi: PublicInformationContent; en: PublicInformationContent }
  | { slug: 'startup-procedures'; vi: StartupProceduresContent; en: StartupProceduresContent }

/** The props of an item page's view (and of ItemLayout, with any kind of item). */
export interface ItemViewProps<E extends ItemEntry = ItemEntry> {
  entry: E
  lang: Lang
  /** The draft preview route renders the same views (pages/xem-truoc/). */
  preview?: PreviewInfo
}

/**
 * An item's texts in the language of its page (an English page exists only with a translation).
 *
 * @example
 * textOf(article, 'en').title
 */
export const textOf = <E extends ItemEntry>(entry: E, lang: Lang): NonNullable<E['vi']> =>
  (lang === 'en' ? entry.en! : entry.vi) as NonNullable<E['vi']>

/** A news item, feature or event that names a directory profile (`mentions`). */
export type MentionLink = { kind: Kind; slug: string; date: string | null; title: Translated }

/** A profile named elsewhere in the directory (a provider, an investor). */
export type ProfileLink = {
  kind: 'startup' | 'person' | 'organisation'
  slug: string
  name: string
  /** Whether the profile has an English page; English pages link the Vietnamese one otherwise. */
  hasEnglish: boolean
}

/** A directory profile's text in one language (absent in English when not translated). */
export interface ProfileText {
  summary: string | null
  descriptionHtml: string
  /** The description or bio as plain text, for the open data. */
  descriptionText: string | null
  organisation: string | null
  position: string | null
  services: string | null
}

/**
 * A published startup, person or support organisation as its pages show it: public fields only
 * (read as the public; founders only where named with consent, contacts only when opted in).
 */
export interface ProfileEntry {
  kind: 'startup' | 'person' | 'organisation'
  id: number
  slug: string
  name: string
  publishedAt: string | null
  updatedAt: string
  website: string | null
  email: string | null
  phone: string | null
  district: string | null
  /** Startups. */
  sector: string | null
  stage: string | null
  registrationNumber: string | null
  registrationDate: string | null
  founders: { name: string; role: Translated | null; email: string | null; phone: string | null }[]
  supportRecords: {
    year: number
    kind: string
    provider: ProfileLink | null
    given: Translated | null
  }[]
  fundingRounds: {
    date: string
    amountVnd: number | null
    investors: ProfileLink[]
    otherInvestors: string | null
  }[]
  /** People. */
  roles: string[]
  expertise: string[]
  reach: string | null
  /** Organisations. */
  orgKinds: string[]
  model: string | null
  address: string | null
  foundedYear: number | null
  upgradedYear: number | null
  vi: ProfileText
  en: ProfileText | null
  mentionedBy: MentionLink[]
}

/** One target of the tracked programme, in both languages, with its computed progress. */
export interface TrackerTargetEntry {
  label: { vi: string; en: string | null }
  /** The department's source document, for a figure entered by hand. */
  source: { vi: string | null; en: string | null } | null
  progress: import('@collections/lib/programmeProgress').TargetProgress
}

/**
 * The programme tracker (`/ket-qua/`): the current programme (else the latest finished one),
 * its targets computed from the published directory on the build's day, and the directory's
 * public fields for the open data.
 */
export interface TrackerEntry {
  slug: string
  programme: {
    code: string
    title: { vi: string; en: string | null }
    summary: { vi: string | null; en: string | null }
    status: string
    periodStart: number
    periodEnd: number
    /** The legal text's notice slug (its page in the library), if published. */
    legalTextSlug: string | null
  }
  asOf: string
  targets: TrackerTargetEntry[]
  supportByYear: import('@collections/lib/programmeProgress').SupportYear[]
  directory: TrackerDirectory
}

/** The directory's public fields, as the open data publishes them. */
export interface TrackerDirectory {
  startups: {
    slug: string
    name: string
    sector: string | null
    stage: string | null
    district: string | null
    registrationNumber: string | null
    registrationDate: string | null
    website: string | null
    supportRecords: { year: number; kind: string; provider: string | null }[]
    fundingRounds: { date: string; amountVnd: number | null }[]
  }[]
  people: {
    slug: string
    name: string
    roles: string[]
    organisation: string | null
    reach: string | null
    expertise: string[]
  }[]
  organizations: {
    slug: string
    name: string
    kinds: string[]
    model: string | null
    district: string | null
    foundedYear: number | null
    upgradedYear: number | null
    website: string | null
  }[]
}
