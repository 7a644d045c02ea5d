import { describe, expect, it } from 'vitest'

import { erasedPersonalData, retentionCutoff } from '@collections/lib/personalData'

describe('retentionCutoff', () => {
  // The nightly run also takes what turns 12 months old before the next run.
  it.each([
    ['2026-12-03T02:30:00.000Z', '2025-12-04T02:30:00.000Z'],
    ['2027-03-01T02:30:00.000Z', '2026-03-02T02:30:00.000Z'],
    // 28 Feb 2028 + 1 day is the leap day; a year before it there is none.
    ['2028-02-28T02:30:00.000Z', '2027-03-01T02:30:00.000Z'],
    ['2026-12-31T23:00:00.000Z', '2026-01-01T23:00:00.000Z'],
  ])('a run at %s erases what arrived before %s', (now, cutoff) => {
    expect(retentionCutoff(new Date(now)).toISOString()).toBe(cutoff)
  })

  it('an item received just after the cutoff is kept until a later run', () => {
    const now = new Date('2026-12-03T02:30:00.000Z')
    const received = new Date(retentionCutoff(now).getTime() + 1)
    const nextRun = new Date(now.getTime() + 24 * 60 * 60_000)
    expect(received < retentionCutoff(nextRun)).toBe(true)
  })
})

describe('erasedPersonalData', () => {
  it('empties the name and e-mail and says when', () => {
    expect(erasedPersonalData(new Date('2026-12-03T02:30:00Z'))).toEqual({
      name: null,
      email: null,
      personalDataErasedAt: '2026-12-03T02:30:00.000Z',
    })
  })
})
