import type { Payload } from 'payload'

import type { Article } from '../../../cms/payload-types'
import type { RichTextState } from '../richtext'
import type { ArticleEntry, ArticleText } from '../types'
import { hasEnglish, PUBLIC_READ, relatedLinks } from './catalogue'
import {
  byId,
  type ItemAssets,
  type ItemContext,
  loadItemContext,
  loadItemAssets,
  mediaFiles,
  refId,
  richTextHtml,
  textOrNull,
  topicRefs,
} from './shared'

/** Authors' names for bylines. Accounts are private; only the display name is read. */
export async function loadAuthorNames(
  payload: Payload,
  ids: number[],
): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map()
  const users = await payload.find({
    collection: 'users',
    where: { id: { in: [...new Set(ids)] } },
    depth: 0,
    pagination: false,
    // Bylines are public by nature; users are otherwise readable only by staff.
    overrideAccess: true,
    select: { name: true },
  })
  return new Map(users.docs.map((user) => [user.id, user.name]))
}

/** Every published article, in both languages, ready for its pages (newest first). */
export async function loadArticles(payload: Payload): Promise<ArticleEntry[]> {
  const ctx = await loadItemContext(payload)
  const [vi, en] = await Promise.all([
    payload.find({
      ...PUBLIC_READ,
      collection: 'articles',
      locale: 'vi',
      sort: '-publishedAt',
      select: {
        title: true,
        sapo: true,
        body: true,
        corrections: true,
        related: true,
        slug: true,
        publishedAt: true,
        updatedAt: true,
        outlet: true,
        authors: true,
        topics: true,
        cover: true,
        shareImage: true,
      },
    }),
    payload.find({
      ...PUBLIC_READ,
      collection: 'articles',
      locale: 'en',
      fallbackLocale: false,
      select: { title: true, sapo: true, body: true, corrections: true },
    }),
  ])
  const english = byId(en.docs)
  const bodies = [...vi.docs, ...en.docs].map((doc) => doc.body as RichTextState | null)
  const assets = await loadItemAssets(
    ctx,
    vi.docs.flatMap((doc) => [doc.cover, doc.shareImage]),
    bodies,
  )
  const authors = await loadAuthorNames(
    payload,
    vi.docs.flatMap((doc) =>
      (doc.authors ?? []).map(refId).filter((id): id is number => id !== null),
    ),
  )

  return vi.docs
    .filter((doc) => doc.slug)
    .map((doc) => toArticleEntry(ctx, assets, authors, doc, english.get(doc.id)))
}

/** The fields of an article its pages show (Vietnamese, or the only locale of a draft read). */
export type ArticleDoc = Pick<
  Article,
  | 'id'
  | 'title'
  | 'sapo'
  | 'body'
  | 'corrections'
  | 'related'
  | 'slug'
  | 'publishedAt'
  | 'updatedAt'
  | 'outlet'
  | 'authors'
  | 'topics'
  | 'cover'
  | 'shareImage'
>

/** The English text of an article, read without fallback. */
export type ArticleTranslation = Pick<Article, 'title' | 'sapo' | 'body' | 'corrections'>

/**
 * One article as its pages show it. Used for every published article by `loadArticles`, and
 * for one draft by the preview route (site/lib/cms/preview.ts).
 */
export function toArticleEntry(
  ctx: ItemContext,
  assets: ItemAssets,
  authors: Map<number, string>,
  doc: ArticleDoc,
  translation: ArticleTranslation | undefined,
): ArticleEntry {
  const corrections = doc.corrections ?? []
  const text = (lang: 'vi' | 'en'): ArticleText => {
    const source = lang === 'vi' ? doc : translation!
    const notes = byIdString(translation?.corrections ?? [])
    return {
      title: source.title,
      sapo: textOrNull(source.sapo),
      bodyHtml: richTextHtml(ctx, assets, source.body as RichTextState | null, lang),
      corrections: corrections.flatMap((c): ArticleText['corrections'] => {
        const englishNote = lang === 'en' ? textOrNull(notes.get(c.id ?? '')?.note) : null
        const note = textOrNull(c.note)
        if (englishNote) return [{ date: c.date, note: englishNote, lang: 'en' as const }]
        return note ? [{ date: c.date, note, lang: 'vi' as const }] : []
      }),
      related: relatedLinks(ctx.catalogue, doc.related, lang),
    }
  }
  const richTexts = [doc.body, translation?.body] as (RichTextState | null)[]
  return {
    kind: 'article',
    id: doc.id,
    slug: doc.slug!,
    publishedAt: doc.publishedAt ?? null,
    updatedAt: doc.updatedAt,
    topics: topicRefs(ctx, doc.topics),
    outlet: ctx.terms.outlet(doc.outlet),
    cover: assets.pictures.get(refId(doc.cover) ?? -1) ?? null,
    shareImage: assets.pictures.get(refId(doc.shareImage) ?? -1) ?? null,
    files: mediaFiles(assets, [doc.cover, doc.shareImage], richTexts),
    authors: (doc.authors ?? [])
      .map((a) => authors.get(refId(a) ?? -1))
      .filter((name): name is string => Boolean(name)),
    vi: text('vi'),
    en: hasEnglish(translation) ? text('en') : null,
  }
}

const byIdString = <T extends { id?: string | null }>(rows: T[]) =>
  new Map(rows.map((row) => [row.id ?? '', row]))
