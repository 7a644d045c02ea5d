import type { Event, Feature, Outlet, PolicyNotice, User } from '@collections/payload-types'
import type { ContentCollection } from '@collections/vocabulary/contentTypes'
import type { IllustrationName } from './images'
import type { RichText } from './lexical'

/**
 * Seed data is written with natural keys (slugs, e-mail addresses, document numbers, media
 * keys) instead of database ids; cms/seed/index.ts resolves them while creating the records.
 */

export type Localized = { vi: string; en: string }

export type { ContentCollection }

/** A link to another seeded item, by collection and slug. */
export type ItemRef = { collection: ContentCollection; slug: string }

export type OutletSeed = {
  slug: string
  name: Localized
  shortName: string
  kind: Outlet['kind']
  website: string
  description: Localized
  /** The Department of Science and Technology: its editors manage the ecosystem directory. */
  managesDirectory?: boolean
}

export type TopicSeed = { slug: string; name: Localized; description: Localized }

export type UserSeed = { email: string; name: string; role: User['role']; outlet?: string }

export type MediaSeed = {
  key: string
  illustration: IllustrationName
  /** Upload file name; Payload stores the image as WebP, so the extension changes on save. */
  filename: string
  alt: Localized
  caption: Localized
  credit: string
}

export type DocumentSeed = { key: string; filename: string; title: Localized; pdf: () => Buffer }

type Publication = {
  slug: string
  /** 'draft' items stay invisible to the public; used to test draft handling. */
  status: 'published' | 'draft'
  publishedAt?: string
  topics: string[]
  cover?: string
  related?: ItemRef[]
}

export type ArticleSeed = Publication & {
  title: string
  sapo: string
  body: RichText
  outlet: string
  /** E-mail addresses of demo users. */
  authors: string[]
  corrections?: { date: string; note: Localized }[]
  en?: { title: string; sapo: string; body: RichText }
}

export type FeatureSeed = Publication & {
  title: string
  format: Feature['format']
  programme?: Localized
  airDate?: string
  durationSeconds?: number
  editionDate?: string
  page?: string
  summary: string
  youtubeUrl?: string
  transcript?: string
  body: RichText
  outlet: string
  en?: { title: string; summary: string; body: RichText }
}

export type EventSeed = Publication & {
  title: string
  summary: string
  startsAt: string
  endsAt?: string
  allDay?: boolean
  venue?: { name: Localized; address: string; mapUrl: string }
  onlineUrl?: string
  organiser: Localized
  registrationUrl?: string
  registrationDeadline?: string
  eventStatus: Event['eventStatus']
  body: RichText
  outlet?: string
  en?: { title: string; summary: string; body: RichText }
}

/** Policy notices have no `related` list; they link to each other through `relations`. */
export type NoticeSeed = Omit<Publication, 'related'> & {
  title: string
  documentNumber: string
  documentType: PolicyNotice['documentType']
  issuingBody: string
  field: PolicyNotice['field']
  signer: {
    authority?: NonNullable<NonNullable<PolicyNotice['signer']>['authority']>
    onBehalfOf?: Localized
    position?: Localized
    name: string
  }
  issueDate: string
  effectiveDate: string
  abstract: string
  fullText?: RichText
  /** Notices this one cites, by document number and issuing body; seeded before it. */
  relations?: {
    relation: NonNullable<PolicyNotice['relations']>[number]['relation']
    documentNumber: string
    issuingBody: string
  }[]
  attachments?: string[]
  outlet?: string
  en?: { title: string; abstract: string; fullText?: RichText }
  /** When the dates alone would say otherwise (a draft for comment is not in force). */
  legalStatusOverride?: PolicyNotice['legalStatusOverride']
  /** Put out as a draft for comment (Góp ý dự thảo), with the summary once it closed. */
  consultation?: { opensAt: string; closesAt: string; summary?: Localized }
}

/** A published answer in the Q&A (Hỏi đáp); the asker is a demo address, never e-mailed. */
export type QuestionSeed = {
  /** Natural key (kept in the asker's demo e-mail address). */
  key: string
  topic: string
  language: 'vi' | 'en'
  question: string
  answer: string
  answeringUnit: string
  /** Slugs of policy notices the answer cites. */
  cites: string[]
  /** Published this many days before the seed. */
  daysAgo: number
}

/** Everything the seed creates for one point in time (events are placed relative to it). */
export type SeedContent = {
  outlets: OutletSeed[]
  topics: TopicSeed[]
  users: UserSeed[]
  media: MediaSeed[]
  documents: DocumentSeed[]
  notices: NoticeSeed[]
  articles: ArticleSeed[]
  features: FeatureSeed[]
  events: EventSeed[]
  questions: QuestionSeed[]
}
