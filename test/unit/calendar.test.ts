import ical from 'node-ical'
import type { VEvent } from 'node-ical'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { CalendarEvent, CalendarOptions } from '@channels/calendar'
import { generateCalendarIcs, generateEventIcs, ICS_CONTENT_TYPE } from '@channels/calendar'

const SITE = 'https://khoinghiep.haiphong.gov.vn'

const options: CalendarOptions = {
  name: 'Sự kiện khởi nghiệp Hải Phòng',
  description: 'Lịch sự kiện của Cổng thông tin khởi nghiệp đổi mới sáng tạo Hải Phòng',
  language: 'vi',
  timeZone: 'Asia/Ho_Chi_Minh',
  uidDomain: 'khoinghiep.haiphong.gov.vn',
  url: `${SITE}/su-kien`,
}

function makeEvent(overrides: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    id: 42,
    title: 'Ngày hội Khởi nghiệp đổi mới sáng tạo Hải Phòng – Techfest 2025',
    summary: 'Triển lãm, kết nối đầu tư và tọa đàm.',
    url: `${SITE}/su-kien/techfest-2025`,
    // 09:00–17:30 in Hải Phòng.
    startsAt: '2025-03-15T02:00:00.000Z',
    endsAt: '2025-03-15T10:30:00.000Z',
    venue: { name: 'Trung tâm Hội nghị thành phố', address: 'Số 18 Minh Khai, Hồng Bàng' },
    organiser: 'Sở Khoa học và Công nghệ',
    status: 'scheduled',
    categories: ['Hệ sinh thái khởi nghiệp'],
    createdAt: '2025-01-10T01:00:00.000Z',
    updatedAt: '2025-01-12T03:04:05.000Z',
    ...overrides,
  }
}

function parseEvents(ics: string): VEvent[] {
  return Object.values(ical.sync.parseICS(ics)).filter(
    (component): component is VEvent => component?.type === 'VEVENT',
  )
}

function parseOne(ics: string): VEvent {
  const events = parseEvents(ics)
  expect(events).toHaveLength(1)
  return events[0]!
}

/** node-ical keeps `URL;VALUE=URI:…` as `{ params, val }`. */
function urlOf(event: VEvent): string {
  const url = event.url as unknown as string | { val: string }
  return typeof url === 'string' ? url : url.val
}

/** The raw value of a property line of the first VEVENT (unfolded). */
function rawProperty(ics: string, name: string): string | undefined {
  const unfolded = ics.replace(/\r\n[ \t]/g, '')
  const event = unfolded.slice(unfolded.indexOf('BEGIN:VEVENT'))
  return new RegExp(`^${name}([;:].*)$`, 'm').exec(event)?.[1]?.replace(/\r$/, '')
}

// Build machines run on UTC or anywhere else: nothing may depend on the process time zone.
const originalTz = process.env.TZ
beforeAll(() => {
  process.env.TZ = 'America/New_York'
})
afterAll(() => {
  process.env.TZ = originalTz
})

describe('generateEventIcs', () => {
  it('writes Hải Phòng times with TZID and the VTIMEZONE: 09:00 there is 02:00Z', () => {
    const ics = generateEventIcs(makeEvent(), options)
    expect(rawProperty(ics, 'DTSTART')).toBe(';TZID=Asia/Ho_Chi_Minh:20250315T090000')
    expect(rawProperty(ics, 'DTEND')).toBe(';TZID=Asia/Ho_Chi_Minh:20250315T173000')
    expect(ics).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Asia\/Ho_Chi_Minh\r\n/)
    expect(ics).toContain('TZOFFSETTO:+0700')
    const event = parseOne(ics)
    expect(event.start.toISOString()).toBe('2025-03-15T02:00:00.000Z')
    expect(event.end!.toISOString()).toBe('2025-03-15T10:30:00.000Z')
    expect(event.start.tz).toBe('Asia/Ho_Chi_Minh')
  })

  it('is a valid iCalendar file: CRLF lines folded at 75 octets, one VEVENT', () => {
    const ics = generateEventIcs(makeEvent({ summary: 'Rất dài. '.repeat(60) }), options)
    expect(ICS_CONTENT_TYPE).toBe('text/calendar; charset=utf-8')
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true)
    expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true)
    const lines = ics.split('\r\n')
    expect(lines.every((line) => !line.includes('\n'))).toBe(true)
    expect(Math.max(...lines.map((line) => Buffer.byteLength(line)))).toBeLessThanOrEqual(75)
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1)
  })

  it('derives the UID from the event id, so renaming the event or its slug keeps it', () => {
    const first = parseOne(generateEventIcs(makeEvent(), options))
    expect(first.uid).toBe('event-42@khoinghiep.haiphong.gov.vn')
    const renamed = parseOne(
      generateEventIcs(
        makeEvent({ title: 'Techfest Hải Phòng 2025', url: `${SITE}/su-kien/techfest-hai-phong` }),
        options,
      ),
    )
    expect(renamed.uid).toBe(first.uid)
    expect(urlOf(renamed)).toBe(`${SITE}/su-kien/techfest-hai-phong`)
    const other = parseOne(generateEventIcs(makeEvent({ id: 43 }), options))
    expect(other.uid).not.toBe(first.uid)
  })

  it('raises SEQUENCE whenever the event is saved again', () => {
    const sequenceOf = (event: CalendarEvent) =>
      Number(parseOne(generateEventIcs(event, options)).sequence)
    const fresh = sequenceOf(makeEvent({ updatedAt: '2025-01-10T01:00:00.000Z' }))
    const edited = sequenceOf(makeEvent())
    const editedAgain = sequenceOf(makeEvent({ updatedAt: '2025-01-12T03:04:06.000Z' }))
    expect(fresh).toBe(0)
    expect(edited).toBeGreaterThan(fresh)
    expect(editedAgain).toBeGreaterThan(edited)
    expect(editedAgain).toBeLessThan(2 ** 31)
    expect(sequenceOf(makeEvent({ revision: 7 }))).toBe(7)
    expect(sequenceOf(makeEvent({ createdAt: null }))).toBeGreaterThan(0)
  })

  it('stamps DTSTAMP and LAST-MODIFIED with the last change, in UTC', () => {
    const ics = generateEventIcs(makeEvent(), options)
    expect(rawProperty(ics, 'DTSTAMP')).toBe(':20250112T030405Z')
    expect(rawProperty(ics, 'LAST-MODIFIED')).toBe(':20250112T030405Z')
    expect(rawProperty(ics, 'CREATED')).toBe(':20250110T010000Z')
    expect(generateEventIcs(makeEvent(), options)).toBe(ics)
  })

  it('says where: venue name and address, the page URL, the details', () => {
    const event = parseOne(generateEventIcs(makeEvent(), options))
    expect(event.location).toBe('Trung tâm Hội nghị thành phố, Số 18 Minh Khai, Hồng Bàng')
    expect(urlOf(event)).toBe(`${SITE}/su-kien/techfest-2025`)
    expect(event.description).toContain('Triển lãm, kết nối đầu tư và tọa đàm.')
    expect(event.description).toContain('Đơn vị tổ chức: Sở Khoa học và Công nghệ')
    expect(event.description).toContain(`Chi tiết: ${SITE}/su-kien/techfest-2025`)
    expect(event.status).toBe('CONFIRMED')
  })

  it('gives the registration link and deadline in Hải Phòng time', () => {
    const event = parseOne(
      generateEventIcs(
        makeEvent({
          registrationUrl: 'https://forms.example.vn/techfest',
          registrationDeadline: '2025-03-10T10:00:00.000Z',
        }),
        options,
      ),
    )
    expect(event.description).toContain(
      'Đăng ký (hạn 17:00 10/03/2025): https://forms.example.vn/techfest',
    )
  })

  it('uses the online link as the place of an online-only event', () => {
    const event = parseOne(
      generateEventIcs(
        makeEvent({ venue: null, onlineUrl: 'https://meet.example.vn/techfest' }),
        options,
      ),
    )
    expect(event.location).toBe('https://meet.example.vn/techfest')
    expect(event.description).toContain('Tham dự trực tuyến: https://meet.example.vn/techfest')
  })

  it('marks a cancelled event CANCELLED, and says so in the title', () => {
    const ics = generateEventIcs(makeEvent({ status: 'cancelled', statusLabel: 'Đã hủy' }), options)
    expect(rawProperty(ics, 'STATUS')).toBe(':CANCELLED')
    const event = parseOne(ics)
    expect(event.status).toBe('CANCELLED')
    expect(event.summary).toBe(
      '[Đã hủy] Ngày hội Khởi nghiệp đổi mới sáng tạo Hải Phòng – Techfest 2025',
    )
    expect(event.description).toMatch(/^Sự kiện đã bị hủy\./)
  })

  it('marks a postponed event TENTATIVE with a note where the new date will be', () => {
    const event = parseOne(
      generateEventIcs(makeEvent({ status: 'postponed', statusLabel: 'Tạm hoãn' }), options),
    )
    expect(event.status).toBe('TENTATIVE')
    expect(event.summary).toMatch(/^\[Tạm hoãn\] /)
    expect(event.description).toMatch(
      new RegExp(
        `^Sự kiện tạm hoãn; thời gian mới sẽ được thông báo tại ${SITE}/su-kien/techfest-2025`,
      ),
    )
  })

  it('writes all-day events as DATE values, DTEND the day after the last day', () => {
    // 10–11 April in Hải Phòng: starts 00:00 on the 10th (17:00Z on the 9th).
    const ics = generateEventIcs(
      makeEvent({
        allDay: true,
        startsAt: '2025-04-09T17:00:00.000Z',
        endsAt: '2025-04-11T16:59:00.000Z',
      }),
      options,
    )
    expect(rawProperty(ics, 'DTSTART')).toBe(';VALUE=DATE:20250410')
    expect(rawProperty(ics, 'DTEND')).toBe(';VALUE=DATE:20250412')
    const event = parseOne(ics)
    expect(event.datetype).toBe('date')
    const single = generateEventIcs(
      makeEvent({ allDay: true, startsAt: '2025-04-09T17:00:00.000Z', endsAt: null }),
      options,
    )
    expect(rawProperty(single, 'DTSTART')).toBe(';VALUE=DATE:20250410')
    expect(rawProperty(single, 'DTEND')).toBe(';VALUE=DATE:20250411')
  })

  it('escapes text that looks like iCalendar syntax and drops control characters', () => {
    const title = 'Hội thảo; "AI", \\ ML\nDòng 2\u0000 Ha\u0309i Pho\u0300ng'.normalize('NFD')
    const ics = generateEventIcs(makeEvent({ title, organiser: 'A;B,C' }), options)
    expect(ics).not.toContain('\u0000')
    const event = parseOne(ics)
    expect(event.summary).toBe('Hội thảo; "AI", \\ ML\nDòng 2  Hải Phòng')
    expect(event.description).toContain('Đơn vị tổ chức: A;B,C')
  })

  it('speaks English in an English calendar', () => {
    const event = parseOne(
      generateEventIcs(makeEvent({ status: 'cancelled', statusLabel: 'Cancelled' }), {
        ...options,
        language: 'en',
      }),
    )
    expect(event.summary).toMatch(/^\[Cancelled\] /)
    expect(event.description).toContain('Details: ')
  })
})

describe('generateCalendarIcs', () => {
  const events = [
    makeEvent({ id: 2, startsAt: '2025-05-01T01:00:00.000Z', endsAt: null }),
    makeEvent(),
    makeEvent({ id: 3, status: 'cancelled', startsAt: '2025-06-01T01:00:00.000Z' }),
  ]

  it('is a subscribable calendar of all events with its name, refresh interval and one VTIMEZONE', () => {
    const ics = generateCalendarIcs(events, options)
    expect(ics).toContain('X-WR-CALNAME:Sự kiện khởi nghiệp Hải Phòng')
    expect(ics).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT6H')
    expect(ics).toContain('X-PUBLISHED-TTL:PT6H')
    expect(ics.match(/BEGIN:VTIMEZONE/g)).toHaveLength(1)
    expect(ics).not.toMatch(/^METHOD:/m)
    const parsed = parseEvents(ics)
    expect(parsed.map((event) => event.uid)).toEqual([
      'event-42@khoinghiep.haiphong.gov.vn',
      'event-2@khoinghiep.haiphong.gov.vn',
      'event-3@khoinghiep.haiphong.gov.vn',
    ])
    expect(parsed.map((event) => event.status)).toEqual(['CONFIRMED', 'CONFIRMED', 'CANCELLED'])
  })

  it('escapes the calendar name and description', () => {
    const ics = generateCalendarIcs(events, {
      ...options,
      name: 'Sự kiện; hội thảo, tọa đàm',
      description: 'Dòng 1\nDòng 2 \\ hết',
    })
    expect(ics).toContain('X-WR-CALNAME:Sự kiện\\; hội thảo\\, tọa đàm\r\n')
    expect(ics).toContain('X-WR-CALDESC:Dòng 1\\nDòng 2 \\\\ hết\r\n')
    expect(parseEvents(ics)).toHaveLength(3)
  })

  it('gives each event the same UID, SEQUENCE and times as its own .ics file', () => {
    const all = parseEvents(generateCalendarIcs(events, options))
    for (const event of events) {
      const single = parseOne(generateEventIcs(event, options))
      const inCalendar = all.find((candidate) => candidate.uid === single.uid)!
      expect(inCalendar.sequence).toBe(single.sequence)
      expect(inCalendar.start.toISOString()).toBe(single.start.toISOString())
    }
  })

  it('does not depend on the input order or the clock', () => {
    expect(generateCalendarIcs([...events].reverse(), options)).toBe(
      generateCalendarIcs(events, options),
    )
  })
})
