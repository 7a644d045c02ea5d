import type { CaseFile } from './cases'

const event = (data: Record<string, unknown>) => ({
  title: 'Ngày hội khởi nghiệp Hải Phòng',
  startsAt: '2026-12-10T08:00:00.000Z',
  endsAt: '2026-12-10T11:00:00.000Z',
  ...data,
})

export const { cases }: CaseFile = {
  cases: [
    {
      name: 'an event that ends before it starts',
      as: 'chief',
      send: {
        method: 'POST',
        path: '/api/events',
        body: event({ endsAt: '2026-12-09T08:00:00.000Z' }),
      },
      status: 400,
      field: 'endsAt',
      says: { vi: /kết thúc/i, en: /end/i },
    },
  ],
}
