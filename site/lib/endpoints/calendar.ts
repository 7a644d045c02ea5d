import { combineCacheKeys } from '../cacheKey'
import type { CalendarEvent, CalendarOptions } from '@channels/calendar'
import { getEvents, type Stored } from '../content'
import { PORTAL_TIME_ZONE } from '@collections/vocabulary/timeZone'
import { LANGS, langParam, strings, type Lang } from '../i18n'
import { isAvailableIn } from '../listing'
import { itemPath, sectionPath } from '../routes'
import type { EventEntry } from '../types'

/**
 * The site's calendars: one `.ics` per event and language, and `/su-kien/lich.ics` with every
 * event. UIDs come from the CMS id (see lib/calendar), so both files describe the same event.
 */

/**
 * An event as the calendar module wants it, in `lang`.
 *
 * @example
 * toCalendarEvent(event, 'vi', site) // { id: 7, title, startsAt, status: 'cancelled', url, … }
 */
export function toCalendarEvent(event: EventEntry, lang: Lang, site: URL): CalendarEvent {
  const text = (lang === 'en' ? event.en : null) ?? event.vi
  return {
    id: event.id,
    title: text.title,
    summary: text.summary,
    url: new URL(itemPath('event', event.slug, lang), site).href,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    allDay: event.allDay,
    venue: { name: text.venueName ?? event.vi.venueName, address: event.venueAddress },
    onlineUrl: event.onlineUrl,
    organiser: text.organiser ?? event.vi.organiser,
    registrationUrl: event.registrationUrl,
    registrationDeadline: event.registrationDeadline,
    status: event.eventStatus,
    statusLabel:
      event.eventStatus === 'scheduled' ? null : strings(lang).event.statusLabel[event.eventStatus],
    categories: event.topics.map(
      (topic) => (lang === 'en' ? topic.name.en : null) ?? topic.name.vi,
    ),
    updatedAt: event.updatedAt,
  }
}

export function calendarOptions(lang: Lang, site: URL): CalendarOptions {
  const t = strings(lang)
  return {
    name: `${t.sections.event} | ${t.siteShortName}`,
    description: t.sectionIntro.event,
    language: lang,
    timeZone: PORTAL_TIME_ZONE,
    // Scopes the UIDs: the site's host, never the language (one event, one UID).
    uidDomain: site.hostname,
    url: new URL(sectionPath('event', lang), site).href,
  }
}

/** `/su-kien/lich.ics` and `/en/su-kien/lich.ics`. */
export async function calendarPaths() {
  const events = await getEvents()
  return LANGS.map((lang) => {
    const listed = events.filter((event) => isAvailableIn(event, lang))
    return {
      params: { lang: langParam(lang) },
      props: { lang, events: listed },
      cacheKey: combineCacheKeys(['calendar', lang, ...listed.map((event) => event.digest)]),
    }
  })
}

/** `/su-kien/<slug>.ics` per event and language it has a page in. */
export async function eventIcsPaths() {
  const events: Stored<EventEntry>[] = await getEvents()
  return events.flatMap((event) =>
    LANGS.filter((lang) => isAvailableIn(event, lang)).map((lang) => ({
      params: { lang: langParam(lang), slug: event.slug },
      props: { lang, event },
      cacheKey: combineCacheKeys(['ics', lang, event.digest]),
    })),
  )
}
