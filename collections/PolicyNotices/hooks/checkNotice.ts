import type { CollectionBeforeChangeHook } from 'payload'

import { deriveLegalStatus } from '@collections/vocabulary/legalStatus'
import type { FieldProblem } from '@collections/lib/messages'
import { rejectIfInvalid } from '@collections/lib/messages'
import { documentNumberKey, normalizeDocumentNumber } from '@collections/vocabulary/documentTypes'

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

  if (typeof merged.documentNumber === 'string') {
    data.documentNumber = normalizeDocumentNumber(merged.documentNumber)
    if (!/\d/.test(data.documentNumber)) {
      problems.push({
        path: 'documentNumber',
        message: {
          vi: 'Số hiệu văn bản phải có số thứ tự, ví dụ 281/KH-UBND.',
          en: 'A document number must contain its serial number, e.g. 281/KH-UBND.',
        },
      })
    } else if (merged.issuingBody) {
      // The database compares case-sensitively; fetch this body's numbers sharing the serial
      // and compare keys here, so "281/kh-ubnd" clashes with "281/KH-UBND".
      const key = documentNumberKey(data.documentNumber)
      const serial = data.documentNumber.split(/[/-]/)[0]
      const candidates = await req.payload.find({
        collection: 'policy-notices',
        where: {
          and: [
            { documentNumber: { like: serial } },
            { issuingBody: { equals: merged.issuingBody } },
            ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
          ],
        },
        limit: 200,
        depth: 0,
        overrideAccess: true,
        req,
        select: { title: true, documentNumber: true },
      })
      const clash = {
        docs: candidates.docs.filter((d) => documentNumberKey(d.documentNumber ?? '') === key),
      }
      if (clash.docs.length > 0) {
        // The clash is found as the system (the number is taken whoever may see it), but its
        // title is named only to someone allowed to read that document: another outlet's
        // draft stays unseen.
        const readable =
          !req.user ||
          (
            await req.payload.count({
              collection: 'policy-notices',
              where: { id: { equals: clash.docs[0].id } },
              overrideAccess: false,
              req,
            })
          ).totalDocs > 0
        const title = readable ? ` ("${clash.docs[0].title}")` : ''
        problems.push({
          path: 'documentNumber',
          message: {
            vi: `Đã có văn bản số ${clash.docs[0].documentNumber} của ${merged.issuingBody}${title}. Mỗi cơ quan ban hành chỉ có một văn bản với số hiệu này.`,
            en: `${merged.issuingBody} already has a document numbered ${clash.docs[0].documentNumber}${title}.`,
          },
        })
      }
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

  rejectIfInvalid(req, 'policy-notices', problems)
  data.legalStatus = deriveLegalStatus(merged)
  return data
}
