import { CARD_LABELS } from '../brand'
import { toDate } from '@channels/text'
import { formatCardDate } from '../format'
import type { ArticleCardData } from '../types'
import type { CardTemplate } from './index'
import { badgeNote, footer, frame, goldPill, h, headline, middle } from './elements'

/** Tin tức: the kind of news, its topic, the title, then outlet and date. */
export const articleTemplate: CardTemplate<ArticleCardData> = {
  version: 1,
  build(data, text) {
    const title = text(data.title)
    const topic = text(data.topic, 60)
    const date = toDate(data.publishedAt)
    return frame(
      data.locale,
      middle(
        h(
          'div',
          { display: 'flex', alignItems: 'center', marginBottom: 24 },
          goldPill(CARD_LABELS.article[data.locale]),
          badgeNote(topic),
        ),
        headline(title),
      ),
      footer([text(data.outlet, 80), date && formatCardDate(date, data.locale, data.timeZone)]),
    )
  },
}
