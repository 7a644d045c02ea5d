import type { Payload } from 'payload'

import { richTextUploadIds, type RichTextState } from '../richtext'
import type { Picture } from '../types'
import { loadAuthorNames } from './authors'
import type { ContentCollection } from '@collections/vocabulary/contentTypes'
import { findPublished, loadHeads } from './catalogue'
import {
  readKeys,
  readsHold,
  recorded,
  type Lookup,
  type Read,
  type SourceName,
  type Sources,
} from './dependencies'
import type { EntrySink, LoadReport } from './loader'
import { loadAttachments, loadPictures, loadVideos } from './media'
import type { NoticeRelationRef } from './policyNotices'
import {
  type DocumentFile,
  type ItemAssets,
  type ItemContext,
  loadItemContext,
  refId,
} from './shared'
import { processMemo } from './sync'
import { termsFrom } from './terms'

export type Video = { file: string; mimeType: string }

/** Everything a mapper may look up beyond the item's own document. */
export interface EntryLookups {
  ctx: ItemContext
  assets: ItemAssets
  authors: Lookup<number, string>
  videos: Lookup<number, Video>
  /** Policy notices: the relations each notice shows (its own and those others record). */
  noticeRelations: Lookup<number, NoticeRelationRef[]>
}

type Ref = number | { id: number } | null | undefined

/** The sources read from the database by id, as an item needs them. */
type LoadedSource = Extract<SourceName, 'picture' | 'document' | 'video' | 'author'>
const LOADED: LoadedSource[] = ['picture', 'document', 'video', 'author']

/** What a document needs read before it is mapped: ids per source. */
export type Needs = Partial<Record<LoadedSource, Ref[]>>

/** Pictures and documents of an item: cover and share image, uploads placed in rich text. */
export function uploadNeeds(refs: Ref[], richTexts: (RichTextState | null | undefined)[]): Needs {
  return {
    picture: [...refs, ...richTexts.flatMap((state) => richTextUploadIds(state, 'media'))],
    document: richTexts.flatMap((state) => richTextUploadIds(state, 'documents')),
  }
}

/**
 * How one content collection becomes entries: which fields to read, what else each document
 * needs, and the mapping itself (the same `to<Kind>Entry` the preview route uses).
 */
export interface ItemSpec<
  Doc extends { id: number; slug?: string | null; updatedAt: string },
  Translation,
  Entry extends { slug: string },
> {
  collection: ContentCollection
  /** Vietnamese fields the mapping reads. */
  fields: Record<string, true>
  /** English fields the mapping reads (read without fallback). */
  englishFields: Record<string, true>
  needs(doc: Doc, translation: Translation | undefined): Needs
  map(lookups: EntryLookups, doc: Doc, translation: Translation | undefined): Entry
  /**
   * Data an item gives to other items' mappings (policy notices: the relations a notice
   * records, which the other side shows too), and the lookup made from all of it.
   */
  shared?: {
    of(doc: Doc): unknown
    lookup(all: unknown[]): Lookup<number, NoticeRelationRef[]>
  }
}

/** What this process remembers of an entry it stored. */
type EntryMemo = {
  updatedAt: string
  slug: string
  digest: string
  reads: Read[]
  shared: unknown
}

const NOTHING: Lookup<never, never> = { get: () => undefined }

/** Pictures, documents, videos and authors' names, read by id as the items need them. */
class LoadedSources {
  readonly picture = new Map<number, Picture>()
  readonly document = new Map<number, DocumentFile>()
  readonly video = new Map<number, Video>()
  readonly author = new Map<number, string>()
  private readonly asked: Record<LoadedSource, Set<number>> = {
    picture: new Set(),
    document: new Set(),
    video: new Set(),
    author: new Set(),
  }

  constructor(private readonly payload: Payload) {}

  /** Reads every wanted id not read yet (one query per source). */
  async load(wanted: Record<LoadedSource, Set<number>>): Promise<void> {
    await Promise.all(
      LOADED.map(async (source) => {
        const missing = [...wanted[source]].filter((id) => !this.asked[source].has(id))
        if (missing.length === 0) return
        missing.sort((a, b) => a - b)
        for (const id of missing) this.asked[source].add(id)
        const found: Map<number, unknown> = await (source === 'picture'
          ? loadPictures(this.payload, missing)
          : source === 'document'
            ? loadAttachments(this.payload, missing)
            : source === 'video'
              ? loadVideos(this.payload, missing)
              : loadAuthorNames(this.payload, missing))
        const into = this[source] as Map<number, unknown>
        for (const [id, value] of found) into.set(id, value)
      }),
    )
  }
}

const wantedSets = (): Record<LoadedSource, Set<number>> => ({
  picture: new Set(),
  document: new Set(),
  video: new Set(),
  author: new Set(),
})

function addNeeds(wanted: Record<LoadedSource, Set<number>>, needs: Needs) {
  for (const source of LOADED) {
    for (const ref of needs[source] ?? []) {
      const id = refId(ref)
      if (id !== null) wanted[source].add(id)
    }
  }
}

/** The lookups a mapper gets, each recording what it reads into `reads`. */
function recordingLookups(payload: Payload, sources: Sources, reads: Read[]): EntryLookups {
  const lookup = <K extends string | number, V>(source: SourceName) =>
    recorded(source, sources[source] as unknown as Lookup<K, V>, reads)
  return {
    ctx: {
      payload,
      catalogue: lookup('item'),
      terms: termsFrom({ topics: lookup('topic'), outlets: lookup('outlet') }),
    },
    assets: { pictures: lookup('picture'), documents: lookup('document') },
    authors: lookup('author'),
    videos: lookup('video'),
    noticeRelations: lookup('noticeRelations'),
  }
}

type Fetched<Doc, Translation> = Map<number, { doc: Doc; translation: Translation | undefined }>

async function fetchItems<Doc extends { id: number }, Translation extends { id: number }>(
  payload: Payload,
  spec: ItemSpec<Doc & { slug?: string | null; updatedAt: string }, Translation, { slug: string }>,
  ids: number[],
): Promise<Fetched<Doc, Translation>> {
  const [vi, en] = await Promise.all([
    findPublished<Doc>(payload, spec.collection, ids, 'vi', {
      ...spec.fields,
      slug: true,
      updatedAt: true,
    }),
    findPublished<Translation>(payload, spec.collection, ids, 'en', {
      ...spec.englishFields,
      updatedAt: true,
    }),
  ])
  const fetched: Fetched<Doc, Translation> = new Map()
  for (const [id, doc] of vi) fetched.set(id, { doc, translation: en.get(id) })
  return fetched
}

/**
 * Loads a content collection into the store, mapping again only what changed.
 *
 * An entry this process stored before is kept as the store holds it when (1) its document's
 * `updatedAt` is the same, (2) the store still holds it with the digest it was stored with, and
 * (3) every value its mapping looked up (other items' titles and slugs, topics, outlet,
 * pictures, documents, video, authors' names, notice relations) is the same now. Otherwise its
 * document is read again and mapped. Documents are read in two rounds: first those whose own
 * row changed, then those that only need mapping again because something they show changed.
 *
 * In a fresh process (`npm run build:site`) nothing is remembered and every item is mapped.
 */
export async function loadItems<
  Doc extends { id: number; slug?: string | null; updatedAt: string },
  Translation extends { id: number; updatedAt?: string },
  Entry extends { slug: string },
>(
  payload: Payload,
  spec: ItemSpec<Doc, Translation, Entry>,
  sink: EntrySink<Entry>,
): Promise<LoadReport> {
  const [heads, ctx] = await Promise.all([
    loadHeads(payload, spec.collection),
    loadItemContext(payload),
  ])
  const memo = processMemo<number, EntryMemo>(payload, `entries:${spec.collection}`)
  const live = heads.filter((head) => head.slug)

  // Round 1: documents changed (or new, or not in the store as this process left it).
  const changed = new Set<number>()
  for (const head of live) {
    const seen = memo.get(head.id)
    const current =
      seen &&
      seen.updatedAt === head.updatedAt &&
      seen.slug === head.slug &&
      sink.storedDigest(seen.slug) === seen.digest
    if (!current) changed.add(head.id)
  }
  const fetched = await fetchItems(payload, spec, [...changed])

  const shared = spec.shared
    ? spec.shared.lookup(
        live.flatMap((head) => {
          if (!changed.has(head.id)) return [memo.get(head.id)!.shared]
          const found = fetched.get(head.id)
          return found ? [spec.shared!.of(found.doc)] : []
        }),
      )
    : NOTHING

  const loaded = new LoadedSources(payload)
  const wanted = wantedSets()
  for (const head of live) {
    if (changed.has(head.id)) continue
    const { reads } = memo.get(head.id)!
    for (const source of LOADED) {
      for (const key of readKeys(reads, source)) wanted[source].add(key as number)
    }
  }
  for (const { doc, translation } of fetched.values())
    addNeeds(wanted, spec.needs(doc, translation))
  await loaded.load(wanted)

  const sources: Sources = {
    item: ctx.catalogue,
    topic: ctx.topics,
    outlet: ctx.outlets,
    picture: loaded.picture,
    document: loaded.document,
    video: loaded.video,
    author: loaded.author,
    noticeRelations: shared,
  } as Sources

  // Round 2: unchanged documents whose entry shows something that changed.
  const affected = live
    .filter((head) => !changed.has(head.id) && !readsHold(memo.get(head.id)!.reads, sources))
    .map((head) => head.id)
  if (affected.length > 0) {
    const more = await fetchItems(payload, spec, affected)
    const wantedMore = wantedSets()
    for (const [id, found] of more) {
      fetched.set(id, found)
      addNeeds(wantedMore, spec.needs(found.doc, found.translation))
    }
    await loaded.load(wantedMore)
  }
  const remap = new Set([...changed, ...affected])

  let mapped = 0
  let total = 0
  const published = new Set<number>()
  for (const head of live) {
    if (!remap.has(head.id)) {
      sink.keep(memo.get(head.id)!.slug)
      published.add(head.id)
      total++
      continue
    }
    // Not found: unpublished since the list was read.
    const found = fetched.get(head.id)
    if (!found?.doc.slug) continue
    const { doc, translation } = found
    const reads: Read[] = []
    const entry = spec.map(recordingLookups(payload, sources, reads), doc, translation)
    const digest = await sink.put(entry)
    mapped++
    total++
    published.add(head.id)
    // Remembered only when both languages were read from the same version of the document.
    if (translation?.updatedAt === doc.updatedAt) {
      memo.set(head.id, {
        updatedAt: doc.updatedAt,
        slug: entry.slug,
        digest,
        reads,
        shared: spec.shared?.of(doc),
      })
    } else memo.delete(head.id)
  }
  for (const id of memo.keys()) if (!published.has(id)) memo.delete(id)
  return { total, mapped }
}
