import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import type { CardData } from '@channels/cards'
import { CARD_HEIGHT, CARD_WIDTH, renderCard, renderCardSvg } from '@channels/cards'
import { getCardFonts } from '@channels/cards/fonts'
import { SAMPLE_CARDS, SAMPLE_CARDS_EN } from '@channels/cards/samples'
import { toCardText } from '@channels/cards/text'

const ALL_SAMPLES = [
  ...Object.entries(SAMPLE_CARDS).map(([name, card]) => [`${name} (vi)`, card] as const),
  ...Object.entries(SAMPLE_CARDS_EN).map(([name, card]) => [`${name} (en)`, card] as const),
]

const LONG = 'Phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo thành phố Hải Phòng '
const TITLE_300 = LONG.repeat(5).slice(0, 300)
const HOSTILE_500 =
  '<script>alert("x")</script> & "quotes" \'apos\' \u202Eđảo chiều\u202C \u200F ' +
  'Ha\u0309i Pho\u0300ng'.normalize('NFD') +
  ' 🚀🇻🇳👩‍💻 ' +
  'https://example.vn/' +
  'a'.repeat(200) +
  ' ' +
  LONG.repeat(4)

/** Each sample with every text field replaced by `text`. */
function withText(card: CardData, text: string): CardData {
  switch (card.type) {
    case 'article':
      return { ...card, title: text, topic: text, outlet: text }
    case 'feature':
      return { ...card, title: text, programme: text, outlet: text, page: text }
    case 'policy-notice':
      return {
        ...card,
        title: text,
        abstract: text,
        issuingBody: text,
        documentNumber: text,
        documentTypeLabel: text,
      }
    case 'event':
      return {
        ...card,
        title: text,
        venue: text,
        organiser: text,
        status: 'cancelled',
        statusLabel: text,
      }
  }
}

interface Box {
  left: number
  top: number
  width: number
  height: number
  text: string
}

async function layout(card: CardData) {
  const boxes: Box[] = []
  const missing: string[] = []
  await renderCardSvg(card, {
    onNodeDetected: (node) => boxes.push({ ...node, text: node.textContent ?? '' }),
    onMissingGlyphs: (text) => missing.push(text),
  })
  return { boxes, missing }
}

describe('renderCard', () => {
  it.each(ALL_SAMPLES)('renders %s as a 1200×630 PNG', async (_name, card) => {
    const png = await renderCard(card)
    const meta = await sharp(png).metadata()
    expect(meta).toMatchObject({ format: 'png', width: CARD_WIDTH, height: CARD_HEIGHT })
    expect(png.length).toBeLessThan(300 * 1024)
    // Not a blank image: the title's white text is there.
    const { channels } = await sharp(png).stats()
    expect(channels[0]!.max).toBeGreaterThan(240)
  })

  describe.each(ALL_SAMPLES)('%s', (_name, sample) => {
    it.each([
      ['a 300-character title', TITLE_300],
      ['500 characters of hostile text', HOSTILE_500],
    ])('keeps %s inside the card, clamped, with no glyph missing', async (_label, text) => {
      const { boxes, missing } = await layout(withText(sample, text))
      expect(missing).toEqual([])
      const textBoxes = boxes.filter((box) => box.text)
      expect(textBoxes.length).toBeGreaterThan(0)
      for (const box of boxes) {
        expect(box.left).toBeGreaterThanOrEqual(0)
        expect(box.top).toBeGreaterThanOrEqual(0)
        expect(box.left + box.width).toBeLessThanOrEqual(CARD_WIDTH)
        expect(box.top + box.height).toBeLessThanOrEqual(CARD_HEIGHT)
      }
      // Text keeps the card's margins (72 px at the sides, 40 px at the bottom).
      for (const box of textBoxes) {
        expect(box.left).toBeGreaterThanOrEqual(72)
        expect(box.left + box.width).toBeLessThanOrEqual(CARD_WIDTH - 72 + 1)
        expect(box.top + box.height).toBeLessThanOrEqual(CARD_HEIGHT - 40 + 1)
      }
    })
  })

  it('draws a decomposed (NFD) title exactly like the composed one', async () => {
    const nfc = SAMPLE_CARDS.article
    const nfd = { ...nfc, title: nfc.title.normalize('NFD'), topic: nfc.topic.normalize('NFD') }
    expect(nfd.title).not.toBe(nfc.title)
    expect((await renderCard(nfd)).equals(await renderCard(nfc))).toBe(true)
  })

  it('ignores bidi controls and emoji instead of drawing them or reordering the line', async () => {
    const plain = { ...SAMPLE_CARDS.event, title: 'Ngày hội khởi nghiệp Hải Phòng' }
    const spiked = { ...plain, title: '\u202E🚀 Ngày hội \u200Dkhởi nghiệp\u202C 🇻🇳 Hải Phòng 👩‍💻' }
    expect((await renderCard(spiked)).equals(await renderCard(plain))).toBe(true)
  })

  it('shows a cancelled event as cancelled', async () => {
    const { boxes } = await layout({
      ...SAMPLE_CARDS.event,
      status: 'cancelled',
      statusLabel: 'Đã hủy',
    })
    expect(boxes.map((box) => box.text)).toContain('Đã hủy')
    const en = await layout({
      ...SAMPLE_CARDS_EN.event,
      status: 'postponed',
      statusLabel: 'Postponed',
    })
    expect(en.boxes.map((box) => box.text)).toContain('Postponed')
  })

  it('writes dates and times on Hải Phòng clocks', async () => {
    // 23:30Z on the 14th is 06:30 on the 15th in Hải Phòng.
    const feature = { ...SAMPLE_CARDS.feature, airDate: '2025-03-14T23:30:00Z' }
    const texts = (await layout(feature)).boxes.map((box) => box.text)
    expect(texts).toContain('Phát sóng 06:30, 15/03/2025 · Đài Phát thanh và Truyền hình Hải Phòng')
    const event = (await layout(SAMPLE_CARDS.event)).boxes.map((box) => box.text)
    expect(event).toEqual(
      expect.arrayContaining(['Tháng 3', '15', 'Thứ Bảy, 2025', '09:00 – 17:30 (GMT+7)']),
    )
  })

  it('prints the document type and number of a policy notice', async () => {
    const texts = (await layout(SAMPLE_CARDS.policyNotice)).boxes.map((box) => box.text)
    expect(texts).toEqual(
      expect.arrayContaining(['Kế hoạch', 'Số 281/KH-UBND', 'Ủy ban nhân dân thành phố Hải Phòng']),
    )
  })
})

describe('toCardText', () => {
  const { coverage } = getCardFonts()
  it.each([
    ['Ha\u0309i Pho\u0300ng', 'Hải Phòng'],
    ['  nhiều   khoảng\ttrắng\n ', 'nhiều khoảng trắng'],
    ['🚀 Khởi nghiệp 🇻🇳', 'Khởi nghiệp'],
    ['\u202Eđảo\u202C chiều\u200F', 'đảo chiều'],
    ['Hải Phòng 海防', 'Hải Phòng'],
    ['<script>&"\'', '<script>&"\''],
    ['a\u0000b\u0007c', 'a b c'],
    ['© 2025 – “Hải Phòng” … €', '© 2025 – “Hải Phòng” … €'],
  ])('%j → %j', (input, output) => {
    expect(toCardText(input, coverage)).toBe(output)
  })

  it('cuts long text at a word, with an ellipsis, within the limit', () => {
    const text = toCardText(TITLE_300 + TITLE_300, coverage)
    expect(Array.from(text).length).toBeLessThanOrEqual(300)
    expect(text.endsWith('…')).toBe(true)
  })
})
