import type { Payload } from 'payload'

import type { OutletEntry, TermRef, TopicEntry, Translated } from '../types'
import type { Lookup } from './dependencies'

const translated = (vi: string, en: string | null | undefined): Translated => ({
  vi,
  en: en?.trim() ? en : null,
})

const optionalTranslated = (
  vi: string | null | undefined,
  en: string | null | undefined,
): Translated | null => (vi?.trim() ? translated(vi, en) : null)

/**
 * Every published term of a taxonomy with a slug, in Vietnamese name order, each with its
 * English translation (or undefined when it has none): taxonomies are small and public.
 */
async function readTaxonomy<C extends 'topics' | 'outlets'>(payload: Payload, collection: C) {
  const query = { collection, depth: 0, pagination: false, overrideAccess: false } as const
  const [vi, en] = await Promise.all([
    payload.find({ ...query, locale: 'vi', sort: 'name' }),
    payload.find({ ...query, locale: 'en', fallbackLocale: false }),
  ])
  const english = new Map(en.docs.map((doc) => [doc.id, doc]))
  return vi.docs
    .filter((doc) => doc.slug)
    .map((doc) => ({ doc, slug: doc.slug!, en: english.get(doc.id) }))
}

/** Every topic, in both languages. */
export async function loadTopics(payload: Payload): Promise<TopicEntry[]> {
  return (await readTaxonomy(payload, 'topics')).map(({ doc, slug, en }) => ({
    id: doc.id,
    slug,
    name: translated(doc.name, en?.name),
    description: optionalTranslated(doc.description, en?.description),
  }))
}

/** Every outlet (newsroom or agency), in both languages. */
export async function loadOutlets(payload: Payload): Promise<OutletEntry[]> {
  return (await readTaxonomy(payload, 'outlets')).map(({ doc, slug, en }) => ({
    id: doc.id,
    slug,
    name: translated(doc.name, en?.name),
    shortName: doc.shortName ?? null,
    kind: doc.kind,
    website: doc.website ?? null,
    description: optionalTranslated(doc.description, en?.description),
  }))
}

export interface Terms {
  topic: (id: number | { id: number } | null | undefined) => TermRef | null
  outlet: (id: number | { id: number } | null | undefined) => TermRef | null
}

/** Topics and outlets by id, as the references items store point at them. */
export interface TermLookups {
  topics: Lookup<number, TermRef>
  outlets: Lookup<number, TermRef>
}

/** `Terms` over the given lookups. */
export function termsFrom({ topics, outlets }: TermLookups): Terms {
  const ref =
    (lookup: Lookup<number, TermRef>) => (value: number | { id: number } | null | undefined) =>
      value == null ? null : (lookup.get(typeof value === 'number' ? value : value.id) ?? null)
  return { topic: ref(topics), outlet: ref(outlets) }
}

/** Looks up topics and outlets by id, as the references items store. */
export async function loadTerms(payload: Payload): Promise<Terms & TermLookups> {
  const [topics, outlets] = await Promise.all([loadTopics(payload), loadOutlets(payload)])
  const byId = (list: (TopicEntry | OutletEntry)[]) =>
    new Map(list.map((t): [number, TermRef] => [t.id, { slug: t.slug, name: t.name }]))
  const lookups = { topics: byId(topics), outlets: byId(outlets) }
  return { ...lookups, ...termsFrom(lookups) }
}
