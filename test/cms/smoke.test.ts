import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestHub, type TestHub } from '../helpers/payload'

let hub: TestHub
beforeAll(async () => {
  hub = await startTestHub()
})
afterAll(async () => {
  await hub?.cleanup()
})

describe('smoke', () => {
  it('creates an outlet and an article', async () => {
    const outlet = await hub.payload.create({
      collection: 'outlets',
      data: { name: 'Báo Hải Phòng', kind: 'newspaper' },
    })
    const article = await hub.payload.create({
      collection: 'articles',
      data: {
        title: 'Khởi nghiệp đổi mới sáng tạo Hải Phòng',
        outlet: outlet.id,
        _status: 'published',
      },
    })
    expect(article.slug).toBe('khoi-nghiep-doi-moi-sang-tao-hai-phong')
    expect(outlet.slug).toBe('bao-hai-phong')
  })
})
