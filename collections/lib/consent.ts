import { CONSENT_PURPOSE_OPTIONS, type ConsentPurpose } from '../vocabulary/consent'
import { formatDay, vietnamDay } from './calendarDay'
import type { Message } from './messages'

/** A consent record as stored (`consent` group of people and of a startup's founders). */
export type ConsentRecord = {
  given?: boolean | null
  givenBy?: string | null
  givenAt?: string | null
  method?: string | null
  purposes?: readonly string[] | null
  evidence?: string | null
  withdrawnAt?: string | null
}

/** The parts of a consent record that must be filled in once it says consent was given. */
export type ConsentPart = 'givenBy' | 'givenAt' | 'method' | 'purposes' | 'withdrawnAt'

/**
 * Whether this record lets the portal publish for `purpose`: consent given, recorded in full
 * (who, when, how, for this purpose) and not withdrawn. Anything less is no.
 *
 * @example
 * consentCovers({ given: true, givenBy: 'An', givenAt: '2025-03-01', method: 'email',
 *   purposes: ['profile'] }, 'profile') // true
 * consentCovers({ given: true, purposes: ['profile'] }, 'profile') // false: who, when, how?
 */
export function consentCovers(
  consent: ConsentRecord | null | undefined,
  purpose: ConsentPurpose,
): boolean {
  if (!consent || consent.given !== true || consent.withdrawnAt) return false
  return (
    Boolean(consent.givenBy?.trim()) &&
    vietnamDay(consent.givenAt) !== null &&
    Boolean(consent.method) &&
    (consent.purposes ?? []).includes(purpose)
  )
}

const MISSING: Record<Exclude<ConsentPart, 'withdrawnAt'>, Message> = {
  givenBy: {
    vi: 'Ghi rõ ai đã đồng ý (chính người đó hoặc người đại diện hợp pháp).',
    en: 'Say who gave the consent (the person or their legal representative).',
  },
  givenAt: {
    vi: 'Ghi ngày người đó đồng ý.',
    en: 'Give the date the consent was given.',
  },
  method: {
    vi: 'Chọn hình thức đồng ý (biểu mẫu, thư điện tử hoặc văn bản giấy).',
    en: 'Choose how the consent was given (form, e-mail or paper).',
  },
  purposes: {
    vi: 'Chọn ít nhất một mục đích người đó đã đồng ý.',
    en: 'Choose at least one purpose the person consented to.',
  },
}

/**
 * What is wrong with one part of a consent record, or null: once "given" is ticked, who, when,
 * how and for what must be recorded; no date is in the future; consent is not withdrawn before
 * it was given.
 *
 * @example
 * consentProblem('givenAt', { given: true }, new Date())?.vi // 'Ghi ngày người đó đồng ý.'
 */
export function consentProblem(
  part: ConsentPart,
  consent: ConsentRecord | null | undefined,
  now: Date = new Date(),
): Message | null {
  const record = consent ?? {}
  const today = vietnamDay(now)!
  if (part === 'givenAt' || part === 'withdrawnAt') {
    const day = vietnamDay(record[part])
    if (day !== null && day > today) {
      return part === 'givenAt'
        ? { vi: 'Ngày đồng ý không thể ở tương lai.', en: 'Consent cannot be dated in the future.' }
        : {
            vi: 'Ngày rút lại sự đồng ý không thể ở tương lai.',
            en: 'A withdrawal cannot be dated in the future.',
          }
    }
    const given = vietnamDay(record.givenAt)
    if (part === 'withdrawnAt' && day !== null && given !== null && day < given) {
      return {
        vi: `Ngày rút lại không thể trước ngày đồng ý (${formatDay(given)}).`,
        en: `Consent cannot be withdrawn before it was given (${formatDay(given)}).`,
      }
    }
  }
  if (part === 'withdrawnAt' || record.given !== true) return null
  const filled =
    part === 'purposes'
      ? (record.purposes ?? []).length > 0
      : part === 'givenAt'
        ? vietnamDay(record.givenAt) !== null
        : Boolean(String(record[part] ?? '').trim())
  return filled ? null : MISSING[part]
}

const purposeLabel = (purpose: ConsentPurpose) =>
  CONSENT_PURPOSE_OPTIONS.find((option) => option.value === purpose)!.label

/**
 * Why an item with this consent record cannot be published for `purpose`, or null when it can:
 * the editor reads what is missing, or that the person withdrew.
 */
export function publishRefusal(
  consent: ConsentRecord | null | undefined,
  purpose: ConsentPurpose,
): { path: 'given' | 'withdrawnAt'; message: Message } | null {
  if (consentCovers(consent, purpose)) return null
  const withdrawn = vietnamDay(consent?.withdrawnAt)
  if (withdrawn) {
    return {
      path: 'withdrawnAt',
      message: {
        vi: `Người này đã rút lại sự đồng ý ngày ${formatDay(withdrawn)}: không được công bố nữa. Hãy gỡ hồ sơ xuống (bỏ xuất bản); dữ liệu sẽ được xoá khỏi Cổng và các bản sao.`,
        en: `This person withdrew their consent on ${formatDay(withdrawn)}: it may no longer be published. Unpublish the profile; the data will be erased from the portal and its copies.`,
      },
    }
  }
  const label = purposeLabel(purpose)
  return {
    path: 'given',
    message: {
      vi: `Chưa thể xuất bản: cần ghi nhận sự đồng ý của người này cho mục đích "${label.vi}" — ai đồng ý, ngày nào, bằng hình thức nào (Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15). Có thể lưu bản nháp.`,
      en: `Not published: record this person’s consent to "${label.en}" first — who gave it, when and how (Law 91/2025/QH15 on personal data protection). It can be saved as a draft.`,
    },
  }
}

/**
 * What the public may see of a person, derived from their consent on every save: their name
 * (as a founder) and their contact details. Stored beside the record (which only staff read)
 * so field access can decide from the row itself.
 */
export const consentFlags = (consent: ConsentRecord | null | undefined) => ({
  namePublic: consentCovers(consent, 'founder-name'),
  contactPublic: consentCovers(consent, 'public-contact'),
})

/**
 * The jobs-queue task that erases a person from every copy once their consent is withdrawn
 * (cms/jobs/purgeWithdrawnConsent.ts); queued by the people and startups hooks.
 */
export const CONSENT_PURGE_TASK = 'purgeWithdrawnConsent'

/** What a purge job is given: which record, and who recorded the withdrawal (an account id). */
export type ConsentPurgeInput = {
  collection: 'people' | 'startups'
  id: string
  requestedBy?: string | null
}

type WithConsent = { id?: unknown; consent?: ConsentRecord | null }

/** Whether a consent record says the person withdrew. */
export const isWithdrawn = (consent: ConsentRecord | null | undefined): boolean =>
  Boolean(consent?.withdrawnAt)

/**
 * Whether a save records a withdrawal that was not recorded before: a person's own consent, or
 * any founder's (matched by the array row's id). Saving a record already withdrawn again queues
 * nothing new; the purge is idempotent anyway.
 *
 * @example
 * recordsNewWithdrawal({ consent: { withdrawnAt: '2026-11-30' } }, { consent: {} }) // true
 */
export function recordsNewWithdrawal(
  doc: WithConsent & { founders?: WithConsent[] | null },
  previous?: (WithConsent & { founders?: WithConsent[] | null }) | null,
): boolean {
  if (isWithdrawn(doc.consent) && !isWithdrawn(previous?.consent)) return true
  const before = new Map((previous?.founders ?? []).map((founder) => [founder.id, founder]))
  return (doc.founders ?? []).some(
    (founder) => isWithdrawn(founder.consent) && !isWithdrawn(before.get(founder.id)?.consent),
  )
}
