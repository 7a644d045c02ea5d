import type { CollectionBeforeChangeHook } from 'payload'

import { isHttpUrl, WEB_LINK_RULE } from '@collections/lib/links'
import { rejectIfInvalid, type FieldProblem } from '@collections/lib/messages'

const time = (value: unknown) => (value ? new Date(String(value)).getTime() : null)

/** An event must make sense to a reader: it ends after it starts and can be found somewhere. */
export const checkEvent: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const merged = {
    ...(originalDoc ?? {}),
    ...data,
    venue: { ...(originalDoc?.venue ?? {}), ...(data.venue ?? {}) },
  }
  const problems: FieldProblem[] = []
  const start = time(merged.startsAt)
  const end = time(merged.endsAt)
  const deadline = time(merged.registrationDeadline)
  if (start !== null && end !== null && end < start) {
    problems.push({
      path: 'endsAt',
      message: {
        vi: 'Thời gian kết thúc không thể trước thời gian bắt đầu.',
        en: 'The end time cannot be before the start time.',
      },
    })
  }
  if (deadline !== null && (end ?? start) !== null && deadline > (end ?? start)!) {
    problems.push({
      path: 'registrationDeadline',
      message: {
        vi: 'Hạn đăng ký phải trước khi sự kiện kết thúc.',
        en: 'The registration deadline must be before the event ends.',
      },
    })
  }
  for (const [path, value] of [
    ['venue.mapUrl', merged.venue?.mapUrl],
    ['onlineUrl', merged.onlineUrl],
    ['registrationUrl', merged.registrationUrl],
  ] as const) {
    if (value && !isHttpUrl(value)) {
      problems.push({ path, message: WEB_LINK_RULE })
    }
  }
  if (merged._status === 'published' && !merged.venue?.name && !merged.onlineUrl) {
    problems.push({
      path: 'venue.name',
      message: {
        vi: 'Hãy nhập địa điểm hoặc liên kết trực tuyến để người đọc biết nơi diễn ra sự kiện.',
        en: 'Give a venue or an online link so readers know where the event takes place.',
      },
    })
  }
  rejectIfInvalid(req, 'events', problems)
  return data
}
