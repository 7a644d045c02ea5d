import { FORM_TOKEN_PLACEHOLDER } from '@collections/lib/formToken'
import type { FormProblems } from '@collections/lib/publicForms'

/**
 * What a form shows: the person's input (kept when it is shown again) and each field's
 * refusal, already in the page's language; `token` is the signed "issued at" value, or the
 * placeholder the live server fills in on prerendered pages.
 */
export interface FormState {
  values: Record<string, string>
  problems: Record<string, string>
  /** A refusal that concerns the whole form (too fast, expired, unavailable). */
  general: string | null
  token: string
}

/** An empty form on a prerendered page. */
export const emptyForm = (): FormState => ({
  values: {},
  problems: {},
  general: null,
  token: FORM_TOKEN_PLACEHOLDER,
})

/** The honeypot field's name: people never see it, form-filling scripts fill it. */
export const HONEYPOT_FIELD = 'website'

/** What storing a form's input came to: stored, or refused with the reasons for the person. */
export type Submitted =
  { ok: true } | { ok: false; status: number; problems: FormProblems; general: string | null }
