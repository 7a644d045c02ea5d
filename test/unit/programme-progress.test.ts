import { describe, expect, it } from 'vitest'

import {
  computeProgrammeProgress,
  type DirectoryInput,
  type ProgrammeInput,
  type StartupInput,
  type SupportKind,
  type TargetInput,
  type TargetProgress,
} from '@collections/lib/programmeProgress'
import { vietnamDay } from '@collections/lib/calendarDay'
import { TARGET_STATUS_OPTIONS } from '@collections/vocabulary/programmeMetrics'
import {
  COMPUTED_METRICS,
  METRIC_UNIT,
  TARGET_MEASURE_OPTIONS,
} from '@collections/vocabulary/programmes'

/** Plan 281/KH-UBND's targets (I.1), as the department would enter them. */
const PLAN_281: ProgrammeInput = {
  periodStart: '2021-01-01',
  periodEnd: '2025-12-31',
  targets: [
    { key: 'du-an', measure: 'supportedProjects', minimum: 300 },
    { key: 'dich-vu', measure: 'serviceSupported', minimum: 150, maximum: 200 },
    { key: 'truc-tiep', measure: 'directSupported', minimum: 50 },
    { key: 'goi-von', measure: 'directWithFundingShare', minimum: 20 },
    { key: 'trung-tam-clb', measure: 'centresDeveloped', minimum: 5, maximum: 6 },
    { key: 'mang-luoi', measure: 'networkPeople', minimum: 150, maximum: 200 },
  ],
}

const MID_2023 = '2023-06-30'

type Support = [year: number, kind: SupportKind]

function startup(
  id: number,
  support: Support[],
  more: Partial<Omit<StartupInput, 'id' | 'supportRecords'>> = {},
): StartupInput {
  return {
    id,
    supportRecords: support.map(([year, kind]) => ({ year, kind })),
    ...more,
  }
}

function progress(directory: DirectoryInput, asOf = MID_2023, programme = PLAN_281) {
  return computeProgrammeProgress(programme, directory, { asOf })
}

function target(directory: DirectoryInput, key: string, asOf = MID_2023): TargetProgress {
  const found = progress(directory, asOf).targets.find((t) => t.key === key)
  if (!found) throw new Error(`no target ${key}`)
  return found
}

function only(t: TargetInput, directory: DirectoryInput = {}, asOf = MID_2023) {
  return progress(directory, asOf, { ...PLAN_281, targets: [t] }).targets[0]!
}

describe('programme metrics vocabulary', () => {
  it('names every metric and status in both languages, once', () => {
    const values = TARGET_MEASURE_OPTIONS.map((o) => o.value)
    expect(new Set(values).size).toBe(values.length)
    for (const option of [...TARGET_MEASURE_OPTIONS, ...TARGET_STATUS_OPTIONS]) {
      expect(option.label.vi).not.toBe('')
      expect(option.label.en).not.toBe('')
    }
    expect(COMPUTED_METRICS).not.toContain('manual')
    expect(COMPUTED_METRICS).toHaveLength(values.length - 1)
    expect(Object.keys(METRIC_UNIT).sort()).toEqual([...COMPUTED_METRICS].sort())
  })
})

describe('computeProgrammeProgress: supported projects', () => {
  it.each<[string, StartupInput[], Record<string, number>]>([
    ['empty directory', [], { 'du-an': 0, 'dich-vu': 0, 'truc-tiep': 0 }],
    ['one service record', [startup(1, [[2022, 'service']])], { 'du-an': 1, 'dich-vu': 1 }],
    [
      'a project supported in two years counts once',
      [
        startup(1, [
          [2022, 'service'],
          [2023, 'service'],
        ]),
      ],
      { 'du-an': 1, 'dich-vu': 1, 'truc-tiep': 0 },
    ],
    [
      'a project with both kinds: once in the total, once in each kind',
      [
        startup(1, [
          [2022, 'service'],
          [2022, 'direct'],
        ]),
        startup(2, [[2021, 'direct']]),
      ],
      { 'du-an': 2, 'dich-vu': 1, 'truc-tiep': 2 },
    ],
    [
      'records outside the period are not counted',
      [
        startup(1, [
          [2020, 'service'],
          [2026, 'direct'],
        ]),
        startup(2, [
          [2019, 'direct'],
          [2024, 'service'],
        ]),
      ],
      { 'du-an': 1, 'dich-vu': 1, 'truc-tiep': 0 },
    ],
    [
      'the same project twice in the input is one project',
      [startup(7, [[2021, 'service']]), startup(7, [[2024, 'direct']])],
      { 'du-an': 1, 'dich-vu': 1, 'truc-tiep': 1 },
    ],
    [
      'a record without a whole-number year is ignored',
      [startup(1, [[Number.NaN, 'service']]), startup(2, [[2022.5, 'direct']])],
      { 'du-an': 0, 'truc-tiep': 0 },
    ],
  ])('%s', (_name, startups, expected) => {
    for (const [key, achieved] of Object.entries(expected)) {
      expect(target({ startups }, key).achieved, key).toBe(achieved)
    }
  })

  it('lists the counted projects and the records left out', () => {
    const startups = [
      startup(1, [
        [2020, 'service'],
        [2022, 'direct'],
      ]),
      startup(2, [[2026, 'service']]),
      startup(3, [[2025, 'service']]),
    ]
    expect(target({ startups }, 'du-an').basis).toEqual({
      kind: 'projects',
      supportKind: null,
      startupIds: [1, 3],
      overAgeStartupIds: [],
      recordsOutsidePeriod: 2,
    })
    expect(target({ startups }, 'dich-vu').basis).toMatchObject({
      supportKind: 'service',
      startupIds: [3],
      recordsOutsidePeriod: 2,
    })
    expect(target({ startups }, 'truc-tiep').basis).toMatchObject({
      startupIds: [1],
      recordsOutsidePeriod: 0,
    })
  })

  it('gives each year its own figure and the running total, none after asOf', () => {
    const startups = [
      startup(1, [
        [2021, 'service'],
        [2023, 'service'],
      ]),
      startup(2, [[2023, 'direct']]),
      startup(3, [[2025, 'service']]),
    ]
    const series = target({ startups }, 'du-an', MID_2023).series
    expect(series.map((p) => [p.year, p.value, p.cumulative])).toEqual([
      [2021, 1, 1],
      [2022, 0, 1],
      [2023, 2, 2],
      [2024, null, null],
      [2025, null, null],
    ])
    // The straight path to 300 by 31/12/2025, at the end of each year (2024 is a leap year).
    expect(series.map((p) => Math.round(p.expected!))).toEqual([60, 120, 180, 240, 300])
  })

  it('splits each year so that the parts add up to the projects supported that year', () => {
    const startups = [
      startup(1, [
        [2022, 'service'],
        [2022, 'direct'],
        [2023, 'service'],
      ]),
      startup(2, [[2022, 'service']]),
      startup(3, [[2022, 'direct']]),
      startup(4, [[2020, 'direct']]),
    ]
    const years = progress({ startups }, '2025-12-31').supportByYear
    expect(years.map((y) => y.year)).toEqual([2021, 2022, 2023, 2024, 2025])
    expect(years[1]).toEqual({
      year: 2022,
      projects: 3,
      service: 2,
      direct: 2,
      serviceOnly: 1,
      directOnly: 1,
      both: 1,
      newProjects: 3,
      cumulative: 3,
    })
    expect(years[2]).toMatchObject({ projects: 1, serviceOnly: 1, newProjects: 0, cumulative: 3 })
    expect(years[0]).toMatchObject({ projects: 0, cumulative: 0 })
  })

  it('shows, without excluding, projects supported only after five years from registration', () => {
    const startups = [
      // Registered 15/06/2016: the fifth anniversary is 15/06/2021, so 2021 may still be in time.
      startup(1, [[2021, 'service']], { registrationDate: '2016-06-15' }),
      startup(2, [[2022, 'service']], { registrationDate: '2016-06-15' }),
      startup(3, [[2022, 'service']]),
      startup(4, [[2024, 'direct']], { registrationDate: '2022-03-01' }),
    ]
    const t = target({ startups }, 'du-an')
    expect(t.achieved).toBe(4)
    expect(t.basis).toMatchObject({ overAgeStartupIds: [2] })
  })
})

describe('computeProgrammeProgress: share of directly supported projects that raised capital', () => {
  const direct2022 = (id: number, rounds: { date: string; amountVnd?: number | null }[]) =>
    startup(id, [[2022, 'direct']], { fundingRounds: rounds })

  it.each<[string, StartupInput[], number | null, string]>([
    ['no directly supported project: no share, no division by zero', [], null, 'unknown'],
    [
      'only service support: still no share',
      [startup(1, [[2022, 'service']], { fundingRounds: [{ date: '2023-01-01' }] })],
      null,
      'unknown',
    ],
    ['one of one, amount absent', [direct2022(1, [{ date: '2023-04-01' }])], 100, 'reached'],
    [
      'one of two',
      [direct2022(1, [{ date: '2024-02-02', amountVnd: 5e9 }]), direct2022(2, [])],
      50,
      'reached',
    ],
    [
      'a round in the year of the support counts (a record has only a year)',
      [direct2022(1, [{ date: '2022-01-05' }]), ...[2, 3, 4, 5].map((id) => direct2022(id, []))],
      20,
      'reached',
    ],
    [
      'a round before the first direct support does not count',
      [direct2022(1, [{ date: '2021-12-31' }]), direct2022(2, [])],
      0,
      'behind',
    ],
    [
      'a round after the period does not count',
      [direct2022(1, [{ date: '2026-01-01' }]), direct2022(2, [])],
      0,
      'behind',
    ],
    [
      'a round on the period’s last day in Vietnam counts (stored as 17:00 UTC the day before)',
      [direct2022(1, [{ date: '2025-12-30T17:00:00.000Z' }])],
      100,
      'reached',
    ],
    [
      'midnight of 01/01/2026 in Vietnam is after the period',
      [direct2022(1, [{ date: '2025-12-31T17:00:00.000Z' }])],
      0,
      'behind',
    ],
    [
      'several rounds of one project count it once',
      [direct2022(1, [{ date: '2022-05-01' }, { date: '2023-05-01' }]), direct2022(2, [])],
      50,
      'reached',
    ],
    [
      'an unreadable round date is ignored',
      [direct2022(1, [{ date: 'not a date' }]), direct2022(2, [])],
      0,
      'behind',
    ],
  ])('%s', (_name, startups, share, status) => {
    const t = target({ startups }, 'goi-von')
    expect(t.achieved).toBe(share)
    expect(t.status).toBe(status)
    expect(t.unit).toBe('percent')
    expect(t.progress).toBe('level')
  })

  it('adds up the disclosed amounts and counts the rounds without one', () => {
    const startups = [
      direct2022(1, [
        { date: '2023-01-01', amountVnd: 2_000_000_000 },
        { date: '2024-01-01', amountVnd: null },
        { date: '2020-01-01', amountVnd: 9e9 },
      ]),
      direct2022(2, [{ date: '2025-01-01', amountVnd: -5 }]),
      direct2022(3, []),
    ]
    const t = target({ startups }, 'goi-von')
    expect(t.achieved).toBeCloseTo(66.667, 2)
    expect(t.basis).toEqual({
      kind: 'funded-share',
      directStartupIds: [1, 2, 3],
      fundedStartupIds: [1, 2],
      fundingRounds: 3,
      disclosedAmountVnd: 2_000_000_000,
      roundsWithoutAmount: 2,
    })
  })

  it('follows the share year by year among the projects supported so far', () => {
    const startups = [
      startup(1, [[2021, 'direct']], { fundingRounds: [{ date: '2022-03-01' }] }),
      startup(2, [[2022, 'direct']]),
      startup(3, [[2023, 'direct']], { fundingRounds: [{ date: '2023-09-01' }] }),
    ]
    const series = target({ startups }, 'goi-von', '2024-01-15').series
    expect(series.map((p) => [p.year, p.value, p.cumulative && Math.round(p.cumulative)])).toEqual([
      [2021, null, 0],
      [2022, null, 50],
      [2023, null, 67],
      [2024, null, 67],
      [2025, null, null],
    ])
    expect(series.every((p) => p.expected === 20)).toBe(true)
  })
})

describe('computeProgrammeProgress: targets, status and the straight path', () => {
  const twoHundred = Array.from({ length: 200 }, (_, i) => startup(i + 1, [[2022, 'service']]))

  it.each<[string, TargetInput, StartupInput[], string, number | null, string]>([
    [
      'only a minimum: the goal is the minimum',
      { key: 't', measure: 'supportedProjects', minimum: 300 },
      twoHundred,
      MID_2023,
      300,
      // 200 ≥ 300 × 910 / 1826 ≈ 149.5
      'on-track',
    ],
    [
      'a range: reached at its minimum',
      { key: 't', measure: 'serviceSupported', minimum: 150, maximum: 200 },
      twoHundred,
      MID_2023,
      150,
      'reached',
    ],
    [
      'only a maximum: the goal is the maximum',
      { key: 't', measure: 'serviceSupported', maximum: 250 },
      twoHundred,
      MID_2023,
      250,
      'on-track',
    ],
    [
      'below the straight path',
      { key: 't', measure: 'supportedProjects', minimum: 300 },
      twoHundred.slice(0, 149),
      MID_2023,
      300,
      'behind',
    ],
    [
      'not reached by the deadline',
      { key: 't', measure: 'supportedProjects', minimum: 300 },
      twoHundred,
      '2026-01-01',
      300,
      'missed',
    ],
    [
      'on the deadline day it is not yet missed',
      { key: 't', measure: 'supportedProjects', minimum: 300 },
      twoHundred,
      '2025-12-31',
      300,
      'behind',
    ],
    [
      'an earlier deadline',
      { key: 't', measure: 'supportedProjects', minimum: 300, deadline: '2023-06-30' },
      twoHundred,
      '2023-07-01',
      300,
      'missed',
    ],
    [
      'no minimum and no maximum: nothing to compare',
      { key: 't', measure: 'supportedProjects' },
      twoHundred,
      MID_2023,
      null,
      'unknown',
    ],
    [
      'a target of zero is reached at once',
      { key: 't', measure: 'supportedProjects', minimum: 0 },
      [],
      MID_2023,
      0,
      'reached',
    ],
  ])('%s', (_name, t, startups, asOf, goal, status) => {
    const result = only(t, { startups }, asOf)
    expect(result.goal).toBe(goal)
    expect(result.status).toBe(status)
  })

  it('puts the straight path where it stands on asOf', () => {
    const t = only({ key: 't', measure: 'supportedProjects', minimum: 300 }, {}, MID_2023)
    expect(t.expected).toBeCloseTo((300 * 910) / 1826, 6)
    expect(
      only({ key: 't', measure: 'supportedProjects', minimum: 300 }, {}, '2020-05-01').expected,
    ).toBe(0)
    expect(
      only({ key: 't', measure: 'supportedProjects', minimum: 300 }, {}, '2027-01-01').expected,
    ).toBe(300)
  })

  it('refuses a measure it does not know', () => {
    expect(() => only({ key: 't', measure: 'startupsHappy' as TargetInput['measure'] })).toThrow(
      /unknown measure "startupsHappy"/,
    )
  })

  it('runs the series to a deadline after the period', () => {
    const t = only({ key: 't', measure: 'supportedProjects', minimum: 10, deadline: '2026-06-30' })
    expect(t.series.map((p) => p.year)).toEqual([2021, 2022, 2023, 2024, 2025, 2026])
    expect(t.deadline).toBe('2026-06-30')
  })

  it('keeps the targets in their order, with the metric’s own unit', () => {
    const result = progress({})
    expect(result.targets.map((t) => t.key)).toEqual(PLAN_281.targets.map((t) => t.key))
    expect(result.targets.map((t) => t.unit)).toEqual([
      'project',
      'project',
      'project',
      'percent',
      'organisation',
      'person',
    ])
    expect(result.period).toEqual({
      start: '2021-01-01',
      end: '2025-12-31',
      years: [2021, 2022, 2023, 2024, 2025],
    })
  })

  it('reads a period given as years', () => {
    const result = computeProgrammeProgress(
      { periodStart: 2021, periodEnd: 2025, targets: PLAN_281.targets },
      {},
      { asOf: MID_2023 },
    )
    expect(result).toEqual(progress({}))
    expect(result.period).toMatchObject({ start: '2021-01-01', end: '2025-12-31' })
  })

  it('reads the period from instants stored at midnight in Vietnam', () => {
    const result = computeProgrammeProgress(
      {
        periodStart: '2020-12-31T17:00:00.000Z',
        periodEnd: new Date('2025-12-30T17:00:00Z'),
        targets: [],
      },
      {},
      { asOf: '2026-12-03T01:00:00Z' },
    )
    expect(result.period.start).toBe('2021-01-01')
    expect(result.period.end).toBe('2025-12-31')
    expect(result.asOf).toBe('2026-12-03')
  })

  it.each([
    [{ periodStart: 'soon', periodEnd: '2025-12-31' }, /periodStart is not a date/],
    [
      { periodStart: '2021-01-01', periodEnd: '2020-12-31' },
      /ends \(2020-12-31\) before it starts/,
    ],
    [{ periodStart: '2021-02-30', periodEnd: '2025-12-31' }, /periodStart is not a date/],
    [{ periodStart: 2021.5, periodEnd: 2025 }, /periodStart is not a year/],
    [{ periodStart: 2026, periodEnd: 2025 }, /ends \(2025-12-31\) before it starts/],
  ])('refuses a period it cannot read: %j', (period, message) => {
    expect(() =>
      computeProgrammeProgress({ ...period, targets: [] }, {}, { asOf: MID_2023 }),
    ).toThrow(message)
  })
})

describe('computeProgrammeProgress: centres, clubs and people', () => {
  it('counts socialised and public–private centres and clubs founded or upgraded in the period', () => {
    const org = (
      id: string,
      kinds: string[],
      model: string | null,
      founded?: number,
      upgraded?: number,
    ) => ({
      id,
      kinds,
      model,
      foundedYear: founded ?? null,
      upgradedYear: upgraded ?? null,
    })
    const organizations = [
      org('a', ['startup-club'], 'socialised', 2022),
      org('b', ['support-centre'], 'public-private', 2021),
      org('c', ['incubator', 'coworking'], 'socialised', 2025),
      // Founded before the period, upgraded in it: counted in the year of the upgrade.
      org('d', ['coworking'], 'public-private', 2018, 2023),
      // Not counted: the city's public centre; founded and upgraded outside the period; no
      // year; a fund; no model; no kind.
      org('e', ['support-centre'], 'public', 2022),
      org('f', ['startup-club'], 'socialised', 2016, 2019),
      org('g', ['startup-club'], 'socialised'),
      org('h', ['fund'], 'socialised', 2023),
      org('i', ['incubator'], null, 2023),
      org('j', [], 'socialised', 2023),
    ]
    const t = target({ organizations }, 'trung-tam-clb', '2025-12-31')
    expect(t.achieved).toBe(4)
    expect(t.basis).toEqual({ kind: 'organizations', organizationIds: ['a', 'b', 'c', 'd'] })
    expect(t.series.map((p) => [p.value, p.cumulative])).toEqual([
      [1, 1],
      [1, 2],
      [1, 3],
      [0, 3],
      [1, 4],
    ])
    expect(t.status).toBe('behind')
    expect(t.unit).toBe('organisation')
  })

  it('counts published coaches, mentors, experts and investors once each', () => {
    const people = [
      { id: 1, roles: ['mentor', 'investor'], published: true },
      { id: 2, roles: ['coach'], published: true },
      { id: 3, roles: ['expert'], published: false },
      { id: 4, roles: [], published: true },
      { id: 5, roles: null, published: true },
      { id: 6, roles: ['speaker'], published: true },
      { id: 1, roles: ['mentor'], published: true },
    ]
    const t = target({ people }, 'mang-luoi')
    expect(t.achieved).toBe(2)
    expect(t.basis).toEqual({ kind: 'people', personIds: [1, 2] })
    // People have no date of joining: no yearly series to draw.
    expect(t.series).toEqual([])
  })
})

describe('computeProgrammeProgress: manual targets', () => {
  const report = { source: 'Báo cáo 45/BC-SKHCN', url: 'https://example.vn/bc-45' }

  it.each<[string, TargetInput, number | null, string]>([
    [
      'the entered figure, with its source',
      {
        key: 'trung-tam-tp',
        measure: 'manual',
        minimum: 1,
        unit: 'organisation',
        manualFigures: [{ value: 1, asOf: '2025-11-20', ...report }],
      },
      1,
      'reached',
    ],
    [
      'no figure yet',
      { key: 'x', measure: 'manual', minimum: 1, unit: 'organisation', manualFigures: [] },
      null,
      'unknown',
    ],
    [
      'a figure without a number is no figure',
      {
        key: 'x',
        measure: 'manual',
        minimum: 1,
        manualFigures: [{ value: null, asOf: '2023-01-01' }],
      },
      null,
      'unknown',
    ],
    [
      'the latest figure by its date, whatever the order entered',
      {
        key: 'x',
        measure: 'manual',
        minimum: 100,
        unit: 'person',
        manualFigures: [
          { value: 120, asOf: '2024-12-31' },
          { value: 40, asOf: '2022-06-30' },
        ],
      },
      120,
      'reached',
    ],
    [
      'a share entered by hand is a level',
      {
        key: 'x',
        measure: 'manual',
        minimum: 20,
        unit: 'percent',
        manualFigures: [{ value: 12.5, asOf: '2023-01-01' }],
      },
      12.5,
      'behind',
    ],
  ])('%s', (_name, t, achieved, status) => {
    const result = only(t)
    expect(result.achieved).toBe(achieved)
    expect(result.computed).toBe(achieved)
    expect(result.status).toBe(status)
    expect(result.series).toEqual([])
    expect(result.basis.kind).toBe('manual')
  })

  it('returns the source and its date as the figure’s basis', () => {
    const result = only({
      key: 'x',
      measure: 'manual',
      minimum: 1,
      unit: 'organisation',
      manualFigures: [
        { value: 0, asOf: '2022-01-01T00:00:00Z', source: 'Báo cáo cũ' },
        { value: 1, asOf: '2025-11-19T17:00:00Z', source: report.source },
      ],
    })
    expect(result.basis).toEqual({
      kind: 'manual',
      source: 'Báo cáo 45/BC-SKHCN',
      url: null,
      date: '2025-11-20',
    })
    expect(result.lastUpdated).toBe('2025-11-20')
    expect(result.progress).toBe('cumulative')
    expect(result.unit).toBe('organisation')
  })
})

describe('computeProgrammeProgress: a finished programme’s final results', () => {
  const startups = [startup(1, [[2022, 'service']]), startup(2, [[2023, 'direct']])]

  it('shows the official result, with the directory’s own figure beside it', () => {
    const result = computeProgrammeProgress(
      {
        ...PLAN_281,
        finalResults: [
          {
            targetKey: 'du-an',
            achieved: 312,
            asOf: '2026-01-14T17:00:00Z',
            source: 'Báo cáo tổng kết',
          },
          { targetKey: 'khong-co', achieved: 1 },
        ],
      },
      { startups },
      { asOf: '2026-03-01' },
    )
    const [projects, service] = result.targets
    expect(projects).toMatchObject({
      achieved: 312,
      computed: 2,
      final: { achieved: 312, asOf: '2026-01-15', source: 'Báo cáo tổng kết' },
      status: 'reached',
      lastUpdated: '2026-01-15',
    })
    expect(projects!.basis).toMatchObject({ startupIds: [1, 2] })
    expect(service).toMatchObject({ achieved: 1, computed: 1, final: null, status: 'missed' })
  })
})

describe('computeProgrammeProgress: when the figures were last updated', () => {
  it('is the latest edit of the records each figure reads', () => {
    const directory: DirectoryInput = {
      startups: [
        startup(1, [[2022, 'service']], { updatedAt: '2025-03-01T02:00:00Z' }),
        startup(2, [[2019, 'service']], { updatedAt: '2025-04-01T20:00:00Z' }),
      ],
      people: [{ id: 1, roles: ['mentor'], published: true, updatedAt: '2024-01-01' }],
    }
    const [projects, , , , centres, people] = progress(directory).targets
    // An edit moving a record out of the count is an update of the figure too; 20:00 UTC is
    // the next day in Vietnam.
    expect(projects!.lastUpdated).toBe('2025-04-02')
    expect(centres!.lastUpdated).toBeNull()
    expect(people!.lastUpdated).toBe('2024-01-01')
  })
})

describe('vietnamDay', () => {
  it.each<[unknown, string | null]>([
    ['2021-01-01', '2021-01-01'],
    ['2020-12-31T17:00:00.000Z', '2021-01-01'],
    ['2020-12-31T16:59:59.999Z', '2020-12-31'],
    [new Date('2024-02-29T00:00:00+07:00'), '2024-02-29'],
    ['2023-02-29', null],
    ['', null],
    [null, null],
    ['31/12/2025', null],
  ])('%j → %j', (input, expected) => {
    expect(vietnamDay(input)).toBe(expected)
  })
})
