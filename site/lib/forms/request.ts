import { createFormToken, verifyFormToken } from '@collections/lib/formToken'
import { FORM_MESSAGES, type FormProblems } from '@collections/lib/publicForms'
import type { Lang } from '../i18n'
import { strings } from '../i18n'
import { HONEYPOT_FIELD, type FormState, type Submitted } from './state'

/**
 * The form route's checks that need no CMS: where the POST came from, the honeypot, the signed
 * fill time. What a person typed is checked by collections/lib/publicForms.ts (`checkQuestion`,
 * `checkComment`), the same rules the CMS holds the form path to.
 */

/** Every answer of the form routes: never cached, never indexed. */
export const FORM_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'Cache-Control': 'no-store',
  'X-Robots-Tag': 'noindex, nofollow',
}

/** `/en/…` → 'en', none → 'vi', anything else → null (no such page). */
export function formLang(param: string | undefined): Lang | null {
  if (param === undefined || param === '') return 'vi'
  return param === 'en' ? 'en' : null
}

/**
 * CSRF: a form POST counts only from the portal's own pages. Browsers send Origin with every
 * POST; Referer is the fallback for the few that omit it; with neither the POST is refused.
 * Compared with the Host the request was sent to (the live server passes it on unchanged).
 *
 * @example
 * isSameOrigin(new Headers({ origin: 'https://a.vn', host: 'a.vn' })) // true
 */
export function isSameOrigin(headers: Headers): boolean {
  const host = headers.get('host')
  const source = headers.get('origin') ?? headers.get('referer')
  if (!host || !source || source === 'null') return false
  try {
    return new URL(source).host === host
  } catch {
    return false
  }
}

/** The form's fields as text (files and repeated names ignored: the forms have neither). */
export async function readForm(request: Request): Promise<Record<string, string> | null> {
  try {
    const data = await request.formData()
    const fields: Record<string, string> = {}
    for (const [name, value] of data) {
      if (typeof value === 'string' && !(name in fields)) fields[name] = value
    }
    return fields
  } catch {
    return null
  }
}

/** A filled honeypot: a script. It is told "received" and nothing is stored. */
export const isTrapped = (fields: Record<string, string>): boolean =>
  Boolean(fields[HONEYPOT_FIELD]?.trim())

/** Why the signed fill time refuses this submission (in the form's language), or null. */
export function issuedProblem(
  fields: Record<string, string>,
  secret: string,
  lang: Lang,
  now = new Date(),
): string | null {
  const check = verifyFormToken({ token: fields.issued, secret, now })
  if (check.valid) return null
  const t = strings(lang).publicInput
  return check.reason === 'too-fast' ? t.tooFast : t.expired
}

/** Each field's refusal in the form's language. */
export function localizeProblems(problems: FormProblems, lang: Lang): Record<string, string> {
  return Object.fromEntries(
    Object.entries(problems).map(([field, key]) => [field, FORM_MESSAGES[key!][lang]]),
  )
}

/**
 * The end of every form post once its target is known: the person's input as checked
 * (`problems`), the signed fill time, then `submit`. Fills `form` with what to show again and
 * gives the status to answer with, or 'received'.
 */
export async function completeSubmission(
  form: FormState,
  fields: Record<string, string>,
  problems: FormProblems,
  { lang, secret, submit }: { lang: Lang; secret: string; submit: () => Promise<Submitted> },
): Promise<number | 'received'> {
  form.values = { ...fields, issued: '' }
  form.problems = localizeProblems(problems, lang)
  form.general = issuedProblem(fields, secret, lang)
  if (form.general || Object.keys(problems).length > 0) return 400
  const result = await submit()
  if (result.ok) return 'received'
  form.problems = localizeProblems(result.problems, lang)
  form.general = result.general
  return result.status
}

/** What a form route's own part does with the fields posted: its checks, and how to store. */
export type FormCheck = (fields: Record<string, string>) => {
  problems: FormProblems
  submit: () => Promise<Submitted>
}

/**
 * A form route rendered on request, the steps every such form takes in order: no-store
 * headers, a fresh signed fill time for the form shown again, the route's own data (`load`,
 * e.g. the topics offered), then for a POST same origin → readable → honeypot (a script is
 * told "received") → the route's checks → signed fill time → store. Any other method than GET,
 * HEAD or POST gets 405 (`response`); a failure, the "unavailable" message with 503.
 *
 * @example
 * const route = await runFormRoute(Astro, lang, { name: 'Question form', check: (fields) => … })
 * if (route.response) return route.response
 */
export async function runFormRoute<T = undefined>(
  astro: { request: Request; response: { status?: number; headers: Headers } },
  lang: Lang,
  { name, load, check }: { name: string; load?: () => Promise<T>; check: (loaded: T) => FormCheck },
): Promise<{ form: FormState; received: boolean; loaded?: T; response?: Response }> {
  for (const [header, value] of Object.entries(FORM_RESPONSE_HEADERS)) {
    astro.response.headers.set(header, value)
  }
  const t = strings(lang).publicInput
  const secret = process.env.FORM_SECRET
  const form: FormState = { values: {}, problems: {}, general: null, token: '' }
  const { method } = astro.request
  if (method !== 'GET' && method !== 'HEAD' && method !== 'POST') {
    const response = new Response('Method Not Allowed', {
      status: 405,
      headers: { Allow: 'GET, POST' },
    })
    return { form, received: false, response }
  }
  let loaded: T | undefined
  try {
    if (!secret) throw new Error('FORM_SECRET is not set for the site server.')
    form.token = createFormToken({ secret })
    loaded = load ? await load() : undefined
    if (method !== 'POST') return { form, received: false, loaded }
    const fields = await readForm(astro.request)
    let outcome: number | 'received'
    if (!isSameOrigin(astro.request.headers)) {
      form.general = t.crossSite
      outcome = 403
    } else if (!fields) {
      form.general = t.expired
      outcome = 400
    } else if (isTrapped(fields)) {
      outcome = 'received'
    } else {
      const { problems, submit } = check(loaded as T)(fields)
      outcome = await completeSubmission(form, fields, problems, { lang, secret, submit })
    }
    if (outcome !== 'received') astro.response.status = outcome
    return { form, received: outcome === 'received', loaded }
  } catch (error) {
    console.error(`${name} failed:`, error)
    astro.response.status = 503
    form.general = t.unavailable
    return { form, received: false, loaded }
  }
}
