/**
 * The programme tracker's lists: what a target measures, its unit, which organisations and
 * people the computed figures count, and how a target stands.
 *
 * The values are the ones the programmes collection stores (branch `dir-schema`,
 * `collections/vocabulary/programmes.ts` and `directory.ts`), and the names of the shared
 * lists are the same there: when both are on main, `TARGET_MEASURE_OPTIONS`,
 * `TARGET_UNIT_OPTIONS`, `METRIC_UNIT` and `CENTRE_TARGET` are defined once, there, and this
 * file keeps what only the tracker needs (`TARGET_STATUS_OPTIONS`, `NETWORK_ROLES`,
 * `progressOf`).
 */

/**
 * How a target's figure is measured: one of the figures the tracker computes from the
 * directory (`collections/lib/programmeProgress.ts`), or `manual` — entered by the department
 * with the document it comes from, for what the directory cannot count (the city centre's
 * upgrade). `unit` is the unit a computed figure is in.
 */
export const TARGET_MEASURE_OPTIONS = [
  {
    value: 'supportedProjects',
    unit: 'project',
    label: { vi: 'Dự án được hỗ trợ', en: 'Projects supported' },
  },
  {
    value: 'serviceSupported',
    unit: 'project',
    label: { vi: 'Dự án được hỗ trợ cung cấp dịch vụ', en: 'Projects given services' },
  },
  {
    value: 'directSupported',
    unit: 'project',
    label: { vi: 'Dự án được hỗ trợ trực tiếp', en: 'Projects given direct support' },
  },
  {
    value: 'directWithFundingShare',
    unit: 'percent',
    label: {
      vi: 'Tỷ lệ dự án được hỗ trợ trực tiếp gọi được vốn',
      en: 'Share of directly supported projects that raised capital',
    },
  },
  {
    value: 'centresDeveloped',
    unit: 'organisation',
    label: {
      vi: 'Trung tâm, câu lạc bộ khởi nghiệp được phát triển, nâng cấp',
      en: 'Startup centres and clubs developed or upgraded',
    },
  },
  {
    value: 'networkPeople',
    unit: 'person',
    label: {
      vi: 'Huấn luyện viên, cố vấn, chuyên gia, nhà đầu tư trong mạng lưới',
      en: 'Coaches, mentors, experts and investors in the network',
    },
  },
  {
    value: 'manual',
    unit: null,
    label: { vi: 'Nhập tay, kèm văn bản nguồn', en: 'Entered by hand, with its source' },
  },
] as const

export type TargetMeasure = (typeof TARGET_MEASURE_OPTIONS)[number]['value']
export type ComputedMetric = Exclude<TargetMeasure, 'manual'>

/** The figures the tracker computes from the directory (every measure but `manual`). */
export const COMPUTED_METRICS = TARGET_MEASURE_OPTIONS.map((o) => o.value).filter(
  (value): value is ComputedMetric => value !== 'manual',
)

/** What a target counts; `percent` is a share in percentage points (20 = 20 %). */
export const TARGET_UNIT_OPTIONS = [
  { value: 'project', label: { vi: 'dự án', en: 'projects' } },
  { value: 'person', label: { vi: 'người', en: 'people' } },
  { value: 'organisation', label: { vi: 'tổ chức', en: 'organisations' } },
  { value: 'percent', label: { vi: '%', en: '%' } },
] as const

export type TargetUnit = (typeof TARGET_UNIT_OPTIONS)[number]['value']

/** The unit each computed metric is counted in. */
export const METRIC_UNIT = Object.fromEntries(
  TARGET_MEASURE_OPTIONS.filter((o) => o.unit !== null).map((o) => [o.value, o.unit]),
) as Record<ComputedMetric, TargetUnit>

/**
 * How a figure is held against the straight path to its target: a count grows from zero at
 * the period's start to the target at the deadline (`cumulative`); a share is held against the
 * target itself all along (`level`).
 */
export const progressOf = (unit: TargetUnit | null | undefined): 'cumulative' | 'level' =>
  unit === 'percent' ? 'level' : 'cumulative'

/**
 * Plan 281 (I.1): "phát triển và nâng cấp từ 5 đến 6 trung tâm, câu lạc bộ khởi nghiệp đổi mới
 * sáng tạo theo hình thức xã hội hóa hoặc đối tác công tư" — the organisations that count as
 * such a centre or club (with a founding or upgrade year in the period). The city's own public
 * centre is a target of its own (its upgrade); funds are not centres. Values of the support
 * organisations' kind and model lists.
 */
export const CENTRE_TARGET: { kinds: readonly string[]; models: readonly string[] } = {
  kinds: ['support-centre', 'startup-club', 'incubator', 'coworking'],
  models: ['socialised', 'public-private'],
}

/** The roles that make a person part of the network the `networkPeople` figure counts. */
export const NETWORK_ROLES: readonly string[] = ['coach', 'mentor', 'expert', 'investor']

/**
 * How a target stands on the day the tracker is computed: reached; not yet, but at or above the
 * straight path from zero at the period's start to the target at its deadline (`on-track`) or
 * below it (`behind`); not reached by its deadline (`missed`); or no figure or no target to
 * compare (`unknown`, e.g. a share of no projects).
 */
export const TARGET_STATUS_OPTIONS = [
  { value: 'reached', label: { vi: 'Đã đạt', en: 'Reached' } },
  { value: 'on-track', label: { vi: 'Đúng tiến độ', en: 'On track' } },
  { value: 'behind', label: { vi: 'Chậm so với tiến độ', en: 'Behind schedule' } },
  { value: 'missed', label: { vi: 'Không đạt', en: 'Not reached' } },
  { value: 'unknown', label: { vi: 'Chưa có số liệu', en: 'No figure yet' } },
] as const

export type TargetStatus = (typeof TARGET_STATUS_OPTIONS)[number]['value']
