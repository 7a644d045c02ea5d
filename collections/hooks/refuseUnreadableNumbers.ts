import type { Field } from 'payload'

import { NOT_A_NUMBER } from '../lib/directoryRules'
import { listFieldValues } from '../lib/fieldValues'
import { rejectIfInvalid, type FieldProblem } from '../lib/messages'
import type { AnyBeforeOperationHook, OperationArgs } from '../lib/operationArgs'

/** A number as an API client may send it in a string: digits, one optional decimal point. */
const PLAIN_NUMBER = /^\s*-?\d+(?:\.\d+)?\s*$/

/**
 * Payload turns a number sent as a string into a number with parseFloat before any hook or
 * validator sees it: "1.500.000.000" (đồng, written the Vietnamese way) would be stored as 1.5
 * and "500 triệu" as 500, without a word. So a number field's string that is not a plain number
 * is refused here, as sent, beside its field, with the reason; the admin sends numbers as numbers.
 */
export const refuseUnreadableNumbers: AnyBeforeOperationHook = ({
  args: operationArgs,
  collection,
  operation,
  req,
}) => {
  const args = operationArgs as OperationArgs
  if ((operation !== 'create' && operation !== 'update') || !args.data) return operationArgs
  if (typeof args.data !== 'object' || Array.isArray(args.data)) return operationArgs
  const problems: FieldProblem[] = listFieldValues(
    collection.fields as Field[],
    args.data as Record<string, unknown>,
  )
    .filter(({ field, value }) => field.type === 'number' && typeof value === 'string')
    .filter(({ value }) => (value as string).trim() !== '' && !PLAIN_NUMBER.test(value as string))
    .map(({ path }) => ({ path, message: NOT_A_NUMBER }))
  rejectIfInvalid(req, collection.slug, problems)
  return operationArgs
}
