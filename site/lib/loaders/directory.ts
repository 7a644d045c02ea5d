import type { Payload } from 'payload'

import type { Person, Startup, SupportOrganization } from '@collections/payload-types'
import { DIRECTORY_TYPES, type DirectoryCollection } from '@collections/vocabulary/directory'
import { hasRichText, richTextPlain, type RichTextState } from '../richtext'
import type { MentionLink, ProfileEntry, ProfileLink, ProfileText } from '../types'
import { catalogueKey, PUBLIC_READ } from './catalogue'
import { loadItemAssets, loadItemContext, refId, richTextHtml, textOrNull } from './shared'
import { currentSession } from './sync'

/**
 * The ecosystem directory for the site (issue 15): every published startup, person and support
 * organisation, read as the public (`overrideAccess: false`, published only, `select` of the
 * fields pages show). What the public may not read never arrives: a founder's name without
 * consent to be named, e-mail and phone without consent to a public contact, consent records
 * (field access in collections/). The entry keeps only what consent covers a second time
 * (`namePublic`, `contactPublic`), so a change of access rules cannot leak a name to a page.
 */

const KIND_OF = Object.fromEntries(DIRECTORY_TYPES.map((t) => [t.collection, t.kind])) as Record<
  DirectoryCollection,
  ProfileEntry['kind']
>

const COMMON = {
  name: true,
  slug: true,
  publishedAt: true,
  updatedAt: true,
  website: true,
} as const

/**
 * Arrays are selected field by field: `select: { fundingRounds: true }` returns the rows'
 * hasMany relationships (investors) empty on Payload 3.90's SQLite adapter; a nested select
 * returns them. It also keeps the founders' consent records out of the query.
 */
const SELECT: Record<DirectoryCollection, Record<string, unknown>> = {
  startups: {
    ...COMMON,
    summary: true,
    description: true,
    sector: true,
    stage: true,
    district: true,
    registrationNumber: true,
    registrationDate: true,
    founders: {
      name: true,
      role: true,
      email: true,
      phone: true,
      namePublic: true,
      contactPublic: true,
    },
    supportRecords: { year: true, kind: true, provider: true, given: true },
    fundingRounds: { date: true, amountVnd: true, investors: true, otherInvestors: true },
  },
  people: {
    ...COMMON,
    roles: true,
    organisation: true,
    position: true,
    reach: true,
    expertise: true,
    bio: true,
    email: true,
    phone: true,
    contactPublic: true,
  },
  'support-organizations': {
    ...COMMON,
    kinds: true,
    model: true,
    summary: true,
    services: true,
    description: true,
    foundedYear: true,
    upgradedYear: true,
    address: true,
    district: true,
    email: true,
    phone: true,
  },
}

/** The collections whose items name profiles (`mentions`). */
const MENTIONING = ['articles', 'features', 'events'] as const

type AnyDoc = Partial<Startup & Person & SupportOrganization> & { id: number; updatedAt: string }

/** Published profiles of one collection in one language (English without fallback). */
async function readProfiles(
  payload: Payload,
  collection: DirectoryCollection,
  locale: 'vi' | 'en',
): Promise<AnyDoc[]> {
  return currentSession().once(payload, `directory:${collection}:${locale}`, async () => {
    const { docs } = await payload.find({
      ...PUBLIC_READ,
      collection,
      locale,
      ...(locale === 'en' ? { fallbackLocale: false } : {}),
      sort: 'name',
      select: SELECT[collection],
    } as never)
    return docs as unknown as AnyDoc[]
  })
}

/** `collection:id` of a profile → the published items that mention it (a reverse look-up). */
function loadMentions(payload: Payload): Promise<Map<string, MentionLink[]>> {
  return currentSession().once(payload, 'directory:mentions', async () => {
    const ctx = await loadItemContext(payload)
    const byProfile = new Map<string, MentionLink[]>()
    for (const collection of MENTIONING) {
      const { docs } = await payload.find({
        ...PUBLIC_READ,
        collection,
        select: { mentions: true },
      } as never)
      for (const doc of docs as unknown as {
        id: number
        mentions?: { relationTo: string; value: number | { id: number } }[] | null
      }[]) {
        const item = ctx.catalogue.get(catalogueKey(collection, doc.id))
        if (!item) continue
        for (const mention of doc.mentions ?? []) {
          const key = catalogueKey(mention.relationTo, refId(mention.value) ?? -1)
          const list = byProfile.get(key) ?? []
          list.push({ kind: item.kind, slug: item.slug, date: item.date, title: { ...item.title } })
          byProfile.set(key, list)
        }
      }
    }
    for (const list of byProfile.values()) {
      list.sort((a, b) => new Date(b.date ?? 0).getTime() - new Date(a.date ?? 0).getTime())
    }
    return byProfile
  })
}

const filled = (text: string | null | undefined) => Boolean(text?.trim())

const richOf = (doc: AnyDoc | undefined) =>
  ((doc?.description ?? doc?.bio) as RichTextState | null | undefined) ?? null

/** A profile has an English page once its English summary, description/bio or organisation is filled in. */
const hasEnglishText = (translation: AnyDoc | undefined): boolean =>
  Boolean(
    translation &&
    (filled(translation.summary as string | null | undefined) ||
      hasRichText(richOf(translation)) ||
      filled(translation.organisation as string | null | undefined)),
  )

/** Every published profile name, for links between profiles (a provider, an investor). */
async function loadProfileLinks(payload: Payload): Promise<Map<string, ProfileLink>> {
  const links = new Map<string, ProfileLink>()
  for (const { collection, kind } of DIRECTORY_TYPES) {
    const [vi, en] = await Promise.all([
      readProfiles(payload, collection, 'vi'),
      readProfiles(payload, collection, 'en'),
    ])
    const english = new Map(en.map((doc) => [doc.id, doc]))
    for (const doc of vi) {
      if (!doc.slug) continue
      links.set(catalogueKey(collection, doc.id), {
        kind,
        slug: doc.slug,
        name: doc.name!,
        hasEnglish: hasEnglishText(english.get(doc.id)),
      })
    }
  }
  return links
}

/** Every published profile of `collection`, in both languages, ready for its pages. */
export function loadProfiles(collection: DirectoryCollection) {
  return async (payload: Payload): Promise<ProfileEntry[]> => {
    const [vi, en, mentions, links] = await Promise.all([
      readProfiles(payload, collection, 'vi'),
      readProfiles(payload, collection, 'en'),
      loadMentions(payload),
      loadProfileLinks(payload),
    ])
    const ctx = await loadItemContext(payload)
    const english = new Map(en.map((doc) => [doc.id, doc]))
    const assets = await loadItemAssets(
      ctx,
      [],
      vi.flatMap((doc) => [richOf(doc), richOf(english.get(doc.id))]),
    )
    const link = (relationTo: string, value: number | { id: number } | null | undefined) =>
      links.get(catalogueKey(relationTo, refId(value as number) ?? -1)) ?? null
    return vi
      .filter((doc) => doc.slug)
      .map((doc): ProfileEntry => {
        const translation = english.get(doc.id)
        const text = (source: AnyDoc, lang: 'vi' | 'en'): ProfileText => ({
          summary: textOrNull(source.summary),
          descriptionHtml: richTextHtml(ctx, assets, richOf(source), lang),
          descriptionText: richTextPlain(richOf(source)) || null,
          organisation: textOrNull(source.organisation),
          position: textOrNull(source.position),
          services: textOrNull(source.services),
        })
        const translated = hasEnglishText(translation)
        // Contacts: people and founders only with consent to a public contact; an
        // organisation's contacts are not personal data.
        const both = (vi: string | null | undefined, en: string | null | undefined) =>
          filled(vi) ? { vi: vi!, en: translated && filled(en) ? en! : null } : null
        const contactShown = collection === 'support-organizations' || doc.contactPublic === true
        return {
          kind: KIND_OF[collection],
          id: doc.id,
          slug: doc.slug!,
          name: doc.name!,
          publishedAt: doc.publishedAt ?? null,
          updatedAt: doc.updatedAt,
          website: textOrNull(doc.website),
          email: contactShown ? textOrNull(doc.email) : null,
          phone: contactShown ? textOrNull(doc.phone) : null,
          district: doc.district ?? null,
          sector: doc.sector ?? null,
          stage: doc.stage ?? null,
          registrationNumber: textOrNull(doc.registrationNumber),
          registrationDate: doc.registrationDate ?? null,
          founders: (doc.founders ?? []).flatMap((f, i) =>
            f.namePublic === true && filled(f.name)
              ? [
                  {
                    name: f.name,
                    role: both(f.role, translation?.founders?.[i]?.role),
                    email: f.contactPublic === true ? textOrNull(f.email) : null,
                    phone: f.contactPublic === true ? textOrNull(f.phone) : null,
                  },
                ]
              : [],
          ),
          supportRecords: (doc.supportRecords ?? []).map((r, i) => ({
            year: r.year,
            given: both(r.given, translation?.supportRecords?.[i]?.given),
            kind: r.kind,
            provider: link('support-organizations', r.provider as number | null),
          })),
          fundingRounds: (doc.fundingRounds ?? []).map((r) => ({
            date: r.date,
            amountVnd: r.amountVnd ?? null,
            investors: (r.investors ?? [])
              .map((p) => link('people', p as number))
              .filter((p): p is ProfileLink => p !== null),
            otherInvestors: textOrNull(r.otherInvestors),
          })),
          roles: doc.roles ?? [],
          expertise: doc.expertise ?? [],
          reach: doc.reach ?? null,
          orgKinds: doc.kinds ?? [],
          model: doc.model ?? null,
          address: textOrNull(doc.address),
          foundedYear: doc.foundedYear ?? null,
          upgradedYear: doc.upgradedYear ?? null,
          vi: text(doc, 'vi'),
          en: translated ? text(translation!, 'en') : null,
          mentionedBy: mentions.get(catalogueKey(collection, doc.id)) ?? [],
        }
      })
  }
}
