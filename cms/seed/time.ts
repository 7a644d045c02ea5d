import { PORTAL_TIME_ZONE } from '@collections/vocabulary/timeZone'

/** Hải Phòng is on Asia/Ho_Chi_Minh: UTC+7 all year (no daylight saving). */
const VN_OFFSET_HOURS = 7

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * The instant of a Hải Phòng wall-clock time, as the ISO string Payload stores.
 *
 * @example
 * vnTime('2020-12-10') // '2020-12-09T17:00:00.000Z' (midnight in Hải Phòng)
 * vnTime('2021-04-17', '20:00') // '2021-04-17T13:00:00.000Z'
 */
export function vnTime(day: string, clock = '00:00'): string {
  const [year, month, date] = day.split('-').map(Number)
  const [hour, minute] = clock.split(':').map(Number)
  return new Date(Date.UTC(year, month - 1, date, hour - VN_OFFSET_HOURS, minute)).toISOString()
}

/**
 * A Hải Phòng wall-clock time `days` calendar days after (or before, if negative) the local
 * date of `now`: upcoming events stay upcoming whenever the seed runs.
 *
 * @example
 * vnTimeFromNow(new Date('2026-11-28T03:00:00Z'), 7, '08:00') // '2026-12-05T01:00:00.000Z'
 */
export function vnTimeFromNow(now: Date, days: number, clock: string): string {
  const local = new Date(now.getTime() + VN_OFFSET_HOURS * 60 * 60 * 1000 + days * DAY_MS)
  return vnTime(local.toISOString().slice(0, 10), clock)
}

/** A date as Vietnamese readers write it, in Hải Phòng time: "10/12/2020". */
export function formatVnDate(value: string | Date): string {
  return new Intl.DateTimeFormat('vi-VN', {
    timeZone: PORTAL_TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date(value))
}
