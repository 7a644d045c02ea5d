import { CENTRE_TARGET } from '../vocabulary/directory'
import { NETWORK_ROLES, progressOf, type TargetStatus } from '../vocabulary/programmeMetrics'
import {
  METRIC_UNIT,
  type ComputedMetric,
  type TargetMeasure,
  type TargetUnit,
} from '../vocabulary/programmes'
import { vietnamDay } from './calendarDay'

/**
 * The tracker of a programme's targets (plan 281/KH-UBND and its successors): plain records in,
 * figures out, no Payload — the site's loader reads the directory as the public and passes its
 * published records here; the tests give it tables.
 *
 * The counting rules, from the plan's targets (I.1) and decided where the plan is silent:
 * - **Supported projects** are the distinct projects with at least one support record whose
 *   year falls in the period; records of other years are not counted (`recordsOutsidePeriod`
 *   says how many were left out). A year counts when any of its days is in the period.
 * - **Service and direct** (the plan's 150–200 and 50) are counted separately: a project with
 *   both kinds of support in the period counts once in the total and once in each kind it
 *   received (the plan's categories overlap: 150–200 + 50 is not 300). The per-year split
 *   (`supportByYear`) stacks without counting anyone twice: service only, direct only, both.
 * - **Raised capital** (at least 20 % of the directly supported projects): a directly supported
 *   project counts when it has a funding round dated within the period and not in a year
 *   before its first direct support — money raised before the support is not its outcome, and
 *   rounds after the period do not change a finished programme's results. A support record
 *   has only a year, so a round in that same year counts. An amount is not needed (many are
 *   not public); disclosed amounts are added up for the page. No directly supported project:
 *   no share (`null`, status `unknown`), never a division by zero.
 * - **Centres and clubs**: socialised or public–private centres, clubs, incubators and
 *   co-working spaces (`CENTRE_TARGET`) founded or upgraded in a year of the period, counted in
 *   the first such year; one without either year cannot be placed in the period.
 * - **People in the network**: published people with a coach, mentor, expert or investor
 *   role. People have no date of joining, so this figure has no per-year series.
 * - **Five years from registration** (the plan's criterion for a startup business): shown,
 *   not excluded — `overAgeStartupIds` lists counted projects whose support came only in years
 *   wholly after their first registration's fifth anniversary.
 * - **Manual targets** return the latest figure the department entered (by its date), with
 *   its source document.
 * - **Final results**: once a programme has ended, the official result the department entered
 *   for a target is its figure (`achieved`), whatever the directory later holds; the
 *   directory's own figure stays beside it (`computed`) with its basis and series.
 *
 * Dates are calendar days in Vietnam (`Asia/Ho_Chi_Minh`): a date picked in the admin is
 * stored as the instant of midnight there, which is the day before in UTC.
 */

export type RecordId = string | number
export type SupportKind = 'service' | 'direct'
/** A calendar day `YYYY-MM-DD`, or an instant (ISO string or Date) read as a day in Vietnam. */
export type DateInput = string | Date

export interface SupportRecordInput {
  year: number
  kind: SupportKind
}

export interface FundingRoundInput {
  date: DateInput
  /** In VND, when public. */
  amountVnd?: number | null
}

export interface StartupInput {
  id: RecordId
  /** First business registration (GCN ĐKDN lần đầu); none for a project not yet a company. */
  registrationDate?: DateInput | null
  supportRecords?: readonly SupportRecordInput[] | null
  fundingRounds?: readonly FundingRoundInput[] | null
  updatedAt?: DateInput | null
}

export interface OrganizationInput {
  id: RecordId
  kinds?: readonly string[] | null
  model?: string | null
  foundedYear?: number | null
  upgradedYear?: number | null
  updatedAt?: DateInput | null
}

export interface PersonInput {
  id: RecordId
  roles?: readonly string[] | null
  /** Published with the person's consent: only they count (and only they are public). */
  published: boolean
  updatedAt?: DateInput | null
}

export interface DirectoryInput {
  startups?: readonly StartupInput[]
  organizations?: readonly OrganizationInput[]
  people?: readonly PersonInput[]
}

/** A figure the department enters for a target the directory cannot count. */
export interface ManualFigureInput {
  value?: number | null
  /** The day the figure is for. */
  asOf?: DateInput | null
  /** The document it comes from (its title or number), shown beside the figure. */
  source?: string | null
  url?: string | null
}

export interface TargetInput {
  /** Stable key of the target within its programme. */
  key: string
  measure: TargetMeasure
  minimum?: number | null
  maximum?: number | null
  /** A manual target's unit; a computed metric has its own (`METRIC_UNIT`). */
  unit?: TargetUnit | null
  /** Default: the period's end. */
  deadline?: DateInput | null
  /** Used when `measure` is `manual`: the latest by `asOf` is the figure. */
  manualFigures?: readonly ManualFigureInput[] | null
}

/** A finished programme's official result for one of its targets. */
export interface FinalResultInput {
  targetKey: string
  achieved: number
  asOf?: DateInput | null
  source?: string | null
}

export interface ProgrammeInput {
  /** A year (the period starts on its 1 January) or a day. */
  periodStart: number | DateInput
  /** A year (the period ends on its 31 December) or a day. */
  periodEnd: number | DateInput
  targets: readonly TargetInput[]
  finalResults?: readonly FinalResultInput[] | null
}

/** One year of a target: the year's own figure, the running figure and the straight path. */
export interface YearPoint {
  year: number
  /** Counted in that year alone (`null` for a share, and for years after `asOf`). */
  value: number | null
  /** Reached by the end of that year (`null` for years after `asOf`). */
  cumulative: number | null
  /** The straight path at the end of that year (the target itself for a share). */
  expected: number | null
}

export type TargetBasis =
  | {
      kind: 'projects'
      /** `null`: any kind of support. */
      supportKind: SupportKind | null
      startupIds: RecordId[]
      overAgeStartupIds: RecordId[]
      /** Support records (of this kind) in years outside the period: not counted. */
      recordsOutsidePeriod: number
    }
  | {
      kind: 'funded-share'
      /** The denominator: projects with direct support in the period. */
      directStartupIds: RecordId[]
      /** The numerator: those of them with a counted funding round. */
      fundedStartupIds: RecordId[]
      fundingRounds: number
      disclosedAmountVnd: number
      roundsWithoutAmount: number
    }
  | { kind: 'organizations'; organizationIds: RecordId[] }
  | { kind: 'people'; personIds: RecordId[] }
  | { kind: 'manual'; source: string | null; url: string | null; date: string | null }

export interface TargetProgress {
  key: string
  measure: TargetMeasure
  unit: TargetUnit | null
  progress: 'cumulative' | 'level'
  minimum: number | null
  maximum: number | null
  /** What "reached" means: the minimum, or the maximum when only that is set. */
  goal: number | null
  /** `YYYY-MM-DD`. */
  deadline: string
  /** The figure: the final result when there is one, else `computed`. */
  achieved: number | null
  /** From the directory (or the department's latest manual figure); a share in percentage points. */
  computed: number | null
  /** The official result of a finished programme, when entered. */
  final: { achieved: number; asOf: string | null; source: string | null } | null
  /** Where the straight path stands on `asOf` (the goal itself for a share). */
  expected: number | null
  status: TargetStatus
  /** What `computed` counts. */
  basis: TargetBasis
  /** One point per year from the period's first to the deadline's (empty for people). */
  series: YearPoint[]
  /** When the figure was last updated (`YYYY-MM-DD`): the final result's date, the latest
   * manual figure's, or the latest edit of the records it is computed from, if known. */
  lastUpdated: string | null
}

/** Projects supported in one year, split so that the parts add up to `projects`. */
export interface SupportYear {
  year: number
  /** Distinct projects with any support that year. */
  projects: number
  service: number
  direct: number
  serviceOnly: number
  directOnly: number
  both: number
  /** First supported (in the period) that year. */
  newProjects: number
  /** Distinct projects supported from the period's start to the end of that year. */
  cumulative: number | null
}

export interface ProgrammeProgress {
  period: { start: string; end: string; years: number[] }
  asOf: string
  targets: TargetProgress[]
  supportByYear: SupportYear[]
}

export interface ProgressOptions {
  /** The day the figures are for (the build's day); years after it have no figures yet. */
  asOf: DateInput
}

const DAY_MS = 86_400_000

/** The calendar day of a date in Vietnam, `YYYY-MM-DD`, or `undefined` when it is not a date. */
const toVietnamDay = (value: DateInput | null | undefined) => vietnamDay(value) ?? undefined

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS
const yearOf = (day: string) => Number(day.slice(0, 4))

function requireDay(value: DateInput | null | undefined, what: string): string {
  const day = toVietnamDay(value)
  if (!day) throw new TypeError(`programmeProgress: ${what} is not a date: ${String(value)}`)
  return day
}

const range = (from: number, to: number) =>
  Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i)

const isAmount = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0

/** The latest of some dates, as a day, or `null`. */
function latestDay(dates: Iterable<DateInput | null | undefined>): string | null {
  let latest: string | null = null
  for (const date of dates) {
    const day = toVietnamDay(date)
    if (day && (!latest || day > latest)) latest = day
  }
  return latest
}

/** Records sharing an id are one record (a list joined from two reads must not count twice). */
function byId<T extends { id: RecordId }>(records: readonly T[] = []): T[][] {
  const groups = new Map<string, T[]>()
  for (const record of records) {
    const key = `${typeof record.id}:${record.id}`
    groups.set(key, [...(groups.get(key) ?? []), record])
  }
  return [...groups.values()]
}

interface Period {
  start: string
  end: string
  startYear: number
  endYear: number
}

/** What the directory says about one project within the period. */
interface ProjectSupport {
  id: RecordId
  registrationDay: string | undefined
  /** Kinds of support per year, period years only. */
  years: Map<number, Set<SupportKind>>
  outside: Record<SupportKind, number>
  rounds: { day: string; amountVnd: number | undefined }[]
}

function readProjects(startups: readonly StartupInput[] | undefined, period: Period) {
  return byId(startups).map((records): ProjectSupport => {
    const project: ProjectSupport = {
      id: records[0]!.id,
      registrationDay: toVietnamDay(records.find((r) => r.registrationDate)?.registrationDate),
      years: new Map(),
      outside: { service: 0, direct: 0 },
      rounds: [],
    }
    for (const record of records.flatMap((r) => r.supportRecords ?? [])) {
      if (!Number.isInteger(record.year)) continue
      if (record.year < period.startYear || record.year > period.endYear) {
        project.outside[record.kind] += 1
        continue
      }
      const kinds = project.years.get(record.year) ?? new Set<SupportKind>()
      project.years.set(record.year, kinds.add(record.kind))
    }
    for (const round of records.flatMap((r) => r.fundingRounds ?? [])) {
      const day = toVietnamDay(round.date)
      if (day)
        project.rounds.push({
          day,
          amountVnd: isAmount(round.amountVnd) ? round.amountVnd : undefined,
        })
    }
    return project
  })
}

/** The years (in the period) a project received support of a kind (`null`: any kind). */
function supportYears(project: ProjectSupport, kind: SupportKind | null): number[] {
  return [...project.years]
    .filter(([, kinds]) => kind === null || kinds.has(kind))
    .map(([year]) => year)
    .sort((a, b) => a - b)
}

/** Whether all of a year lies after the fifth anniversary of the first registration. */
function yearIsOverAge(year: number, registrationDay: string | undefined): boolean {
  if (!registrationDay) return false
  const fifth = `${yearOf(registrationDay) + 5}${registrationDay.slice(4)}`
  return `${year}-01-01` > fifth
}

/** The funding rounds that count for a directly supported project (see the module's rules). */
function countedRounds(project: ProjectSupport, period: Period) {
  const firstDirect = supportYears(project, 'direct')[0]
  if (firstDirect === undefined) return []
  return project.rounds.filter(
    (r) => r.day >= period.start && r.day <= period.end && yearOf(r.day) >= firstDirect,
  )
}

/** Straight-path share of the way from the period's start to the end of the deadline day. */
function pathFraction(day: string, period: Period, deadline: string): number {
  const span = dayNumber(deadline) + 1 - dayNumber(period.start)
  if (span <= 0) return 1
  return Math.min(1, Math.max(0, (dayNumber(day) - dayNumber(period.start)) / span))
}

interface Computed {
  achieved: number | null
  basis: TargetBasis
  /** Running figure at the end of a year, and that year's own figure. */
  byYear?: (year: number) => { value: number | null; cumulative: number | null }
  lastUpdated: string | null
}

function computeProjects(
  projects: ProjectSupport[],
  kind: SupportKind | null,
  lastUpdated: string | null,
): Computed {
  const counted = projects.filter((p) => supportYears(p, kind).length > 0)
  return {
    achieved: counted.length,
    basis: {
      kind: 'projects',
      supportKind: kind,
      startupIds: counted.map((p) => p.id),
      overAgeStartupIds: counted
        .filter((p) => supportYears(p, kind).every((y) => yearIsOverAge(y, p.registrationDay)))
        .map((p) => p.id),
      recordsOutsidePeriod: projects.reduce(
        (sum, p) => sum + (kind ? p.outside[kind] : p.outside.service + p.outside.direct),
        0,
      ),
    },
    byYear: (year) => ({
      value: counted.filter((p) => supportYears(p, kind).includes(year)).length,
      cumulative: counted.filter((p) => supportYears(p, kind)[0]! <= year).length,
    }),
    lastUpdated,
  }
}

function computeFundedShare(
  projects: ProjectSupport[],
  period: Period,
  lastUpdated: string | null,
): Computed {
  const direct = projects.filter((p) => supportYears(p, 'direct').length > 0)
  const rounds = new Map(direct.map((p) => [p, countedRounds(p, period)]))
  const funded = direct.filter((p) => rounds.get(p)!.length > 0)
  const all = [...rounds.values()].flat()
  const share = (numerator: number, denominator: number) =>
    denominator === 0 ? null : (numerator / denominator) * 100
  return {
    achieved: share(funded.length, direct.length),
    basis: {
      kind: 'funded-share',
      directStartupIds: direct.map((p) => p.id),
      fundedStartupIds: funded.map((p) => p.id),
      fundingRounds: all.length,
      disclosedAmountVnd: all.reduce((sum, r) => sum + (r.amountVnd ?? 0), 0),
      roundsWithoutAmount: all.filter((r) => r.amountVnd === undefined).length,
    },
    byYear: (year) => {
      const endOfYear = `${year}-12-31`
      const soFar = direct.filter((p) => supportYears(p, 'direct')[0]! <= year)
      const fundedSoFar = soFar.filter((p) => rounds.get(p)!.some((r) => r.day <= endOfYear))
      return { value: null, cumulative: share(fundedSoFar.length, soFar.length) }
    },
    lastUpdated,
  }
}

/** The first year of the period an organisation was founded or upgraded in, if any. */
function developedYear(o: OrganizationInput, period: Period): number | undefined {
  return [o.foundedYear, o.upgradedYear]
    .filter(
      (y): y is number => Number.isInteger(y) && y! >= period.startYear && y! <= period.endYear,
    )
    .sort((a, b) => a - b)[0]
}

function computeCentresAndClubs(
  organizations: readonly OrganizationInput[] | undefined,
  period: Period,
): Computed {
  const groups = byId(organizations)
  const counted = groups
    .map((records) => ({ o: records[0]!, year: developedYear(records[0]!, period) }))
    .filter(
      ({ o, year }) =>
        (o.kinds ?? []).some((kind) => (CENTRE_TARGET.kinds as readonly string[]).includes(kind)) &&
        (CENTRE_TARGET.models as readonly string[]).includes(o.model ?? '') &&
        year !== undefined,
    )
  return {
    achieved: counted.length,
    basis: { kind: 'organizations', organizationIds: counted.map(({ o }) => o.id) },
    byYear: (year) => ({
      value: counted.filter((c) => c.year === year).length,
      cumulative: counted.filter((c) => c.year! <= year).length,
    }),
    lastUpdated: latestDay(groups.flat().map((o) => o.updatedAt)),
  }
}

function computeNetworkPeople(people: readonly PersonInput[] | undefined): Computed {
  const groups = byId(people)
  const counted = groups
    .map((records) => records[0]!)
    .filter((p) => p.published && (p.roles ?? []).some((role) => NETWORK_ROLES.includes(role)))
  return {
    achieved: counted.length,
    basis: { kind: 'people', personIds: counted.map((p) => p.id) },
    lastUpdated: latestDay(groups.flat().map((p) => p.updatedAt)),
  }
}

/** The latest of the department's figures (by its date; the last entered on a tie). */
function manualFigure(figures: readonly ManualFigureInput[] | null | undefined): Computed {
  const usable = (figures ?? [])
    .filter((f) => typeof f.value === 'number' && Number.isFinite(f.value))
    .map((f) => ({ ...f, day: toVietnamDay(f.asOf) ?? '' }))
  const latest = usable.reduce<(typeof usable)[number] | undefined>(
    (best, f) => (!best || f.day >= best.day ? f : best),
    undefined,
  )
  const date = latest?.day || null
  return {
    achieved: latest ? latest.value! : null,
    basis: { kind: 'manual', source: latest?.source ?? null, url: latest?.url ?? null, date },
    lastUpdated: date,
  }
}

function decideStatus(
  achieved: number | null,
  goal: number | null,
  expected: number | null,
  asOf: string,
  deadline: string,
): TargetStatus {
  if (achieved === null || goal === null || expected === null) return 'unknown'
  if (achieved >= goal) return 'reached'
  if (asOf > deadline) return 'missed'
  return achieved >= expected ? 'on-track' : 'behind'
}

const finiteOrNull = (n: number | null | undefined) =>
  typeof n === 'number' && Number.isFinite(n) ? n : null

/** A period's bound: a year means its first (start) or last (end) day. */
function periodDay(value: number | DateInput, bound: 'start' | 'end'): string {
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 1000 || value > 9999)
      throw new TypeError(
        `programmeProgress: period${bound === 'start' ? 'Start' : 'End'} is not a year: ${value}`,
      )
    return bound === 'start' ? `${value}-01-01` : `${value}-12-31`
  }
  return requireDay(value, bound === 'start' ? 'periodStart' : 'periodEnd')
}

/**
 * Every target of a programme with its figure, basis, status and yearly series, and the
 * projects supported per year (the stacked chart).
 *
 * @example
 * computeProgrammeProgress(
 *   { periodStart: 2021, periodEnd: 2025,
 *     targets: [{ key: 'du-an', measure: 'supportedProjects', minimum: 300 }] },
 *   { startups: [{ id: 1, supportRecords: [{ year: 2022, kind: 'service' }] }] },
 *   { asOf: '2025-06-30' },
 * ).targets[0] // { achieved: 1, status: 'behind', basis: { startupIds: [1], … }, … }
 */
export function computeProgrammeProgress(
  programme: ProgrammeInput,
  directory: DirectoryInput,
  options: ProgressOptions,
): ProgrammeProgress {
  const start = periodDay(programme.periodStart, 'start')
  const end = periodDay(programme.periodEnd, 'end')
  if (end < start)
    throw new RangeError(`programmeProgress: the period ends (${end}) before it starts (${start})`)
  const period: Period = { start, end, startYear: yearOf(start), endYear: yearOf(end) }
  const asOf = requireDay(options.asOf, 'asOf')
  const asOfYear = yearOf(asOf)
  const projects = readProjects(directory.startups, period)
  const startupsUpdated = latestDay((directory.startups ?? []).map((s) => s.updatedAt))

  const compute: Record<ComputedMetric, () => Computed> = {
    supportedProjects: () => computeProjects(projects, null, startupsUpdated),
    serviceSupported: () => computeProjects(projects, 'service', startupsUpdated),
    directSupported: () => computeProjects(projects, 'direct', startupsUpdated),
    directWithFundingShare: () => computeFundedShare(projects, period, startupsUpdated),
    centresDeveloped: () => computeCentresAndClubs(directory.organizations, period),
    networkPeople: () => computeNetworkPeople(directory.people),
  }
  const finals = new Map((programme.finalResults ?? []).map((r) => [r.targetKey, r]))

  const targets = programme.targets.map((target): TargetProgress => {
    if (target.measure !== 'manual' && !(target.measure in compute))
      throw new TypeError(`programmeProgress: unknown measure "${target.measure}"`)
    const unit = target.measure === 'manual' ? (target.unit ?? null) : METRIC_UNIT[target.measure]
    const progress = progressOf(unit)
    const deadline = target.deadline
      ? requireDay(target.deadline, `deadline of ${target.key}`)
      : end
    const minimum = finiteOrNull(target.minimum)
    const maximum = finiteOrNull(target.maximum)
    const goal = minimum ?? maximum
    const at = (day: string) =>
      goal === null
        ? null
        : progress === 'level'
          ? goal
          : goal * pathFraction(day, period, deadline)
    const figure =
      target.measure === 'manual' ? manualFigure(target.manualFigures) : compute[target.measure]()
    const finalResult = finals.get(target.key)
    const final =
      finalResult && Number.isFinite(finalResult.achieved)
        ? {
            achieved: finalResult.achieved,
            asOf: toVietnamDay(finalResult.asOf) ?? null,
            source: finalResult.source ?? null,
          }
        : null
    const achieved = final ? final.achieved : figure.achieved
    const expected = at(asOf)
    const series = figure.byYear
      ? range(period.startYear, Math.max(period.endYear, yearOf(deadline))).map((year) => ({
          year,
          ...(year > asOfYear ? { value: null, cumulative: null } : figure.byYear!(year)),
          expected: at(`${year + 1}-01-01`),
        }))
      : []
    return {
      key: target.key,
      measure: target.measure,
      unit,
      progress,
      minimum,
      maximum,
      goal,
      deadline,
      achieved,
      computed: figure.achieved,
      final,
      expected,
      status: decideStatus(achieved, goal, expected, asOf, deadline),
      basis: figure.basis,
      series,
      lastUpdated: final?.asOf ?? figure.lastUpdated,
    }
  })

  const firstYear = new Map(projects.map((p) => [p, supportYears(p, null)[0]]))
  const supportByYear = range(period.startYear, period.endYear).map((year): SupportYear => {
    const kinds = projects.map((p) => p.years.get(year)).filter((k) => k !== undefined)
    const service = kinds.filter((k) => k.has('service')).length
    const direct = kinds.filter((k) => k.has('direct')).length
    const both = kinds.filter((k) => k.size === 2).length
    return {
      year,
      projects: kinds.length,
      service,
      direct,
      serviceOnly: service - both,
      directOnly: direct - both,
      both,
      newProjects: projects.filter((p) => firstYear.get(p) === year).length,
      cumulative:
        year > asOfYear
          ? null
          : projects.filter((p) => firstYear.get(p) !== undefined && firstYear.get(p)! <= year)
              .length,
    }
  })

  return {
    period: { start, end, years: range(period.startYear, period.endYear) },
    asOf,
    targets,
    supportByYear,
  }
}
