import type { APIRoute } from 'astro'

import { generateCalendarIcs, ICS_CONTENT_TYPE } from '@channels/calendar'
import { calendarOptions, calendarPaths, toCalendarEvent } from '@site/lib/endpoints/calendar'
import type { Lang } from '@site/lib/i18n'
import type { EventEntry } from '@site/lib/types'

/** Every event as one subscribable calendar: `/su-kien/lich.ics` (`webcal://` works too). */
export const getStaticPaths = calendarPaths

export const GET: APIRoute = ({ props, site }) => {
  const { lang, events } = props as { lang: Lang; events: EventEntry[] }
  const ics = generateCalendarIcs(
    events.map((event) => toCalendarEvent(event, lang, site!)),
    calendarOptions(lang, site!),
  )
  return new Response(ics, { headers: { 'Content-Type': ICS_CONTENT_TYPE } })
}
