import type { CollectionBeforeChangeHook } from 'payload'

import { refuse } from '../lib/messages'
import { answersForThePortal } from '../lib/permissions'
import { FORM_MESSAGES } from '../lib/publicForms'

/**
 * Staff changes to a question or comment: only the Ban biên tập and Quản trị move it into or
 * out of a state the public sees or that answers the sender (`decisive`: published, rejected,
 * approved). Server code without a user (the seed, jobs) is trusted.
 */
export function moderatePublicInput(decisive: readonly string[]): CollectionBeforeChangeHook {
  return ({ data, originalDoc, operation, req }) => {
    if (!req.user) return data
    const before = operation === 'update' ? (originalDoc?.status as string | undefined) : undefined
    const after = (data.status as string | undefined) ?? before
    const changes =
      after !== before && (decisive.includes(after ?? '') || decisive.includes(before ?? ''))
    if (changes && !answersForThePortal(req.user))
      refuse(req, FORM_MESSAGES.onlyChiefPublishes, 403)
    return data
  }
}
