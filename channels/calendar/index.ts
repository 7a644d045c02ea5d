/**
 * iCalendar (RFC 5545) for events: pure functions, no Astro. The site's endpoints map events
 * to `CalendarEvent`s and return `generateEventIcs()` (one event) or `generateCalendarIcs()`
 * (the subscribable calendar) with `ICS_CONTENT_TYPE`.
 */
export { buildEventCalendar, generateCalendarIcs, generateEventIcs, ICS_CONTENT_TYPE } from './ics'
export type { CalendarEvent, CalendarLanguage, CalendarOptions } from './types'
