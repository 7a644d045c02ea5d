/**
 * What a share card shows: plain data, no Payload documents. The site maps each published
 * document (in one locale) to one of these; every string may arrive in any Unicode form and of
 * any length, the renderer normalises and clamps it.
 *
 * Labels that belong to the content model (a document type's name, an event status) and the
 * time zone arrive here as data, so this module knows nothing of the CMS.
 *
 * Mapping from `collections/payload-types.ts` (the site's `endpoints/cards.ts` does this):
 * - article: `title`, `topics[0].name` → `topic`, `outlet.name` → `outlet`, `publishedAt`
 * - feature: `title`, `format`, `programme`, `airDate` (tv/radio) or `editionDate` (newspaper)
 *   or `publishedAt` (online) → `airDate`, `page`, `outlet.name`
 * - policy notice: `title`, the name of `documentType` → `documentTypeLabel`,
 *   `documentNumber`, `issuingBody`, `abstract` (trích yếu), `issueDate`
 * - event: `title`, `startsAt`, `endsAt`, `allDay`, `venue.name` → `venue`,
 *   `Boolean(onlineUrl)` → `online`, `eventStatus` → `status` and its name → `statusLabel`,
 *   `organiser`
 */
export type CardLocale = 'vi' | 'en'

export type CardType = CardData['type']

type DateInput = string | Date | null | undefined

interface CardCommon {
  locale: CardLocale
  /** The item's title in `locale`; also the image's alt text. */
  title: string
  /** IANA zone every date and time on the card is written in, e.g. `Asia/Ho_Chi_Minh`. */
  timeZone: string
}

/** How a feature was published: it picks the badge and how the date is introduced. */
export type FeatureFormat = 'tv' | 'radio' | 'newspaper' | 'online'

export interface ArticleCardData extends CardCommon {
  type: 'article'
  /** Name of the item's first topic. */
  topic?: string | null
  outlet?: string | null
  publishedAt?: DateInput
}

export interface FeatureCardData extends CardCommon {
  type: 'feature'
  format: FeatureFormat
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
  /** The document type's name in `locale` (Kế hoạch, Quyết định…); absent: "Văn bản". */
  documentTypeLabel?: string | null
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
  /** A cancelled event gets a red pill, a postponed one a white pill, saying `statusLabel`. */
  status?: 'scheduled' | 'postponed' | 'cancelled' | null
  statusLabel?: string | null
  organiser?: string | null
}

export type CardData = ArticleCardData | FeatureCardData | PolicyNoticeCardData | EventCardData

export const CARD_WIDTH = 1200
export const CARD_HEIGHT = 630

/**
 * Where a built site publishes its card manifest (`CardManifest`): every card's site path, with
 * its content hash, mapped to the data it is drawn from. The site build writes it; the servers
 * read it to draw cards on demand. Here, beside the types, so reading it loads no renderer.
 */
export const CARD_MANIFEST_PATH = '/og/cards.json'
