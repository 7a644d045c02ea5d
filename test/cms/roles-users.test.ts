/**
 * Accounts: who sees whom (and whose e-mail), who changes roles and outlets (administrators
 * only, never their own role), minimum password length, and queries on fields a role cannot
 * read.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@collections/payload-types'
import { makeNewsroom, makeUser, type Account } from '../helpers/factories'
import { startTestHub, type TestHub } from '../helpers/payload'
import { errorMessages, request } from '../helpers/rest'

let hub: TestHub
let payload: Payload
let outletA: number
let outletB: number
const a = {} as Record<
  'admin' | 'admin2' | 'chief' | 'editor' | 'editorB' | 'contributor' | 'contributorB',
  Account
>

beforeAll(async () => {
  hub = await startTestHub()
  payload = hub.payload
  const {
    outletA: a1,
    outletB: b1,
    ...accounts
  } = await makeNewsroom(payload, ['Báo Hải Phòng', 'Sở Khoa học và Công nghệ'])
  ;[outletA, outletB] = [a1, b1]
  Object.assign(a, accounts, { admin2: await makeUser(payload, 'admin') })
})
afterAll(async () => {
  await hub?.cleanup()
})

const roleOf = async (account: Account) =>
  (await payload.findByID({ collection: 'users', id: account.user.id, depth: 0 })) as User

describe('roles are changed by administrators only, never their own', () => {
  it.each([
    ['contributor', 'contributor', 'admin', /Chỉ Quản trị mới được thay đổi vai trò/],
    ['editor', 'editor', 'chief', /Chỉ Quản trị mới được thay đổi vai trò/],
    ['chief', 'chief', 'admin', /Chỉ Quản trị mới được thay đổi vai trò/],
    ['admin', 'admin', 'contributor', /không thể tự thay đổi vai trò/],
    ['chief', 'contributor', 'editor', null],
  ] as const)(
    '%s setting %s’s role to %s is refused',
    async (actorKey, targetKey, role, message) => {
      const actor = a[actorKey]
      const target = a[targetKey]
      const before = (await roleOf(target)).role
      const res = await request(payload, 'PATCH', `/api/users/${target.user.id}`, {
        token: actor.token,
        body: { role },
      })
      expect(res.status).toBe(403)
      if (message) expect(errorMessages(res.json).join(' ')).toMatch(message)
      expect((await roleOf(target)).role).toBe(before)
    },
  )

  it('an administrator changes another account’s role and outlet', async () => {
    const target = await makeUser(payload, 'contributor', { outlet: outletA })
    const res = await request(payload, 'PATCH', `/api/users/${target.user.id}`, {
      token: a.admin.token,
      body: { role: 'editor', outlet: outletB },
    })
    expect(res.status).toBe(200)
    const after = await roleOf(target)
    expect(after.role).toBe('editor')
    expect(after.outlet).toBe(outletB)
  })

  it('staff edit their own name; sending their unchanged role along is fine', async () => {
    const res = await request(payload, 'PATCH', `/api/users/${a.contributor.user.id}`, {
      token: a.contributor.token,
      body: { name: 'Nguyễn Văn Cộng Tác', role: 'contributor', outlet: outletA },
    })
    expect(res.status).toBe(200)
    expect((await roleOf(a.contributor)).name).toBe('Nguyễn Văn Cộng Tác')
  })

  it('an editor cannot move themselves to another outlet', async () => {
    const res = await request(payload, 'PATCH', `/api/users/${a.editor.user.id}`, {
      token: a.editor.token,
      body: { outlet: outletB },
    })
    expect(res.status).toBe(403)
    expect(errorMessages(res.json).join(' ')).toMatch(/Chỉ Quản trị mới được đổi cơ quan/)
    expect((await roleOf(a.editor)).outlet).toBe(outletA)
  })

  it('only administrators create, delete or edit other accounts', async () => {
    for (const actor of [a.chief, a.editor, a.contributor]) {
      const created = await request(payload, 'POST', '/api/users', {
        token: actor.token,
        body: {
          email: 'moi@hub.example',
          password: 'mot-mat-khau-du-dai',
          name: 'Mới',
          role: 'admin',
        },
      })
      expect(created.status).toBe(403)
      const removed = await request(payload, 'DELETE', `/api/users/${a.contributorB.user.id}`, {
        token: actor.token,
      })
      expect([403, 404]).toContain(removed.status)
      const renamed = await request(payload, 'PATCH', `/api/users/${a.contributorB.user.id}`, {
        token: actor.token,
        body: { name: 'Bị đổi tên' },
      })
      expect([403, 404]).toContain(renamed.status)
    }
    expect((await roleOf(a.contributorB)).name).not.toBe('Bị đổi tên')
    expect(
      (
        await payload.count({
          collection: 'users',
          where: { email: { equals: 'moi@hub.example' } },
        })
      ).totalDocs,
    ).toBe(0)
  })
})

describe('who sees which accounts and e-mail addresses', () => {
  const everyone = () => Object.values(a).map((x) => x.user.id)
  it.each([
    ['chief', () => everyone(), () => [a.chief.user.id]],
    ['editor', () => [a.editor, a.contributor].map((x) => x.user.id), () => [a.editor.user.id]],
    [
      'contributor',
      () => [a.editor, a.contributor].map((x) => x.user.id),
      () => [a.contributor.user.id],
    ],
    ['admin', () => everyone(), () => everyone()],
  ] as const)('%s', async (actorKey, expectVisible, expectEmails) => {
    const res = await request(payload, 'GET', '/api/users?limit=100&depth=0', {
      token: a[actorKey].token,
    })
    expect(res.status).toBe(200)
    const ids = res.json.docs.map((u: User) => u.id)
    for (const id of expectVisible()) expect(ids).toContain(id)
    if (actorKey === 'editor' || actorKey === 'contributor') {
      expect(ids).not.toContain(a.editorB.user.id)
      expect(ids).not.toContain(a.contributorB.user.id)
    }
    const withEmail = res.json.docs
      .filter((u: User) => u.email && everyone().includes(u.id))
      .map((u: User) => u.id)
    expect(withEmail.sort()).toEqual([...expectEmails()].sort())
    if (actorKey !== 'admin') {
      expect(res.json.docs.filter((u: User) => u.email)).toHaveLength(1)
    }
  })

  it('anonymous readers get no accounts at all', async () => {
    const res = await request(payload, 'GET', '/api/users')
    expect(res.status).toBe(403)
    expect(JSON.stringify(res.json)).not.toMatch(/@hub\.example/)
  })

  it('nobody sorts or filters by a field they cannot read (no e-mail oracle)', async () => {
    const target = a.editorB.email
    for (const query of [
      `where[email][equals]=${encodeURIComponent(target)}`,
      `where[email][like]=editor`,
      'sort=email',
      'sort=-email',
    ]) {
      const res = await request(payload, 'GET', `/api/users?${query}`, { token: a.chief.token })
      expect(res.status, query).toBe(400)
      expect(JSON.stringify(res.json)).not.toContain(target)
    }
  })
})

describe('staff-only fields of content stay out of public queries', () => {
  it.each([
    'where[createdBy][equals]=1',
    'where[workflowStatus][equals]=submitted',
    'where[reviewNote][like]=a',
    'where[publishedBy][exists]=true',
    'sort=createdBy',
    'sort=-workflowStatus',
    'where[authors.email][like]=hub',
  ])('anonymous: %s', async (query) => {
    const res = await request(payload, 'GET', `/api/articles?${query}`)
    expect(res.status).toBe(400)
  })

  it('anonymous responses carry no workflow state or account references', async () => {
    await payload.create({
      collection: 'articles',
      data: { title: 'Bài công khai', outlet: outletA, _status: 'published' },
      user: a.chief.user,
    })
    const res = await request(payload, 'GET', '/api/articles?depth=2')
    expect(res.status).toBe(200)
    const [doc] = res.json.docs
    expect(doc.title).toBe('Bài công khai')
    for (const key of ['workflowStatus', 'reviewNote', 'createdBy', 'publishedBy']) {
      expect(doc).not.toHaveProperty(key)
    }
    expect(JSON.stringify(res.json)).not.toMatch(/@hub\.example/)
  })
})

describe('no leaks through error messages', () => {
  it('a taken document number names the other document only to those who may read it', async () => {
    const notice = (title: string) => ({
      title,
      documentNumber: '15/KH-SKHCN',
      documentType: 'plan' as const,
      issuingBody: 'Sở Khoa học và Công nghệ',
      field: 'science-technology' as const,
      issueDate: '2026-03-02T00:00:00.000Z',
      effectiveDate: '2026-03-02T00:00:00.000Z',
      abstract: 'Trích yếu.',
    })
    await payload.create({
      collection: 'policy-notices',
      data: notice('Dự thảo mật của Báo Hải Phòng'),
      draft: true,
      user: a.editor.user,
    })
    const attempt = async (account: Account) => {
      try {
        await payload.create({
          collection: 'policy-notices',
          data: notice('Văn bản trùng số'),
          draft: true,
          overrideAccess: false,
          user: account.user,
        })
      } catch (error) {
        const e = error as { data?: { errors?: { message: string }[] } }
        return (e.data?.errors ?? []).map((x) => x.message).join(' ')
      }
      throw new Error('expected a clash')
    }
    const outsider = await attempt(a.editorB)
    expect(outsider).toMatch(/Đã có văn bản số 15\/KH-SKHCN của Sở Khoa học và Công nghệ\./)
    expect(outsider).not.toContain('Dự thảo mật')
    expect(await attempt(a.chief)).toContain('("Dự thảo mật của Báo Hải Phòng")')
  })
})

describe('passwords', () => {
  it.each([
    ['sign-up by an administrator', 'ngan'],
    ['sign-up by an administrator', '12345678901'],
  ])('%s with "%s" is refused with a clear message', async (_, password) => {
    const before = (await payload.count({ collection: 'users' })).totalDocs
    const res = await request(payload, 'POST', '/api/users', {
      token: a.admin.token,
      body: { email: 'ngan@hub.example', password, name: 'Mật khẩu ngắn', role: 'contributor' },
    })
    expect(res.status).toBe(400)
    expect(errorMessages(res.json).join(' ')).toMatch(/Mật khẩu phải có ít nhất 12 ký tự/)
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(before)
  })

  it('changing one’s own password to a short one leaves the old one working', async () => {
    const res = await request(payload, 'PATCH', `/api/users/${a.editor.user.id}`, {
      token: a.editor.token,
      body: { password: 'short' },
    })
    expect(res.status).toBe(400)
    const login = await payload.login({
      collection: 'users',
      data: { email: a.editor.email, password: a.editor.password },
    })
    expect(login.user?.id).toBe(a.editor.user.id)
  })

  it('a reset with a short password is refused', async () => {
    const token = await payload.forgotPassword({
      collection: 'users',
      data: { email: a.contributorB.email },
      disableEmail: true,
    })
    const res = await request(payload, 'POST', '/api/users/reset-password', {
      body: { token, password: 'abc' },
    })
    expect(res.status).toBe(400)
    expect(errorMessages(res.json).join(' ')).toMatch(/ít nhất 12 ký tự/)
  })
})

describe('the editorial log follows the same scope', () => {
  it('editors see their outlet’s events, contributors their own, the public nothing', async () => {
    const own = await payload.create({
      collection: 'articles',
      data: { title: 'Tin của cộng tác viên', workflowStatus: 'submitted' },
      draft: true,
      user: a.contributor.user,
    })
    await payload.create({
      collection: 'articles',
      data: { title: 'Tin của cơ quan khác', workflowStatus: 'submitted' },
      draft: true,
      user: a.contributorB.user,
    })
    const titles = async (token?: string) => {
      const query = 'where[action][equals]=submitted&limit=100'
      const res = await request(payload, 'GET', `/api/workflow-events?${query}`, { token })
      return res.status === 200
        ? res.json.docs.map((e: { itemTitle: string }) => e.itemTitle)
        : res.status
    }
    expect(await titles()).toBe(403)
    expect(await titles(a.editor.token)).toEqual(['Tin của cộng tác viên'])
    expect(await titles(a.contributor.token)).toEqual(['Tin của cộng tác viên'])
    expect(await titles(a.editorB.token)).toEqual(['Tin của cơ quan khác'])
    expect((await titles(a.chief.token)) as string[]).toHaveLength(2)
    const write = await request(payload, 'POST', '/api/workflow-events', {
      token: a.admin.token,
      body: { action: 'published', itemTitle: 'Giả mạo' },
    })
    expect(write.status).toBe(403)
    expect(own.id).toBeTruthy()
  })
})
