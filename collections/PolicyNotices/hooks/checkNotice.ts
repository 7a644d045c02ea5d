import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { deriveLegalStatus } from '@collections/vocabulary/legalStatus'
import type { FieldProblem } from '@collections/lib/messages'
import { rejectIfInvalid } from '@collections/lib/messages'
import { titleIfReadable } from '@collections/lib/clashes'
import { cleanDocumentNumber, cleanText, documentKey } from '@collections/lib/documentNumber'

const day = (value: unknown) => (value ? new Date(String(value)).getTime() : null)

/**
 * Integrity of a legal document's metadata, checked on every save (drafts too, since a wrong
 * number or date on a draft is just as wrong): dates in order, one number per issuing body, no
 * relation to itself. Also derives the legal status from the dates unless an editor set it.
 */
export const checkNotice: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const merged = { ...(originalDoc ?? {}), ...data }
  const problems: FieldProblem[] = []

  const issued = day(merged.issueDate)
  const effective = day(merged.effectiveDate)
  const expiry = day(merged.expiryDate)
  if (issued !== null && effective !== null && effective < issued) {
    problems.push({
      path: 'effectiveDate',
      message: {
        vi: 'Ngày hiệu lực không thể trước ngày ban hành.',
        en: 'The effective date cannot be before the issue date.',
      },
    })
  }
  if (expiry !== null && effective !== null && expiry <= effective) {
    problems.push({
      path: 'expiryDate',
      message: {
        vi: 'Ngày hết hiệu lực phải sau ngày có hiệu lực.',
        en: 'The expiry date must be after the effective date.',
      },
    })
  }

  // Stored in their cleaned display forms, compared on their key (collections/lib/documentNumber).
  if (typeof merged.issuingBody === 'string') data.issuingBody = cleanText(merged.issuingBody)
  if (typeof merged.documentNumber === 'string') {
    data.documentNumber = cleanDocumentNumber(merged.documentNumber)
  }
  const number: string = data.documentNumber ?? ''
  const body: string = data.issuingBody ?? ''
  // Always set here, so whatever a request sends for this hidden field is replaced.
  data.documentKey = number && body ? documentKey(number, body) : null

  if (typeof merged.documentNumber === 'string' && !/\d/.test(number)) {
    problems.push({
      path: 'documentNumber',
      message: {
        vi: 'Số hiệu văn bản phải có số thứ tự, ví dụ 281/KH-UBND.',
        en: 'A document number must contain its serial number, e.g. 281/KH-UBND.',
      },
    })
  } else if (data.documentKey) {
    const clash = await findSameDocument(req, data.documentKey, number, originalDoc?.id)
    if (clash) {
      const title = await titleIfReadable(req, 'policy-notices', clash.id, clash.title)
      problems.push({
        path: 'documentNumber',
        message: {
          vi: `Đã có văn bản số ${clash.documentNumber} của ${clash.issuingBody}${title}. Mỗi cơ quan ban hành chỉ có một văn bản với số hiệu này.`,
          en: `${clash.issuingBody} already has a document numbered ${clash.documentNumber}${title}.`,
        },
      })
    }
  }

  const relations = Array.isArray(merged.relations) ? merged.relations : []
  const selfId = originalDoc?.id
  if (selfId !== undefined) {
    relations.forEach((rel: { notice?: unknown }, index: number) => {
      const target =
        typeof rel?.notice === 'object' ? (rel.notice as { id?: unknown })?.id : rel?.notice
      if (target !== undefined && String(target) === String(selfId)) {
        problems.push({
          path: `relations.${index}.notice`,
          message: {
            vi: 'Văn bản không thể liên kết với chính nó.',
            en: 'A document cannot be related to itself.',
          },
        })
      }
    })
  }

  const consultation = merged.consultation as
    { opensAt?: string | null; closesAt?: string | null } | null | undefined
  if (Boolean(consultation?.opensAt) !== Boolean(consultation?.closesAt)) {
    problems.push({
      path: consultation?.opensAt ? 'consultation.closesAt' : 'consultation.opensAt',
      message: {
        vi: 'Cần cả ngày mở và ngày kết thúc lấy ý kiến.',
        en: 'Both the opening and the closing date of the comment period are needed.',
      },
    })
  } else if (
    consultation?.opensAt &&
    consultation.closesAt &&
    new Date(consultation.closesAt) <= new Date(consultation.opensAt)
  ) {
    problems.push({
      path: 'consultation.closesAt',
      message: {
        vi: 'Ngày kết thúc lấy ý kiến phải sau ngày mở.',
        en: 'The comment period must close after it opens.',
      },
    })
  }
  rejectIfInvalid(req, 'policy-notices', problems)
  data.legalStatus = deriveLegalStatus(merged)
  return data
}

/**
 * Another notice that is the same document (same `documentKey`), if any: an indexed look-up.
 * Rows saved before the key existed and never migrated (MongoDB runs no migrations) have none;
 * those sharing the serial are fetched too and their key computed here, so they still count
 * whatever spelling they were stored in.
 */
async function findSameDocument(
  req: PayloadRequest,
  key: string,
  number: string,
  selfId: number | string | undefined,
) {
  const serial = /\d+/.exec(number)?.[0] ?? number
  const { docs } = await req.payload.find({
    collection: 'policy-notices',
    where: {
      and: [
        {
          or: [
            { documentKey: { equals: key } },
            { and: [{ documentKey: { exists: false } }, { documentNumber: { like: serial } }] },
          ],
        },
        ...(selfId !== undefined ? [{ id: { not_equals: selfId } }] : []),
      ],
    },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
    req,
    select: { title: true, documentNumber: true, issuingBody: true, documentKey: true },
  })
  return docs.find(
    (doc) => (doc.documentKey ?? documentKey(doc.documentNumber, doc.issuingBody)) === key,
  )
}
