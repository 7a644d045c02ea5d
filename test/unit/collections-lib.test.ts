import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { chooseDatabase, describeDatabase } from '@cms/database'
import { deriveLegalStatus } from '@collections/vocabulary/legalStatus'
import { listFieldValues } from '@collections/lib/fieldValues'
import { normalizeToNFC, removeInvisibleFromFields } from '@collections/lib/normalize'
import { parseYouTubeId } from '@collections/lib/youtube'

describe('parseYouTubeId', () => {
  it.each([
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'dQw4w9WgXcQ'],
    ['https://youtube.com/watch?v=dQw4w9WgXcQ&t=42s', 'dQw4w9WgXcQ'],
    ['https://m.youtube.com/watch?v=dQw4w9WgXcQ', 'dQw4w9WgXcQ'],
    ['https://youtu.be/dQw4w9WgXcQ?si=abc', 'dQw4w9WgXcQ'],
    ['https://www.youtube.com/embed/dQw4w9WgXcQ', 'dQw4w9WgXcQ'],
    ['https://www.youtube.com/shorts/dQw4w9WgXcQ', 'dQw4w9WgXcQ'],
    ['https://www.youtube.com/live/dQw4w9WgXcQ', 'dQw4w9WgXcQ'],
    ['https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', 'dQw4w9WgXcQ'],
    ['https://evil.example/watch?v=dQw4w9WgXcQ', null],
    ['https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ', null],
    ['javascript:alert(1)//youtube.com/watch?v=dQw4w9WgXcQ', null],
    ['https://www.youtube.com/watch?v=short', null],
    ['https://www.youtube.com/channel/UC123', null],
    ['không phải liên kết', null],
    ['', null],
  ])('%s → %s', (url, id) => {
    expect(parseYouTubeId(url)).toBe(id)
  })
})

describe('deriveLegalStatus', () => {
  const now = new Date('2026-11-28T00:00:00Z')
  it.each([
    [{ effectiveDate: '2020-12-10' }, 'in-force'],
    [{ effectiveDate: '2027-01-01' }, 'not-yet-effective'],
    [{ effectiveDate: '2020-12-10', expiryDate: '2025-12-31' }, 'expired'],
    [{ effectiveDate: '2020-12-10', expiryDate: '2030-12-31' }, 'in-force'],
    [{ effectiveDate: '2020-12-10', legalStatusOverride: 'expired' as const }, 'expired'],
  ])('%o → %s', (doc, status) => {
    expect(deriveLegalStatus(doc, now)).toBe(status)
  })
})

describe('normalizeToNFC', () => {
  it('composes every string in nested data and leaves other values alone', () => {
    const nfd = 'Hải Phòng'.normalize('NFD')
    const input = { title: nfd, n: 3, ok: true, at: null, list: [nfd, { deep: nfd }] }
    expect(normalizeToNFC(input)).toEqual({
      title: 'Hải Phòng',
      n: 3,
      ok: true,
      at: null,
      list: ['Hải Phòng', { deep: 'Hải Phòng' }],
    })
  })
})

// Every way Payload nests fields: rows and collapsibles (looked through), named and unnamed
// tabs, groups, arrays and blocks.
const FIELDS: Field[] = [
  { name: 'title', type: 'text' },
  { type: 'row', fields: [{ name: 'tags', type: 'text', hasMany: true }] },
  { type: 'collapsible', label: 'x', fields: [{ name: 'summary', type: 'textarea' }] },
  {
    type: 'tabs',
    tabs: [
      { label: 'a', fields: [{ name: 'email', type: 'email' }] },
      { name: 'seo', fields: [{ name: 'description', type: 'text' }] },
    ],
  },
  { name: 'venue', type: 'group', fields: [{ name: 'name', type: 'text' }] },
  {
    name: 'corrections',
    type: 'array',
    fields: [{ type: 'row', fields: [{ name: 'note', type: 'textarea' }] }],
  },
  {
    name: 'layout',
    type: 'blocks',
    blocks: [{ slug: 'quote', fields: [{ name: 'cite', type: 'text' }] }],
  },
  { name: 'body', type: 'richText' },
  { name: 'count', type: 'number' },
]
const SPIKE = '\u202E\u200B'
const spiked = () => ({
  title: `Tin${SPIKE}\nmới`,
  tags: [`a${SPIKE}`, 'b'],
  summary: `Dòng 1${SPIKE}\nDòng 2`,
  email: `a${SPIKE}@b.vn`,
  seo: { description: `Mô${SPIKE} tả` },
  venue: { name: `Nhà${SPIKE} hát` },
  corrections: [{ note: `Sửa${SPIKE}\tlỗi` }],
  layout: [{ blockType: 'quote', cite: `Trích${SPIKE}` }],
  body: { root: { type: 'root', children: [{ type: 'text', text: `Đoạn${SPIKE}` }] } },
  count: 3,
})

describe('listFieldValues', () => {
  it('lists each value with the path Payload gives it in errors', () => {
    expect(listFieldValues(FIELDS, spiked()).map((v) => v.path)).toEqual([
      'title',
      'tags',
      'summary',
      'email',
      'seo.description',
      'venue.name',
      'corrections',
      'corrections.0.note',
      'layout',
      'layout.0.cite',
      'body',
      'count',
    ])
  })
  it('skips what the data does not carry', () => {
    expect(listFieldValues(FIELDS, { venue: {}, count: 0 }).map((v) => v.path)).toEqual(['count'])
  })
})

describe('removeInvisibleFromFields', () => {
  it('cleans text, textareas and rich text by type, nested too, and leaves the rest', () => {
    expect(removeInvisibleFromFields(FIELDS, spiked())).toEqual({
      title: 'Tin mới',
      tags: ['a', 'b'],
      summary: 'Dòng 1\nDòng 2',
      // Not prose: an e-mail address with a hidden character is refused by its validator.
      email: `a${SPIKE}@b.vn`,
      seo: { description: 'Mô tả' },
      venue: { name: 'Nhà hát' },
      corrections: [{ note: 'Sửa\tlỗi' }],
      layout: [{ blockType: 'quote', cite: 'Trích' }],
      body: { root: { type: 'root', children: [{ type: 'text', text: 'Đoạn' }] } },
      count: 3,
    })
  })
})

describe('chooseDatabase', () => {
  it('selects MongoDB for mongodb:// and mongodb+srv:// URLs', () => {
    expect(chooseDatabase('mongodb://db.internal:27017/hub').kind).toBe('mongodb')
    expect(chooseDatabase('mongodb+srv://cluster.example/hub').kind).toBe('mongodb')
  })
  it('selects the embedded SQLite file by default, for file: URLs and for plain paths', () => {
    expect(chooseDatabase(undefined)).toMatchObject({ kind: 'sqlite' })
    expect(chooseDatabase('').url).toMatch(/data\/hub\.db$/)
    expect(chooseDatabase('file:/tmp/x/hub.db')).toMatchObject({ file: '/tmp/x/hub.db' })
    expect(chooseDatabase('./data/other.db').url).toMatch(/\/data\/other\.db$/)
  })
  it('selects PostgreSQL for postgres:// and postgresql:// URLs', () => {
    expect(chooseDatabase('postgres://hub:pw@db.internal:5432/hub')).toEqual({
      kind: 'postgres',
      url: 'postgres://hub:pw@db.internal:5432/hub',
    })
    expect(chooseDatabase('postgresql://db.internal/hub').kind).toBe('postgres')
  })
  it('refuses a database it does not support instead of silently using another', () => {
    expect(() => chooseDatabase('mysql://localhost/hub')).toThrow(/not supported/)
  })
  it('never prints a password', () => {
    expect(describeDatabase(chooseDatabase('postgres://hub:s3cret@db:5432/hub'))).toBe(
      'postgres://hub@db:5432/hub',
    )
  })
})
