import { PORTAL_TIME_ZONE } from '../vocabulary/timeZone'

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: PORTAL_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/**
 * The calendar day (YYYY-MM-DD) a stored date falls on in Vietnam, or null when it is no date.
 * Date-only pickers store the day's midnight in the editor's zone (10/12/2020 is
 * 2020-12-09T17:00:00Z), so days are compared in Vietnam time, never as UTC instants.
 *
 * @example
 * vietnamDay('2020-12-09T17:00:00.000Z') // '2020-12-10'
 */
export function vietnamDay(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'string' && CALENDAR_DAY.test(value)) {
    // A day already; Date would roll 30/02 over into March: a real day reads back as itself.
    const time = Date.parse(`${value}T00:00:00Z`)
    return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value) ? value : null
  }
  const date = value instanceof Date ? value : new Date(String(value))
  return Number.isNaN(date.getTime()) ? null : dayFormat.format(date)
}

/** The year in Vietnam at `now`. */
export const vietnamYear = (now: Date = new Date()): number => Number(vietnamDay(now)!.slice(0, 4))

/**
 * A day as Vietnamese pages and messages write it.
 *
 * @example
 * formatDay('2020-12-10') // '10/12/2020'
 */
export const formatDay = (day: string): string => day.split('-').reverse().join('/')
