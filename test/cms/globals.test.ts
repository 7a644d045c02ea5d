import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedDemoContent } from '@cms/seed'
import { expectRejected, makeUser } from '../helpers/factories'
import { startTestHub, type TestHub } from '../helpers/payload'

/** The programme and portal-links globals: who may edit them, what they accept, the seed. */

let hub: TestHub

beforeAll(async () => {
  hub = await startTestHub()
})
afterAll(async () => {
  await hub?.cleanup()
})

const asUser = async (role: 'admin' | 'chief' | 'editor' | 'contributor') =>
  (await makeUser(hub.payload, role)).user

describe('the seed', () => {
  it('fills both globals from the plan in Vietnamese and English, once', async () => {
    const { payload } = hub
    await seedDemoContent(payload, { password: 'mat-khau-thu-nghiem' })
    const vi = await payload.findGlobal({ slug: 'programme', locale: 'vi', depth: 0 })
    const en = await payload.findGlobal({
      slug: 'programme',
      locale: 'en',
      fallbackLocale: false,
      depth: 0,
    })
    expect(vi.leadAgency?.name).toBe('Sở Khoa học và Công nghệ thành phố Hải Phòng')
    expect(en.leadAgency?.name).toBe('Hải Phòng Department of Science and Technology')
    expect(vi.partners?.map((p) => p.name)).toContain('Báo An ninh Hải Phòng')
    expect(en.targets?.[0]).toMatchObject({ figure: '300', label: expect.stringMatching(/^innov/) })
    expect(vi.targets?.[0].label).toMatch(/^dự án/)
    // Not in the plan: left for the administrator.
    expect(vi.leadAgency?.phone ?? null).toBeNull()
    const links = await payload.findGlobal({ slug: 'portal-links', locale: 'en', depth: 0 })
    expect(links.links?.map((l) => l.url)).toEqual([
      'https://startup.gov.vn',
      'https://haiphong.gov.vn',
      'https://vbpl.vn',
    ])
    const again = await seedDemoContent(payload, { password: 'mat-khau-thu-nghiem' })
    expect(again.created).toBe(0)
    // Seeds twice: ~20 s alone, much more while other test files run beside it.
  }, 180_000)
})

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
    expect(messages.join(' ')).toMatch(/http\(s\)/)
    expect((await update(admin, 'https://example.gov.vn')).links?.[0].url).toBe(
      'https://example.gov.vn',
    )
  })
})
