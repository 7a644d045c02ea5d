import type { CollectionBeforeChangeHook } from 'payload'

import { erasedPersonalData } from '../lib/personalData'

/**
 * Erases the sender's name and e-mail in the same save that moves an item into a state where
 * they have no further use (a rejected question or comment: no answer will be sent), so no
 * stored row ever holds both the final state and the personal data.
 *
 * @example
 * beforeChange: [erasePersonalDataWhen(['rejected'])]
 */
export function erasePersonalDataWhen(states: readonly string[]): CollectionBeforeChangeHook {
  return ({ data, originalDoc }) => {
    const status = (data.status ?? originalDoc?.status) as string | undefined
    if (!status || !states.includes(status)) return data
    const holds = [data, originalDoc].some((doc) => doc?.name != null || doc?.email != null)
    if (!holds) return data
    return { ...data, ...erasedPersonalData() }
  }
}
