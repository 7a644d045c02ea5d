import type { PayloadRequest } from 'payload'
import { APIError, ValidationError } from 'payload'

export type Message = { vi: string; en: string }

/**
 * Picks the editor's language for a message: the admin UI language when English was chosen,
 * Vietnamese otherwise (the newsroom's default).
 */
export function localize(req: Partial<PayloadRequest> | undefined, message: Message): string {
  return req?.i18n?.language === 'en' ? message.en : message.vi
}

/**
 * One field's problem. The message is ours in both languages, or a string Payload's own field
 * validators already translated with `req.t` — the same admin language `localize` picks.
 */
export type FieldProblem = { path: string; message: Message | string }

/**
 * Throws one ValidationError listing every problem, each in the editor's language, so the
 * admin marks each field, its message tells the reasons, and nothing is written.
 */
export function rejectIfInvalid(
  req: PayloadRequest,
  collection: string,
  problems: FieldProblem[],
): void {
  if (problems.length === 0) return
  const reasons = problems.map((p) =>
    typeof p.message === 'string' ? p.message : localize(req, p.message),
  )
  const error = new ValidationError(
    {
      collection,
      errors: problems.map((p, i) => ({ path: p.path, message: reasons[i]! })),
      req,
    },
    req.t,
  )
  // Payload's own message only names the fields ("Lỗi - Field sau không hợp lệ: endsAt"); the
  // admin's toast and every API client read `message` first, so it carries the reasons too.
  error.message = `${error.message} — ${reasons.join(' ')}`
  throw error
}

/**
 * Refuses a request with an HTTP status other than 400 (403 not allowed, 413 too large, 429
 * too many attempts), in the editor's language. Nothing is written: the operation's transaction
 * is rolled back.
 */
export function refuse(
  req: Partial<PayloadRequest> | undefined,
  message: Message,
  status: number,
): never {
  throw new APIError(localize(req, message), status, null, true)
}
