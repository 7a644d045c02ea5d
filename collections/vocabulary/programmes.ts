/** Where a programme (a plan with targets) stands. The tracker shows the `current` one. */
export const PROGRAMME_STATUS_OPTIONS = [
  { value: 'current', label: { vi: 'Đang thực hiện', en: 'Current' } },
  { value: 'finished', label: { vi: 'Đã kết thúc', en: 'Finished' } },
  { value: 'successor', label: { vi: 'Kế hoạch kế tiếp', en: 'Successor (upcoming)' } },
] as const
export type ProgrammeStatus = (typeof PROGRAMME_STATUS_OPTIONS)[number]['value']

/** What a target counts. */
export const TARGET_UNIT_OPTIONS = [
  { value: 'project', label: { vi: 'dự án', en: 'projects' } },
  { value: 'person', label: { vi: 'người', en: 'people' } },
  { value: 'organisation', label: { vi: 'tổ chức', en: 'organisations' } },
  { value: 'percent', label: { vi: '%', en: '%' } },
] as const
export type TargetUnit = (typeof TARGET_UNIT_OPTIONS)[number]['value']

/**
 * How a target's figure is measured: one of the figures the tracker computes from the directory
 * (within the programme's period), or `manual` — entered by the department with the document it
 * comes from. `unit` is the unit a computed figure is in (a target using it must have that
 * unit); `method` says where the figure comes from, as the tracker shows it beside the figure.
 */
export const TARGET_MEASURE_OPTIONS = [
  {
    value: 'supportedProjects',
    unit: 'project',
    label: { vi: 'Dự án được hỗ trợ', en: 'Projects supported' },
    method: {
      vi: 'Dự án khởi nghiệp trong danh bạ có ít nhất một lượt hỗ trợ (dịch vụ hoặc trực tiếp) trong giai đoạn của chương trình.',
      en: 'Startups in the directory with at least one support record (service or direct) in the programme’s period.',
    },
  },
  {
    value: 'serviceSupported',
    unit: 'project',
    label: { vi: 'Dự án được hỗ trợ cung cấp dịch vụ', en: 'Projects given services' },
    method: {
      vi: 'Dự án có ít nhất một lượt hỗ trợ cung cấp dịch vụ trong giai đoạn.',
      en: 'Startups with at least one service-support record in the period.',
    },
  },
  {
    value: 'directSupported',
    unit: 'project',
    label: { vi: 'Dự án được hỗ trợ trực tiếp', en: 'Projects given direct support' },
    method: {
      vi: 'Dự án có ít nhất một lượt hỗ trợ trực tiếp trong giai đoạn.',
      en: 'Startups with at least one direct-support record in the period.',
    },
  },
  {
    value: 'directWithFundingShare',
    unit: 'percent',
    label: {
      vi: 'Tỷ lệ dự án được hỗ trợ trực tiếp gọi được vốn',
      en: 'Share of directly supported projects that raised capital',
    },
    method: {
      vi: 'Trong số dự án được hỗ trợ trực tiếp trong giai đoạn, tỷ lệ dự án có ít nhất một vòng gọi vốn.',
      en: 'Of the startups given direct support in the period, the share with at least one funding round.',
    },
  },
  {
    value: 'centresDeveloped',
    unit: 'organisation',
    label: {
      vi: 'Trung tâm, câu lạc bộ khởi nghiệp được phát triển, nâng cấp',
      en: 'Startup centres and clubs developed or upgraded',
    },
    method: {
      vi: 'Trung tâm, câu lạc bộ, cơ sở ươm tạo, không gian làm việc chung theo hình thức xã hội hóa hoặc đối tác công tư, thành lập hoặc nâng cấp trong giai đoạn.',
      en: 'Centres, clubs, incubators and co-working spaces run privately or as public–private partnerships, founded or upgraded in the period.',
    },
  },
  {
    value: 'networkPeople',
    unit: 'person',
    label: {
      vi: 'Huấn luyện viên, cố vấn, chuyên gia, nhà đầu tư trong mạng lưới',
      en: 'Coaches, mentors, experts and investors in the network',
    },
    method: {
      vi: 'Hồ sơ chuyên gia, cố vấn, nhà đầu tư đã công bố trong danh bạ.',
      en: 'Published profiles of experts, mentors and investors in the directory.',
    },
  },
  {
    value: 'manual',
    unit: null,
    label: { vi: 'Nhập tay, kèm văn bản nguồn', en: 'Entered by hand, with its source' },
    method: {
      vi: 'Số liệu do Sở Khoa học và Công nghệ nhập, kèm văn bản nguồn và ngày số liệu.',
      en: 'A figure entered by the Department of Science and Technology, with its source document and date.',
    },
  },
] as const

export type TargetMeasure = (typeof TARGET_MEASURE_OPTIONS)[number]['value']
export type ComputedMetric = Exclude<TargetMeasure, 'manual'>

/** The figures the tracker computes from the directory (every measure but `manual`). */
export const COMPUTED_METRICS = TARGET_MEASURE_OPTIONS.map((o) => o.value).filter(
  (value): value is ComputedMetric => value !== 'manual',
)

export const isComputedMetric = (value: unknown): value is ComputedMetric =>
  (COMPUTED_METRICS as readonly unknown[]).includes(value)

/** The unit each computed metric is counted in. */
export const METRIC_UNIT = Object.fromEntries(
  TARGET_MEASURE_OPTIONS.filter((o) => o.unit !== null).map((o) => [o.value, o.unit]),
) as Record<ComputedMetric, TargetUnit>
