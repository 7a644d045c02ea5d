import type { BadInputCase, CaseFile } from './cases'

/** The reasons, as the person reads them (collections/lib/publicForms.ts FORM_MESSAGES). */
const SAYS = {
  formOnly: {
    vi: /chỉ được gửi qua biểu mẫu trên cổng thông tin/,
    en: /only through the forms on the portal/,
  },
  chief: {
    vi: /Chỉ Ban biên tập hoặc Quản trị được công khai/,
    en: /Only the editor-in-chief or an administrator/,
  },
  needsAnswer: {
    vi: /Cần có câu trả lời và đơn vị trả lời/,
    en: /An answer and the answering unit are needed/,
  },
  closes: { vi: /kết thúc lấy ý kiến phải sau ngày mở/, en: /must close after it opens/ },
  outcome: {
    vi: /Ghi lại việc đã làm \(hoặc lý do từ chối\) trước khi đóng yêu cầu/,
    en: /Record what was done \(or why it was refused\) before closing the request/,
  },
}

const aPrivacyRequest = {
  kind: 'erase',
  name: 'Người gửi qua API',
  email: 'api@example.vn',
  message: 'Xin xoá hồ sơ của tôi khỏi danh bạ.',
  language: 'vi' as const,
}

const aQuestion = {
  name: 'Người gửi qua API',
  email: 'api@example.vn',
  question: 'Câu hỏi gửi thẳng vào API, bỏ qua biểu mẫu?',
  language: 'vi' as const,
}

export const setup: CaseFile['setup'] = async ({ payload }) => {
  const topic = await payload.create({ collection: 'topics', data: { name: 'Chủ đề hỏi đáp' } })
  const question = await payload.create({
    collection: 'questions',
    // status has its default ('pending'); the generated type asks for it anyway.
    data: { ...aQuestion, topic: topic.id, email: 'cho-tra-loi@example.vn' } as never,
  })
  const notice = await payload.find({ collection: 'policy-notices', limit: 1, depth: 0 })
  const request = await payload.create({
    collection: 'privacy-requests',
    data: { ...aPrivacyRequest, email: 'cho-xu-ly@example.vn' } as never,
  })
  return {
    formTopic: topic.id,
    pendingQuestion: question.id,
    anyNotice: notice.docs[0]?.id ?? 0,
    pendingPrivacyRequest: request.id,
  }
}

export const cases: BadInputCase[] = [
  {
    name: 'anonymous REST create of a question, published with an answer',
    as: 'anonymous',
    send: ({ fixtures }) => ({
      method: 'POST',
      path: '/api/questions',
      body: { ...aQuestion, topic: fixtures.formTopic, status: 'published', answer: 'Tự trả lời.' },
    }),
    status: 403,
    says: SAYS.formOnly,
  },
  {
    name: 'anonymous REST create of a plain pending question (the form is the only way in)',
    as: 'anonymous',
    send: ({ fixtures }) => ({
      method: 'POST',
      path: '/api/questions',
      body: { ...aQuestion, topic: fixtures.formTopic },
    }),
    status: 403,
    says: SAYS.formOnly,
  },
  {
    name: 'anonymous GraphQL create of an approved comment on a draft',
    as: 'anonymous',
    send: {
      method: 'POST',
      path: '/api/graphql',
      body: {
        query:
          'mutation { createConsultationComment(data: { notice: 1, name: "Bot", email: "bot@example.vn", comment: "Đồng ý toàn bộ dự thảo.", language: vi, status: approved }) { id } }',
      },
    },
    // GraphQL answers an execution error with 200 and the error (statusCode 403) in `errors`.
    status: 200,
    says: SAYS.formOnly,
  },
  {
    name: 'an editor publishes a question (the Ban biên tập speaks for the portal)',
    as: 'editor',
    send: ({ fixtures }) => ({
      method: 'PATCH',
      path: `/api/questions/${fixtures.pendingQuestion}`,
      body: { status: 'published', answer: 'Trả lời.', answeringUnit: 'Sở KH&CN' },
    }),
    status: 403,
    says: SAYS.chief,
  },
  {
    name: 'the chief publishes a question with no answer',
    as: 'chief',
    send: ({ fixtures }) => ({
      method: 'PATCH',
      path: `/api/questions/${fixtures.pendingQuestion}`,
      body: { status: 'published' },
    }),
    status: 400,
    says: SAYS.needsAnswer,
    field: 'answer',
  },
  {
    name: 'anonymous REST create of a personal data request, already marked done',
    as: 'anonymous',
    send: {
      method: 'POST',
      path: '/api/privacy-requests',
      body: { ...aPrivacyRequest, status: 'done', outcome: 'Đã xoá.' },
    },
    status: 403,
    says: SAYS.formOnly,
  },
  {
    name: 'anonymous GraphQL create of a personal data request (the form is the only way in)',
    as: 'anonymous',
    send: {
      method: 'POST',
      path: '/api/graphql',
      body: {
        query:
          'mutation { createPrivacyRequest(data: { kind: withdraw, name: "Bot", email: "bot@example.vn", message: "Rút lại sự đồng ý của tôi.", language: vi, status: pending }) { id } }',
      },
    },
    status: 200,
    says: SAYS.formOnly,
  },
  {
    name: 'the chief closes a personal data request without writing down the outcome',
    as: 'chief',
    send: ({ fixtures }) => ({
      method: 'PATCH',
      path: `/api/privacy-requests/${fixtures.pendingPrivacyRequest}`,
      body: { status: 'done' },
    }),
    status: 400,
    says: SAYS.outcome,
    field: 'outcome',
  },
]
