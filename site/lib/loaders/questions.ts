import type { Payload } from 'payload'

import type { QuestionEntry } from '../types'
import { catalogueKey, toItemLink } from './catalogue'
import { loadItemContext, refId } from './shared'

/**
 * The public fields of a question: what its page, the Q&A list, the feed and search show. The
 * asker's name and e-mail are not selected (and the public could not read them anyway:
 * collections/Questions field access); the collection's read access gives the public
 * published questions only.
 */
const PUBLIC_FIELDS = {
  question: true,
  answer: true,
  answeringUnit: true,
  topic: true,
  citedNotices: true,
  language: true,
  publishedAt: true,
  updatedAt: true,
} as const

/** Every published answer, newest first, as the public may see it. */
export async function loadQuestions(payload: Payload): Promise<QuestionEntry[]> {
  const ctx = await loadItemContext(payload)
  const { docs } = await payload.find({
    collection: 'questions',
    depth: 0,
    pagination: false,
    overrideAccess: false,
    select: PUBLIC_FIELDS,
    sort: '-publishedAt',
  })
  return docs.map((doc) => {
    const lang = doc.language === 'en' ? 'en' : 'vi'
    return {
      id: doc.id,
      slug: String(doc.id),
      lang,
      question: doc.question,
      answer: doc.answer ?? '',
      answeringUnit: doc.answeringUnit ?? '',
      topic: ctx.terms.topic(doc.topic as number | null) ?? null,
      citedNotices: (doc.citedNotices ?? [])
        .map((ref) => {
          const item = ctx.catalogue.get(catalogueKey('policy-notices', refId(ref as number) ?? -1))
          const link = toItemLink(item, lang) ?? toItemLink(item, 'vi')
          return link && item ? { ...link, documentNumber: item.documentNumber ?? '' } : null
        })
        .filter((link): link is NonNullable<typeof link> => link !== null),
      publishedAt: doc.publishedAt ?? null,
      updatedAt: doc.updatedAt,
    }
  })
}
