import { formatDay, vietnamDay, vietnamYear } from './calendarDay'
import type { Message } from './messages'

/**
 * The rules of the ecosystem directory and the programmes, as pure functions: each returns the
 * problem in both languages, or null. Field validators (the admin marks the field while the
 * editor types) and the collections' hooks (every save, drafts too) ask the same functions.
 */

/** A day after today in Vietnam. */
const isFuture = (value: unknown, now: Date) => {
  const day = vietnamDay(value)
  return day !== null && day > vietnamDay(now)!
}

/** The first registration of the enterprise cannot lie ahead. */
export function registrationDateProblem(value: unknown, now: Date = new Date()): Message | null {
  return isFuture(value, now)
    ? {
        vi: 'Ngày đăng ký doanh nghiệp lần đầu không thể ở tương lai.',
        en: 'The first registration date cannot be in the future.',
      }
    : null
}

/**
 * A support record's year: a whole year, not ahead of this one. Years outside a programme's
 * period are allowed (the record is kept, and shown as not counted).
 */
export function supportYearProblem(value: unknown, now: Date = new Date()): Message | null {
  if (value === null || value === undefined) return null
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 2000) {
    return {
      vi: 'Hãy nhập năm hỗ trợ, từ 2000 trở đi, ví dụ 2023.',
      en: 'Enter the year of the support, 2000 or later, e.g. 2023.',
    }
  }
  if (value > vietnamYear(now)) {
    return {
      vi: `Năm hỗ trợ ${value} chưa đến: chỉ ghi những hỗ trợ đã thực hiện.`,
      en: `${value} has not come yet: record support that was given.`,
    }
  }
  return null
}

/** A founding or upgrade year of an organisation: a past year; the upgrade not before the founding. */
export function organisationYearProblem(
  which: 'foundedYear' | 'upgradedYear',
  row: { foundedYear?: unknown; upgradedYear?: unknown },
  now: Date = new Date(),
): Message | null {
  const value = row[which]
  if (value === null || value === undefined) return null
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    return { vi: 'Hãy nhập một năm, ví dụ 2022.', en: 'Enter a year, e.g. 2022.' }
  }
  if (value > vietnamYear(now)) {
    return { vi: `Năm ${value} chưa đến.`, en: `${value} has not come yet.` }
  }
  const founded = row.foundedYear
  if (which === 'upgradedYear' && typeof founded === 'number' && value < founded) {
    return {
      vi: `Năm nâng cấp (${value}) không thể trước năm thành lập (${founded}).`,
      en: `The upgrade (${value}) cannot be before the founding (${founded}).`,
    }
  }
  return null
}

/**
 * An amount in đồng: a whole, non-negative number. Payload turns a typed string into a number
 * with parseFloat ("1.500.000" would become 1.5), so strings are refused before that, by
 * `refuseUnreadableNumbers`; what reaches here is a number or NaN.
 */
export function amountProblem(value: unknown): Message | null {
  if (value === null || value === undefined) return null
  if (typeof value !== 'number' || !Number.isFinite(value)) return NOT_A_NUMBER
  if (value < 0) {
    return { vi: 'Số tiền không được âm.', en: 'The amount cannot be negative.' }
  }
  if (!Number.isInteger(value)) {
    return {
      vi: 'Số tiền tính bằng đồng, không có phần lẻ.',
      en: 'The amount is in whole đồng, without decimals.',
    }
  }
  return null
}

/** A figure someone states (a count, a percentage): a non-negative number. */
export function figureProblem(value: unknown): Message | null {
  if (value === null || value === undefined) return null
  if (typeof value !== 'number' || !Number.isFinite(value)) return NOT_A_NUMBER
  return value < 0 ? { vi: 'Số liệu không được âm.', en: 'A figure cannot be negative.' } : null
}

/** The date of a stated figure: not ahead of today. */
export function figureDateProblem(value: unknown, now: Date = new Date()): Message | null {
  return isFuture(value, now)
    ? { vi: 'Ngày số liệu không thể ở tương lai.', en: 'A figure cannot be dated in the future.' }
    : null
}

export const NOT_A_NUMBER: Message = {
  vi: 'Hãy nhập một số chỉ gồm chữ số, không có dấu chấm hay dấu phẩy phân cách hàng nghìn (ví dụ 1500000000).',
  en: 'Enter a number in digits only, without thousands separators (e.g. 1500000000).',
}

/** A funding round is dated: not ahead of today, not before the enterprise was registered. */
export function fundingDateProblem(
  value: unknown,
  registrationDate: unknown,
  now: Date = new Date(),
): Message | null {
  if (isFuture(value, now)) {
    return {
      vi: 'Ngày gọi vốn không thể ở tương lai: chỉ ghi những vòng đã hoàn tất.',
      en: 'A funding round cannot be dated in the future: record rounds that closed.',
    }
  }
  const round = vietnamDay(value)
  const registered = vietnamDay(registrationDate)
  if (round !== null && registered !== null && round < registered) {
    return {
      vi: `Vòng gọi vốn ngày ${formatDay(round)} trước ngày đăng ký doanh nghiệp (${formatDay(registered)}): kiểm tra lại một trong hai ngày.`,
      en: `A funding round on ${formatDay(round)} is before the enterprise was registered (${formatDay(registered)}): check one of the two dates.`,
    }
  }
  return null
}

/** A programme's period: whole years, the end not before the start. */
export function periodProblem(start: unknown, end: unknown): Message | null {
  if (typeof start === 'number' && typeof end === 'number' && end < start) {
    return {
      vi: `Năm kết thúc (${end}) không thể trước năm bắt đầu (${start}).`,
      en: `The end year (${end}) cannot be before the start year (${start}).`,
    }
  }
  return null
}

/**
 * One bound of a target (`minimum` or `maximum`): non-negative, at most 100 for a percentage;
 * the minimum not above the maximum (a single figure has a minimum only).
 */
export function targetBoundProblem(
  which: 'minimum' | 'maximum',
  row: { minimum?: unknown; maximum?: unknown; unit?: unknown },
): Message | null {
  const value = row[which]
  if (typeof value !== 'number') return null
  if (value < 0) return { vi: 'Chỉ tiêu không được âm.', en: 'A target cannot be negative.' }
  if (row.unit === 'percent' && value > 100) {
    return { vi: 'Tỷ lệ không quá 100%.', en: 'A percentage cannot exceed 100.' }
  }
  if (which === 'minimum' && typeof row.maximum === 'number' && value > row.maximum) {
    return {
      vi: `Mức tối thiểu (${value}) lớn hơn mức tối đa (${row.maximum}). Với chỉ tiêu một con số, để trống mức tối đa.`,
      en: `The minimum (${value}) exceeds the maximum (${row.maximum}). For a single figure, leave the maximum empty.`,
    }
  }
  return null
}

/** A target's key: what the tracker, CSV and JSON call it. */
export function targetKeyProblem(value: unknown): Message | null {
  if (typeof value !== 'string' || value === '') return null
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)
    ? null
    : {
        vi: 'Mã chỉ tiêu gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ du-an-ho-tro.',
        en: 'A target key has lower-case letters, digits and hyphens, e.g. supported-projects.',
      }
}

export type PeriodProgramme = { code: string; periodStart: number; periodEnd: number }

/**
 * The note on a support record: which programmes its year counts toward, or that it counts
 * toward none (it is kept, and not counted).
 *
 * @example
 * supportYearNote(2019, [{ code: '281/KH-UBND', periodStart: 2021, periodEnd: 2025 }]).vi
 * // 'Không tính vào kết quả chương trình nào: năm 2019 ngoài giai đoạn 281/KH-UBND (2021–2025).'
 */
export function supportYearNote(year: unknown, programmes: PeriodProgramme[]): Message | null {
  if (typeof year !== 'number') return null
  const period = (p: PeriodProgramme) => `${p.code} (${p.periodStart}–${p.periodEnd})`
  const counted = programmes.filter((p) => p.periodStart <= year && year <= p.periodEnd)
  if (counted.length > 0) {
    const list = counted.map(period).join(', ')
    return { vi: `Tính vào kết quả: ${list}.`, en: `Counts toward: ${list}.` }
  }
  if (programmes.length === 0) {
    return {
      vi: 'Chưa có chương trình nào để tính kết quả.',
      en: 'There is no programme to count it toward yet.',
    }
  }
  const list = programmes.map(period).join(', ')
  return {
    vi: `Không tính vào kết quả chương trình nào: năm ${year} ngoài giai đoạn ${list}.`,
    en: `Not counted toward any programme: ${year} is outside ${list}.`,
  }
}
