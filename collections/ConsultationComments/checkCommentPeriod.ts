import type { CollectionBeforeChangeHook } from 'payload'

import { refuse } from '../lib/messages'
import { consultationState, FORM_MESSAGES } from '../lib/publicForms'
import { relationId } from '../lib/roles'

/**
 * A comment from the public is accepted only for a published notice whose comment period is
 * open now — checked here, at the moment of saving, because the page with the form is
 * prerendered and may still show the form after the closing time.
 */
export const checkCommentPeriod: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || !req.context.publicSubmission) return data
  const id = relationId(data.notice)
  const notice =
    id === null
      ? null
      : await req.payload.findByID({
          collection: 'policy-notices',
          id,
          depth: 0,
          overrideAccess: false,
          disableErrors: true,
          req,
        })
  const state = consultationState(notice?.consultation)
  if (!notice || state === 'none') refuse(req, FORM_MESSAGES.noticeMissing, 404)
  if (state === 'upcoming') refuse(req, FORM_MESSAGES.notYetOpen, 403)
  if (state === 'closed') refuse(req, FORM_MESSAGES.closed, 403)
  return data
}
