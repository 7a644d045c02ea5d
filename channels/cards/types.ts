import type { Event, Feature, PolicyNotice } from '@collections/payload-types'

/**
 * What a share card shows: plain data, no Payload documents. The site maps each published
 * document (in one locale) to one of these; every string may arrive in any Unicode form and of
 * any length, the renderer normalises and clamps it.
 *
 * Mapping from `collections/payload-types.ts` (the site engineer's endpoint does this):
 * - article: `title`, `topics[0].name` → `topic`, `outlet.name` → `outlet`, `publishedAt`
 * - feature: `title`, `format`, `programme`, `airDate` (tv/radio) or `editionDate` (newspaper)
 *   or `publishedAt` (online) → `airDate`, `page`, `outlet.name`
 * - policy notice: `title`, `documentType`, `documentNumber`, `issuingBody`, `abstract`
 *   (trích yếu), `issueDate`
 * - event: `title`, `startsAt`, `endsAt`, `allDay`, `venue.name` → `venue`,
 *   `Boolean(onlineUrl)` → `online`, `eventStatus` → `status`, `organiser`
 */
export type CardLocale = 'vi' | 'en'

export type CardType = CardData['type']

type DateInput = string | Date | null | undefined

interface CardCommon {
  locale: CardLocale
  /** The item's title in `locale`; also the image's alt text. */
  title: string
}

export interface ArticleCardData extends CardCommon {
  type: 'article'
  /** Name of the item's first topic. */
  topic?: string | null
  outlet?: string | null
  publishedAt?: DateInput
}

export interface FeatureCardData extends CardCommon {
  type: 'feature'
  format: Feature['format']
  /** Programme (TV/radio) or column (newspaper). */
  programme?: string | null
  /** Air date and time for TV and radio, edition date for newspapers, publication date online. */
  airDate?: DateInput
  /** Newspaper page. */
  page?: string | null
  outlet?: string | null
}

export interface PolicyNoticeCardData extends CardCommon {
  type: 'policy-notice'
  documentType: PolicyNotice['documentType']
  documentNumber: string
  issuingBody: string
  /** Trích yếu: the one-line summary printed under the document type. Falls back to `title`. */
  abstract?: string | null
  issueDate?: DateInput
}

export interface EventCardData extends CardCommon {
  type: 'event'
  startsAt: string | Date
  endsAt?: DateInput
  allDay?: boolean | null
  /** Venue name; the address does not fit a card. */
  venue?: string | null
  /** The event can be attended online. */
  online?: boolean | null
  status?: Event['eventStatus'] | null
  organiser?: string | null
}

export type CardData = ArticleCardData | FeatureCardData | PolicyNoticeCardData | EventCardData

export const CARD_WIDTH = 1200
export const CARD_HEIGHT = 630
