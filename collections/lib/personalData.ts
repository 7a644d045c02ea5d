/**
 * How long the portal keeps the name and e-mail address a person gives in a public form
 * (Hỏi đáp, Góp ý dự thảo), as the forms' personal-data notice promises (Law 91/2025/QH15,
 * data minimisation): erased once their purpose is served — the answer e-mailed, the item
 * rejected — and at the latest 12 months after receipt, whatever the item's state. The text
 * of the question, answer or comment is not personal data in this sense and stays.
 */

/** The fields a public form collects about the person, erased together. */
export const PERSONAL_DATA_FIELDS = ['name', 'email'] as const

/** The longest time a name and e-mail address are kept after receipt. */
export const RETENTION_MONTHS = 12

/**
 * What an item's erasure writes: the personal fields emptied (null, not a marker: `email` is
 * an e-mail field, and an empty value cannot be mistaken for an address) and when it happened.
 *
 * @example
 * erasedPersonalData(new Date('2026-12-03T02:30:00Z'))
 * // { name: null, email: null, personalDataErasedAt: '2026-12-03T02:30:00.000Z' }
 */
export function erasedPersonalData(at: Date = new Date()) {
  return { name: null, email: null, personalDataErasedAt: at.toISOString() }
}

/**
 * Items received before this moment must have lost their name and e-mail by `now`. The erasure
 * job runs once a day, so it also takes what turns 12 months old before its next run: an item
 * is never kept past its 12 months by waiting for the next day's run.
 *
 * @example
 * retentionCutoff(new Date('2026-12-03T02:30:00Z')) // 2025-12-04T02:30:00.000Z
 */
export function retentionCutoff(now: Date, runEvery = 24 * 60 * 60_000): Date {
  const cutoff = new Date(now.getTime() + runEvery)
  cutoff.setUTCMonth(cutoff.getUTCMonth() - RETENTION_MONTHS)
  return cutoff
}
