import { cleanText, comparisonKey } from '@collections/lib/documentNumber'
import { toVietnameseSlug } from '@collections/lib/slug'
import { DOCUMENT_TYPE_OPTIONS, LEGAL_FIELD_OPTIONS } from '@collections/vocabulary/documentTypes'
import { deriveLegalStatus, LEGAL_STATUS_OPTIONS } from '@collections/vocabulary/legalStatus'
import { vietnamDay } from './dates'
import type { Lang } from './i18n'
import type { LibraryFacet } from './routes'
import type { PolicyNoticeEntry } from './types'

/**
 * The legal-document library (`/van-ban/`): one dimension per facet page —
 * `/van-ban/loai/ke-hoach/`, `/van-ban/co-quan/<slug>/`, `/van-ban/linh-vuc/<slug>/`,
 * `/van-ban/nam/2020/`, `/van-ban/tinh-trang/con-hieu-luc/` — so the number of pages grows
 * with the values in use, never with their combinations. Combined filters are the search
 * page's job.
 */

export const LIBRARY_FACETS: LibraryFacet[] = ['type', 'issuer', 'field', 'year', 'status']

export interface FacetValue {
  /** The URL segment: a Vietnamese slug, or the year. */
  slug: string
  label: { vi: string; en: string }
}

const label = (vi: string, en = vi) => ({ vi, en })

/**
 * The value a notice has for a facet on `now` (the build day: status changes by itself when a
 * date passes, at the next build).
 *
 * @example
 * facetValue(plan281, 'type', now) // { slug: 'ke-hoach', label: { vi: 'Kế hoạch', en: 'Plan' } }
 */
export function facetValue(
  notice: PolicyNoticeEntry,
  facet: LibraryFacet,
  now: Date,
): FacetValue | null {
  switch (facet) {
    case 'type': {
      const option = DOCUMENT_TYPE_OPTIONS.find((o) => o.value === notice.documentType)
      return option ? { slug: toVietnameseSlug(option.label.vi), label: { ...option.label } } : null
    }
    case 'field': {
      const option = LEGAL_FIELD_OPTIONS.find((o) => o.value === notice.field)
      return option ? { slug: toVietnameseSlug(option.label.vi), label: { ...option.label } } : null
    }
    case 'issuer': {
      // The issuing body is a proper name, shown in Vietnamese in both languages. Its page is
      // named from the body's comparison key (the one the CMS's uniqueness check uses), so
      // "UBND  Thành phố Hải Phòng " and "UBND thành phố Hải Phòng" share one page.
      const name = cleanText(notice.issuingBody ?? '')
      return name ? { slug: toVietnameseSlug(comparisonKey(name)), label: label(name) } : null
    }
    case 'year': {
      const year = vietnamDay(notice.issueDate).slice(0, 4)
      return { slug: year, label: label(year) }
    }
    case 'status': {
      const status = deriveLegalStatus(notice, now)
      const option = LEGAL_STATUS_OPTIONS.find((o) => o.value === status)!
      return { slug: toVietnameseSlug(option.label.vi), label: option.label }
    }
  }
}

export interface FacetGroup {
  facet: LibraryFacet
  values: (FacetValue & { count: number })[]
}

/**
 * Every facet with the values the notices have, and how many notices have each. Years are
 * newest first; other values in Vietnamese alphabetical order. Notices spelling one value
 * differently (an issuing body in another case) share it; its label is the spelling most of
 * them use — on a tie the first in alphabetical order, so every page that lists the value
 * names it alike, whatever order it got the notices in.
 */
export function facetGroups(notices: PolicyNoticeEntry[], now: Date): FacetGroup[] {
  return LIBRARY_FACETS.map((facet) => {
    const spellings = new Map<string, Map<string, { value: FacetValue; count: number }>>()
    for (const notice of notices) {
      const value = facetValue(notice, facet, now)
      if (!value) continue
      const labels = spellings.get(value.slug) ?? new Map()
      const known = labels.get(value.label.vi)
      labels.set(value.label.vi, { value, count: (known?.count ?? 0) + 1 })
      spellings.set(value.slug, labels)
    }
    const counted = [...spellings.values()].map((labels) => {
      const [top] = [...labels.values()].sort(
        (a, b) => b.count - a.count || a.value.label.vi.localeCompare(b.value.label.vi, 'vi'),
      )
      const count = [...labels.values()].reduce((sum, l) => sum + l.count, 0)
      return { ...top!.value, count }
    })
    const values = counted.sort((a, b) =>
      facet === 'year' ? b.slug.localeCompare(a.slug) : a.label.vi.localeCompare(b.label.vi, 'vi'),
    )
    return { facet, values }
  })
}

/** Newest issue date first (then newest publication), as legal-document portals list them. */
export function byIssueDate(a: PolicyNoticeEntry, b: PolicyNoticeEntry): number {
  const time = (v: string | null) => (v ? new Date(v).getTime() : 0)
  return time(b.issueDate) - time(a.issueDate) || time(b.publishedAt) - time(a.publishedAt)
}

/**
 * A document number as a URL segment: đ → d, upper case, "/" and spaces → "-".
 *
 * @example
 * documentNumberKey('281/KH-UBND') // '281-KH-UBND'
 * documentNumberKey('844/QĐ-TTg') // '844-QD-TTG'
 */
export function documentNumberKey(documentNumber: string): string {
  // cleanText first: an invisible character inside a word would otherwise split it.
  return cleanText(documentNumber)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'D')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

/**
 * The serial number a reader may type alone ("281" for 281/KH-UBND; "08" for 08/2013/NQ-HĐND).
 *
 * @example
 * documentNumberSerial('281/KH-UBND') // '281'
 */
export function documentNumberSerial(documentNumber: string): string | null {
  return /^(\d+)/.exec(cleanText(documentNumber))?.[1] ?? null
}

/** The notices in `lang`: English lists show only translated notices. */
export const inLanguage = <T extends PolicyNoticeEntry>(notices: T[], lang: Lang): T[] =>
  notices.filter((n) => lang === 'vi' || n.en !== null)
