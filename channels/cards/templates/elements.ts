import type { ReactElement } from 'react'

import { BRAND, CARD_LABELS } from '../brand'
import { CARD_FONT_FAMILY } from '../fonts'
import type { IconName } from '../icons'
import { ICON_KEY_PREFIX } from '../icons'
import type { CardLocale } from '../types'

/**
 * The building blocks every template shares. Satori takes React-shaped elements; these are
 * built as plain objects so the templates stay `.ts` and need neither React nor a JSX step.
 */
export type Style = Record<string, string | number>
export type Child = ReactElement | string | null | undefined | false
export type CardElement = ReactElement

export function h(type: string, style: Style, ...children: Child[]): CardElement {
  const kept = children.filter((child) => child !== null && child !== undefined && child !== false)
  return {
    type,
    key: null,
    props: { style, children: kept.length === 1 ? kept[0] : kept },
  } as CardElement
}

/**
 * An icon's place in the layout. Satori only reserves the box; the renderer paints the icon
 * there (see `icons.ts`), because every `<img>` in satori's SVG carries a mask that made librsvg
 * several times slower.
 */
export function icon(name: IconName, size: number, style: Style = {}): CardElement {
  return {
    type: 'div',
    key: `${ICON_KEY_PREFIX}${name}`,
    props: { style: { display: 'flex', width: size, height: size, flexShrink: 0, ...style } },
  } as CardElement
}

/** Title size by length: short titles are set large, long ones smaller and on more lines. */
export function titleStyle(text: string, sizes: TitleSizes): Style {
  const length = Array.from(text).length
  const [, fontSize, lines] = sizes.find(([maxChars]) => length <= maxChars) ?? sizes.at(-1)!
  return {
    display: 'block',
    fontSize,
    fontWeight: 700,
    lineHeight: 1.2,
    lineClamp: lines,
    // A 300-character word (a pasted link) must wrap too, not run off the card.
    wordBreak: 'break-word',
    color: BRAND.white,
  }
}

/** Title sizes: up to `maxChars` characters, set at `fontSize` on at most `lines` lines. */
export type TitleSizes = ReadonlyArray<readonly [maxChars: number, fontSize: number, lines: number]>

/** The title sizes of news-like cards (articles, features). */
const NEWS_TITLE_SIZES: TitleSizes = [
  [70, 64, 3],
  [130, 54, 4],
  [Infinity, 46, 5],
]

/** A card's title, sized by its length. */
export const headline = (title: string, sizes: TitleSizes = NEWS_TITLE_SIZES): CardElement =>
  h('div', titleStyle(title, sizes), title)

/** The centred column between a card's brand bar and its footer. */
export const middle = (...children: Child[]): CardElement =>
  h(
    'div',
    { display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center' },
    ...children,
  )

/** The gold line beside a card's badge: an article's topic, a feature's programme. */
export const badgeNote = (text: string | null | undefined): Child =>
  text &&
  singleLine(text, {
    marginLeft: 18,
    fontSize: 26,
    fontWeight: 600,
    color: BRAND.gold,
    flexShrink: 1,
  })

export function pill(text: string, colours: { background: string; color: string }): CardElement {
  return h(
    'div',
    {
      display: 'flex',
      alignItems: 'center',
      padding: '6px 16px',
      borderRadius: 6,
      fontSize: 22,
      fontWeight: 700,
      letterSpacing: 1,
      textTransform: 'uppercase',
      backgroundColor: colours.background,
      color: colours.color,
    },
    text,
  )
}

export const goldPill = (text: string) =>
  pill(text, { background: BRAND.gold, color: BRAND.harbourDeep })

export const redPill = (text: string) => pill(text, { background: BRAND.red, color: BRAND.white })

/** One line of secondary text, cut with an ellipsis rather than wrapped. */
export function singleLine(text: string, style: Style = {}): CardElement {
  return h(
    'div',
    {
      display: 'block',
      lineClamp: 1,
      lineHeight: 1.4,
      wordBreak: 'break-all',
      ...style,
    },
    text,
  )
}

/** An icon followed by one line of text (time, venue). */
export function iconLine(name: IconName, text: string, style: Style = {}): CardElement {
  return h(
    'div',
    { display: 'flex', alignItems: 'center', fontSize: 28, color: BRAND.mist, ...style },
    icon(name, 30, { marginRight: 14 }),
    singleLine(text, { flexShrink: 1 }),
  )
}

/** The footer: facts joined by a middle dot, one line. */
export function footer(facts: Array<string | null | undefined>): CardElement {
  const text = facts.filter(Boolean).join(' · ')
  return h(
    'div',
    { display: 'flex', flexDirection: 'column', flexShrink: 0, marginTop: 24 },
    h('div', { height: 1, backgroundColor: BRAND.line }),
    h(
      'div',
      { display: 'flex', height: 56, paddingTop: 18, fontSize: 26, color: BRAND.mist },
      text && singleLine(text),
    ),
  )
}

/**
 * The frame every card shares: the portal's mark and name, then the template's body and footer.
 * No background here: the ground (harbour blue, rings, red and gold band) is `background.ts`,
 * which `renderCardSvg` draws under this layer.
 */
export function frame(locale: CardLocale, body: CardElement, foot: CardElement): CardElement {
  return h(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      width: '100%',
      height: '100%',
      boxSizing: 'border-box',
      padding: '50px 72px 40px 72px',
      fontFamily: CARD_FONT_FAMILY,
      color: BRAND.white,
    },
    h(
      'div',
      { display: 'flex', alignItems: 'center', height: 48, marginBottom: 30, flexShrink: 0 },
      icon('logo', 48, { marginRight: 16 }),
      singleLine(CARD_LABELS.portal[locale], {
        fontSize: 22,
        fontWeight: 600,
        letterSpacing: 0.5,
        color: BRAND.mist,
        textTransform: 'uppercase',
      }),
    ),
    h(
      'div',
      { display: 'flex', flexDirection: 'column', flexGrow: 1, flexShrink: 1, minHeight: 0 },
      body,
    ),
    foot,
  )
}
