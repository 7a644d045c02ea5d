import { describe, expect, it } from 'vitest'

import { clampText, escapeHtml, toDate, toHttpUrl } from '@channels/text'

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
