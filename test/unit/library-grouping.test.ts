import { describe, expect, it } from 'vitest'

import { documentNumberKey, documentNumberSerial, facetGroups, facetValue } from '@site/lib/library'
import type { PolicyNoticeEntry } from '@site/lib/types'

/**
 * The library's facet pages and number look-ups (site/lib/library.ts) group notices the way the
 * CMS's uniqueness check compares them: one issuing body spelled two ways is one page.
 */

const now = new Date('2026-12-01T00:00:00Z')

const notice = (issuingBody: string, documentNumber = '281/KH-UBND') =>
  ({
    documentNumber,
    issuingBody,
    documentType: 'plan',
    field: 'enterprise',
    issueDate: '2020-12-09T17:00:00.000Z',
    effectiveDate: '2020-12-09T17:00:00.000Z',
    expiryDate: null,
    legalStatusOverride: null,
  }) as unknown as PolicyNoticeEntry

const CITY = 'UBND thành phố Hải Phòng'

describe('the issuer facet', () => {
  it.each([
    ['trailing space', `${CITY} `],
    ['double space', 'UBND  thành phố Hải Phòng'],
    ['other case', 'UBND Thành phố Hải Phòng'],
    ['no-break space', 'UBND\u00A0thành phố Hải Phòng'],
    ['zero-width space', 'UBND thành\u200B phố Hải Phòng'],
    ['decomposed (NFD)', CITY.normalize('NFD')],
  ])('gives one page for the body with a %s', (_, spelling) => {
    expect(facetValue(notice(spelling), 'issuer', now)?.slug).toBe(
      facetValue(notice(CITY), 'issuer', now)?.slug,
    )
  })

  it('labels a value with the cleaned spelling', () => {
    expect(facetValue(notice(' UBND  thành phố Hải Phòng\u200B'), 'issuer', now)?.label.vi).toBe(
      CITY,
    )
  })

  it('counts every spelling under one value, named by the spelling most notices use', () => {
    const notices = [
      notice('UBND  Thành phố Hải Phòng '),
      notice(CITY, '282/KH-UBND'),
      notice(`${CITY} `, '283/KH-UBND'),
      notice('Sở Khoa học và Công nghệ', '12/QĐ-SKHCN'),
    ]
    const issuers = facetGroups(notices, now).find((g) => g.facet === 'issuer')!.values
    expect(issuers.map((v) => [v.label.vi, v.count])).toEqual([
      ['Sở Khoa học và Công nghệ', 1],
      [CITY, 3],
    ])
    // The same label whatever order the notices come in (listing and facet pages differ).
    const reversed = facetGroups([...notices].reverse(), now).find((g) => g.facet === 'issuer')!
    expect(reversed.values).toEqual(issuers)
  })
})

describe('documentNumberKey / documentNumberSerial', () => {
  it.each([
    ['281/KH-UBND', '281-KH-UBND', '281'],
    ['281/KH\u2013UBND', '281-KH-UBND', '281'],
    ['281/KH-UB\u200BND', '281-KH-UBND', '281'],
    ['\uFEFF281/KH-UBND', '281-KH-UBND', '281'],
    [' 281/KH-UBND', '281-KH-UBND', '281'],
    ['15/2025/QĐ-UBND'.normalize('NFD'), '15-2025-QD-UBND', '15'],
  ])('%j → %s, %s', (input, key, serial) => {
    expect(documentNumberKey(input)).toBe(key)
    expect(documentNumberSerial(input)).toBe(serial)
  })
})
