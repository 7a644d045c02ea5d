import { strings, type Lang } from './i18n'
import { profilePath } from './routes'
import type { ProfileEntry } from './types'

/** A profile's text in `lang` (every caller already knows the page exists in that language). */
export const profileText = (entry: ProfileEntry, lang: Lang) =>
  (lang === 'en' ? entry.en : entry.vi) ?? entry.vi

/** The line under a profile's name in lists: its summary, else position and organisation. */
export function profileSummary(entry: ProfileEntry, lang: Lang): string {
  const text = profileText(entry, lang)
  if (text.summary) return text.summary
  return [text.position, text.organisation].filter(Boolean).join(', ')
}

/**
 * The schema.org description of a profile for JSON-LD: an `Organization` for startups and
 * support organisations, a `Person` for people; public fields only (the entry holds no other).
 *
 * @example
 * profileEntity(startup, 'vi', new URL('https://khoinghiep.haiphong.gov.vn'))['@type'] // 'Organization'
 */
export function profileEntity(entry: ProfileEntry, lang: Lang, site: URL): Record<string, unknown> {
  const t = strings(lang).directory
  const text = profileText(entry, lang)
  const sameAs = entry.website ? [entry.website] : undefined
  const url = new URL(profilePath(entry.kind, entry.slug, lang), site).href
  if (entry.kind === 'person') {
    return {
      '@type': 'Person',
      name: entry.name,
      url,
      jobTitle: text.position ?? undefined,
      worksFor: text.organisation
        ? { '@type': 'Organization', name: text.organisation }
        : undefined,
      knowsAbout: entry.expertise.map(
        (value) => t.sectors[value as keyof typeof t.sectors] ?? value,
      ),
      email: entry.email ?? undefined,
      telephone: entry.phone ?? undefined,
      sameAs,
    }
  }
  return {
    '@type': 'Organization',
    name: entry.name,
    url,
    foundingDate:
      entry.registrationDate?.slice(0, 10) ??
      (entry.foundedYear ? String(entry.foundedYear) : undefined),
    address: entry.address
      ? {
          '@type': 'PostalAddress',
          streetAddress: entry.address,
          addressLocality: 'Hải Phòng',
          addressCountry: 'VN',
        }
      : undefined,
    taxID: entry.registrationNumber ?? undefined,
    founder:
      entry.founders.length > 0
        ? entry.founders.map((f) => ({ '@type': 'Person', name: f.name }))
        : undefined,
    email: entry.email ?? undefined,
    telephone: entry.phone ?? undefined,
    sameAs,
  }
}
