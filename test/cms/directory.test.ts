/**
 * The ecosystem directory and the programmes (issue 15), in the real CMS: who may create, publish
 * and change startups, people, support organisations and programmes (the Department of Science
 * and Technology's editors act as the Ban biên tập there; other outlets' editors draft for
 * review; contributors not at all); the personal-data rules (no profile and no founder's name
 * without recorded consent, no e-mail or phone for the public without consent to a public
 * contact, consent records for staff only) as anonymous REST and GraphQL readers meet them;
 * the checks and what they clean; mentions from news content; the review queue's log.
 * Refusals over HTTP in both languages are rows of bad-input/directory.cases.ts.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@collections/payload-types'
import { relationId } from '@collections/lib/roles'
import { ECOSYSTEM_COLLECTIONS, type EcosystemCollection } from '@collections/vocabulary/directory'
import {
  consentRecord,
  expectRejected,
  makeDepartment,
  makeNewsroom,
  makeUser,
  type Account,
  type Newsroom,
} from '../helpers/factories'
import { asUser, attempt, tryPublish } from '../helpers/attempt'
import { startTestHub, type TestHub } from '../helpers/payload'
import { request } from '../helpers/rest'

let hub: TestHub
let payload: Payload
let newsroom: Newsroom
let department: Account
let departmentOutlet: number
let departmentContributor: Account

beforeAll(async () => {
  hub = await startTestHub()
  payload = hub.payload
  newsroom = await makeNewsroom(payload)
  const made = await makeDepartment(payload)
  department = made.editor
  departmentOutlet = made.outlet
  departmentContributor = await makeUser(payload, 'contributor', { outlet: departmentOutlet })
})
afterAll(async () => {
  await hub?.cleanup()
})

type Actor =
  | 'anonymous'
  | 'contributor'
  | 'departmentContributor'
  | 'editor'
  | 'department'
  | 'chief'
  | 'admin'
const ACTORS: Actor[] = [
  'anonymous',
  'contributor',
  'departmentContributor',
  'editor',
  'department',
  'chief',
  'admin',
]
const account = (actor: Exclude<Actor, 'anonymous'> | 'editorB'): Account =>
  actor === 'department'
    ? department
    : actor === 'departmentContributor'
      ? departmentContributor
      : newsroom[actor]
const userOf = (actor: Actor) => (actor === 'anonymous' ? null : (account(actor).user as User))
const as = (actor: Actor) => asUser(userOf(actor))

let serial = 0
/** A minimal valid item of each collection (a person with consent to publish their profile). */
const baseData = (collection: EcosystemCollection): Record<string, unknown> => {
  const n = ++serial
  switch (collection) {
    case 'startups':
      return { name: `Dự án thử nghiệm ${n}` }
    case 'people':
      return { name: `Chuyên gia thử nghiệm ${n}`, consent: consentRecord(['profile']) }
    case 'support-organizations':
      return { name: `Câu lạc bộ thử nghiệm ${n}` }
    case 'programmes':
      return {
        title: `Kế hoạch thử nghiệm ${n}`,
        code: `${900 + n}/KH-UBND`,
        status: 'finished',
        // Long before plan 281, so its period counts nothing the tests below record.
        periodStart: 2011,
        periodEnd: 2015,
      }
  }
}
const titleOf = (collection: EcosystemCollection) =>
  collection === 'programmes' ? 'title' : 'name'

/** An item as its owner made it, written by the system so any state is possible. */
async function makeItem(
  collection: EcosystemCollection,
  owner: 'editor' | 'editorB' | 'department',
  published: boolean,
) {
  const user = account(owner).user as User
  return (await payload.create({
    collection,
    data: {
      ...baseData(collection),
      outlet: user.outlet as number,
      createdBy: user.id,
      _status: published ? 'published' : 'draft',
    } as never,
    draft: !published,
  })) as unknown as { id: number; _status: string } & Record<string, unknown>
}

describe('the department is the outlet marked as managing the directory', () => {
  it('its editors carry the mark on every read of their account, REST included', async () => {
    expect(department.user.managesDirectory).toBe(true)
    expect(newsroom.editor.user.managesDirectory).toBeFalsy()
    const me = await request(payload, 'GET', '/api/users/me', { token: department.token })
    expect(me.json.user.managesDirectory).toBe(true)
  })

  it('only an administrator marks an outlet (the Ban biên tập cannot grant it)', async () => {
    const res = await request(payload, 'PATCH', `/api/outlets/${newsroom.outletA}`, {
      token: newsroom.chief.token,
      body: { managesDirectory: true },
    })
    expect(res.status).toBe(200)
    const outlet = await payload.findByID({ collection: 'outlets', id: newsroom.outletA })
    expect(outlet.managesDirectory).toBeFalsy()
    // …and an editor of that outlet is still an ordinary editor.
    const me = await request(payload, 'GET', '/api/users/me', { token: newsroom.editor.token })
    expect(me.json.user.managesDirectory).toBeFalsy()
  })

  it('for news content the department’s editor is an editor like any other', async () => {
    const notice = await attempt(() =>
      payload.create({
        collection: 'events',
        data: {
          title: 'Sự kiện của Sở',
          startsAt: '2026-12-12T01:30:00.000Z',
          eventStatus: 'scheduled',
          _status: 'published',
        } as never,
        ...as('department'),
      }),
    )
    expect(notice.ok).toBe(false)
  })
})

describe.each(ECOSYSTEM_COLLECTIONS)('%s: the permission matrix', (collection) => {
  const isProgramme = collection === 'programmes'
  const fixture = {} as Record<'pubA' | 'draftA' | 'draftB' | 'draftDept', { id: number }>
  beforeAll(async () => {
    fixture.pubA = await makeItem(collection, 'editor', true)
    fixture.draftA = await makeItem(collection, 'editor', false)
    fixture.draftB = await makeItem(collection, 'editorB', false)
    fixture.draftDept = await makeItem(collection, 'department', false)
  })
  const ids = (names: (keyof typeof fixture)[]) => names.map((name) => fixture[name].id).sort()

  const visible: Record<Actor, (keyof typeof fixture)[]> = {
    anonymous: ['pubA'],
    contributor: ['pubA'],
    departmentContributor: ['pubA'],
    // An outlet's editor works on their outlet's drafts (not of programmes: they write none).
    editor: isProgramme ? ['pubA'] : ['pubA', 'draftA'],
    department: ['pubA', 'draftA', 'draftB', 'draftDept'],
    chief: ['pubA', 'draftA', 'draftB', 'draftDept'],
    admin: ['pubA', 'draftA', 'draftB', 'draftDept'],
  }
  it.each(ACTORS)('%s reads what is theirs to see (lists, counts, REST)', async (actor) => {
    const where = { id: { in: ids(['pubA', 'draftA', 'draftB', 'draftDept']) } }
    const expected = ids(visible[actor])
    const found = await payload.find({ collection, where, draft: true, ...as(actor) })
    expect(found.docs.map((d) => d.id).sort()).toEqual(expected)
    expect((await payload.count({ collection, where, ...as(actor) })).totalDocs).toBe(
      expected.length,
    )
    const token = actor === 'anonymous' ? undefined : account(actor).token
    const rest = await request(
      payload,
      'GET',
      `/api/${collection}?where[id][in]=${ids(Object.keys(fixture) as never).join(',')}&draft=true`,
      { token },
    )
    expect(rest.json.docs.map((d: { id: number }) => d.id).sort()).toEqual(expected)
  })

  const mayDraft: Record<Actor, boolean> = {
    anonymous: false,
    contributor: false,
    departmentContributor: false,
    editor: !isProgramme,
    department: true,
    chief: true,
    admin: true,
  }
  it.each(ACTORS)('%s creates a draft (or is refused, nothing written)', async (actor) => {
    const before = (await payload.count({ collection })).totalDocs
    const result = await attempt(() =>
      payload.create({
        collection,
        data: baseData(collection) as never,
        draft: true,
        ...as(actor),
      }),
    )
    expect(result.ok).toBe(mayDraft[actor])
    if (result.ok && actor === 'editor') {
      expect(relationId(result.doc.outlet)).toBe(newsroom.outletA)
      expect(result.doc.workflowStatus).toBe('draft')
    }
    if (!result.ok) expect((await payload.count({ collection })).totalDocs).toBe(before)
  })

  const mayPublish: Record<Actor, boolean> = {
    anonymous: false,
    contributor: false,
    departmentContributor: false,
    editor: false,
    department: true,
    chief: true,
    admin: true,
  }
  it.each(ACTORS)('%s publishes another outlet’s draft', async (actor) => {
    const item = await makeItem(collection, 'editorB', false)
    const result = await tryPublish(payload, collection, item.id, userOf(actor))
    expect(result.ok).toBe(mayPublish[actor])
    const live = await payload.findByID({ collection, id: item.id, depth: 0 })
    expect(live._status).toBe(result.ok ? 'published' : 'draft')
    if (result.ok) {
      expect((live as { publishedBy?: number }).publishedBy).toBe(userOf(actor)!.id)
      expect((live as { publishedAt?: string }).publishedAt).toBeTruthy()
    }
  })

  it.each(ACTORS)('%s unpublishes or deletes a live item', async (actor) => {
    const item = await makeItem(collection, 'editor', true)
    const unpublished = await attempt(() =>
      payload.update({
        collection,
        id: item.id,
        data: { _status: 'draft' } as never,
        ...as(actor),
      }),
    )
    expect(unpublished.ok).toBe(mayPublish[actor])
    const other = await makeItem(collection, 'editor', true)
    const deleted = await attempt(() => payload.delete({ collection, id: other.id, ...as(actor) }))
    expect(deleted.ok, JSON.stringify(deleted)).toBe(mayPublish[actor])
  })

  it('version history: the department sees all of it, an outlet’s editor their own', async () => {
    const where = { parent: { in: ids(['draftA', 'draftB']) } }
    const parents = async (actor: Actor) =>
      [
        ...new Set(
          (await payload.findVersions({ collection, where, ...as(actor) })).docs.map(
            (v) => v.parent as unknown as number,
          ),
        ),
      ].sort()
    expect(await parents('department')).toEqual(ids(['draftA', 'draftB']))
    if (!isProgramme) expect(await parents('editor')).toEqual(ids(['draftA']))
    expect((await attempt(() => parents('anonymous'))).ok).toBe(false)
  })
})

describe('review: an outlet’s editor submits a profile, the department publishes it', () => {
  it('is refused publishing with the reason, submits, and the log names the profile', async () => {
    const draft = await payload.create({
      collection: 'startups',
      data: { name: 'Cảng Xanh Logistics' },
      draft: true,
      ...as('editor'),
    })
    const refused = await attempt(() =>
      payload.update({
        collection: 'startups',
        id: draft.id,
        data: { _status: 'published' },
        ...as('editor'),
      }),
    )
    expect(refused).toMatchObject({ ok: false, status: 403 })
    expect((refused as { message: string }).message).toMatch(/không có quyền xuất bản/)

    await payload.update({
      collection: 'startups',
      id: draft.id,
      data: { workflowStatus: 'submitted' },
      draft: true,
      ...as('editor'),
    })
    const queue = await payload.find({
      collection: 'startups',
      where: { workflowStatus: { equals: 'submitted' } },
      draft: true,
      ...as('department'),
    })
    expect(queue.docs.map((d) => d.id)).toContain(draft.id)

    await payload.update({
      collection: 'startups',
      id: draft.id,
      data: { _status: 'published' },
      ...as('department'),
    })
    const log = await payload.find({
      collection: 'workflow-events',
      where: { 'item.value': { equals: draft.id }, 'item.relationTo': { equals: 'startups' } },
      sort: 'createdAt',
      depth: 0,
    })
    expect(log.docs.map((e) => [e.action, e.itemTitle])).toEqual([
      ['submitted', 'Cảng Xanh Logistics'],
      ['published', 'Cảng Xanh Logistics'],
    ])
  })
})

describe('personal data: consent before publication (Law 91/2025/QH15)', () => {
  it('a new profile’s consent is never ticked by default', async () => {
    const person = await payload.create({
      collection: 'people',
      data: { name: 'Trần Văn Mặc Định' },
      draft: true,
    })
    expect(person.consent?.given).toBe(false)
  })

  it('a profile without consent is kept as a draft but never published', async () => {
    const refused = await expectRejected(() =>
      payload.create({
        collection: 'people',
        data: { name: 'Lê Thị Chưa Đồng Ý', _status: 'published' },
        ...as('department'),
      }),
    )
    expect(refused.join(' ')).toMatch(/cần ghi nhận sự đồng ý của người này/)
    const draft = await payload.create({
      collection: 'people',
      data: { name: 'Lê Thị Chưa Đồng Ý', _status: 'draft' },
      draft: true,
      ...as('department'),
    })
    expect(draft._status).toBe('draft')
  })

  it('consent for another purpose, or recorded in part, is not consent to publish', async () => {
    for (const consent of [
      consentRecord(['founder-name']),
      consentRecord(['profile'], { method: null }),
      { ...consentRecord(['profile']), given: false },
    ]) {
      const refused = await expectRejected(() =>
        payload.create({
          collection: 'people',
          data: { name: 'Phạm Văn Một Phần', consent, _status: 'published' } as never,
          ...as('chief'),
        }),
      )
      expect(refused.join(' ')).toMatch(/đồng ý|consent/i)
    }
  })

  it('a withdrawn consent stops publication, including an edit of the live profile', async () => {
    const person = await payload.create({
      collection: 'people',
      data: { name: 'Vũ Thị Rút Lại', consent: consentRecord(['profile']), _status: 'published' },
      ...as('department'),
    })
    const refused = await expectRejected(() =>
      payload.update({
        collection: 'people',
        id: person.id,
        data: {
          consent: consentRecord(['profile'], { withdrawnAt: '2025-11-30T17:00:00.000Z' }),
        },
        ...as('department'),
      }),
    )
    expect(refused.join(' ')).toMatch(/đã rút lại sự đồng ý ngày 01\/12\/2025/)
    // Recorded on a draft, and the profile taken off the portal: both allowed.
    await payload.update({
      collection: 'people',
      id: person.id,
      data: { consent: consentRecord(['profile'], { withdrawnAt: '2025-11-30T17:00:00.000Z' }) },
      draft: true,
      ...as('department'),
    })
    const unpublished = await payload.update({
      collection: 'people',
      id: person.id,
      data: { _status: 'draft' },
      ...as('department'),
    })
    expect(unpublished._status).toBe('draft')
    expect(unpublished.consent?.withdrawnAt).toBe('2025-11-30T17:00:00.000Z')
  })
})

describe('what anonymous readers get (REST and GraphQL)', () => {
  const privateText = ['nguoi.rieng@example.vn', '0912 345 678', 'Thư điện tử ngày']
  let quiet: number
  let open: number
  let startup: number

  beforeAll(async () => {
    const person = (name: string, email: string, purposes: ('profile' | 'public-contact')[]) =>
      payload.create({
        collection: 'people',
        data: {
          name,
          email,
          phone: email.startsWith('nguoi.rieng') ? '0912 345 678' : '0225 3842 111',
          consent: consentRecord(purposes),
          _status: 'published',
        },
      })
    quiet = (await person('Đỗ Văn Kín Đáo', 'nguoi.rieng@example.vn', ['profile'])).id
    open = (await person('Hoàng Thị Cởi Mở', 'lien.he@example.vn', ['profile', 'public-contact']))
      .id
    startup = (
      await payload.create({
        collection: 'startups',
        data: {
          name: 'Thủy Sản Số',
          founders: [
            {
              name: 'Ngô Văn Được Nêu Tên',
              role: 'Giám đốc',
              email: 'duoc.neu@example.vn',
              consent: consentRecord(['founder-name']),
            },
            {
              name: 'Bùi Thị Không Nêu Tên',
              role: 'Đồng sáng lập',
              email: 'nguoi.rieng@example.vn',
              phone: '0912 345 678',
            },
          ],
          _status: 'published',
        },
      })
    ).id
  })

  it('a profile without a public contact: no e-mail, phone or consent record', async () => {
    const res = await request(payload, 'GET', `/api/people/${quiet}`)
    expect(res.status).toBe(200)
    expect(res.json.name).toBe('Đỗ Văn Kín Đáo')
    for (const field of ['email', 'phone', 'consent', 'workflowStatus', 'createdBy']) {
      expect(res.json, field).not.toHaveProperty(field)
    }
    const text = JSON.stringify(res.json)
    for (const secret of privateText) expect(text).not.toContain(secret)
  })

  it('a profile with consent to a public contact shows it, never the consent record', async () => {
    const res = await request(payload, 'GET', `/api/people/${open}`)
    expect(res.json).toMatchObject({ email: 'lien.he@example.vn', phone: '0225 3842 111' })
    expect(res.json).not.toHaveProperty('consent')
  })

  it('founders are named only with consent; their contacts and records stay hidden', async () => {
    const res = await request(payload, 'GET', `/api/startups/${startup}`)
    const [named, unnamed] = res.json.founders
    expect(named).toMatchObject({ name: 'Ngô Văn Được Nêu Tên', role: 'Giám đốc' })
    expect(named).not.toHaveProperty('email')
    expect(unnamed).not.toHaveProperty('name')
    expect(unnamed).toMatchObject({ role: 'Đồng sáng lập', namePublic: false })
    const text = JSON.stringify(res.json)
    expect(text).not.toContain('Bùi Thị Không Nêu Tên')
    for (const secret of privateText) expect(text).not.toContain(secret)
    // Staff read all of it.
    const staff = await request(payload, 'GET', `/api/startups/${startup}`, {
      token: newsroom.contributor.token,
    })
    expect(staff.json.founders[1]).toMatchObject({
      name: 'Bùi Thị Không Nêu Tên',
      email: 'nguoi.rieng@example.vn',
      consent: { given: false },
    })
  })

  it('hidden fields cannot be probed with a query', async () => {
    for (const path of [
      '/api/people?where[email][like]=nguoi.rieng',
      '/api/people?where[consent.given][equals]=true',
      '/api/startups?where[founders.name][like]=Không Nêu',
      '/api/startups?sort=founders.email',
    ]) {
      const res = await request(payload, 'GET', encodeURI(path))
      expect(res.json?.docs ?? [], path).toHaveLength(0)
      expect(JSON.stringify(res.json), path).not.toContain('Không Nêu Tên')
    }
  })

  it('GraphQL gives the same answer', async () => {
    const res = await request(payload, 'POST', '/api/graphql', {
      body: {
        query: `{ Startups(limit: 50) { docs { name founders { name email phone role } } }
                  People(limit: 50) { docs { name email phone consent { given evidence } } } }`,
      },
    })
    const text = JSON.stringify(res.json)
    expect(text).toContain('Ngô Văn Được Nêu Tên')
    expect(text).toContain('lien.he@example.vn')
    expect(text).not.toContain('Bùi Thị Không Nêu Tên')
    for (const secret of privateText) expect(text).not.toContain(secret)
  })

  it('withdrawing a founder’s consent hides their name at once', async () => {
    const doc = await payload.findByID({ collection: 'startups', id: startup })
    const founders = doc.founders!.map((f, i) =>
      i === 0 ? { ...f, consent: { ...f.consent, withdrawnAt: '2025-12-01T17:00:00.000Z' } } : f,
    )
    await payload.update({
      collection: 'startups',
      id: startup,
      data: { founders } as never,
      ...as('department'),
    })
    const res = await request(payload, 'GET', `/api/startups/${startup}`)
    expect(JSON.stringify(res.json)).not.toContain('Ngô Văn Được Nêu Tên')
  })
})

describe('checks that clean or annotate rather than refuse', () => {
  it('a registration number is stored in its one written form', async () => {
    const cases: [string, string][] = [
      [' 0200 123 457 ', '0200123457'],
      ['0200.123.458 – 001', '0200123458-001'],
      ['0200123459002', '0200123459-002'],
    ]
    for (const [typed, stored] of cases) {
      const doc = await payload.create({
        collection: 'startups',
        data: { name: `Doanh nghiệp ${typed}`, registrationNumber: typed },
        draft: true,
        ...as('department'),
      })
      expect(doc.registrationNumber).toBe(stored)
    }
    // Empty is no number, for as many unregistered projects as there are.
    for (const name of ['Ý tưởng một', 'Ý tưởng hai']) {
      const doc = await payload.create({
        collection: 'startups',
        data: { name, registrationNumber: '  ' },
        draft: true,
      })
      expect(doc.registrationNumber ?? null).toBeNull()
    }
  })

  it('a support record outside the programme’s period is kept and marked as not counted', async () => {
    await payload.create({
      collection: 'programmes',
      data: {
        title: 'Kế hoạch phát triển hệ sinh thái khởi nghiệp 2021–2025',
        code: '281 / KH–UBND',
        status: 'current',
        periodStart: 2021,
        periodEnd: 2025,
        targets: [
          {
            key: 'du-an-ho-tro',
            measure: 'supportedProjects',
            label: 'Hỗ trợ dự án khởi nghiệp đổi mới sáng tạo',
            minimum: 300,
            unit: 'project',
          },
        ],
        _status: 'published',
      },
    })
    const doc = await payload.create({
      collection: 'startups',
      data: {
        name: 'Nông Nghiệp Thông Minh',
        supportRecords: [
          { year: 2019, kind: 'service', given: 'Tư vấn sở hữu trí tuệ' },
          { year: 2023, kind: 'direct', given: 'Kinh phí hoàn thiện sản phẩm mẫu' },
        ],
        _status: 'published',
      },
      ...as('department'),
    })
    const read = async (user: User | null, locale?: 'en') =>
      (
        await payload.findByID({
          collection: 'startups',
          id: doc.id,
          overrideAccess: false,
          user,
          ...(locale ? { locale } : {}),
        })
      ).supportRecords!.map((r) => r.planNote)
    const [outside, inside] = await read(department.user as User)
    expect(outside).toMatch(
      /^Không tính vào kết quả chương trình nào: năm 2019 ngoài giai đoạn 281\/KH-UBND \(2021–2025\)[,.]/,
    )
    expect(inside).toBe('Tính vào kết quả: 281/KH-UBND (2021–2025).')
    // The public gets the records, not the editor's note.
    expect(await read(null)).toEqual([undefined, undefined])
    // The admin sends the note back with the form: it is not stored, and the save goes through.
    const shown = await payload.findByID({
      collection: 'startups',
      id: doc.id,
      draft: true,
      user: department.user,
    })
    const saved = await payload.update({
      collection: 'startups',
      id: doc.id,
      data: { supportRecords: shown.supportRecords },
      draft: true,
      ...as('department'),
    })
    expect(saved.supportRecords?.map((r) => r.year)).toEqual([2019, 2023])
    const en = await request(payload, 'GET', `/api/startups/${doc.id}`, {
      token: department.token,
      headers: { 'Accept-Language': 'en', Cookie: 'payload-lng=en' },
    })
    expect(en.json.supportRecords[0].planNote).toMatch(
      /^Not counted toward any programme: 2019 is outside 281\/KH-UBND \(2021–2025\)[,.]/,
    )
  })

  it('a programme’s code is stored cleaned, and there is one current programme', async () => {
    const [stored] = (
      await payload.find({ collection: 'programmes', where: { status: { equals: 'current' } } })
    ).docs
    expect(stored).toMatchObject({ code: '281/KH-UBND', slug: '281-kh-ubnd' })
    const refused = await expectRejected(() =>
      payload.create({
        collection: 'programmes',
        data: {
          title: 'Kế hoạch kế tiếp',
          code: '12/KH-UBND',
          status: 'current',
          periodStart: 2026,
          periodEnd: 2030,
        },
        draft: true,
      }),
    )
    expect(refused.join(' ')).toMatch(/281\/KH-UBND đang là chương trình đang thực hiện/)
    const successor = await payload.create({
      collection: 'programmes',
      data: {
        title: 'Kế hoạch kế tiếp',
        code: '12/KH-UBND',
        status: 'successor',
        periodStart: 2026,
        periodEnd: 2030,
      },
      draft: true,
    })
    expect(successor.status).toBe('successor')
  })

  it('a programme’s targets: units, keys, sources and final results hold together', async () => {
    const programme = (targets: unknown[], finalResults: unknown[] = []) =>
      expectRejected(() =>
        payload.create({
          collection: 'programmes',
          data: {
            title: 'Kế hoạch cũ',
            code: `${++serial}/KH-UBND`,
            status: 'finished',
            periodStart: 2011,
            periodEnd: 2015,
            targets,
            finalResults,
          } as never,
          draft: true,
        }),
      )
    const target = (over: Record<string, unknown>) => ({
      key: 'ty-le-goi-von',
      measure: 'directWithFundingShare',
      label: 'Tỷ lệ dự án gọi được vốn',
      minimum: 20,
      unit: 'percent',
      ...over,
    })
    expect((await programme([target({ unit: 'project' })])).join(' ')).toMatch(/đơn vị "%"/)
    expect((await programme([target({}), target({})])).join(' ')).toMatch(
      /đã dùng cho một chỉ tiêu khác/,
    )
    expect(
      (
        await programme([
          target({
            measure: 'manual',
            manualFigures: [{ value: 18, asOf: '2025-12-30T17:00:00.000Z' }],
          }),
        ])
      ).join(' '),
    ).toMatch(/Ghi văn bản nguồn/)
    expect(
      (
        await programme(
          [target({})],
          [{ targetKey: 'khong-co', achieved: 3, asOf: '2025-12-30T17:00:00.000Z' }],
        )
      ).join(' '),
    ).toMatch(/không có chỉ tiêu mã "khong-co"/)
  })
})

describe('news content mentions the directory, and a profile finds what mentions it', () => {
  it('an article names a startup and a person; the public sees only what is published', async () => {
    const startup = await makeItem('startups', 'department', true)
    const hidden = await makeItem('people', 'department', false)
    const article = await payload.create({
      collection: 'articles',
      data: {
        title: 'Dự án logistics xanh gọi vốn thành công',
        outlet: newsroom.outletA,
        mentions: [
          { relationTo: 'startups', value: startup.id },
          { relationTo: 'people', value: hidden.id },
        ],
        _status: 'published',
      },
    })
    const mentioning = await payload.find({
      collection: 'articles',
      where: { mentions: { equals: { relationTo: 'startups', value: startup.id } } },
      depth: 0,
      overrideAccess: false,
    })
    expect(mentioning.docs.map((d) => d.id)).toEqual([article.id])

    const res = await request(payload, 'GET', `/api/articles/${article.id}?depth=1`)
    const [first, second] = res.json.mentions
    expect(first).toMatchObject({ relationTo: 'startups', value: { id: startup.id } })
    // A draft profile is not populated for the public: at most its id.
    expect(typeof second.value === 'object' ? second.value : null).toBeNull()
  })
})
