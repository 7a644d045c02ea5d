import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedGlobals } from '@cms/seed/content/globals'
import { expectRejected, makeUser } from '../helpers/factories'
import { startTestHub, type TestHub } from '../helpers/payload'

/**
 * The portal's globals (programme with the agency's contacts, portal links, the public-information
 * list, the startup procedures): who may read and edit them, what they accept.
 */

let hub: TestHub

beforeAll(async () => {
  hub = await startTestHub()
  // The globals as the seed fills them (test/cms/seed.test.ts checks what it writes), and a
  // first account: it is always an administrator, so the roles below are what they say.
  await seedGlobals(hub.payload, () => {})
  await makeUser(hub.payload, 'admin')
})
afterAll(async () => {
  await hub?.cleanup()
})

const asUser = async (role: 'admin' | 'chief' | 'editor' | 'contributor') =>
  (await makeUser(hub.payload, role)).user

describe('access', () => {
  it('lets anyone read both globals', async () => {
    const read = await hub.payload.findGlobal({ slug: 'portal-links', overrideAccess: false })
    expect(read.links?.length).toBeGreaterThan(0)
  })

  it('lets the chief and admins edit the programme, not editors', async () => {
    const { payload } = hub
    const update = (user: unknown, phone: string) =>
      payload.updateGlobal({
        slug: 'programme',
        data: { leadAgency: { phone } },
        user: user as never,
        overrideAccess: false,
      })
    await expectRejected(async () => update(await asUser('editor'), '0225 000 0001'))
    await expectRejected(async () => update(await asUser('contributor'), '0225 000 0001'))
    expect((await update(await asUser('chief'), '0225 000 0002')).leadAgency?.phone).toBe(
      '0225 000 0002',
    )
    expect((await update(await asUser('admin'), '0225 000 0003')).leadAgency?.phone).toBe(
      '0225 000 0003',
    )
  })

  it('lets only admins edit the portal links, and only with http(s) addresses', async () => {
    const { payload } = hub
    const update = (user: unknown, url: string) =>
      payload.updateGlobal({
        slug: 'portal-links',
        data: { links: [{ label: 'Cổng thử', url }] },
        user: user as never,
        overrideAccess: false,
      })
    await expectRejected(async () => update(await asUser('chief'), 'https://example.gov.vn'))
    const admin = await asUser('admin')
    const messages = await expectRejected(() => update(admin, 'javascript:alert(1)'))
    expect(messages.join(' ')).toMatch(/https:\/\/ hoặc http:\/\//)
    expect((await update(admin, 'https://example.gov.vn')).links?.[0].url).toBe(
      'https://example.gov.vn',
    )
  })

  it('shows anonymous readers the agency, the person responsible and the information contact', async () => {
    const read = await hub.payload.findGlobal({
      slug: 'programme',
      locale: 'en',
      overrideAccess: false,
    })
    expect(read.leadAgency).toMatchObject({
      name: 'Hải Phòng Department of Science and Technology',
      email: expect.stringMatching(/@haiphong\.gov\.vn$/),
      responsible: { name: expect.any(String), position: expect.stringMatching(/Director/) },
      contactOfficer: {
        name: expect.any(String),
        position: expect.any(String),
        phone: expect.any(String),
        email: expect.stringMatching(/@haiphong\.gov\.vn$/),
      },
    })
  })

  it('lets only the chief and admins edit the agency’s people', async () => {
    const { payload } = hub
    const update = (user: unknown, name: string) =>
      payload.updateGlobal({
        slug: 'programme',
        locale: 'vi',
        data: { leadAgency: { contactOfficer: { name } } },
        user: user as never,
        overrideAccess: false,
      })
    await expectRejected(async () => update(await asUser('editor'), 'Lê Văn C'))
    await expectRejected(async () => update(await asUser('contributor'), 'Lê Văn C'))
    await expectRejected(() => update(null, 'Lê Văn C'))
    const saved = await update(await asUser('chief'), 'Lê Văn D')
    expect(saved.leadAgency?.contactOfficer?.name).toBe('Lê Văn D')
  })

  it.each(['public-information', 'startup-procedures'] as const)(
    'lets anyone read %s, and only the chief and admins edit it',
    async (slug) => {
      const { payload } = hub
      const read = await payload.findGlobal({ slug, overrideAccess: false })
      const rows = 'items' in read ? read.items : 'procedures' in read ? read.procedures : null
      expect(rows?.length).toBeGreaterThan(2)
      const data =
        slug === 'public-information' ? { intro: 'Danh mục thử.' } : { intro: 'Danh sách thử.' }
      const update = (user: unknown) =>
        payload.updateGlobal({ slug, data, user: user as never, overrideAccess: false })
      await expectRejected(() => update(null))
      await expectRejected(async () => update(await asUser('editor')))
      await expectRejected(async () => update(await asUser('contributor')))
      expect((await update(await asUser('chief'))).intro).toBe(data.intro)
      expect((await update(await asUser('admin'))).intro).toBe(data.intro)
    },
  )

  it('takes a portal path or an http(s) address as where information is published', async () => {
    const { payload } = hub
    const admin = await asUser('admin')
    const save = (location: string) =>
      payload.updateGlobal({
        slug: 'public-information',
        data: { items: [{ title: 'Văn bản', frequency: 'on-issue', location }] },
        user: admin as never,
        overrideAccess: false,
      })
    for (const bad of ['javascript:alert(1)', 'mailto:a@haiphong.gov.vn', '//evil.example/']) {
      const messages = await expectRejected(() => save(bad))
      expect(messages.join(' '), bad).toMatch(/đường dẫn trên Cổng/)
    }
    expect((await save('/van-ban/')).items?.[0].location).toBe('/van-ban/')
    expect((await save('https://vbpl.vn/')).items?.[0].location).toBe('https://vbpl.vn/')
  })

  it('takes only http(s) addresses as a procedure’s links', async () => {
    const { payload } = hub
    const admin = await asUser('admin')
    const save = (nationalUrl: string) =>
      payload.updateGlobal({
        slug: 'startup-procedures',
        data: { procedures: [{ name: 'Thủ tục thử', nationalUrl }] },
        user: admin as never,
        overrideAccess: false,
      })
    await expectRejected(() => save('javascript:alert(1)'))
    await expectRejected(() => save('/thu-tuc/'))
    expect((await save('https://dichvucong.gov.vn')).procedures?.[0].nationalUrl).toBe(
      'https://dichvucong.gov.vn',
    )
  })
})
