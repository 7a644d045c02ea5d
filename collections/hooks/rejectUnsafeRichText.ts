import type { FieldHook } from 'payload'

import { rejectIfInvalid } from '../lib/messages'
import { describeRichTextProblem, findRichTextProblems } from '../lib/richText'

/**
 * Refuses rich text with a link that is not http(s)/mailto/tel (javascript:, data:, …) or with
 * a node type the editor cannot produce. A field hook, not `validate`, because Payload skips
 * validation when saving drafts and a draft is rendered too (preview).
 */
export const rejectUnsafeRichText: FieldHook = ({ value, path, req, collection }) => {
  const problems = findRichTextProblems(value)
  if (problems.length > 0) {
    const fieldPath = Array.isArray(path) ? path.join('.') : String(path)
    rejectIfInvalid(
      req,
      collection?.slug ?? '',
      problems.map((problem) => ({ path: fieldPath, message: describeRichTextProblem(problem) })),
    )
  }
  return value
}
