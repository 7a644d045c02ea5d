import type { CardLocale } from './types'

/** Every date and time on a card is Hải Phòng time, whatever the build machine's zone. */
export const CARD_TIMEZONE = 'Asia/Ho_Chi_Minh'

const INTL_LOCALE: Record<CardLocale, string> = { vi: 'vi-VN', en: 'en-GB' }

const formatters = new Map<string, Intl.DateTimeFormat>()

function format(date: Date, locale: CardLocale, options: Intl.DateTimeFormatOptions): string {
  const key = locale + JSON.stringify(options)
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      timeZone: CARD_TIMEZONE,
      ...options,
    })
    formatters.set(key, formatter)
  }
  return formatter.format(date)
}

/** Parses an ISO string or Date; `undefined` for missing or invalid input. */
export function toDate(value: string | Date | null | undefined): Date | undefined {
  if (!value) return undefined
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date
}

/**
 * The date as readers of each language write it: `15/03/2025` in Vietnamese (the house style),
 * `15 March 2025` in English.
 *
 * @example
 * formatCardDate(new Date('2025-03-14T18:30:00Z'), 'vi') // '15/03/2025' (01:30 in Hải Phòng)
 */
export function formatCardDate(date: Date, locale: CardLocale): string {
  return locale === 'vi'
    ? format(date, locale, { day: '2-digit', month: '2-digit', year: 'numeric' })
    : format(date, locale, { day: 'numeric', month: 'long', year: 'numeric' })
}

/** `09:00`, 24-hour clock in both languages. */
export function formatCardTime(date: Date, locale: CardLocale): string {
  return format(date, locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
}

/** The parts of the event date block: `{ day: '15', month: 'Tháng 3', weekday: 'Thứ Bảy', year }` */
export function getDateParts(date: Date, locale: CardLocale) {
  return {
    day: format(date, locale, { day: 'numeric' }),
    month: format(date, locale, { month: locale === 'vi' ? 'long' : 'short' }),
    weekday: format(date, locale, { weekday: 'long' }),
    year: format(date, locale, { year: 'numeric' }),
  }
}

/** True when both instants fall on the same calendar day in Hải Phòng. */
export function isSameLocalDay(a: Date, b: Date): boolean {
  return formatCardDate(a, 'vi') === formatCardDate(b, 'vi')
}
