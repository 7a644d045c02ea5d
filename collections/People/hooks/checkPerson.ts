import type { CollectionBeforeChangeHook } from 'payload'

import { consentFlags, publishRefusal, type ConsentRecord } from '../../lib/consent'
import { publishesOnSave } from '../../lib/editorialContext'
import { rejectIfInvalid } from '../../lib/messages'

/**
 * Every save of a person's profile: the public contact follows their consent record, and a save
 * that makes the profile live (publishing it, or editing it while live) is refused unless the
 * person's consent to publish their profile is recorded in full and not withdrawn — with what
 * is missing, in the editor's language. Drafts are always kept.
 */
export const checkPerson: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const consent = (data.consent !== undefined ? data.consent : originalDoc?.consent) as
    ConsentRecord | null | undefined
  data.contactPublic = consentFlags(consent).contactPublic
  if (publishesOnSave(req, data, originalDoc)) {
    const refusal = publishRefusal(consent, 'profile')
    if (refusal) {
      rejectIfInvalid(req, 'people', [
        { path: `consent.${refusal.path}`, message: refusal.message },
      ])
    }
  }
  return data
}
