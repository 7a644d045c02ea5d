import ical, { ICalCalendar, ICalEventStatus } from 'ical-generator'

import { toDate, toHttpUrl } from '../text'
import { getVTimezone, inZone, toZonedParts, zonedDate } from './timezone'
import type { CalendarEvent, CalendarLanguage, CalendarOptions } from './types'

export const ICS_CONTENT_TYPE = 'text/calendar; charset=utf-8'

const LABELS = {
  postponedNote: {
    vi: 'Sự kiện tạm hoãn; thời gian mới sẽ được thông báo tại',
    en: 'This event is postponed; the new date will be announced at',
  },
  cancelledNote: { vi: 'Sự kiện đã bị hủy.', en: 'This event has been cancelled.' },
  online: { vi: 'Tham dự trực tuyến', en: 'Join online' },
  register: { vi: 'Đăng ký', en: 'Register' },
  deadline: { vi: 'hạn', en: 'by' },
  organiser: { vi: 'Đơn vị tổ chức', en: 'Organiser' },
  more: { vi: 'Chi tiết', en: 'Details' },
} satisfies Record<string, Record<CalendarLanguage, string>>

/** An instant before any portal content: the fallback base of derived SEQUENCE numbers. */
const SEQUENCE_EPOCH = Date.UTC(2020, 0, 1)

/**
 * One event as an `.ics` file ("Add to calendar"). Same UID and rules as the full calendar, so
 * a reader who imported it and later subscribes sees one event, updated in place.
 *
 * @example
 * return new Response(generateEventIcs(event, options), {
 *   headers: {
 *     'Content-Type': ICS_CONTENT_TYPE,
 *     'Content-Disposition': `attachment; filename="${slug}.ics"`,
 *   },
 * })
 */
export function generateEventIcs(event: CalendarEvent, options: CalendarOptions): string {
  return buildEventCalendar([event], options).toString()
}

/** The subscribable calendar of all events (`webcal://…/su-kien.ics`). */
export function generateCalendarIcs(events: CalendarEvent[], options: CalendarOptions): string {
  return buildEventCalendar(events, options).toString()
}

/**
 * Builds the iCalendar (RFC 5545) object:
 * - UID `event-<id>@<uidDomain>`: from the CMS id, so renaming an event or its slug updates it
 *   in subscribers' calendars instead of duplicating it.
 * - DTSTART/DTEND with `TZID=<options.timeZone>` and its VTIMEZONE; all-day events as DATE
 *   values (DTEND the day after the last day, as the RFC wants).
 * - DTSTAMP and LAST-MODIFIED = `updatedAt` (in UTC): the calendar has no METHOD, so DTSTAMP
 *   is when the event was last revised, and the output does not depend on the clock.
 * - SEQUENCE = `revision`, or else the seconds between `createdAt` and `updatedAt`: it only
 *   grows, and grows on every change.
 * - STATUS CONFIRMED / TENTATIVE (postponed, with a note) / CANCELLED, plus the event's
 *   `statusLabel` as a prefix on the summary for apps that ignore STATUS.
 */
export function buildEventCalendar(
  events: CalendarEvent[],
  options: CalendarOptions,
): ICalCalendar {
  const { language } = options
  const calendar = ical({
    prodId: {
      company: 'Hai Phong Innovation News Hub',
      product: 'Events',
      language: language.toUpperCase(),
    },
    // ical-generator writes these two as they are; the events' texts it escapes itself.
    name: escapeText(clean(options.name)),
    description: escapeText(clean(options.description)) || undefined,
    url: options.url || undefined,
    ttl: (options.refreshMinutes ?? 360) * 60,
    // No `name`: ical-generator would then write DTSTAMP in local time, which RFC 5545 forbids.
    timezone: { name: null, generator: getVTimezone },
  })
  const sorted = [...events].sort(
    (a, b) => toTime(a.startsAt) - toTime(b.startsAt) || String(a.id).localeCompare(String(b.id)),
  )
  for (const event of sorted) addEvent(calendar, event, options)
  return calendar
}

function addEvent(calendar: ICalCalendar, event: CalendarEvent, options: CalendarOptions) {
  const { timeZone } = options
  const starts = toDate(event.startsAt)
  const updated = toDate(event.updatedAt)
  if (!starts || !updated) {
    throw new Error(`Event ${event.id}: startsAt and updatedAt must be valid dates`)
  }
  const ends = toDate(event.endsAt)
  const status = event.status ?? 'scheduled'
  const title = clean(event.title)
  const label = status === 'scheduled' ? '' : clean(event.statusLabel)
  const prefix = label ? `[${label}] ` : ''
  const venue = [clean(event.venue?.name), clean(event.venue?.address)].filter(Boolean).join(', ')
  const onlineUrl = toHttpUrl(event.onlineUrl)

  calendar.createEvent({
    id: `event-${String(event.id)}@${options.uidDomain}`,
    sequence: getSequence(event, updated),
    stamp: updated,
    lastModified: updated,
    created: event.createdAt ? new Date(event.createdAt) : undefined,
    summary: prefix + title,
    description: describe(event, status, onlineUrl, options),
    location: venue || onlineUrl || undefined,
    url: event.url,
    categories: (event.categories ?? [])
      .map((name) => ({ name: clean(name) }))
      .filter((c) => c.name),
    status:
      status === 'cancelled'
        ? ICalEventStatus.CANCELLED
        : status === 'postponed'
          ? ICalEventStatus.TENTATIVE
          : ICalEventStatus.CONFIRMED,
    ...(event.allDay
      ? {
          allDay: true,
          start: zonedDate(starts, timeZone),
          end: zonedDate(ends && ends > starts ? ends : starts, timeZone, 1),
        }
      : {
          timezone: timeZone,
          start: inZone(starts, timeZone),
          end: ends && ends >= starts ? inZone(ends, timeZone) : undefined,
        }),
  })
}

function getSequence(event: CalendarEvent, updated: Date): number {
  if (typeof event.revision === 'number' && Number.isFinite(event.revision)) {
    return Math.max(0, Math.floor(event.revision))
  }
  const created = event.createdAt ? new Date(event.createdAt).getTime() : Number.NaN
  const base = Number.isNaN(created) ? SEQUENCE_EPOCH : created
  return Math.max(0, Math.floor((updated.getTime() - base) / 1000))
}

function describe(
  event: CalendarEvent,
  status: NonNullable<CalendarEvent['status']>,
  onlineUrl: string | undefined,
  options: CalendarOptions,
): string {
  const { language } = options
  const lines: string[] = []
  if (status === 'cancelled') lines.push(LABELS.cancelledNote[language])
  if (status === 'postponed') lines.push(`${LABELS.postponedNote[language]} ${event.url}`)
  const summary = clean(event.summary)
  if (summary) lines.push(summary)
  const organiser = clean(event.organiser)
  if (organiser) lines.push(`${LABELS.organiser[language]}: ${organiser}`)
  if (onlineUrl) lines.push(`${LABELS.online[language]}: ${onlineUrl}`)
  const registrationUrl = toHttpUrl(event.registrationUrl)
  if (registrationUrl) {
    const deadline = toDate(event.registrationDeadline)
    const by = deadline
      ? ` (${LABELS.deadline[language]} ${formatWallClock(deadline, options.timeZone)})`
      : ''
    lines.push(`${LABELS.register[language]}${by}: ${registrationUrl}`)
  }
  lines.push(`${LABELS.more[language]}: ${event.url}`)
  return lines.join('\n\n')
}

// Half of a surrogate pair (cut emoji): invalid in UTF-8 output. (`String#toWellFormed` is
// ES2024, beyond this project's `lib`.)
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

// Control characters (other than newline) are not allowed in iCalendar text values.
const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F]/g

function clean(value: string | null | undefined): string {
  return String(value ?? '')
    .replace(LONE_SURROGATE, '\uFFFD')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, ' ')
    .trim()
}

/** `14:00 10/03/2025`, on the clocks of `timeZone`. */
function formatWallClock(instant: Date, timeZone: string): string {
  const { year, month, day, hour, minute } = toZonedParts(instant, timeZone)
  return `${hour}:${minute} ${day}/${month}/${year}`
}

/** RFC 5545 TEXT escaping (§3.3.11). */
function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (char) => `\\${char}`).replace(/\n/g, '\\n')
}

function toTime(value: string | Date): number {
  return toDate(value)?.getTime() ?? 0
}
