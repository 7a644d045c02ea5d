import type { APIRoute } from 'astro'

import { generateEventIcs, ICS_CONTENT_TYPE } from '@channels/calendar'
import { calendarOptions, eventIcsPaths, toCalendarEvent } from '@site/lib/endpoints/calendar'
import type { Lang } from '@site/lib/i18n'
import type { EventEntry } from '@site/lib/types'

/** One event for "add to calendar": `/su-kien/<slug>.ics`. */
export const getStaticPaths = eventIcsPaths

export const GET: APIRoute = ({ props, site }) => {
  const { lang, event } = props as { lang: Lang; event: EventEntry }
  const ics = generateEventIcs(toCalendarEvent(event, lang, site!), calendarOptions(lang, site!))
  return new Response(ics, { headers: { 'Content-Type': ICS_CONTENT_TYPE } })
}
