import type { PayloadRequest } from 'payload'
import { ValidationError } from 'payload'

export type Message = { vi: string; en: string }

/**
 * Picks the editor's language for a message: the admin UI language when English was chosen,
 * Vietnamese otherwise (the newsroom's default).
 */
export function localize(req: Partial<PayloadRequest> | undefined, message: Message): string {
  return req?.i18n?.language === 'en' ? message.en : message.vi
}

export type FieldProblem = { path: string; message: Message }

/**
 * Throws one ValidationError listing every problem, each in the editor's language, so the
 * admin marks each field and nothing is written.
 */
export function rejectIfInvalid(
  req: PayloadRequest,
  collection: string,
  problems: FieldProblem[],
): void {
  if (problems.length === 0) return
  throw new ValidationError(
    {
      collection,
      errors: problems.map((p) => ({ path: p.path, message: localize(req, p.message) })),
      req,
    },
    req.t,
  )
}
