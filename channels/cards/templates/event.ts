import { BRAND, CARD_LABELS } from '../brand'
import { toDate } from '@channels/text'
import {
  formatCardDate,
  formatCardOffset,
  formatCardTime,
  getDateParts,
  isSameLocalDay,
} from '../format'
import type { CardLocale, EventCardData } from '../types'
import type { CardTemplate } from './index'
import { footer, frame, goldPill, h, headline, iconLine, pill, redPill } from './elements'

/**
 * Sự kiện: a calendar-page date block beside the title, time and venue. A cancelled or
 * postponed event says so in a pill next to "Sự kiện", so an old share is not misread.
 */
export const eventTemplate: CardTemplate<EventCardData> = {
  version: 1,
  build(data, text) {
    const { locale } = data
    const title = text(data.title)
    const starts = toDate(data.startsAt)
    if (!starts) throw new Error(`Event card "${data.title}": startsAt is not a valid date`)
    const ends = toDate(data.endsAt)
    const parts = getDateParts(starts, locale, data.timeZone)
    const statusLabel = text(data.statusLabel, 40)
    const venue = text(data.venue, 120)
    const where = venue || (data.online ? CARD_LABELS.online[locale] : '')
    return frame(
      locale,
      h(
        'div',
        { display: 'flex', flexGrow: 1, alignItems: 'center' },
        h(
          'div',
          {
            display: 'flex',
            flexDirection: 'column',
            alignItems: 'center',
            width: 220,
            flexShrink: 0,
            marginRight: 48,
            borderRadius: 14,
            backgroundColor: BRAND.white,
            color: BRAND.harbourDeep,
          },
          h(
            'div',
            {
              display: 'flex',
              justifyContent: 'center',
              width: '100%',
              padding: '10px 0',
              borderRadius: '14px 14px 0 0',
              backgroundColor: BRAND.red,
              color: BRAND.white,
              fontSize: 26,
              fontWeight: 700,
              textTransform: 'uppercase',
            },
            locale === 'vi' ? parts.month : `${parts.month} ${parts.year}`,
          ),
          h('div', { display: 'flex', fontSize: 104, fontWeight: 700, lineHeight: 1.1 }, parts.day),
          h(
            'div',
            {
              display: 'flex',
              fontSize: 24,
              fontWeight: 600,
              paddingBottom: 16,
              color: BRAND.harbour,
            },
            locale === 'vi' ? `${parts.weekday}, ${parts.year}` : parts.weekday,
          ),
        ),
        h(
          'div',
          { display: 'flex', flexDirection: 'column', flexGrow: 1, flexShrink: 1, minWidth: 0 },
          h(
            'div',
            { display: 'flex', alignItems: 'center', marginBottom: 20 },
            goldPill(CARD_LABELS.event[locale]),
            statusPill(data.status, statusLabel),
          ),
          headline(title, [
            [60, 52, 3],
            [110, 44, 4],
            [Infinity, 38, 4],
          ]),
          h(
            'div',
            { display: 'flex', flexDirection: 'column', marginTop: 22 },
            iconLine('clock', describeTime(data, starts, ends, locale)),
            where &&
              iconLine(venue ? 'pin' : 'globe', where, {
                marginTop: 10,
              }),
          ),
        ),
      ),
      footer([text(data.organiser, 100)]),
    )
  },
}

/** A red pill for a cancelled event, a white one for a postponed event; none without a label. */
function statusPill(status: EventCardData['status'], label: string) {
  if (!label) return null
  if (status === 'cancelled') return h('div', { display: 'flex', marginLeft: 12 }, redPill(label))
  if (status === 'postponed') {
    return h(
      'div',
      { display: 'flex', marginLeft: 12 },
      pill(label, { background: BRAND.white, color: BRAND.red }),
    )
  }
  return null
}

function describeTime(
  data: EventCardData,
  starts: Date,
  ends: Date | undefined,
  locale: CardLocale,
) {
  const { timeZone } = data
  const date = (instant: Date) => formatCardDate(instant, locale, timeZone)
  const time = (instant: Date) => formatCardTime(instant, locale, timeZone)
  if (data.allDay) {
    if (ends && !isSameLocalDay(starts, ends, timeZone)) return `${date(starts)} – ${date(ends)}`
    return CARD_LABELS.allDay[locale]
  }
  const offset = `(${formatCardOffset(starts, timeZone)})`
  if (!ends) return `${time(starts)} ${offset}`
  if (isSameLocalDay(starts, ends, timeZone)) return `${time(starts)} – ${time(ends)} ${offset}`
  return `${time(starts)} ${date(starts)} – ${time(ends)} ${date(ends)}`
}
