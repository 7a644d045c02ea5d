import { describe, expect, it } from 'vitest'

import { clampText, escapeHtml, removeInvisibleCharacters, toDate, toHttpUrl } from '@channels/text'

describe('escapeHtml', () => {
  it.each([
    ['<b title="x">', '&lt;b title=&quot;x&quot;&gt;'],
    ["Tom & Jerry's", 'Tom &amp; Jerry&#39;s'],
    ['&lt;', '&amp;lt;'],
    ['Hải Phòng', 'Hải Phòng'],
    ['', ''],
  ])('%j → %j', (input, output) => {
    expect(escapeHtml(input)).toBe(output)
  })
})

describe('clampText', () => {
  it.each([
    ['Khởi nghiệp đổi mới sáng tạo', 16, 'Khởi nghiệp đổi…'],
    ['Khởi nghiệp đổi mới sáng tạo', 100, 'Khởi nghiệp đổi mới sáng tạo'],
    ['  Hải \n\t Phòng  ', 100, 'Hải Phòng'],
    // The cut falls right before a space: the whole last word is kept.
    ['Hải Phòng khởi nghiệp', 10, 'Hải Phòng…'],
    // Punctuation left at the cut goes.
    ['Hải Phòng, khởi nghiệp', 11, 'Hải Phòng…'],
    // No space close enough: cut inside the word rather than lose most of the text.
    ['Hải Phòngkhởinghiệpđổimới', 12, 'Hải Phòngkh…'],
    // Code points, not UTF-16 units: an emoji is never split.
    ['🚀🚀🚀🚀🚀', 3, '🚀🚀…'],
  ])('%j at %i → %j', (input, max, output) => {
    const clamped = clampText(input, max)
    expect(clamped).toBe(output)
    expect(Array.from(clamped).length).toBeLessThanOrEqual(max)
  })
})

describe('toDate', () => {
  it.each([
    ['2025-03-15T02:00:00.000Z', Date.UTC(2025, 2, 15, 2)],
    [new Date(Date.UTC(2020, 11, 9, 17)), Date.UTC(2020, 11, 9, 17)],
    ['not a date', undefined],
    ['', undefined],
    [null, undefined],
    [undefined, undefined],
  ])('%j → %j', (input, time) => {
    expect(toDate(input)?.getTime()).toBe(time)
  })

  it('returns a copy, so callers may change it', () => {
    const original = new Date(0)
    expect(toDate(original)).not.toBe(original)
  })
})

describe('toHttpUrl', () => {
  it.each([
    ['https://example.vn/a?b=1', undefined, 'https://example.vn/a?b=1'],
    ['/media/a.jpg', 'https://example.vn', 'https://example.vn/media/a.jpg'],
    [' http://example.vn ', undefined, 'http://example.vn/'],
    ['javascript:alert(1)', undefined, undefined],
    ['data:text/html,<b>x</b>', 'https://example.vn', undefined],
    ['mailto:a@example.vn', undefined, undefined],
    ['/relative', undefined, undefined],
    ['', 'https://example.vn', undefined],
    [null, undefined, undefined],
  ])('%j against %j → %j', (input, base, output) => {
    expect(toHttpUrl(input, base)).toBe(output)
  })
})

describe('removeInvisibleCharacters', () => {
  // [what, input, one line, multi-line]
  it.each([
    [
      'plain Vietnamese stays',
      'Khởi nghiệp Hải Phòng',
      'Khởi nghiệp Hải Phòng',
      'Khởi nghiệp Hải Phòng',
    ],
    ['right-to-left override', 'Hải\u202E gnp.exe', 'Hải gnp.exe', 'Hải gnp.exe'],
    ['embeddings and pop', '\u202A\u202B\u202C\u202Dx', 'x', 'x'],
    ['isolates', '\u2066a\u2067b\u2068c\u2069', 'abc', 'abc'],
    ['bidi marks and the Arabic letter mark', 'a\u200Eb\u200Fc\u061Cd', 'abcd', 'abcd'],
    [
      'zero-width space, non-joiner, word joiner',
      'khởi\u200Bng\u200Chiệp\u2060',
      'khởinghiệp',
      'khởinghiệp',
    ],
    ['a joiner between letters', 'Hả\u200Di', 'Hải', 'Hải'],
    ['BOM and soft hyphen', '\uFEFFkhởi\u00ADnghiệp', 'khởinghiệp', 'khởinghiệp'],
    [
      'invisible operators, Hangul filler, annotation',
      'a\u2062b\u3164c\uFFF9d\uFFFB',
      'abcd',
      'abcd',
    ],
    ['tag characters hiding text', 'ok\u{E0049}\u{E0047}\u{E004E}', 'ok', 'ok'],
    ['C0 controls', 'a\u0000b\u0007c\u001Bd', 'abcd', 'abcd'],
    ['DEL and C1 controls', 'a\u007Fb\u0080c\u009Fd', 'abcd', 'abcd'],
    ['tab', 'a\tb', 'a b', 'a\tb'],
    [
      'line breaks of every kind',
      'a\nb\r\nc\rd\u2028e\u2029f\u0085g',
      'a b c d e f g',
      'a\nb\nc\nd\ne\nf\ng',
    ],
    ['vertical tab and form feed', 'a\u000Bb\u000Cc', 'a b c', 'a\nb\nc'],
    ['emoji ZWJ sequence', 'Lập trình 👩\u200D💻', 'Lập trình 👩\u200D💻', 'Lập trình 👩\u200D💻'],
    [
      'ZWJ sequence with skin tone and VS16',
      '👨🏽\u200D🚀 🏳\uFE0F\u200D🌈',
      '👨🏽\u200D🚀 🏳\uFE0F\u200D🌈',
      '👨🏽\u200D🚀 🏳\uFE0F\u200D🌈',
    ],
    ['a joiner left dangling after an emoji', '🚀\u200D!', '🚀!', '🚀!'],
    ['variation selector', '❤\uFE0F và ❤\uFE0E', '❤\uFE0F và ❤\uFE0E', '❤\uFE0F và ❤\uFE0E'],
    [
      'subdivision flag',
      '🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}',
      '🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}',
      '🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}',
    ],
    ['ordinary spaces are left alone', '  a  b  ', '  a  b  ', '  a  b  '],
    ['empty', '', '', ''],
  ])('%s', (_, input, line, lines) => {
    expect(removeInvisibleCharacters(input)).toBe(line)
    expect(removeInvisibleCharacters(input, { multiline: true })).toBe(lines)
  })
})
