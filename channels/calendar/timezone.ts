import type { ICalDayJsStub } from 'ical-generator'

/** Every event of the portal happens in Hải Phòng. */
export const EVENT_TIMEZONE = 'Asia/Ho_Chi_Minh'

/**
 * VTIMEZONE for Asia/Ho_Chi_Minh. Vietnam has kept UTC+7 without daylight saving since 1975,
 * so one STANDARD rule is the whole definition. Returned for `ical-generator`'s timezone
 * generator; other zones get nothing (they are never used here).
 */
export function getVTimezone(timezone: string): string | null {
  if (timezone !== EVENT_TIMEZONE) return null
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${EVENT_TIMEZONE}`,
    `X-LIC-LOCATION:${EVENT_TIMEZONE}`,
    'BEGIN:STANDARD',
    'TZOFFSETFROM:+0700',
    'TZOFFSETTO:+0700',
    'TZNAME:+07',
    'DTSTART:19750613T000000',
    'END:STANDARD',
    'END:VTIMEZONE',
  ].join('\r\n')
}

const wallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: EVENT_TIMEZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
})

/** Year…second of an instant on Hải Phòng clocks. */
export function toHaiPhongParts(instant: Date) {
  const parts: Record<string, string> = {}
  for (const { type, value } of wallClock.formatToParts(instant)) parts[type] = value
  return parts as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string>
}

/**
 * An instant as ical-generator's "Day.js-like" date, formatting itself on Hải Phòng clocks.
 *
 * Why not a plain `Date`: with a TZID, ical-generator formats a `Date` with the *process's*
 * local clock, so a build server on UTC would write 02:00 for a 09:00 event. This stub (the
 * documented `ICalDayJsStub` interface) always answers with Hải Phòng wall-clock fields.
 */
export function inHaiPhong(instant: Date): ICalDayJsStub {
  const parts = toHaiPhongParts(instant)
  const stub: ICalDayJsStub = {
    format(pattern?: string) {
      if (pattern === 'YYYYMMDD') return `${parts.year}${parts.month}${parts.day}`
      if (pattern === 'HHmmss') return `${parts.hour}${parts.minute}${parts.second}`
      return instant.toISOString()
    },
    isValid: () => !Number.isNaN(instant.getTime()),
    toDate: () => new Date(instant.getTime()),
    toJSON: () => instant.toISOString(),
    tz: () => stub,
    utc: () => inUtc(instant),
  }
  return stub
}

function inUtc(instant: Date): ICalDayJsStub {
  const iso = instant.toISOString()
  const stub: ICalDayJsStub = {
    format(pattern?: string) {
      if (pattern === 'YYYYMMDD') return iso.slice(0, 10).replace(/-/g, '')
      if (pattern === 'HHmmss') return iso.slice(11, 19).replace(/:/g, '')
      return iso
    },
    isValid: () => !Number.isNaN(instant.getTime()),
    toDate: () => new Date(instant.getTime()),
    toJSON: () => iso,
    tz: () => stub,
    utc: () => stub,
  }
  return stub
}

/** The calendar day (in Hải Phòng) `days` after the instant's day, as a DATE-only stub. */
export function haiPhongDate(instant: Date, days = 0): ICalDayJsStub {
  const { year, month, day } = toHaiPhongParts(instant)
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day) + days))
  const ymd = date.toISOString().slice(0, 10).replace(/-/g, '')
  // A DATE has no zone: converting it to UTC or to a zone leaves the day as it is.
  const stub: ICalDayJsStub = {
    format: (pattern?: string) => (pattern === 'YYYYMMDD' ? ymd : date.toISOString()),
    isValid: () => true,
    toDate: () => date,
    toJSON: () => date.toISOString(),
    tz: () => stub,
    utc: () => stub,
  }
  return stub
}
