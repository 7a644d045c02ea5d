/**
 * What a programme's target measures: one of the figures the tracker computes from the directory
 * (`collections/lib/programmeProgress.ts`), or `manual` — a figure the department enters with
 * the document it comes from, for what the directory cannot count (the city centre's upgrade).
 * The admin's select, the tracker page and the open data name metrics from this one list.
 *
 * `unit` is what a computed metric counts (a manual target says its own); `progress` is how it
 * is compared with the straight path to the target: a `cumulative` count grows from zero at
 * the period's start to the target at the deadline, a `level` (a share) is held against the
 * target itself all along.
 */
export const PROGRAMME_METRIC_OPTIONS = [
  {
    value: 'supported-projects',
    label: {
      vi: 'Dự án khởi nghiệp đổi mới sáng tạo được hỗ trợ',
      en: 'Innovative startup projects supported',
    },
    unit: 'projects',
    progress: 'cumulative',
  },
  {
    value: 'service-supported-projects',
    label: {
      vi: 'Dự án được hỗ trợ cung cấp dịch vụ',
      en: 'Projects provided with support services',
    },
    unit: 'projects',
    progress: 'cumulative',
  },
  {
    value: 'direct-supported-projects',
    label: { vi: 'Dự án được hỗ trợ trực tiếp', en: 'Projects given direct support' },
    unit: 'projects',
    progress: 'cumulative',
  },
  {
    value: 'direct-funded-share',
    label: {
      vi: 'Tỷ lệ dự án được hỗ trợ trực tiếp gọi được vốn',
      en: 'Share of directly supported projects that raised capital',
    },
    unit: 'percent',
    progress: 'level',
  },
  {
    value: 'centres-and-clubs',
    label: {
      vi: 'Trung tâm, câu lạc bộ khởi nghiệp được phát triển, nâng cấp',
      en: 'Startup centres and clubs developed or upgraded',
    },
    unit: 'organizations',
    progress: 'cumulative',
  },
  {
    value: 'network-people',
    label: {
      vi: 'Huấn luyện viên, cố vấn, chuyên gia, nhà đầu tư trong mạng lưới',
      en: 'Coaches, mentors, experts and investors in the network',
    },
    unit: 'people',
    progress: 'cumulative',
  },
  {
    value: 'manual',
    label: {
      vi: 'Số liệu nhập theo văn bản (không tính từ danh bạ)',
      en: 'Figure entered from a document (not computed)',
    },
    // A manual target names its unit; a share is then a level, anything else cumulative.
    unit: null,
    progress: null,
  },
] as const

export type ProgrammeMetric = (typeof PROGRAMME_METRIC_OPTIONS)[number]['value']
export type ComputedProgrammeMetric = Exclude<ProgrammeMetric, 'manual'>

/** The metrics the tracker computes from the directory (every one but `manual`). */
export const COMPUTED_PROGRAMME_METRICS = PROGRAMME_METRIC_OPTIONS.map((o) => o.value).filter(
  (value): value is ComputedProgrammeMetric => value !== 'manual',
)

/** What a target's figure counts; `percent` is a share in percentage points (20 = 20 %). */
export const PROGRAMME_UNIT_OPTIONS = [
  { value: 'projects', label: { vi: 'dự án', en: 'projects' } },
  { value: 'organizations', label: { vi: 'tổ chức', en: 'organisations' } },
  { value: 'people', label: { vi: 'người', en: 'people' } },
  { value: 'percent', label: { vi: '%', en: '%' } },
] as const

export type ProgrammeUnit = (typeof PROGRAMME_UNIT_OPTIONS)[number]['value']

/**
 * The support organisations the `centres-and-clubs` target counts. Plan 281 (I.1): "phát triển
 * và nâng cấp từ 5 đến 6 trung tâm, câu lạc bộ khởi nghiệp đổi mới sáng tạo theo hình thức xã
 * hội hóa hoặc đối tác công tư" — centres (an incubator is an incubation centre) and clubs, run
 * socialised or as a public–private partnership. The city's own public centre is a target of
 * its own (its upgrade), and co-working spaces and funds are not centres or clubs.
 * These are values of the support organisations' kind and model lists.
 */
export const CENTRE_AND_CLUB_KINDS: readonly string[] = [
  'support-centre',
  'startup-club',
  'incubator',
]
export const CENTRE_AND_CLUB_MODELS: readonly string[] = ['socialised', 'public-private']

/** The roles that make a person part of the network the `network-people` target counts. */
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
