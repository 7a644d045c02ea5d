import type { CollectionBeforeChangeHook } from 'payload'

import { isHttpUrl, WEB_LINK_RULE } from '@collections/lib/links'
import { rejectIfInvalid, type FieldProblem } from '@collections/lib/messages'

import {
  DEADLINE_AFTER_END,
  deadlineAfterEnd,
  END_BEFORE_START,
  endsBeforeStart,
} from '../timeRules'

/** An event must make sense to a reader: it ends after it starts and can be found somewhere. */
export const checkEvent: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const merged = {
    ...(originalDoc ?? {}),
    ...data,
    venue: { ...(originalDoc?.venue ?? {}), ...(data.venue ?? {}) },
  }
  const problems: FieldProblem[] = []
  if (endsBeforeStart(merged.startsAt, merged.endsAt)) {
    problems.push({ path: 'endsAt', message: END_BEFORE_START })
  }
  if (deadlineAfterEnd(merged.startsAt, merged.endsAt, merged.registrationDeadline)) {
    problems.push({ path: 'registrationDeadline', message: DEADLINE_AFTER_END })
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
