import type { ICalDayJsStub } from 'ical-generator'

const offsetFormatters = new Map<string, Intl.DateTimeFormat>()

/** The zone's UTC offset at `instant` as `+0700`. */
function utcOffset(timeZone: string, instant: Date): string {
  let formatter = offsetFormatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    offsetFormatters.set(timeZone, formatter)
  }
  // `GMT+07:00`, or just `GMT` for UTC itself.
  const name = formatter.formatToParts(instant).find((part) => part.type === 'timeZoneName')!.value
  const [, sign = '+', hours = '00', minutes = '00'] = /([+-])(\d{2}):(\d{2})/.exec(name) ?? []
  return `${sign}${hours}${minutes}`
}

/**
 * A VTIMEZONE for `timeZone`, for `ical-generator`'s timezone generator. Only zones that keep
 * one offset all year are supported (Vietnam has kept UTC+7 without daylight saving since
 * 1975), so one STANDARD rule is the whole definition; a zone with daylight saving throws
 * rather than write times an hour off for half the year.
 *
 * @example
 * getVTimezone('Asia/Ho_Chi_Minh') // 'BEGIN:VTIMEZONE\r\nTZID:Asia/Ho_Chi_Minh\r\n…TZOFFSETTO:+0700…'
 */
export function getVTimezone(timeZone: string): string {
  const winter = utcOffset(timeZone, new Date(Date.UTC(2025, 0, 15)))
  const summer = utcOffset(timeZone, new Date(Date.UTC(2025, 6, 15)))
  if (winter !== summer) {
    throw new Error(`Calendar time zone ${timeZone} has daylight saving; only fixed offsets work`)
  }
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${timeZone}`,
    `X-LIC-LOCATION:${timeZone}`,
    'BEGIN:STANDARD',
    `TZOFFSETFROM:${winter}`,
    `TZOFFSETTO:${winter}`,
    `TZNAME:${winter.slice(0, 3)}`,
    'DTSTART:19700101T000000',
    'END:STANDARD',
    'END:VTIMEZONE',
  ].join('\r\n')
}

const wallClocks = new Map<string, Intl.DateTimeFormat>()

/**
 * Year…second of an instant on the clocks of `timeZone`.
 *
 * @example
 * toZonedParts(new Date('2025-03-15T02:00:00Z'), 'Asia/Ho_Chi_Minh').hour // '09'
 */
export function toZonedParts(instant: Date, timeZone: string) {
  let wallClock = wallClocks.get(timeZone)
  if (!wallClock) {
    wallClock = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
    wallClocks.set(timeZone, wallClock)
  }
  const parts: Record<string, string> = {}
  for (const { type, value } of wallClock.formatToParts(instant)) parts[type] = value
  return parts as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string>
}

/**
 * An instant as ical-generator's "Day.js-like" date, formatting itself on the clocks of
 * `timeZone`.
 *
 * Why not a plain `Date`: with a TZID, ical-generator formats a `Date` with the *process's*
 * local clock, so a build server on UTC would write 02:00 for a 09:00 event. This stub (the
 * documented `ICalDayJsStub` interface) always answers with the zone's wall-clock fields.
 */
export function inZone(instant: Date, timeZone: string): ICalDayJsStub {
  const parts = toZonedParts(instant, timeZone)
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

/** The calendar day (in `timeZone`) `days` after the instant's day, as a DATE-only stub. */
export function zonedDate(instant: Date, timeZone: string, days = 0): ICalDayJsStub {
  const { year, month, day } = toZonedParts(instant, timeZone)
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
