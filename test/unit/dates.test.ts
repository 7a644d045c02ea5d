import { describe, expect, it } from 'vitest'

import {
  formatDate,
  formatDateTime,
  formatDuration,
  formatEventTime,
  formatLongDate,
  formatTime,
  toVietnamISO,
  vietnamDay,
} from '@site/lib/dates'

// Instants are written in UTC; Hải Phòng is UTC+7, so the local day can differ from the UTC day.
describe('formatDate', () => {
  it.each([
    ['2020-12-10T02:00:00.000Z', 'vi', '10/12/2020'],
    ['2020-12-09T17:00:00.000Z', 'vi', '10/12/2020'], // midnight in Hải Phòng
    ['2020-12-09T16:59:00.000Z', 'vi', '09/12/2020'], // still the 9th there
    ['2021-01-05T03:00:00.000Z', 'vi', '05/01/2021'],
    ['2020-12-10T02:00:00.000Z', 'en', '10 December 2020'],
    ['2025-02-28T18:30:00.000Z', 'en', '1 March 2025'],
  ] as const)('%s in %s → %s', (input, lang, expected) => {
    expect(formatDate(input, lang)).toBe(expected)
  })
})

describe('formatLongDate', () => {
  it.each([
    ['2020-12-10T02:00:00.000Z', 'vi', 'Thứ Năm, 10 tháng 12, 2020'],
    ['2021-04-17T13:00:00.000Z', 'vi', 'Thứ Bảy, 17 tháng 4, 2021'],
    ['2021-04-18T01:00:00.000Z', 'vi', 'Chủ Nhật, 18 tháng 4, 2021'],
    ['2020-12-10T02:00:00.000Z', 'en', 'Thursday, 10 December 2020'],
  ] as const)('%s in %s → %s', (input, lang, expected) => {
    expect(formatLongDate(input, lang)).toBe(expected)
  })
})

describe('formatTime and formatDateTime', () => {
  it.each([
    ['2020-12-10T01:30:00.000Z', 'vi', '08:30', '08:30, 10/12/2020'],
    ['2020-12-10T13:05:00.000Z', 'vi', '20:05', '20:05, 10/12/2020'],
    ['2020-12-09T17:00:00.000Z', 'vi', '00:00', '00:00, 10/12/2020'],
    ['2020-12-10T13:05:00.000Z', 'en', '20:05', '10 December 2020, 20:05'],
  ] as const)('%s in %s → %s / %s', (input, lang, time, dateTime) => {
    expect(formatTime(input, lang)).toBe(time)
    expect(formatDateTime(input, lang)).toBe(dateTime)
  })
})

describe('formatEventTime', () => {
  it.each([
    [
      'one morning',
      { startsAt: '2020-12-10T01:00:00Z', endsAt: '2020-12-10T04:30:00Z' },
      'vi',
      'Thứ Năm, 10 tháng 12, 2020, 08:00–11:30',
    ],
    [
      'no end time',
      { startsAt: '2020-12-10T01:00:00Z' },
      'vi',
      'Thứ Năm, 10 tháng 12, 2020, 08:00',
    ],
    [
      'all day',
      { startsAt: '2020-12-09T17:00:00Z', endsAt: '2020-12-10T16:59:00Z', allDay: true },
      'vi',
      'Thứ Năm, 10 tháng 12, 2020 (cả ngày)',
    ],
    [
      'several days',
      { startsAt: '2020-12-10T01:00:00Z', endsAt: '2020-12-12T10:00:00Z' },
      'vi',
      '08:00, Thứ Năm, 10 tháng 12, 2020 – 17:00, Thứ Bảy, 12 tháng 12, 2020',
    ],
    [
      'several whole days',
      { startsAt: '2020-12-09T17:00:00Z', endsAt: '2020-12-12T16:00:00Z', allDay: true },
      'en',
      'Thursday, 10 December 2020 – Saturday, 12 December 2020',
    ],
    [
      'an evening in English',
      { startsAt: '2021-04-17T13:00:00Z', endsAt: '2021-04-17T14:30:00Z' },
      'en',
      'Saturday, 17 April 2021, 20:00–21:30',
    ],
  ] as const)('%s', (_, event, lang, expected) => {
    expect(formatEventTime(event, lang)).toBe(expected)
  })
})

describe('toVietnamISO and vietnamDay', () => {
  it.each([
    ['2020-12-10T01:30:00.000Z', '2020-12-10T08:30:00+07:00', '2020-12-10'],
    ['2020-12-09T17:00:00.000Z', '2020-12-10T00:00:00+07:00', '2020-12-10'],
    ['2020-12-31T20:00:00.000Z', '2021-01-01T03:00:00+07:00', '2021-01-01'],
  ])('%s → %s (%s)', (input, iso, day) => {
    expect(toVietnamISO(input)).toBe(iso)
    expect(vietnamDay(input)).toBe(day)
  })
})

describe('formatDuration', () => {
  it.each([
    [725, 'vi', '12 phút 5 giây'],
    [900, 'vi', '15 phút'],
    [3725, 'vi', '1 giờ 2 phút 5 giây'],
    [725, 'en', '12 min 5 s'],
  ] as const)('%i s in %s → %s', (seconds, lang, expected) => {
    expect(formatDuration(seconds, lang)).toBe(expected)
  })
})
