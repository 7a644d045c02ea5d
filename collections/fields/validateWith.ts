import type { PayloadRequest } from 'payload'
import { validations } from 'payload/shared'

import { localize, type Message } from '../lib/messages'

type Context = { siblingData: Record<string, unknown>; data: Record<string, unknown> }
type Rule = (value: unknown, context: Context) => Message | null
type Validate = (
  value: unknown,
  options: Record<string, unknown>,
) => string | true | Promise<string | true>

/**
 * A field validator from one of the pure rules (collections/lib/directoryRules.ts, consent.ts),
 * after Payload's own check for the field's type (required, length, range, a valid date or
 * option — a custom `validate` replaces it otherwise): the problem in the editor's language, or
 * valid. Payload runs it while the editor types and on publish; `enforceLimitsOnDrafts` on
 * draft saves (with `required: false`).
 *
 * @example
 * { name: 'amountVnd', type: 'number', validate: validateWith((value) => amountProblem(value)) }
 */
export const validateWith =
  (rule: Rule) =>
  async (
    value: unknown,
    options: { req: PayloadRequest; siblingData?: unknown; data?: unknown; type?: string },
  ): Promise<string | true> => {
    const own = (validations as unknown as Record<string, Validate | undefined>)[options.type ?? '']
    const first = own ? await own(value, options as unknown as Record<string, unknown>) : true
    if (first !== true) return first
    const problem = rule(value, {
      siblingData: (options.siblingData ?? {}) as Record<string, unknown>,
      data: (options.data ?? {}) as Record<string, unknown>,
    })
    return problem ? localize(options.req, problem) : true
  }
