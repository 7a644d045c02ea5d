import type { CollectionBeforeChangeHook, Field } from 'payload'

import { listFieldValues } from '../lib/fieldValues'
import { rejectIfInvalid, type FieldProblem } from '../lib/messages'

type Validator = (
  value: unknown,
  options: Record<string, unknown>,
) => true | string | Promise<true | string>

type Condition = (data: unknown, siblingData: unknown, context: Record<string, unknown>) => unknown

/**
 * Drafts keep their limits. Payload skips field validation when it saves a draft (`draft: true`,
 * REST `?draft=true`, autosave: `skipValidation: isSavingDraft && !versions.drafts.validate` in
 * its create and update operations), so a 2,000-character title, a negative duration or a date
 * that is no date was stored as a draft, shown in preview and carried into the published
 * version. On draft saves this hook runs every field's own validator with `required: false`:
 * lengths, ranges, formats, options and row counts are checked as on publish, in Payload's
 * words (translated with `req.t`, the editor's language); completeness waits until publish,
 * where Payload checks everything. All problems are reported at once, with their paths.
 *
 * Why not `versions.drafts.validate: true`: Payload would then refuse drafts with empty required
 * fields, and autosave creates the item as soon as its form opens. Relaxing `required` there
 * means wrapping every field's validator in the config, including the defaults Payload assigns
 * only while sanitizing it and the rich-text editor's, and it changes what the admin form does
 * before an autosave. This hook leaves Payload's own validation as it is and fills only the gap.
 *
 * A custom validator with a completeness rule of its own checks it only when `required` is true
 * (see the corrections' note). Validators run with `event: 'onChange'`, as while typing in the
 * admin: no look-up of which documents a relationship may pick (that depends on the operation's
 * access, which a collection hook does not see; Payload checks it on publish). Fields hidden by
 * their `admin.condition` are skipped, as Payload does. Runs first among `beforeChange` hooks,
 * after `normalizeText`, so limits count the cleaned text.
 */
export const enforceLimitsOnDrafts: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  // Payload marks every draft save (create.js, utilities/update.js); other saves it validates.
  if (data?._status !== 'draft') return data
  const merged = { ...(originalDoc ?? {}), ...data }
  const problems: FieldProblem[] = []
  for (const { field, value, path, siblingData } of listFieldValues(
    collection.fields as Field[],
    data,
  )) {
    const condition = field.admin?.condition as Condition | undefined
    if (
      condition &&
      !condition(merged, siblingData, { operation, path: path.split('.'), user: req.user })
    )
      continue
    // Rich text has its own check on every save, drafts included (rejectUnsafeRichText: the link
    // and node policy, in both languages); the editor's validator would run first here and
    // answer the same links in English only. It still runs on publish.
    const validate = 'validate' in field ? (field.validate as unknown as Validator) : undefined
    if (field.type === 'richText' || typeof validate !== 'function') continue
    const result = await validate(value, {
      ...field,
      id: originalDoc?.id,
      collectionSlug: collection.slug,
      data: merged,
      event: 'onChange',
      operation,
      path: path.split('.'),
      preferences: { fields: {} },
      req,
      required: false,
      siblingData,
    })
    if (typeof result === 'string') problems.push({ path, message: result })
  }
  rejectIfInvalid(req, collection.slug, problems)
  return data
}
