import { BRAND, CARD_LABELS } from '../brand'
import { toDate } from '@channels/text'
import { formatCardDate, formatCardTime } from '../format'
import type { CardLocale, FeatureCardData } from '../types'
import type { CardTemplate } from './index'
import { badgeNote, footer, frame, h, headline, icon, middle, pill } from './elements'

/** Phóng sự: a TV/radio/print badge, the programme or column, the title, air date and outlet. */
export const featureTemplate: CardTemplate<FeatureCardData> = {
  version: 1,
  build(data, text) {
    const title = text(data.title)
    const programme = text(data.programme, 80)
    const broadcast = data.format === 'tv' || data.format === 'radio'
    return frame(
      data.locale,
      middle(
        h(
          'div',
          { display: 'flex', alignItems: 'center', marginBottom: 24 },
          h(
            'div',
            {
              display: 'flex',
              alignItems: 'center',
              padding: '6px 16px 6px 10px',
              borderRadius: 6,
              backgroundColor: BRAND.red,
            },
            broadcast && icon('play', 24, { marginRight: 2 }),
            pill(CARD_LABELS.featureFormat[data.format][data.locale], {
              background: BRAND.red,
              color: BRAND.white,
            }),
          ),
          badgeNote(programme),
        ),
        headline(title),
      ),
      footer([describeAirDate(data, text(data.page, 20), data.locale), text(data.outlet, 80)]),
    )
  },
}

function describeAirDate(
  data: FeatureCardData,
  page: string,
  locale: CardLocale,
): string | undefined {
  const date = toDate(data.airDate)
  if (!date) return undefined
  const day = formatCardDate(date, locale, data.timeZone)
  switch (data.format) {
    case 'tv':
    case 'radio':
      return `${CARD_LABELS.aired[locale]} ${formatCardTime(date, locale, data.timeZone)}, ${day}`
    case 'newspaper':
      return `${CARD_LABELS.edition[locale]} ${day}${page ? `, ${CARD_LABELS.page[locale].toLowerCase()} ${page}` : ''}`
    default:
      return `${CARD_LABELS.published[locale]} ${day}`
  }
}
