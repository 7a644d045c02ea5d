export const LEGAL_STATUSES = ['not-yet-effective', 'in-force', 'expired'] as const
export type LegalStatus = (typeof LEGAL_STATUSES)[number]

export const LEGAL_STATUS_OPTIONS: { label: { vi: string; en: string }; value: LegalStatus }[] = [
  { label: { vi: 'Chưa có hiệu lực', en: 'Not yet in force' }, value: 'not-yet-effective' },
  { label: { vi: 'Còn hiệu lực', en: 'In force' }, value: 'in-force' },
  { label: { vi: 'Hết hiệu lực', en: 'No longer in force' }, value: 'expired' },
]

type Dates = {
  effectiveDate?: string | Date | null
  expiryDate?: string | Date | null
  legalStatusOverride?: LegalStatus | null
}

/**
 * A legal document's status on a given day: an explicit override wins (e.g. repealed early);
 * otherwise it is derived from the effective and expiry dates.
 *
 * @example
 * deriveLegalStatus({ effectiveDate: '2020-12-10' }, new Date('2021-01-01')) // 'in-force'
 */
export function deriveLegalStatus(doc: Dates, now: Date = new Date()): LegalStatus {
  if (doc.legalStatusOverride) return doc.legalStatusOverride
  const t = now.getTime()
  if (doc.effectiveDate && new Date(doc.effectiveDate).getTime() > t) return 'not-yet-effective'
  if (doc.expiryDate && new Date(doc.expiryDate).getTime() <= t) return 'expired'
  return 'in-force'
}
