import satori from 'satori'
import { describe, expect, it } from 'vitest'

import { CARD_FONT_FAMILY, CARD_FONT_WEIGHTS, getCardFonts } from '@channels/cards/fonts'
import { SAMPLE_CARDS, SAMPLE_CARDS_EN } from '@channels/cards/samples'

/** Every letter of Vietnamese, upper and lower case: 12 vowels × 6 tones, the consonants, đĐ. */
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] // ngang huyền sắc hỏi ngã nặng
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y']
const CONSONANTS = 'bcdđghklmnpqrstvx'.split('')
const LOWER = [
  ...VOWELS.flatMap((vowel) => TONES.map((tone) => (vowel + tone).normalize('NFC'))),
  ...CONSONANTS,
  // Not native, but in names and loanwords on the portal.
  'f',
  'j',
  'w',
  'z',
]
const ALPHABET = [...LOWER, ...LOWER.map((letter) => letter.toUpperCase())]

const SAMPLE_TITLES = [
  'Khởi nghiệp đổi mới sáng tạo Hải Phòng',
  'Ủy ban nhân dân thành phố Hải Phòng ban hành Kế hoạch số 281/KH-UBND',
  'Quỹ hỗ trợ doanh nghiệp nhỏ và vừa: hướng dẫn hồ sơ, thủ tục',
  'Thứ Bảy, 15 tháng 3, 2025 — Trung tâm Hội nghị, Đồ Sơn, Thuỷ Nguyên, Cát Bà',
  'ỨNG DỤNG CÔNG NGHỆ SỐ TRONG NGHỀ CÁ Ở CÁT HẢI: “NGƯỜI TRẺ DẪN ĐẦU”',
  ...[...Object.values(SAMPLE_CARDS), ...Object.values(SAMPLE_CARDS_EN)].map((card) => card.title),
]

/** Renders `text` with the card fonts and returns what satori could not find a glyph for. */
async function findMissingGlyphs(text: string, weight: number): Promise<string[]> {
  const missing: string[] = []
  const svg = await satori(
    {
      type: 'div',
      key: null,
      props: {
        style: {
          display: 'flex',
          flexWrap: 'wrap',
          fontFamily: CARD_FONT_FAMILY,
          fontWeight: weight,
          fontSize: 32,
        },
        children: text,
      },
    },
    {
      width: 2000,
      height: 2000,
      fonts: getCardFonts().fonts,
      loadAdditionalAsset: async (_language, segment) => {
        missing.push(segment)
        return []
      },
    },
  )
  expect(svg).toMatch(/<path[^>]* d="[^"]+"/)
  return missing
}

/** The outline satori draws for one character alone (empty when it has no glyph). */
async function outlineOf(char: string, weight: number): Promise<string> {
  const svg = await satori(
    {
      type: 'div',
      key: null,
      props: {
        style: { display: 'flex', fontFamily: CARD_FONT_FAMILY, fontWeight: weight, fontSize: 40 },
        children: char,
      },
    },
    { width: 100, height: 100, fonts: getCardFonts().fonts, loadAdditionalAsset: async () => [] },
  )
  return [...svg.matchAll(/ d="([^"]*)"/g)].map((match) => match[1]).join('')
}

describe('card fonts', () => {
  it('cover the full Vietnamese alphabet (134 letters with tones, both cases)', () => {
    expect(ALPHABET).toHaveLength(2 * (12 * 6 + 17 + 4))
    expect(new Set(ALPHABET).size).toBe(ALPHABET.length)
    const { coverage } = getCardFonts()
    expect(ALPHABET.filter((letter) => !coverage(letter.codePointAt(0)!))).toEqual([])
  })

  it.each(CARD_FONT_WEIGHTS.map((weight) => [weight]))(
    'draw every Vietnamese letter and sample title at weight %i',
    async (weight) => {
      expect(await findMissingGlyphs(ALPHABET.join(' '), weight)).toEqual([])
      expect(await findMissingGlyphs(SAMPLE_TITLES.join(' · '), weight)).toEqual([])
    },
  )

  it('give every letter a real outline, distinct from its base letter', async () => {
    const outlines = new Map<string, string>()
    for (const letter of ALPHABET) outlines.set(letter, await outlineOf(letter, 700))
    const blank = ALPHABET.filter((letter) => !outlines.get(letter))
    expect(blank).toEqual([])
    // A toned letter drawn without its marks would look like the bare vowel.
    const lostMarks = ALPHABET.filter((letter) => {
      const base = letter.normalize('NFD')[0]!
      return base !== letter && outlines.get(letter) === outlines.get(base)
    })
    expect(lostMarks).toEqual([])
  })

  it('would notice a missing glyph (the check can fail)', async () => {
    expect(await findMissingGlyphs('Hải Phòng 海防 🚀', 400)).toEqual(
      expect.arrayContaining([expect.stringContaining('海防')]),
    )
    expect(await outlineOf('海', 400)).toBe('')
  })

  it('are registered as one family per subset: one shared family drops the Vietnamese letters', async () => {
    const { fonts } = getCardFonts()
    const families = new Set(fonts.map((font) => font.name))
    expect(families.size).toBe(3)
    // The failure this layout avoids, reproduced: latin and vietnamese files under one name.
    const merged = fonts.map((font) => ({ ...font, name: 'OneFamily' }))
    const missing: string[] = []
    await satori(
      {
        type: 'div',
        key: null,
        props: { style: { display: 'flex', fontFamily: 'OneFamily' }, children: 'Hải Phòng' },
      },
      {
        width: 400,
        height: 100,
        fonts: merged,
        loadAdditionalAsset: async (_language, segment) => {
          missing.push(segment)
          return []
        },
      },
    )
    expect(missing.join('')).toContain('ả')
  })
})
