import type { FieldHook, PayloadRequest } from 'payload'

import type { PeriodProgramme } from '../../lib/directoryRules'
import { supportYearNote } from '../../lib/directoryRules'
import { localize } from '../../lib/messages'

const PERIODS = 'hub:programmePeriods'

/** The published programmes' periods, read once per request (a list shows many records). */
function programmePeriods(req: PayloadRequest): Promise<PeriodProgramme[]> {
  const cached = req.context[PERIODS] as Promise<PeriodProgramme[]> | undefined
  if (cached) return cached
  // As the system: which periods count is the same for every editor.
  const periods = req.payload
    .find({
      collection: 'programmes',
      where: { _status: { equals: 'published' } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
      select: { code: true, periodStart: true, periodEnd: true },
    })
    .then(({ docs }) =>
      docs
        .filter((p) => typeof p.periodStart === 'number' && typeof p.periodEnd === 'number')
        .map((p) => ({ code: p.code, periodStart: p.periodStart, periodEnd: p.periodEnd })),
    )
  req.context[PERIODS] = periods
  return periods
}

/**
 * A support record's note for the editor: which programme its year counts toward, or that it
 * counts toward none (kept, not counted). Computed on read, so it follows the programmes as they
 * are; staff only (the field's access), and not computed for the public.
 */
export const notePlanPeriod: FieldHook = async ({ req, siblingData }) => {
  if (!req.user) return null
  const note = supportYearNote(
    (siblingData as { year?: unknown }).year,
    await programmePeriods(req),
  )
  return note ? localize(req, note) : null
}
