import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'

import {
  buildDataPackage,
  FUNDING_ROUNDS_TABLE,
  LIST_DELIMITER,
  ORGANIZATIONS_TABLE,
  PEOPLE_TABLE,
  STARTUP_SUPPORT_TABLE,
  STARTUPS_TABLE,
  SUPPORT_BY_YEAR_TABLE,
  tableSchema,
  toCsv,
  toJson,
  TRACKER_TARGETS_TABLE,
  TRACKER_YEARS_TABLE,
  type OpenTableBase,
  type PersonRow,
  type StartupRow,
  type TrackerTargetRow,
} from '@channels/opendata'

const ALL_TABLES: OpenTableBase[] = [
  TRACKER_TARGETS_TABLE,
  TRACKER_YEARS_TABLE,
  SUPPORT_BY_YEAR_TABLE,
  STARTUPS_TABLE,
  STARTUP_SUPPORT_TABLE,
  FUNDING_ROUNDS_TABLE,
  PEOPLE_TABLE,
  ORGANIZATIONS_TABLE,
]

/** What a real CSV reader gets back: records split only at CRLF, quotes undone. */
function readCsv(csv: string): Record<string, string>[] {
  return parse(csv, { bom: true, columns: true, record_delimiter: '\r\n', relax_quotes: false })
}

function startup(overrides: Partial<StartupRow> = {}): StartupRow {
  return {
    id: '12',
    slug: 'nong-san-so',
    name: 'Nông sản số Hải Phòng',
    summary_vi: 'Sàn giao dịch nông sản, kết nối nông dân Tiên Lãng với bếp ăn.',
    summary_en: null,
    sector: 'agritech',
    stage: 'growth',
    district: 'Tiên Lãng',
    registration_number: '0201234567',
    registration_date: '2021-03-15',
    website: 'https://nongsanso.vn',
    founders: ['Nguyễn Thị Hương', 'Trần Văn Đức'],
    url: 'https://khoinghiep.haiphong.gov.vn/he-sinh-thai/du-an/nong-san-so/',
    ...overrides,
  }
}

const target: TrackerTargetRow = {
  programme: '281/KH-UBND',
  target_key: 'goi-von',
  name_vi: 'Tỷ lệ dự án được hỗ trợ trực tiếp gọi được vốn',
  name_en: 'Share of directly supported projects that raised capital',
  measure: 'directWithFundingShare',
  unit: 'percent',
  minimum: 20,
  maximum: null,
  deadline: '2025-12-31',
  achieved: 12.5,
  computed: 12.5,
  expected: 20,
  status: 'missed',
  basis: 'directory',
  counted_ids: ['3', '17'],
  base_ids: ['3', '8', '17', '21'],
  source: null,
  source_url: undefined,
  last_updated: '2025-11-20',
  as_of: '2026-01-05',
}

describe('toCsv', () => {
  it('starts with the UTF-8 byte order mark Excel needs', () => {
    const bytes = Buffer.from(toCsv(STARTUPS_TABLE, [startup()]), 'utf8')
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    // A reader that does not skip it sees it glued to the first column's name.
    const raw = parse(toCsv(STARTUPS_TABLE, [startup()]), { columns: true })
    expect(Object.keys(raw[0]!)[0]).toBe('\uFEFFid')
  })

  it('ends every record with CRLF and writes the schema’s names as the header', () => {
    const csv = toCsv(STARTUPS_TABLE, [startup(), startup({ id: '13' })])
    const lines = csv.slice(1).split('\r\n')
    expect(lines).toHaveLength(4)
    expect(lines[3]).toBe('')
    expect(lines[0]).toBe(STARTUPS_TABLE.fields.map((f) => f.name).join(','))
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/)
  })

  it.each<[string, string]>([
    ['Vietnamese text', 'Công ty Cổ phần Đổi mới Sáng tạo Hải Phòng – Ươm tạo ở Thủy Nguyên'],
    ['decomposed Vietnamese kept as given', 'Hải Phòng'.normalize('NFD')],
    ['a comma', 'Nông sản, thủy sản'],
    ['quotes', 'Dự án "Cảng xanh" của nhóm \u201cSao Biển\u201d'],
    ['a line break', 'Dòng một\nDòng hai'],
    ['a CRLF inside', 'Dòng một\r\nDòng hai'],
    ['spaces around', '  có khoảng trắng  '],
    ['an emoji', 'Khởi nghiệp 🚀'],
    ['only a quote', '"'],
    ['a semicolon', 'A; B'],
  ])('a real CSV parser reads back %s', (_, value) => {
    const csv = toCsv(STARTUPS_TABLE, [startup({ name: value, summary_vi: value })])
    const [row] = readCsv(csv)
    expect(row!.name).toBe(value)
    expect(row!.summary_vi).toBe(value)
  })

  it('writes every row, absent values as empty cells, lists joined by the delimiter', () => {
    const rows = readCsv(
      toCsv(STARTUPS_TABLE, [startup(), startup({ id: '13', founders: [], website: null })]),
    )
    expect(rows).toHaveLength(2)
    expect(rows[0]).toMatchObject({
      summary_en: '',
      founders: 'Nguyễn Thị Hương;Trần Văn Đức',
      registration_number: '0201234567',
    })
    expect(rows[1]).toMatchObject({ id: '13', founders: '', website: '' })
  })

  it('keeps a list item whole: the delimiter inside one becomes a comma', () => {
    const [row] = readCsv(toCsv(STARTUPS_TABLE, [startup({ founders: ['Lê A; Lê B', 'Phạm C'] })]))
    expect(row!.founders.split(LIST_DELIMITER)).toEqual(['Lê A, Lê B', 'Phạm C'])
  })

  it('writes numbers for machines and dates as YYYY-MM-DD', () => {
    const [row] = readCsv(
      toCsv(TRACKER_TARGETS_TABLE, [{ ...target, achieved: 66.66666666666667 }]),
    )
    expect(row).toMatchObject({
      minimum: '20',
      maximum: '',
      achieved: '66.66666666666667',
      deadline: '2025-12-31',
      counted_ids: '3;17',
      source_url: '',
    })
    const [round] = readCsv(
      toCsv(FUNDING_ROUNDS_TABLE, [
        { startup_id: '3', date: '2023-04-01', amount_vnd: 5_000_000_000, investors: [] },
      ]),
    )
    expect(round!.amount_vnd).toBe('5000000000')
  })

  it.each<[string, string]>([
    ['=HYPERLINK("http://evil.example","Bấm")', `'=HYPERLINK("http://evil.example","Bấm")`],
    ['+84 225 3842 000', `'+84 225 3842 000`],
    ['-1+1', `'-1+1`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\t=1', `'\t=1`],
    ['Bình thường = an toàn', 'Bình thường = an toàn'],
  ])('a spreadsheet never runs %j as a formula', (value, cell) => {
    const [row] = readCsv(toCsv(STARTUPS_TABLE, [startup({ name: value, founders: [value] })]))
    expect(row!.name).toBe(cell)
    expect(row!.founders).toBe(cell)
    // JSON is read by programs, not spreadsheets: the text as it is.
    expect(JSON.parse(toJson(STARTUPS_TABLE, [startup({ name: value })]))[0].name).toBe(value)
  })

  it('writes only the schema’s fields, whatever else a row carries', () => {
    const person: PersonRow & { privateEmail: string; consentRecord: string } = {
      id: '5',
      slug: 'tran-thi-mai',
      name: 'Trần Thị Mai',
      roles: ['mentor', 'investor'],
      organization: 'Quỹ Cảng Biển',
      expertise: ['logistics'],
      bio_vi: null,
      bio_en: null,
      origin: 'domestic',
      email: null,
      phone: null,
      url: null,
      privateEmail: 'mai@example.vn',
      consentRecord: 'form 2025-01-02',
    }
    const csv = toCsv(PEOPLE_TABLE, [person])
    const json = toJson(PEOPLE_TABLE, [person])
    for (const output of [csv, json]) {
      expect(output).not.toContain('mai@example.vn')
      expect(output).not.toContain('consent')
    }
    expect(Object.keys(readCsv(csv)[0]!)).toEqual(PEOPLE_TABLE.fields.map((f) => f.name))
  })

  it('writes the header alone for no rows', () => {
    const csv = toCsv(TRACKER_YEARS_TABLE, [])
    expect(csv).toBe(`\uFEFF${TRACKER_YEARS_TABLE.fields.map((f) => f.name).join(',')}\r\n`)
    expect(readCsv(csv)).toEqual([])
  })
})

describe('toJson', () => {
  it('gives the same fields, in order, lists as arrays and absent values as null', () => {
    const [row] = JSON.parse(toJson(TRACKER_TARGETS_TABLE, [{ ...target, expected: Number.NaN }]))
    expect(Object.keys(row)).toEqual(TRACKER_TARGETS_TABLE.fields.map((f) => f.name))
    expect(row).toMatchObject({
      achieved: 12.5,
      expected: null,
      maximum: null,
      source_url: null,
      counted_ids: ['3', '17'],
      name_vi: 'Tỷ lệ dự án được hỗ trợ trực tiếp gọi được vốn',
    })
  })

  it('is an array of rows (tabular JSON), empty for no rows', () => {
    expect(JSON.parse(toJson(STARTUPS_TABLE, []))).toEqual([])
    expect(JSON.parse(toJson(STARTUPS_TABLE, [startup()]))).toHaveLength(1)
  })
})

describe('the published schema', () => {
  it.each(ALL_TABLES.map((t) => [t.name, t] as const))(
    '%s: every field named, typed and described',
    (_, table) => {
      const names = table.fields.map((f) => f.name)
      expect(new Set(names).size).toBe(names.length)
      for (const field of table.fields) {
        expect(field.name).toMatch(/^[a-z][a-z0-9_]*$/)
        // Both languages, "Vietnamese / English".
        expect(field.title).toMatch(/\S \/ \S/)
        expect(field.description).toMatch(/\S \/ \S/)
      }
      for (const key of table.primaryKey ?? []) expect(names).toContain(key)
      const schema = tableSchema(table)
      expect(schema.fields.map((f) => f.name)).toEqual(names)
      expect(schema.missingValues).toEqual([''])
      for (const field of schema.fields.filter((f) => f.type === 'list')) {
        expect(field).toMatchObject({ delimiter: LIST_DELIMITER, itemType: 'string' })
      }
    },
  )

  it('a data package names each CSV with its dialect and schema, and its JSON copy', () => {
    const descriptor = buildDataPackage({
      name: 'ket-qua-281',
      title: 'Kết quả Kế hoạch 281/KH-UBND',
      updated: '2026-01-05',
      resources: [
        { table: TRACKER_TARGETS_TABLE, path: 'chi-tieu.csv', json: 'chi-tieu.json' },
        { table: TRACKER_YEARS_TABLE, path: 'chi-tieu-theo-nam.csv' },
      ],
    })
    expect(descriptor.resources.map((r) => [r.name, r.path, r.format])).toEqual([
      ['chi-tieu', 'chi-tieu.csv', 'csv'],
      ['chi-tieu-json', 'chi-tieu.json', 'json'],
      ['chi-tieu-theo-nam', 'chi-tieu-theo-nam.csv', 'csv'],
    ])
    expect(descriptor.resources[0]).toMatchObject({
      encoding: 'utf-8',
      mediatype: 'text/csv',
      dialect: { delimiter: ',', lineTerminator: '\r\n', header: true },
      schema: tableSchema(TRACKER_TARGETS_TABLE),
    })
    // Data Package names: lower case, digits, -, _ and . only.
    for (const resource of descriptor.resources) expect(resource.name).toMatch(/^[a-z0-9._-]+$/)
    expect(JSON.parse(JSON.stringify(descriptor))).toEqual(descriptor)
  })

  it('describes what the CSV holds: each cell reads as its field’s type', () => {
    const csv = toCsv(TRACKER_TARGETS_TABLE, [
      target,
      {
        ...target,
        target_key: 'du-an',
        unit: 'project',
        minimum: 300,
        achieved: 245,
        status: 'behind',
      },
      {
        ...target,
        target_key: 'trung-tam',
        basis: 'manual',
        achieved: null,
        status: 'unknown',
        source: 'Báo cáo 45/BC-SKHCN, ngày 20/11/2025',
        source_url: 'https://haiphong.gov.vn/bc-45',
      },
    ])
    const schema = tableSchema(TRACKER_TARGETS_TABLE)
    const patterns: Record<string, RegExp> = {
      integer: /^-?\d+$/,
      number: /^-?\d+(\.\d+)?$/,
      date: /^\d{4}-\d{2}-\d{2}$/,
      boolean: /^(true|false)$/,
    }
    for (const row of readCsv(csv)) {
      for (const field of schema.fields) {
        const cell = row[field.name]!
        const constraints = 'constraints' in field ? field.constraints : undefined
        if (cell === '') {
          expect(constraints?.required, field.name).not.toBe(true)
          continue
        }
        if (patterns[field.type]) expect(cell, field.name).toMatch(patterns[field.type]!)
        if (constraints && 'enum' in constraints) expect(constraints.enum).toContain(cell)
        if ('format' in field && field.format === 'uri')
          expect(new URL(cell).protocol).toBe('https:')
      }
    }
  })
})
