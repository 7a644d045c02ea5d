import type { Article } from '@collections/payload-types'
import type { RichTextState } from '../richtext'
import type { ArticleEntry, ArticleText } from '../types'
import { hasEnglish, relatedLinks } from './catalogue'
import type { Lookup } from './dependencies'
import { loadItems, uploadNeeds, type ItemSpec } from './items'
import type { LoadEntries } from './loader'
import {
  ITEM_DOC_FIELDS,
  type ItemAssets,
  type ItemContext,
  itemFields,
  refId,
  richTextHtml,
  textOrNull,
  type SelectedDoc,
} from './shared'

/** The Vietnamese fields of an article its pages show. */
const FIELDS = {
  ...ITEM_DOC_FIELDS,
  sapo: true,
  body: true,
  corrections: true,
  authors: true,
} as const

/** How published articles become entries (see ./items.ts). */
export const ARTICLES: ItemSpec<ArticleDoc, ArticleTranslation & { id: number }, ArticleEntry> = {
  collection: 'articles',
  fields: FIELDS,
  englishFields: { title: true, sapo: true, body: true, corrections: true },
  needs: (doc, translation) => ({
    ...uploadNeeds([doc.cover, doc.shareImage], [
      doc.body,
      translation?.body,
    ] as (RichTextState | null)[]),
    author: doc.authors ?? [],
  }),
  map: ({ ctx, assets, authors }, doc, translation) =>
    toArticleEntry(ctx, assets, authors, doc, translation),
}

/** Every published article, in both languages, ready for its pages. */
export const loadArticles: LoadEntries<ArticleEntry> = (payload, sink) =>
  loadItems(payload, ARTICLES, sink)

/** The fields of an article its pages show (Vietnamese, or the only locale of a draft read). */
export type ArticleDoc = SelectedDoc<Article, typeof FIELDS>

/** The English text of an article, read without fallback. */
export type ArticleTranslation = Pick<Article, 'title' | 'sapo' | 'body' | 'corrections'>

/**
 * One article as its pages show it. Used for every published article by `loadArticles`, and
 * for one draft by the preview route (site/lib/loaders/preview.ts).
 */
export function toArticleEntry(
  ctx: ItemContext,
  assets: ItemAssets,
  authors: Lookup<number, string>,
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
    ...itemFields(ctx, assets, doc, richTexts),
    authors: (doc.authors ?? [])
      .map((a) => authors.get(refId(a) ?? -1))
      .filter((name): name is string => Boolean(name)),
    vi: text('vi'),
    en: hasEnglish(translation) ? text('en') : null,
  }
}

const byIdString = <T extends { id?: string | null }>(rows: T[]) =>
  new Map(rows.map((row) => [row.id ?? '', row]))
