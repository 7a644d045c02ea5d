import { describe, expect, it } from 'vitest'

import {
  cleanDocumentNumber,
  cleanText,
  comparisonKey,
  documentKey,
} from '@collections/lib/documentNumber'

const CITY = 'UBND thành phố Hải Phòng'
const PLAN = '281/KH-UBND'

describe('cleanText', () => {
  it.each([
    ['UBND thành phố Hải Phòng', 'UBND thành phố Hải Phòng'],
    ['UBND thành phố Hải Phòng ', 'UBND thành phố Hải Phòng'],
    ['  UBND  thành   phố Hải Phòng', 'UBND thành phố Hải Phòng'],
    ['UBND\u00A0thành\u2009phố\u3000Hải\tPhòng\n', 'UBND thành phố Hải Phòng'],
    ['UBND thành phố Hải\u200B Phòng\uFEFF', 'UBND thành phố Hải Phòng'],
    ['Hải Phòng'.normalize('NFD'), 'Hải Phòng'],
    // A zero-width space between a letter and its tone mark must not keep them apart.
    ['Ha\u200B\u0309i', 'Hải'],
    ['Sở Khoa học – Công nghệ', 'Sở Khoa học – Công nghệ'],
  ])('%j → %j', (input, expected) => {
    expect(cleanText(input)).toBe(expected)
  })
})

describe('cleanDocumentNumber', () => {
  it.each([
    ['281/KH-UBND', '281/KH-UBND'],
    [' 281 / KH-UBND ', '281/KH-UBND'],
    ['281/KH\u2013UBND', '281/KH-UBND'],
    ['281/KH\u2014UBND', '281/KH-UBND'],
    ['281/KH\u2212UBND', '281/KH-UBND'],
    ['281/KH\u2010UBND', '281/KH-UBND'],
    ['281/KH\uFF0DUBND', '281/KH-UBND'],
    ['281/KH\uFE58UBND', '281/KH-UBND'],
    ['281/KH\uFE63UBND', '281/KH-UBND'],
    ['281/\u200BKH-UBND', '281/KH-UBND'],
    ['281/KH\u00A0-UBND', '281/KH-UBND'],
    ['281/KH-UB\u00ADND', '281/KH-UBND'],
    ['844/QĐ-TTg', '844/QĐ-TTg'],
    ['15/2025/QĐ-UBND'.normalize('NFD'), '15/2025/QĐ-UBND'],
    ['08/2013/NQ-HĐND', '08/2013/NQ-HĐND'],
  ])('%j → %j', (input, expected) => {
    expect(cleanDocumentNumber(input)).toBe(expected)
  })
})

describe('comparisonKey', () => {
  it.each([
    ['UBND Thành phố Hải Phòng', 'ubnd thành phố hải phòng'],
    ['ỦY BAN NHÂN DÂN', 'ủy ban nhân dân'],
    ['QĐ-TTg', 'qđ-ttg'],
    ['Sở KH\u2013CN', 'sở kh-cn'],
    ['Ủy ban'.normalize('NFD'), 'ủy ban'],
  ])('%j → %j', (input, expected) => {
    expect(comparisonKey(input)).toBe(expected)
  })
})

describe('documentKey', () => {
  const plan = documentKey(PLAN, CITY)

  it('is the cleaned, lower-case number and body', () => {
    expect(plan).toBe('281/kh-ubnd ubnd thành phố hải phòng')
  })

  it.each([
    ['trailing space in the body', PLAN, `${CITY} `],
    ['double space in the body', PLAN, 'UBND  thành phố Hải Phòng'],
    ['other case of the body', PLAN, 'UBND Thành Phố Hải Phòng'],
    ['upper-case body', PLAN, CITY.toLocaleUpperCase('vi')],
    ['no-break space in the body', PLAN, 'UBND\u00A0thành phố Hải Phòng'],
    ['decomposed (NFD) body', PLAN, CITY.normalize('NFD')],
    ['zero-width space in the body', PLAN, 'UBND thành\u200B phố Hải Phòng'],
    ['lower-case number', '281/kh-ubnd', CITY],
    ['en dash in the number', '281/KH\u2013UBND', CITY],
    ['em dash in the number', '281/KH\u2014UBND', CITY],
    ['minus sign in the number', '281/KH\u2212UBND', CITY],
    ['full-width hyphen in the number', '281/KH\uFF0DUBND', CITY],
    ['zero-width space in the number', '281\u200B/KH-UBND', CITY],
    ['byte-order mark before the number', '\uFEFF281/KH-UBND', CITY],
    ['spaces in the number', ' 281 / KH-UBND ', CITY],
  ])('the same document: %s', (_, number, body) => {
    expect(documentKey(number, body)).toBe(plan)
  })

  it.each([
    ['another serial', '282/KH-UBND', CITY],
    ['another type', '281/QĐ-UBND', CITY],
    ['another year in the number', '15/2025/QĐ-UBND', CITY],
    ['another body', PLAN, 'Sở Khoa học và Công nghệ'],
    ['a body differing by a tone mark', PLAN, 'UBND thành phố Hài Phòng'],
    ['a number differing by đ', '281/KH-UBNĐ', CITY],
  ])('a different document: %s', (_, number, body) => {
    expect(documentKey(number, body)).not.toBe(plan)
  })
})
