import type { Payload } from 'payload'

import type { RichTextState } from '../richtext'
import type { Attachment, NoticeRelation, PolicyNoticeEntry, PolicyNoticeText } from '../types'
import { catalogueKey, hasEnglish, PUBLIC_READ, relatedLinks, toItemLink } from './catalogue'
import { loadAttachments } from './media'
import {
  byId,
  loadItemContext,
  loadItemAssets,
  mediaFiles,
  refId,
  richTextHtml,
  textOrNull,
  topicRefs,
} from './shared'

/** Every published policy notice (văn bản), in both languages, newest issue date first. */
export async function loadPolicyNotices(payload: Payload): Promise<PolicyNoticeEntry[]> {
  const ctx = await loadItemContext(payload)
  const [vi, en] = await Promise.all([
    payload.find({
      ...PUBLIC_READ,
      collection: 'policy-notices',
      locale: 'vi',
      sort: '-issueDate',
      select: {
        title: true,
        documentNumber: true,
        documentType: true,
        issuingBody: true,
        field: true,
        signer: true,
        issueDate: true,
        effectiveDate: true,
        expiryDate: true,
        abstract: true,
        attachments: true,
        relations: true,
        related: true,
        fullText: true,
        cover: true,
        slug: true,
        legalStatusOverride: true,
        publishedAt: true,
        updatedAt: true,
        outlet: true,
        topics: true,
        shareImage: true,
      },
    }),
    payload.find({
      ...PUBLIC_READ,
      collection: 'policy-notices',
      locale: 'en',
      fallbackLocale: false,
      select: { title: true, abstract: true, fullText: true, signer: true },
    }),
  ])
  const english = byId(en.docs)
  const assets = await loadItemAssets(
    ctx,
    vi.docs.flatMap((doc) => [doc.cover, doc.shareImage]),
    [...vi.docs, ...en.docs].map((doc) => doc.fullText as RichTextState | null),
  )
  const attachments = await loadAttachments(
    payload,
    vi.docs
      .flatMap((doc) => (doc.attachments ?? []).map(refId))
      .filter((id): id is number => id !== null),
  )

  // Relations are stored on the citing document; each side shows them ("implements" here,
  // "implemented by" there).
  const relations = new Map<
    number,
    { relation: NoticeRelation['relation']; inverse: boolean; other: number }[]
  >()
  const push = (
    id: number,
    entry: { relation: NoticeRelation['relation']; inverse: boolean; other: number },
  ) => relations.set(id, [...(relations.get(id) ?? []), entry])
  for (const doc of vi.docs) {
    for (const rel of doc.relations ?? []) {
      const other = refId(rel.notice)
      if (other === null || other === doc.id) continue
      push(doc.id, { relation: rel.relation, inverse: false, other })
      push(other, { relation: rel.relation, inverse: true, other: doc.id })
    }
  }

  return vi.docs
    .filter((doc) => doc.slug)
    .map((doc): PolicyNoticeEntry => {
      const translation = english.get(doc.id)
      const text = (lang: 'vi' | 'en'): PolicyNoticeText => {
        const source = lang === 'vi' ? doc : translation!
        return {
          title: source.title,
          abstract: source.abstract ?? '',
          fullTextHtml: richTextHtml(ctx, assets, source.fullText as RichTextState | null, lang),
          signerOnBehalfOf: textOrNull(source.signer?.onBehalfOf),
          signerPosition: textOrNull(source.signer?.position),
          attachments: (doc.attachments ?? [])
            .map((a) => attachments.get(refId(a) ?? -1)?.[lang])
            .filter((a): a is Attachment => Boolean(a)),
          relations: (relations.get(doc.id) ?? [])
            .map((rel): NoticeRelation | null => {
              const item = ctx.catalogue.get(catalogueKey('policy-notices', rel.other))
              const link = toItemLink(item, lang)
              if (!item || !link) return null
              return {
                relation: rel.relation,
                inverse: rel.inverse,
                notice: { ...link, documentNumber: item.documentNumber ?? '' },
              }
            })
            .filter((rel): rel is NoticeRelation => rel !== null),
          related: relatedLinks(ctx.catalogue, doc.related, lang),
        }
      }
      const attachmentFiles = (doc.attachments ?? [])
        .map((a) => attachments.get(refId(a) ?? -1)?.file)
        .filter((file): file is string => Boolean(file))
      return {
        kind: 'policy',
        id: doc.id,
        slug: doc.slug!,
        publishedAt: doc.publishedAt ?? null,
        updatedAt: doc.updatedAt,
        topics: topicRefs(ctx, doc.topics),
        outlet: ctx.terms.outlet(doc.outlet),
        cover: assets.pictures.get(refId(doc.cover) ?? -1) ?? null,
        shareImage: assets.pictures.get(refId(doc.shareImage) ?? -1) ?? null,
        files: mediaFiles(
          assets,
          [doc.cover, doc.shareImage],
          [doc.fullText, translation?.fullText] as (RichTextState | null)[],
          attachmentFiles,
        ),
        documentNumber: doc.documentNumber,
        documentType: doc.documentType,
        issuingBody: doc.issuingBody,
        field: doc.field,
        signer: { authority: doc.signer?.authority ?? null, name: doc.signer?.name ?? '' },
        issueDate: doc.issueDate,
        effectiveDate: doc.effectiveDate,
        expiryDate: doc.expiryDate ?? null,
        legalStatusOverride: doc.legalStatusOverride ?? null,
        vi: text('vi'),
        en: hasEnglish(translation) ? text('en') : null,
      }
    })
}
