import type { CollectionBeforeChangeHook } from 'payload'

import { queueEvent, saveModeOf } from '../lib/editorialContext'
import { rejectIfInvalid, type FieldProblem } from '../lib/messages'

type Correction = { id?: string | null; date?: string | null; note?: unknown }

/** Allowance for clocks that disagree a little between the editor's machine and the server. */
const CLOCK_SKEW_MS = 5 * 60 * 1000

/**
 * A correction keeps the date it was recorded with: a new one gets the current time unless it
 * brings its own (past) date, an existing one keeps its stored date. Adding one is logged.
 */
export const stampCorrections: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (!Array.isArray(data.corrections)) return data
  const stored = new Map<string, Correction>(
    ((originalDoc?.corrections ?? []) as Correction[])
      .filter((row) => row.id)
      .map((row) => [String(row.id), row]),
  )
  const now = Date.now()
  const problems: FieldProblem[] = []
  let added: Correction | undefined
  data.corrections = (data.corrections as Correction[]).map((row, index) => {
    const known = row.id ? stored.get(String(row.id)) : undefined
    if (known) return { ...row, date: known.date ?? row.date }
    added = row
    if (!row.date) return { ...row, date: new Date(now).toISOString() }
    if (Date.parse(row.date) > now + CLOCK_SKEW_MS) {
      problems.push({
        path: `corrections.${index}.date`,
        message: {
          vi: 'Ngày đính chính không thể ở tương lai.',
          en: 'A correction cannot be dated in the future.',
        },
      })
    }
    return row
  })
  rejectIfInvalid(req, 'corrections', problems)
  if (added && !saveModeOf(req).autosave) {
    queueEvent(req, {
      action: 'corrected',
      note: typeof added.note === 'string' ? added.note : null,
    })
  }
  return data
}
