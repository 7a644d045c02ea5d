import type { BadInputCase, CaseFile } from './cases'

/**
 * One document, one number: a second policy notice with a number its issuing body already used
 * is refused however the number or the body is spelled — invisible spaces, dashes, case and
 * decomposed letters included — on the number field, naming the notice that has it.
 */

const CITY = 'UBND thành phố Hải Phòng'
const PLAN_TITLE = 'Kế hoạch phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo'

const notice = (data: Record<string, unknown>) => ({
  title: 'Bản trùng số hiệu',
  documentNumber: '281/KH-UBND',
  documentType: 'plan',
  issuingBody: CITY,
  field: 'enterprise',
  signer: { name: 'Lê Khắc Nam' },
  issueDate: '2020-12-09T17:00:00.000Z',
  effectiveDate: '2020-12-09T17:00:00.000Z',
  abstract: 'Trích yếu.',
  _status: 'published',
  ...data,
})

/** The refusal naming plan 281/KH-UBND of the city, as stored, with its title. */
const namesThePlan = {
  vi: new RegExp(`Đã có văn bản số 281/KH-UBND của ${CITY} \\("${PLAN_TITLE}"\\)`),
  en: new RegExp(`${CITY} already has a document numbered 281/KH-UBND \\("${PLAN_TITLE}"\\)`),
}

const duplicate = (name: string, data: Record<string, unknown>): BadInputCase => ({
  name: `a second 281/KH-UBND of the city, with ${name}`,
  as: 'chief',
  send: { method: 'POST', path: '/api/policy-notices', body: notice(data) },
  status: 400,
  field: 'documentNumber',
  says: namesThePlan,
})

export const { cases, setup }: CaseFile = {
  setup: async ({ payload, newsroom }) => {
    const create = (data: Record<string, unknown>) =>
      payload.create({ collection: 'policy-notices', data: notice(data) as never, depth: 0 })
    const plan = await create({ title: PLAN_TITLE })
    const otherNumber = await create({ title: 'Kế hoạch khác', documentNumber: '282/KH-UBND' })
    const otherBody = await create({
      title: 'Kế hoạch của Sở',
      issuingBody: 'Sở Khoa học và Công nghệ',
    })
    // Another outlet's draft: its number is taken, but its title is not for outlet A to read.
    const hiddenDraft = await create({
      title: 'Dự thảo quyết định của cơ quan B',
      documentNumber: '77/QĐ-UBND',
      outlet: newsroom.outletB,
      _status: 'draft',
    })
    return {
      plan: plan.id,
      otherNumber: otherNumber.id,
      otherBody: otherBody.id,
      hiddenDraft: hiddenDraft.id,
    }
  },
  cases: [
    duplicate('a trailing space in the issuing body', { issuingBody: `${CITY} ` }),
    duplicate('a double space in the issuing body', { issuingBody: 'UBND  thành phố Hải Phòng' }),
    duplicate('the issuing body in another case', { issuingBody: 'UBND Thành Phố HẢI PHÒNG' }),
    duplicate('a no-break space in the issuing body', {
      issuingBody: 'UBND\u00A0thành phố Hải Phòng',
    }),
    duplicate('the issuing body decomposed (NFD)', { issuingBody: CITY.normalize('NFD') }),
    duplicate('an en dash in the number', { documentNumber: '281/KH\u2013UBND' }),
    duplicate('an em dash in the number', { documentNumber: '281/KH\u2014UBND' }),
    duplicate('a minus sign in the number', { documentNumber: '281/KH\u2212UBND' }),
    duplicate('a zero-width space in the number', { documentNumber: '281/\u200BKH-UBND' }),
    duplicate('a no-break space in the number', { documentNumber: '281/KH-UBND\u00A0' }),
    duplicate('the number in lower case', { documentNumber: '281/kh-ubnd' }),
    {
      name: 'a draft of a second 281/KH–UBND (drafts are checked too)',
      as: 'chief',
      send: {
        method: 'POST',
        path: '/api/policy-notices?draft=true',
        body: notice({ documentNumber: '281/KH\u2013UBND', _status: 'draft' }),
      },
      status: 400,
      field: 'documentNumber',
      says: namesThePlan,
    },
    {
      name: 'another notice of the city renumbered to 281/KH–UBND',
      as: 'chief',
      send: ({ fixtures }) => ({
        method: 'PATCH',
        path: `/api/policy-notices/${fixtures.otherNumber}`,
        body: { documentNumber: '281/KH\u2013UBND\u200B' },
      }),
      status: 400,
      field: 'documentNumber',
      says: namesThePlan,
    },
    {
      name: "another body's 281/KH-UBND moved to the city, spelled differently",
      as: 'chief',
      send: ({ fixtures }) => ({
        method: 'PATCH',
        path: `/api/policy-notices/${fixtures.otherBody}`,
        body: { issuingBody: ' ubnd  THÀNH PHỐ hải phòng ' },
      }),
      status: 400,
      field: 'documentNumber',
      says: namesThePlan,
    },
    {
      name: "a number another outlet's draft has: refused without its title",
      as: 'editor',
      send: {
        method: 'POST',
        path: '/api/policy-notices',
        body: notice({ documentNumber: '77/QĐ\u2013UBND', _status: 'draft' }),
      },
      status: 400,
      field: 'documentNumber',
      says: {
        vi: new RegExp(`Đã có văn bản số 77/QĐ-UBND của ${CITY}\\. Mỗi cơ quan`),
        en: new RegExp(`${CITY} already has a document numbered 77/QĐ-UBND\\.$`),
      },
    },
  ],
}
