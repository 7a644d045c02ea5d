/**
 * The ecosystem directory's pure rules (collections/lib): registration numbers, consent, dates in
 * Vietnam's calendar, amounts, programme targets and the support-year note — the functions the
 * CMS's validators and hooks ask, and the tracker may ask too.
 */
import { describe, expect, it } from 'vitest'

import { formatDay, vietnamDay, vietnamYear } from '@collections/lib/calendarDay'
import {
  consentCovers,
  consentFlags,
  consentProblem,
  publishRefusal,
  type ConsentRecord,
} from '@collections/lib/consent'
import {
  amountProblem,
  figureProblem,
  fundingDateProblem,
  organisationYearProblem,
  periodProblem,
  registrationDateProblem,
  supportYearNote,
  supportYearProblem,
  targetBoundProblem,
  targetKeyProblem,
} from '@collections/lib/directoryRules'
import { cleanRegistrationNumber } from '@collections/lib/registrationNumber'
import { COMPUTED_METRICS, METRIC_UNIT } from '@collections/vocabulary/programmes'

// 10:00 on 3 December 2026 in Hải Phòng.
const NOW = new Date('2026-12-03T03:00:00.000Z')
const vi = (message: { vi: string } | null) => message?.vi ?? null

describe('cleanRegistrationNumber', () => {
  it.each([
    ['0200123456', '0200123456'],
    [' 0200 123 456 ', '0200123456'],
    ['0200.123.456', '0200123456'],
    ['0200123456-001', '0200123456-001'],
    ['0200123456 - 001', '0200123456-001'],
    ['0200123456–001', '0200123456-001'],
    ['0200123456\u2212001', '0200123456-001'],
    ['0200123456001', '0200123456-001'],
    ['0200\u00A0123\u200B456', '0200123456'],
    // Full-width digits, as some Asian keyboards type them.
    ['０２００１２３４５６', '0200123456'],
    ['020012345', null],
    ['02001234567', null],
    ['0200123456-01', null],
    ['0200123456-000', null],
    ['0200I23456', null],
    ['MST 0200123456', null],
    ['', null],
  ])('%j → %j', (input, expected) => {
    expect(cleanRegistrationNumber(input)).toBe(expected)
  })
})

describe('days in Vietnam', () => {
  it.each([
    ['2020-12-09T17:00:00.000Z', '2020-12-10'],
    ['2020-12-09T16:59:59.000Z', '2020-12-09'],
    [new Date('2025-12-31T17:00:00.000Z'), '2026-01-01'],
    ['not a date', null],
    [null, null],
    ['', null],
  ])('vietnamDay(%j) → %j', (input, expected) => {
    expect(vietnamDay(input)).toBe(expected)
  })

  it('the year turns at midnight in Vietnam, not in UTC', () => {
    expect(vietnamYear(new Date('2025-12-31T17:30:00.000Z'))).toBe(2026)
    expect(formatDay('2020-12-10')).toBe('10/12/2020')
  })
})

const full = (over: Partial<ConsentRecord> = {}): ConsentRecord => ({
  given: true,
  givenBy: 'Nguyễn Văn An',
  givenAt: '2025-03-01T17:00:00.000Z',
  method: 'paper',
  purposes: ['profile', 'founder-name'],
  ...over,
})

describe('consentCovers', () => {
  it.each([
    ['a full record, for a purpose it names', full(), 'profile', true],
    ['a full record, for a purpose it does not name', full(), 'public-contact', false],
    ['not ticked', full({ given: false }), 'profile', false],
    ['ticked, nobody named', full({ givenBy: '  ' }), 'profile', false],
    ['ticked, no date', full({ givenAt: null }), 'profile', false],
    ['ticked, no method', full({ method: null }), 'profile', false],
    ['withdrawn', full({ withdrawnAt: '2025-06-01T17:00:00.000Z' }), 'profile', false],
    ['no record', null, 'profile', false],
  ] as const)('%s → %s', (_name, consent, purpose, expected) => {
    expect(consentCovers(consent, purpose)).toBe(expected)
  })

  it('flags what the public sees', () => {
    expect(consentFlags(full())).toEqual({ namePublic: true, contactPublic: false })
    expect(consentFlags(full({ purposes: ['public-contact'] }))).toEqual({
      namePublic: false,
      contactPublic: true,
    })
    expect(consentFlags(undefined)).toEqual({ namePublic: false, contactPublic: false })
  })
})

describe('consentProblem', () => {
  it.each([
    [
      'givenBy',
      { given: true },
      'Ghi rõ ai đã đồng ý (chính người đó hoặc người đại diện hợp pháp).',
    ],
    ['givenAt', { given: true }, 'Ghi ngày người đó đồng ý.'],
    ['method', { given: true }, 'Chọn hình thức đồng ý (biểu mẫu, thư điện tử hoặc văn bản giấy).'],
    ['purposes', { given: true, purposes: [] }, 'Chọn ít nhất một mục đích người đó đã đồng ý.'],
    ['givenBy', { given: false }, null],
    [
      'givenAt',
      full({ givenAt: '2026-12-03T17:00:00.000Z' }),
      'Ngày đồng ý không thể ở tương lai.',
    ],
    ['givenAt', full({ givenAt: '2026-12-02T17:00:00.000Z' }), null],
    [
      'withdrawnAt',
      full({ withdrawnAt: '2025-02-01T17:00:00.000Z' }),
      'Ngày rút lại không thể trước ngày đồng ý (02/03/2025).',
    ],
    ['withdrawnAt', full({ withdrawnAt: '2025-06-01T17:00:00.000Z' }), null],
  ] as const)('%s of %j → %j', (part, consent, expected) => {
    expect(vi(consentProblem(part, consent as ConsentRecord, NOW))).toBe(expected)
  })

  it('publishRefusal says what is missing, or that the person withdrew', () => {
    expect(publishRefusal(full(), 'profile')).toBeNull()
    expect(publishRefusal(full({ purposes: [] }), 'profile')?.path).toBe('given')
    expect(
      publishRefusal(full({ withdrawnAt: '2025-06-01T17:00:00.000Z' }), 'profile'),
    ).toMatchObject({ path: 'withdrawnAt', message: { vi: expect.stringMatching(/02\/06\/2025/) } })
  })
})

describe('dates, years and amounts', () => {
  it.each([
    [
      registrationDateProblem('2026-12-03T17:00:00.000Z', NOW),
      'Ngày đăng ký doanh nghiệp lần đầu không thể ở tương lai.',
    ],
    // Today in Vietnam is not the future, whatever UTC says.
    [registrationDateProblem('2026-12-02T17:00:00.000Z', NOW), null],
    [supportYearProblem(2026, NOW), null],
    [supportYearProblem(2027, NOW), 'Năm hỗ trợ 2027 chưa đến: chỉ ghi những hỗ trợ đã thực hiện.'],
    [supportYearProblem(2019, NOW), null],
    [supportYearProblem(1999, NOW), 'Hãy nhập năm hỗ trợ, từ 2000 trở đi, ví dụ 2023.'],
    [supportYearProblem(2023.5, NOW), 'Hãy nhập năm hỗ trợ, từ 2000 trở đi, ví dụ 2023.'],
    [amountProblem(500_000_000), null],
    [amountProblem(0), null],
    [amountProblem(-1), 'Số tiền không được âm.'],
    [amountProblem(1.5), 'Số tiền tính bằng đồng, không có phần lẻ.'],
    [amountProblem(Number.NaN), expect.stringMatching(/^Hãy nhập một số chỉ gồm chữ số/)],
    [amountProblem('1.500.000'), expect.stringMatching(/^Hãy nhập một số chỉ gồm chữ số/)],
    [figureProblem(22.5), null],
    [figureProblem(-3), 'Số liệu không được âm.'],
    [
      organisationYearProblem('upgradedYear', { foundedYear: 2019, upgradedYear: 2018 }, NOW),
      'Năm nâng cấp (2018) không thể trước năm thành lập (2019).',
    ],
    [organisationYearProblem('foundedYear', { foundedYear: 2030 }, NOW), 'Năm 2030 chưa đến.'],
    [periodProblem(2025, 2021), 'Năm kết thúc (2021) không thể trước năm bắt đầu (2025).'],
    [periodProblem(2021, 2025), null],
  ])('%#', (problem, expected) => {
    expect(vi(problem as { vi: string } | null)).toEqual(expected)
  })

  it.each([
    // Same day as the registration: allowed.
    ['2022-05-09T17:00:00.000Z', null],
    [
      '2022-05-08T17:00:00.000Z',
      'Vòng gọi vốn ngày 09/05/2022 trước ngày đăng ký doanh nghiệp (10/05/2022): kiểm tra lại một trong hai ngày.',
    ],
    [
      '2026-12-04T17:00:00.000Z',
      'Ngày gọi vốn không thể ở tương lai: chỉ ghi những vòng đã hoàn tất.',
    ],
  ])('a funding round on %s, registered 10/05/2022', (date, expected) => {
    expect(vi(fundingDateProblem(date, '2022-05-09T17:00:00.000Z', NOW))).toBe(expected)
  })
})

describe('programme targets', () => {
  it.each([
    ['minimum', { minimum: 150, maximum: 200, unit: 'person' }, null],
    ['minimum', { minimum: 300, unit: 'project' }, null],
    [
      'minimum',
      { minimum: 200, maximum: 150, unit: 'person' },
      'Mức tối thiểu (200) lớn hơn mức tối đa (150). Với chỉ tiêu một con số, để trống mức tối đa.',
    ],
    ['maximum', { minimum: 200, maximum: 150, unit: 'person' }, null],
    ['minimum', { minimum: -1, unit: 'project' }, 'Chỉ tiêu không được âm.'],
    ['maximum', { minimum: 20, maximum: 120, unit: 'percent' }, 'Tỷ lệ không quá 100%.'],
  ] as const)('%s of %j → %j', (which, row, expected) => {
    expect(vi(targetBoundProblem(which, row))).toBe(expected)
  })

  it.each([
    ['du-an-ho-tro', null],
    ['supported-projects-2025', null],
    [
      'Dự án',
      'Mã chỉ tiêu gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ du-an-ho-tro.',
    ],
    [
      'du_an',
      'Mã chỉ tiêu gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ du-an-ho-tro.',
    ],
    [
      '-du-an',
      'Mã chỉ tiêu gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ du-an-ho-tro.',
    ],
  ])('key %j → %j', (key, expected) => {
    expect(vi(targetKeyProblem(key))).toBe(expected)
  })

  it('every computed metric has the unit its targets must use', () => {
    expect(COMPUTED_METRICS).toEqual([
      'supportedProjects',
      'serviceSupported',
      'directSupported',
      'directWithFundingShare',
      'centresDeveloped',
      'networkPeople',
    ])
    expect(METRIC_UNIT.directWithFundingShare).toBe('percent')
    expect(METRIC_UNIT.networkPeople).toBe('person')
  })
})

describe('supportYearNote', () => {
  const plan281 = { code: '281/KH-UBND', periodStart: 2021, periodEnd: 2025 }
  const successor = { code: '12/KH-UBND', periodStart: 2026, periodEnd: 2030 }
  it.each([
    [2023, [plan281], 'Tính vào kết quả: 281/KH-UBND (2021–2025).'],
    [2025, [plan281, successor], 'Tính vào kết quả: 281/KH-UBND (2021–2025).'],
    [2026, [plan281, successor], 'Tính vào kết quả: 12/KH-UBND (2026–2030).'],
    [
      2019,
      [plan281],
      'Không tính vào kết quả chương trình nào: năm 2019 ngoài giai đoạn 281/KH-UBND (2021–2025).',
    ],
    [2019, [], 'Chưa có chương trình nào để tính kết quả.'],
    [null, [plan281], null],
  ])('%j with %j → %j', (year, programmes, expected) => {
    expect(vi(supportYearNote(year, programmes))).toBe(expected)
  })
})
