import type { CardLocale } from './types'

const INTL_LOCALE: Record<CardLocale, string> = { vi: 'vi-VN', en: 'en-GB' }

const formatters = new Map<string, Intl.DateTimeFormat>()

/** Formats on the clocks of `timeZone` (the card's), whatever the build machine's zone. */
function format(
  date: Date,
  locale: CardLocale,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
): string {
  const key = `${locale}:${timeZone}:${JSON.stringify(options)}`
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone, ...options })
    formatters.set(key, formatter)
  }
  return formatter.format(date)
}

/**
 * The date as readers of each language write it: `15/03/2025` in Vietnamese (the house style),
 * `15 March 2025` in English.
 *
 * @example
 * formatCardDate(new Date('2025-03-14T18:30:00Z'), 'vi', 'Asia/Ho_Chi_Minh') // '15/03/2025'
 */
export function formatCardDate(date: Date, locale: CardLocale, timeZone: string): string {
  return locale === 'vi'
    ? format(date, locale, timeZone, { day: '2-digit', month: '2-digit', year: 'numeric' })
    : format(date, locale, timeZone, { day: 'numeric', month: 'long', year: 'numeric' })
}

/**
 * `09:00`, 24-hour clock in both languages.
 *
 * @example
 * formatCardTime(new Date('2025-03-15T02:00:00Z'), 'vi', 'Asia/Ho_Chi_Minh') // '09:00'
 */
export function formatCardTime(date: Date, locale: CardLocale, timeZone: string): string {
  return format(date, locale, timeZone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
}

/**
 * The zone's offset at `date` as readers know it.
 *
 * @example
 * formatCardOffset(new Date('2025-03-15T02:00:00Z'), 'Asia/Ho_Chi_Minh') // 'GMT+7'
 */
export function formatCardOffset(date: Date, timeZone: string): string {
  const formatter = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'shortOffset' })
  return formatter.formatToParts(date).find((part) => part.type === 'timeZoneName')!.value
}

/** The parts of the event date block: `{ day: '15', month: 'Tháng 3', weekday: 'Thứ Bảy', year }` */
export function getDateParts(date: Date, locale: CardLocale, timeZone: string) {
  return {
    day: format(date, locale, timeZone, { day: 'numeric' }),
    month: format(date, locale, timeZone, { month: locale === 'vi' ? 'long' : 'short' }),
    weekday: format(date, locale, timeZone, { weekday: 'long' }),
    year: format(date, locale, timeZone, { year: 'numeric' }),
  }
}

/** True when both instants fall on the same calendar day in `timeZone`. */
export function isSameLocalDay(a: Date, b: Date, timeZone: string): boolean {
  return formatCardDate(a, 'vi', timeZone) === formatCardDate(b, 'vi', timeZone)
}
