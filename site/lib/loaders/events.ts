import type { Event } from '@collections/payload-types'
import type { RichTextState } from '../richtext'
import { webLink } from '@collections/lib/links'
import type { EventEntry, EventText } from '../types'
import { hasEnglish, relatedLinks } from './catalogue'
import { loadItems, uploadNeeds, type ItemSpec } from './items'
import type { LoadEntries } from './loader'
import {
  type ItemAssets,
  type ItemContext,
  itemFields,
  richTextHtml,
  textOrNull,
  ITEM_DOC_FIELDS,
  type SelectedDoc,
} from './shared'

/** The Vietnamese fields of an event its pages show. */
const FIELDS = {
  ...ITEM_DOC_FIELDS,
  summary: true,
  startsAt: true,
  endsAt: true,
  allDay: true,
  venue: true,
  onlineUrl: true,
  organiser: true,
  registrationUrl: true,
  registrationDeadline: true,
  body: true,
  eventStatus: true,
} as const

/** How published events become entries (see ./items.ts). */
export const EVENTS: ItemSpec<EventDoc, EventTranslation & { id: number }, EventEntry> = {
  collection: 'events',
  fields: FIELDS,
  englishFields: { title: true, summary: true, body: true, venue: true, organiser: true },
  needs: (doc, translation) =>
    uploadNeeds([doc.cover, doc.shareImage], [
      doc.body,
      translation?.body,
    ] as (RichTextState | null)[]),
  map: ({ ctx, assets }, doc, translation) => toEventEntry(ctx, assets, doc, translation),
}

/** Every published event, in both languages. */
export const loadEvents: LoadEntries<EventEntry> = (payload, sink) =>
  loadItems(payload, EVENTS, sink)

/** The fields of an event its pages show (Vietnamese, or the only locale of a draft read). */
export type EventDoc = SelectedDoc<Event, typeof FIELDS>

/** The English text of an event, read without fallback. */
export type EventTranslation = Pick<Event, 'title' | 'summary' | 'body' | 'venue' | 'organiser'>

/**
 * One event as its pages show it: for every published one (the loader above), and for
 * one draft (the preview route, site/lib/loaders/preview.ts).
 */
export function toEventEntry(
  ctx: ItemContext,
  assets: ItemAssets,
  doc: EventDoc,
  translation: EventTranslation | undefined,
): EventEntry {
  const text = (lang: 'vi' | 'en'): EventText => {
    const source = lang === 'vi' ? doc : translation!
    return {
      title: source.title,
      summary: textOrNull(source.summary),
      venueName: textOrNull(source.venue?.name),
      organiser: textOrNull(source.organiser),
      bodyHtml: richTextHtml(ctx, assets, source.body as RichTextState | null, lang),
      related: relatedLinks(ctx.catalogue, doc.related, lang),
    }
  }
  return {
    kind: 'event',
    ...itemFields(ctx, assets, doc, [doc.body, translation?.body] as (RichTextState | null)[]),
    startsAt: doc.startsAt,
    endsAt: doc.endsAt ?? null,
    allDay: Boolean(doc.allDay),
    venueAddress: textOrNull(doc.venue?.address),
    mapUrl: webLink(doc.venue?.mapUrl),
    onlineUrl: webLink(doc.onlineUrl),
    registrationUrl: webLink(doc.registrationUrl),
    registrationDeadline: doc.registrationDeadline ?? null,
    eventStatus: doc.eventStatus,
    vi: text('vi'),
    en: hasEnglish(translation) ? text('en') : null,
  }
}
