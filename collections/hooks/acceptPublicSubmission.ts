import type { PayloadRequest } from 'payload'

import { FORM_MESSAGES, PER_EMAIL_LIMIT } from '../lib/publicForms'
import { refuse } from '../lib/messages'
import type { AnyBeforeOperationHook, OperationArgs } from '../lib/operationArgs'

/**
 * What a collection filled by a public form accepts from someone who is not signed in: a new
 * item, through the site's form route only (the Local API as the public, `overrideAccess:
 * false`, no user — never REST or GraphQL, which would skip the form's honeypot, fill time and
 * address limit), with the form's fields only (no status, answer or staff note), and at most
 * PER_EMAIL_LIMIT items per e-mail address an hour. It is stored as `pending` and stamped with
 * the time it arrived. Staff and server code (`overrideAccess`, the seed) are not held to it.
 */
export function acceptPublicSubmission(formFields: readonly string[]): AnyBeforeOperationHook {
  return async ({ args, operation, req, collection }) => {
    const { overrideAccess, data } = args as OperationArgs
    if (operation !== 'create' || overrideAccess || req.user) return args
    if (req.payloadAPI !== 'local') refuse(req, FORM_MESSAGES.formOnly, 403)
    const fields = Object.entries((data ?? {}) as Record<string, unknown>)
    const staffField = fields.some(
      ([key, value]) =>
        !formFields.includes(key) && !(key === 'status' && (value === 'pending' || value == null)),
    )
    if (staffField) refuse(req, FORM_MESSAGES.staffFields, 403)
    const values = data as Record<string, unknown>
    if (
      typeof values.email === 'string' &&
      (await recentByEmail(req, collection.slug, values.email))
    ) {
      refuse(req, FORM_MESSAGES.tooManyForEmail, 429)
    }
    // Hooks further on (the comment period) check what only a public submission must meet.
    req.context.publicSubmission = true
    values.status = 'pending'
    values.receivedAt = new Date().toISOString()
    return args
  }
}

/** Whether this address has used up its submissions in the window (a system count). */
async function recentByEmail(req: PayloadRequest, collection: string, email: string) {
  const since = new Date(Date.now() - PER_EMAIL_LIMIT.windowMs).toISOString()
  const { totalDocs } = await req.payload.count({
    collection: collection as 'questions',
    where: {
      and: [
        { email: { equals: email.trim().toLowerCase() } },
        { receivedAt: { greater_than: since } },
      ],
    },
    // The system counts; the public may not read e-mail addresses.
    overrideAccess: true,
    req,
  })
  return totalDocs >= PER_EMAIL_LIMIT.count
}
