import { combineCacheKeys } from './cacheKey'
import { getAllProfiles, getProfiles, type Stored } from './content'
import { LANGS, langParam, strings, type Lang } from './i18n'
import {
  DIRECTORY_FACET_SEGMENTS,
  DIRECTORY_KIND_SEGMENTS,
  directoryFacetPath,
  type DirectoryFacet,
  type ProfileKind,
} from './routes'
import type { ProfileEntry } from './types'

/**
 * `getStaticPaths()` for the ecosystem directory (issue 15), with `cacheKey`s like lib/paths.ts:
 * the digests of the profiles a page shows. Filters work without JavaScript as the library's
 * do: one prerendered page per facet and value in use (`/he-sinh-thai/du-an/linh-vuc/<value>/`),
 * one dimension at a time, so pages grow with values, not with combinations.
 */

export const PROFILE_KINDS: readonly ProfileKind[] = ['startup', 'person', 'organisation']

/** The facets each list offers. */
export const DIRECTORY_FACETS: Record<ProfileKind, readonly DirectoryFacet[]> = {
  startup: ['sector', 'stage', 'district'],
  person: ['role'],
  organisation: [],
}

/** The values of one facet a profile has (a person has several roles). */
export function facetValues(entry: ProfileEntry, facet: DirectoryFacet): string[] {
  const value =
    facet === 'sector'
      ? entry.sector
      : facet === 'stage'
        ? entry.stage
        : facet === 'district'
          ? entry.district
          : null
  return facet === 'role' ? entry.roles : value ? [value] : []
}

/** A value's name in `lang`, from the one vocabulary. */
export function facetLabel(facet: DirectoryFacet, value: string, lang: Lang): string {
  const t = strings(lang).directory
  const labels: Record<string, string> =
    facet === 'sector'
      ? t.sectors
      : facet === 'stage'
        ? t.stages
        : facet === 'district'
          ? t.districts
          : t.roleLabels
  return labels[value] ?? value
}

/** The profiles with a page in `lang`: every one in Vietnamese, the translated ones in English. */
export const profilesIn = <T extends ProfileEntry>(entries: T[], lang: Lang): T[] =>
  entries.filter((e) => lang === 'vi' || e.en !== null)

export type FacetGroup = {
  facet: DirectoryFacet
  label: string
  values: { value: string; label: string; count: number; href: string }[]
}

/** A list's filter menu: each facet with the values in use and how many profiles have each. */
export function facetGroups(kind: ProfileKind, entries: ProfileEntry[], lang: Lang): FacetGroup[] {
  const t = strings(lang).directory
  return DIRECTORY_FACETS[kind].map((facet) => {
    const counts = new Map<string, number>()
    for (const entry of entries) {
      for (const value of facetValues(entry, facet)) counts.set(value, (counts.get(value) ?? 0) + 1)
    }
    return {
      facet,
      label: t.facets[facet],
      values: [...counts]
        .map(([value, count]) => ({
          value,
          label: facetLabel(facet, value, lang),
          count,
          href: directoryFacetPath(kind, facet, value, lang),
        }))
        .sort((a, b) => a.label.localeCompare(b.label, lang)),
    }
  })
}

const digests = (entries: Stored<ProfileEntry>[]) => entries.map((e) => e.digest)

/** `/he-sinh-thai/`: how many profiles of each kind, a few of each. */
export async function directoryHubPaths() {
  const all = await getAllProfiles()
  return LANGS.map((lang) => {
    const shown = profilesIn(all, lang)
    return {
      params: { lang: langParam(lang) },
      props: {
        lang,
        groups: PROFILE_KINDS.map((kind) => ({
          kind,
          entries: shown.filter((e) => e.kind === kind),
        })),
      },
      cacheKey: combineCacheKeys(['directory', lang, ...digests(shown)]),
    }
  })
}

/** `/he-sinh-thai/du-an/` etc.: every profile of a kind, and the filter menu. */
export async function directoryListPaths() {
  const perKind = await Promise.all(
    PROFILE_KINDS.map(async (kind) => ({ kind, entries: await getProfiles(kind) })),
  )
  return perKind.flatMap(({ kind, entries }) =>
    LANGS.map((lang) => {
      const shown = profilesIn(entries, lang)
      return {
        params: { lang: langParam(lang), kind: DIRECTORY_KIND_SEGMENTS[kind] },
        props: { lang, kind, entries: shown, groups: facetGroups(kind, shown, lang), facet: null },
        cacheKey: combineCacheKeys(['directory-list', kind, lang, ...digests(shown)]),
      }
    }),
  )
}

/** `/he-sinh-thai/du-an/linh-vuc/<value>/` etc.: one page per facet value in use. */
export async function directoryFacetPaths() {
  const perKind = await Promise.all(
    PROFILE_KINDS.map(async (kind) => ({ kind, entries: await getProfiles(kind) })),
  )
  return perKind.flatMap(({ kind, entries }) =>
    LANGS.flatMap((lang) => {
      const shown = profilesIn(entries, lang)
      const groups = facetGroups(kind, shown, lang)
      return groups.flatMap((group) =>
        group.values.map(({ value, label, href }) => {
          const matching = shown.filter((e) => facetValues(e, group.facet).includes(value))
          return {
            params: {
              lang: langParam(lang),
              kind: DIRECTORY_KIND_SEGMENTS[kind],
              facet: DIRECTORY_FACET_SEGMENTS[group.facet],
              value,
            },
            props: {
              lang,
              kind,
              entries: matching,
              groups,
              facet: { facet: group.facet, value, label, href },
            },
            cacheKey: combineCacheKeys([
              'directory-facet',
              kind,
              lang,
              group.facet,
              value,
              ...digests(shown),
            ]),
          }
        }),
      )
    }),
  )
}

/** `/he-sinh-thai/du-an/<slug>/` etc.: each profile, in Vietnamese and, when translated, English. */
export async function profilePaths() {
  const all = await getAllProfiles()
  return all.flatMap((entry) =>
    LANGS.filter((lang) => lang === 'vi' || entry.en !== null).map((lang) => ({
      params: {
        lang: langParam(lang),
        kind: DIRECTORY_KIND_SEGMENTS[entry.kind],
        slug: entry.slug,
      },
      props: { lang, entry },
      // Links to providers and investors carry their names: their digests count too.
      cacheKey: combineCacheKeys(['profile', lang, entry.digest]),
    })),
  )
}
