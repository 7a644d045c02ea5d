import type { DateFieldValidation } from 'payload'
import { date } from 'payload/shared'

import { localize, type Message } from '@collections/lib/messages'

const time = (value: unknown) => (value ? new Date(String(value)).getTime() : null)

export const END_BEFORE_START: Message = {
  vi: 'Thời gian kết thúc không thể trước thời gian bắt đầu.',
  en: 'The end time cannot be before the start time.',
}
export const DEADLINE_AFTER_END: Message = {
  vi: 'Hạn đăng ký phải trước khi sự kiện kết thúc.',
  en: 'The registration deadline must be before the event ends.',
}

/** Whether an event with these times ends before it starts. */
export const endsBeforeStart = (startsAt: unknown, endsAt: unknown): boolean => {
  const [start, end] = [time(startsAt), time(endsAt)]
  return start !== null && end !== null && end < start
}

/** Whether registration closes after the event ends (or starts, when it has no end). */
export const deadlineAfterEnd = (
  startsAt: unknown,
  endsAt: unknown,
  registrationDeadline: unknown,
): boolean => {
  const deadline = time(registrationDeadline)
  const end = time(endsAt) ?? time(startsAt)
  return deadline !== null && end !== null && deadline > end
}

type Times = { startsAt?: unknown; endsAt?: unknown; registrationDeadline?: unknown }

/**
 * The same rules as field validators (after Payload's own date check), so the admin's form marks
 * the field itself while the editor types — Payload re-validates fields on every change and
 * would clear an error that only a save returned. The `checkEvent` hook still applies them to
 * the stored item on every save, drafts included.
 */
export const validateEndsAt: DateFieldValidation = (value, options) => {
  const valid = date(value, options)
  if (valid !== true) return valid
  return endsBeforeStart((options.siblingData as Times | undefined)?.startsAt, value)
    ? localize(options.req, END_BEFORE_START)
    : true
}

export const validateRegistrationDeadline: DateFieldValidation = (value, options) => {
  const valid = date(value, options)
  if (valid !== true) return valid
  const times = (options.siblingData ?? {}) as Times
  return deadlineAfterEnd(times.startsAt, times.endsAt, value)
    ? localize(options.req, DEADLINE_AFTER_END)
    : true
}
