import { PORTAL_TIME_ZONE } from '@collections/vocabulary/timeZone'
import type { Lang } from './i18n'

type DateInput = string | Date

const LOCALES: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' }

const formatters = new Map<string, Intl.DateTimeFormat>()

/** One cached Intl formatter per language and option set, always in Hải Phòng time. */
function formatter(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}:${JSON.stringify(options)}`
  let found = formatters.get(key)
  if (!found) {
    found = new Intl.DateTimeFormat(LOCALES[lang], {
      ...options,
      timeZone: PORTAL_TIME_ZONE,
    })
    formatters.set(key, found)
  }
  return found
}

const toDate = (value: DateInput) => (value instanceof Date ? value : new Date(value))

/**
 * A date as readers write it: `10/12/2020` in Vietnamese, `10 December 2020` in English.
 *
 * @example
 * formatDate('2020-12-09T17:00:00.000Z') // '10/12/2020' (midnight in Hải Phòng)
 */
export function formatDate(value: DateInput, lang: Lang = 'vi'): string {
  return lang === 'vi'
    ? formatter(lang, { day: '2-digit', month: '2-digit', year: 'numeric' }).format(toDate(value))
    : formatter(lang, { day: 'numeric', month: 'long', year: 'numeric' }).format(toDate(value))
}

/**
 * A date with its weekday: `Thứ Năm, 10 tháng 12, 2020` / `Thursday, 10 December 2020`.
 *
 * @example
 * formatLongDate('2020-12-10T02:00:00Z') // 'Thứ Năm, 10 tháng 12, 2020'
 */
export function formatLongDate(value: DateInput, lang: Lang = 'vi'): string {
  return formatter(lang, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(toDate(value))
}

/**
 * A 24-hour clock time in Hải Phòng: `08:30`.
 *
 * @example
 * formatTime('2020-12-10T01:30:00Z') // '08:30'
 */
export function formatTime(value: DateInput, lang: Lang = 'vi'): string {
  return formatter(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    toDate(value),
  )
}

/**
 * Date and time, the way each language puts them: `08:30, 10/12/2020` / `10 December 2020, 08:30`.
 *
 * @example
 * formatDateTime('2020-12-10T01:30:00Z') // '08:30, 10/12/2020'
 */
export function formatDateTime(value: DateInput, lang: Lang = 'vi'): string {
  return lang === 'vi'
    ? `${formatTime(value, lang)}, ${formatDate(value, lang)}`
    : `${formatDate(value, lang)}, ${formatTime(value, lang)}`
}

/**
 * The calendar day in Hải Phòng, as `YYYY-MM-DD` (for comparing days, not for display).
 *
 * @example
 * vietnamDay('2020-12-09T17:00:00Z') // '2020-12-10'
 */
export function vietnamDay(value: DateInput): string {
  const parts = formatter('en', { year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(toDate(value))
    .reduce<Record<string, string>>((acc, part) => ({ ...acc, [part.type]: part.value }), {})
  return `${parts.year}-${parts.month}-${parts.day}`
}

/**
 * An instant as ISO 8601 with Hải Phòng's offset (for `<time datetime>` and JSON-LD), so
 * machines read the same wall-clock time people see.
 *
 * @example
 * toVietnamISO('2020-12-10T01:30:00.000Z') // '2020-12-10T08:30:00+07:00'
 */
export function toVietnamISO(value: DateInput): string {
  const date = toDate(value)
  const local = new Date(date.getTime() + 7 * 60 * 60 * 1000)
  return `${local.toISOString().slice(0, 19)}+07:00`
}

type EventTime = { startsAt: string; endsAt?: string | null; allDay?: boolean | null }

/**
 * When an event takes place, in one line, in Hải Phòng time.
 *
 * @example
 * formatEventTime({ startsAt: '2020-12-10T01:00:00Z', endsAt: '2020-12-10T04:30:00Z' })
 * // 'Thứ Năm, 10 tháng 12, 2020, 08:00–11:30'
 */
export function formatEventTime(event: EventTime, lang: Lang = 'vi'): string {
  const { startsAt, endsAt, allDay } = event
  const sameDay = !endsAt || vietnamDay(startsAt) === vietnamDay(endsAt)
  const allDayLabel = lang === 'vi' ? 'cả ngày' : 'all day'
  if (allDay) {
    return sameDay
      ? `${formatLongDate(startsAt, lang)} (${allDayLabel})`
      : `${formatLongDate(startsAt, lang)} – ${formatLongDate(endsAt!, lang)}`
  }
  if (!endsAt) return `${formatLongDate(startsAt, lang)}, ${formatTime(startsAt, lang)}`
  if (sameDay) {
    return `${formatLongDate(startsAt, lang)}, ${formatTime(startsAt, lang)}–${formatTime(endsAt, lang)}`
  }
  return `${formatTime(startsAt, lang)}, ${formatLongDate(startsAt, lang)} – ${formatTime(endsAt, lang)}, ${formatLongDate(endsAt, lang)}`
}

/**
 * A running time: `12 phút 5 giây` / `12 min 5 s`; hours only when the programme is that long.
 *
 * @example
 * formatDuration(725) // '12 phút 5 giây'
 */
export function formatDuration(seconds: number, lang: Lang = 'vi'): string {
  const units = lang === 'vi' ? (['giờ', 'phút', 'giây'] as const) : (['h', 'min', 's'] as const)
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = Math.round(seconds % 60)
  return [
    [h, units[0]],
    [m, units[1]],
    [s, units[2]],
  ]
    .filter(([n]) => Number(n) > 0)
    .map(([n, unit]) => `${n} ${unit}`)
    .join(' ')
}
