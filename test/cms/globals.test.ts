import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedGlobals } from '@cms/seed/content/globals'
import { expectRejected, makeUser } from '../helpers/factories'
import { startTestHub, type TestHub } from '../helpers/payload'

/** The programme and portal-links globals: who may read and edit them, what they accept. */

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
})
