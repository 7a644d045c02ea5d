/**
 * An event as the calendars need it: plain data, no Payload document and no Astro.
 *
 * Mapping from `collections/payload-types.ts` `Event` (the site's `.ics` endpoints do this, per locale):
 * `id`, `title`, `summary`, `startsAt`, `endsAt`, `allDay`, `venue.name` / `venue.address`,
 * `onlineUrl`, `organiser`, `registrationUrl`, `registrationDeadline`, `eventStatus` → `status`
 * and its name → `statusLabel`, `createdAt`, `updatedAt`, topic names → `categories`, and
 * `url` = the absolute canonical page URL. `revision` is optional: pass a
 * real edit counter if the site has one (e.g. the number of published versions).
 */
export type CalendarLanguage = 'vi' | 'en'

export interface CalendarEvent {
  /** The CMS id: the permanent part of the UID (never the slug). */
  id: string | number
  title: string
  summary?: string | null
  /** Absolute canonical URL of the event page. */
  url: string
  /** Instants (UTC ISO strings or Dates), as Payload stores them. */
  startsAt: string | Date
  endsAt?: string | Date | null
  /** Whole days in the calendar's time zone: written as DATE values, not times. */
  allDay?: boolean | null
  venue?: { name?: string | null; address?: string | null } | null
  onlineUrl?: string | null
  organiser?: string | null
  registrationUrl?: string | null
  registrationDeadline?: string | Date | null
  status?: 'scheduled' | 'postponed' | 'cancelled' | null
  /** The status's name in the calendar's language, put before the title of a changed event. */
  statusLabel?: string | null
  categories?: string[] | null
  /** An edit counter; when absent SEQUENCE is derived from `updatedAt` − `createdAt`. */
  revision?: number | null
  createdAt?: string | Date | null
  updatedAt: string | Date
}

export interface CalendarOptions {
  /** Calendar name shown by the subscribing app (`X-WR-CALNAME`). */
  name: string
  description?: string | null
  language: CalendarLanguage
  /**
   * IANA zone the events' times are written in (`Asia/Ho_Chi_Minh`); it must keep one offset
   * all year (see `getVTimezone`).
   */
  timeZone: string
  /** Host that scopes the UIDs (`event-42@<uidDomain>`); keep it forever, e.g. the site host. */
  uidDomain: string
  /** The page listing the events (calendar `URL`). */
  url?: string | null
  /** How often subscribers should refresh, in minutes; default 360. */
  refreshMinutes?: number
}
