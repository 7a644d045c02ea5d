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
  return { formTopic: topic.id, pendingQuestion: question.id, anyNotice: notice.docs[0]?.id ?? 0 }
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
]
