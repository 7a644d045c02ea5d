import { BRAND, CARD_LABELS } from '../brand'
import { toDate } from '@channels/text'
import { formatCardDate } from '../format'
import type { PolicyNoticeCardData } from '../types'
import type { CardTemplate } from './index'
import { footer, frame, goldPill, h, headline, middle, singleLine } from './elements'

/**
 * Văn bản: set like the head of an official document — type and number, the issuing body in
 * capitals, then the trích yếu (what the document is about) as the main text.
 */
export const policyNoticeTemplate: CardTemplate<PolicyNoticeCardData> = {
  version: 1,
  build(data, text) {
    const typeLabel = text(data.documentTypeLabel, 40)
    const number = text(data.documentNumber, 40)
    const abstract = text(data.abstract) || text(data.title)
    const issued = toDate(data.issueDate)
    return frame(
      data.locale,
      middle(
        h(
          'div',
          { display: 'flex', alignItems: 'center' },
          goldPill(typeLabel || CARD_LABELS.policyNotice[data.locale]),
          number &&
            singleLine(`${CARD_LABELS.number[data.locale]} ${number}`, {
              marginLeft: 18,
              fontSize: 30,
              fontWeight: 700,
              color: BRAND.white,
              flexShrink: 1,
            }),
        ),
        singleLine(text(data.issuingBody, 120), {
          marginTop: 18,
          fontSize: 24,
          fontWeight: 600,
          letterSpacing: 0.5,
          textTransform: 'uppercase',
          color: BRAND.mist,
        }),
        h(
          'div',
          {
            display: 'flex',
            marginTop: 26,
            paddingLeft: 26,
            borderLeft: `6px solid ${BRAND.red}`,
          },
          headline(abstract, [
            [80, 52, 3],
            [150, 44, 4],
            [Infinity, 38, 5],
          ]),
        ),
      ),
      footer([
        CARD_LABELS.policyNotice[data.locale],
        issued &&
          `${CARD_LABELS.issued[data.locale]} ${formatCardDate(issued, data.locale, data.timeZone)}`,
      ]),
    )
  },
}
