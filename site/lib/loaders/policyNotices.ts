import { webLink } from '@collections/lib/links'
import type { PolicyNotice } from '@collections/payload-types'
import type { RichTextState } from '../richtext'
import type { Attachment, NoticeRelation, PolicyNoticeEntry, PolicyNoticeText } from '../types'
import { catalogueKey, hasEnglish, relatedLinks, toItemLink } from './catalogue'
import type { Lookup } from './dependencies'
import { loadItems, uploadNeeds, type ItemSpec } from './items'
import type { LoadEntries } from './loader'
import {
  type DocumentFile,
  type ItemAssets,
  type ItemContext,
  itemFields,
  refId,
  richTextHtml,
  textOrNull,
  ITEM_DOC_FIELDS,
  type SelectedDoc,
} from './shared'

/** A relation between two notices as seen from one of them. */
export type NoticeRelationRef = {
  relation: NoticeRelation['relation']
  inverse: boolean
  other: number
}

/**
 * Relations are stored on the citing document; each side shows them ("implements" here,
 * "implemented by" there). Returns notice id → its relations, both directions.
 */
export function collectNoticeRelations(
  docs: Pick<PolicyNotice, 'id' | 'relations'>[],
): Map<number, NoticeRelationRef[]> {
  const relations = new Map<number, NoticeRelationRef[]>()
  const push = (id: number, entry: NoticeRelationRef) =>
    relations.set(id, [...(relations.get(id) ?? []), entry])
  for (const doc of docs) {
    for (const rel of doc.relations ?? []) {
      const other = refId(rel.notice)
      if (other === null || other === doc.id) continue
      push(doc.id, { relation: rel.relation, inverse: false, other })
      push(other, { relation: rel.relation, inverse: true, other: doc.id })
    }
  }
  return relations
}

/** The Vietnamese fields of a policy notice its pages show. */
const FIELDS = {
  ...ITEM_DOC_FIELDS,
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
  fullText: true,
  legalStatusOverride: true,
  officialSource: true,
  consultation: true,
} as const

/** How published policy notices become entries (see ./items.ts). */
export const POLICY_NOTICES: ItemSpec<
  PolicyNoticeDoc,
  PolicyNoticeTranslation & { id: number },
  PolicyNoticeEntry
> = {
  collection: 'policy-notices',
  fields: FIELDS,
  englishFields: { title: true, abstract: true, fullText: true, signer: true, consultation: true },
  needs: (doc, translation) => {
    const uploads = uploadNeeds([doc.cover, doc.shareImage], [
      doc.fullText,
      translation?.fullText,
    ] as (RichTextState | null)[])
    return { ...uploads, document: [...(uploads.document ?? []), ...(doc.attachments ?? [])] }
  },
  map: ({ ctx, assets, noticeRelations }, doc, translation) =>
    toPolicyNoticeEntry(ctx, assets, assets.documents, noticeRelations, doc, translation),
  // A notice shows the relations it records and those other notices record towards it.
  shared: {
    of: (doc) => ({ id: doc.id, relations: doc.relations ?? [] }),
    lookup: (all) => collectNoticeRelations(all as Pick<PolicyNotice, 'id' | 'relations'>[]),
  },
}

/** Every published policy notice (văn bản), in both languages. */
export const loadPolicyNotices: LoadEntries<PolicyNoticeEntry> = (payload, sink) =>
  loadItems(payload, POLICY_NOTICES, sink)

/** The fields of a policy notice its pages show (Vietnamese, or the only locale of a draft read). */
export type PolicyNoticeDoc = SelectedDoc<PolicyNotice, typeof FIELDS>

/** The English text of a policy notice, read without fallback. */
export type PolicyNoticeTranslation = Pick<
  PolicyNotice,
  'title' | 'abstract' | 'fullText' | 'signer' | 'consultation'
>

/**
 * One policy notice as its pages show it: for every published one (the loader above), and for
 * one draft (the preview route, site/lib/loaders/preview.ts).
 */
export function toPolicyNoticeEntry(
  ctx: ItemContext,
  assets: ItemAssets,
  attachments: Lookup<number, DocumentFile>,
  relations: Lookup<number, NoticeRelationRef[]>,
  doc: PolicyNoticeDoc,
  translation: PolicyNoticeTranslation | undefined,
): PolicyNoticeEntry {
  const text = (lang: 'vi' | 'en'): PolicyNoticeText => {
    const source = lang === 'vi' ? doc : translation!
    return {
      title: source.title,
      consultationSummary: textOrNull(source.consultation?.summary),
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
    ...itemFields(
      ctx,
      assets,
      doc,
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
    // Printed as a link: only what the link policy calls an http(s) address, whatever is stored.
    officialSource: webLink(doc.officialSource),
    consultation:
      doc.consultation?.opensAt && doc.consultation.closesAt
        ? { opensAt: doc.consultation.opensAt, closesAt: doc.consultation.closesAt }
        : null,
    vi: text('vi'),
    en: hasEnglish(translation) ? text('en') : null,
  }
}
