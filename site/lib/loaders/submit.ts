import type { Payload } from 'payload'

import { FORM_MESSAGES, type FormProblems } from '@collections/lib/publicForms'
import type { Lang } from '../i18n'
import type { Submitted } from '../forms/state'
import type { FormTopic } from '../paths'

/**
 * The form routes' writes and reads, as the public: `overrideAccess: false` and no user, so
 * the CMS holds them to what the public may do (collections/hooks/acceptPublicSubmission.ts:
 * pending items with the form's fields only, per-e-mail limit; the comment period). Nothing
 * here is trusted beyond what an anonymous visitor could do.
 */

/** What the CMS said no to, for the person: field refusals, or one for the whole form. */
function refusalOf(error: unknown, lang: Lang): Submitted {
  const e = error as { status?: number; data?: { errors?: { path?: string }[] } }
  if (e.status === 429) {
    return { ok: false, status: 429, problems: {}, general: FORM_MESSAGES.tooManyForEmail[lang] }
  }
  if (e.status === 403 || e.status === 404) {
    const closed = /hết thời hạn|closed/i.test(String((error as Error).message))
    return {
      ok: false,
      status: 403,
      problems: {},
      general: (closed ? FORM_MESSAGES.closed : FORM_MESSAGES.noticeMissing)[lang],
    }
  }
  const fields = (e.data?.errors ?? []).map((x) => x.path ?? '')
  if (e.status === 400 && fields.length > 0) {
    const problems: FormProblems = {}
    for (const field of fields) {
      if (field === 'topic') problems.topic = 'topicMissing'
      else if (field === 'email') problems.email = 'emailInvalid'
      else if (field === 'name') problems.name = 'nameLength'
      else if (field === 'question') problems.question = 'questionLength'
      else if (field === 'comment') problems.comment = 'commentLength'
      else if (field === 'notice') problems.notice = 'noticeMissing'
      else if (field === 'kind') problems.kind = 'kindMissing'
      else if (field === 'message') problems.message = 'messageLength'
      else if (field === 'profileUrl') problems.profileUrl = 'profileUrlInvalid'
    }
    return { ok: false, status: 400, problems, general: null }
  }
  throw error
}

/** Stores a question from the public form (already checked with `checkQuestion`). */
export async function submitQuestion(
  payload: Payload,
  values: { name: string; email: string; topic: number; question: string },
  lang: Lang,
): Promise<Submitted> {
  try {
    await payload.create({
      collection: 'questions',
      data: { ...values, language: lang } as never,
      overrideAccess: false,
    })
    return { ok: true }
  } catch (error) {
    return refusalOf(error, lang)
  }
}

/** Stores a comment on a draft from the public form (already checked with `checkComment`). */
export async function submitComment(
  payload: Payload,
  values: { name: string; email: string; notice: number; comment: string },
  lang: Lang,
): Promise<Submitted> {
  try {
    await payload.create({
      collection: 'consultation-comments',
      data: { ...values, language: lang } as never,
      overrideAccess: false,
    })
    return { ok: true }
  } catch (error) {
    return refusalOf(error, lang)
  }
}

/** The topics the question form offers (as the public reads them). */
export async function loadFormTopics(payload: Payload, lang: Lang): Promise<FormTopic[]> {
  const { docs } = await payload.find({
    collection: 'topics',
    depth: 0,
    pagination: false,
    overrideAccess: false,
    locale: lang,
    fallbackLocale: false,
    sort: 'name',
    select: { name: true },
  })
  return docs.filter((doc) => doc.name).map((doc) => ({ id: doc.id, name: doc.name }))
}

/** The draft a comment is for, as the public reads it: its page, title and comment period. */
export async function loadCommentedNotice(payload: Payload, id: number | null, lang: Lang) {
  if (id === null) return null
  const doc = await payload.findByID({
    collection: 'policy-notices',
    id,
    depth: 0,
    overrideAccess: false,
    disableErrors: true,
    locale: lang,
    select: { slug: true, title: true, consultation: true },
  })
  if (!doc?.slug) return null
  return { id: doc.id, slug: doc.slug, title: doc.title, consultation: doc.consultation ?? null }
}

/** Stores a personal data request from the privacy page (already checked with `checkPrivacyRequest`). */
export async function submitPrivacyRequest(
  payload: Payload,
  values: { kind: string; name: string; email: string; profileUrl: string; message: string },
  lang: Lang,
): Promise<Submitted> {
  try {
    const { profileUrl, ...rest } = values
    await payload.create({
      collection: 'privacy-requests',
      data: { ...rest, ...(profileUrl ? { profileUrl } : {}), language: lang } as never,
      overrideAccess: false,
    })
    return { ok: true }
  } catch (error) {
    return refusalOf(error, lang)
  }
}
