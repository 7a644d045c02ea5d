import type { CollectionBeforeChangeHook } from 'payload'

import { rejectIfInvalid } from '../../lib/messages'
import { FORM_MESSAGES } from '../../lib/publicForms'

/**
 * A question goes public only with its answer and the unit that gave it; the first time it
 * does, `publishedAt` records when (the public pages and feeds date it so).
 */
export const checkAnswer: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data } as Record<string, unknown>
  if (merged.status !== 'published') return data
  const missing = ['answer', 'answeringUnit'].filter(
    (field) => typeof merged[field] !== 'string' || !(merged[field] as string).trim(),
  )
  rejectIfInvalid(
    req,
    'questions',
    missing.map((path) => ({ path, message: FORM_MESSAGES.publishNeedsAnswer })),
  )
  if (!merged.publishedAt) data.publishedAt = new Date().toISOString()
  return data
}
