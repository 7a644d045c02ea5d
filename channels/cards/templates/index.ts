import type { CardData, CardType } from '../types'
import { articleTemplate } from './article'
import type { CardElement } from './elements'
import { eventTemplate } from './event'
import { featureTemplate } from './feature'
import { policyNoticeTemplate } from './policy-notice'

/** Prepares one string for the card (see `toCardText`); `maxLength` defaults to 300. */
export type CardText = (input: string | null | undefined, maxLength?: number) => string

export interface CardTemplate<T extends CardData> {
  /**
   * Raise on any visible change to the template: it is part of the cache key, so every card of
   * this type is drawn again on the next build.
   */
  version: number
  build(data: T, text: CardText): CardElement
}

type Templates = { [K in CardType]: CardTemplate<Extract<CardData, { type: K }>> }

export const CARD_TEMPLATES: Templates = {
  article: articleTemplate,
  feature: featureTemplate,
  'policy-notice': policyNoticeTemplate,
  event: eventTemplate,
}

export function getTemplate<T extends CardData>(data: T): CardTemplate<T> {
  const template = CARD_TEMPLATES[data.type] as CardTemplate<T> | undefined
  if (!template) throw new Error(`No share-card template for type "${String(data.type)}"`)
  return template
}
