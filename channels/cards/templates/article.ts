import { BRAND, CARD_LABELS } from '../brand'
import { toDate } from '@channels/text'
import { formatCardDate } from '../format'
import type { ArticleCardData } from '../types'
import type { CardTemplate } from './index'
import { footer, frame, goldPill, h, singleLine, titleStyle } from './elements'

/** Tin tức: the kind of news, its topic, the title, then outlet and date. */
export const articleTemplate: CardTemplate<ArticleCardData> = {
  version: 1,
  build(data, text) {
    const title = text(data.title)
    const topic = text(data.topic, 60)
    const date = toDate(data.publishedAt)
    return frame(
      data.locale,
      h(
        'div',
        { display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center' },
        h(
          'div',
          { display: 'flex', alignItems: 'center', marginBottom: 24 },
          goldPill(CARD_LABELS.article[data.locale]),
          topic &&
            singleLine(topic, {
              marginLeft: 18,
              fontSize: 26,
              fontWeight: 600,
              color: BRAND.gold,
              flexShrink: 1,
            }),
        ),
        h(
          'div',
          titleStyle(title, [
            [70, 64, 3],
            [130, 54, 4],
            [Infinity, 46, 5],
          ]),
          title,
        ),
      ),
      footer([text(data.outlet, 80), date && formatCardDate(date, data.locale, data.timeZone)]),
    )
  },
}
