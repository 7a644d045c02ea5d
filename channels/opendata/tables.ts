import type { FieldType, OpenField, OpenTable } from './types'

/**
 * The tables the portal publishes: the tracker's figures (per target, per target and year, and
 * the projects supported per year) and the directory's public fields (startups with their
 * support records and funding rounds, people, support organisations). Column names are stable
 * snake_case identifiers: renaming one breaks every reader, so add columns instead.
 *
 * Codes (measure, status, unit, sector, role…) are the portal's own values; their names in both
 * languages are on the portal's pages. Only what the public pages show goes in: the site maps
 * published records, with only the fields a person consented to, into these rows.
 */

type Field<Row> = OpenField<Extract<keyof Row, string>>

/** A field factory per type: `text('name', 'Tên / Name', 'Mô tả. / Description.', true)`. */
const fieldOf =
  (type: FieldType, format?: OpenField['format']) =>
  <Row>(
    name: Extract<keyof Row, string>,
    title: string,
    description: string,
    required = false,
  ): Field<Row> => ({
    name,
    type,
    title,
    description,
    ...(format ? { format } : {}),
    ...(required ? { required } : {}),
  })

const text = fieldOf('string')
const number = fieldOf('number')
const integer = fieldOf('integer')
const date = fieldOf('date')
const list = fieldOf('list')
const link = fieldOf('string', 'uri')
const email = fieldOf('string', 'email')

/** A number, or nothing when there is none. */
type Figure = number | null | undefined
type Text = string | null | undefined

// ——— The tracker ———

export interface TrackerTargetRow {
  programme: string
  target_key: string
  name_vi: string
  name_en: Text
  measure: string
  unit: Text
  minimum: Figure
  maximum: Figure
  deadline: string
  achieved: Figure
  computed: Figure
  expected: Figure
  status: string
  basis: 'directory' | 'manual' | 'final'
  counted_ids: readonly string[]
  base_ids: readonly string[]
  source: Text
  source_url: Text
  last_updated: Text
  as_of: string
}

const programmeField = text<{ programme: unknown }>(
  'programme',
  'Chương trình / Programme',
  'Số hiệu của kế hoạch, ví dụ 281/KH-UBND. / The plan’s number, e.g. 281/KH-UBND.',
  true,
)

const targetKeyField = text<{ target_key: unknown }>(
  'target_key',
  'Mã chỉ tiêu / Target key',
  'Mã ổn định của chỉ tiêu trong chương trình. / The target’s stable key within its programme.',
  true,
)

export const TRACKER_TARGETS_TABLE: OpenTable<TrackerTargetRow> = {
  name: 'chi-tieu',
  title: 'Kết quả thực hiện các chỉ tiêu / Progress on the targets',
  description:
    'Mỗi dòng một chỉ tiêu của chương trình: mục tiêu, số đã đạt, lộ trình đều và nguồn số liệu. / One row per target of a programme: the target, the figure achieved, the straight path and where the figure comes from.',
  primaryKey: ['programme', 'target_key'],
  fields: [
    programmeField,
    targetKeyField,
    text(
      'name_vi',
      'Tên chỉ tiêu / Target (Vietnamese)',
      'Tên chỉ tiêu bằng tiếng Việt. / The target’s name in Vietnamese.',
      true,
    ),
    text(
      'name_en',
      'Tên chỉ tiêu (tiếng Anh) / Target (English)',
      'Tên chỉ tiêu bằng tiếng Anh, nếu có. / The target’s name in English, when there is one.',
    ),
    text(
      'measure',
      'Cách đo / Measured by',
      'Mã của số liệu được tính từ danh bạ (manual: nhập theo văn bản). / The code of the figure computed from the directory (manual: entered from a document).',
      true,
    ),
    text(
      'unit',
      'Đơn vị / Unit',
      'project, organisation, person hoặc percent (điểm phần trăm). / project, organisation, person or percent (percentage points).',
    ),
    number(
      'minimum',
      'Mức tối thiểu / Minimum',
      'Mức tối thiểu của mục tiêu. / The target’s minimum.',
    ),
    number(
      'maximum',
      'Mức tối đa / Maximum',
      'Mức tối đa của mục tiêu (khoảng 150–200). / The target’s maximum (a range such as 150–200).',
    ),
    date(
      'deadline',
      'Thời hạn / Deadline',
      'Hạn hoàn thành, YYYY-MM-DD. / The deadline, YYYY-MM-DD.',
    ),
    number(
      'achieved',
      'Đã đạt / Achieved',
      'Số đã đạt đến ngày as_of; trống khi chưa có số liệu (ví dụ tỷ lệ khi chưa có dự án nào). / The figure as of as_of; empty when there is none (e.g. a share of no projects).',
    ),
    number(
      'computed',
      'Theo danh bạ / From the directory',
      'Số tính từ danh bạ (hoặc số nhập tay mới nhất), kể cả khi đã có kết quả chính thức. / The figure computed from the directory (or the latest manual figure), even once an official result exists.',
    ),
    number(
      'expected',
      'Lộ trình đều / Straight path',
      'Mức cần đạt vào ngày as_of nếu tiến đều từ đầu kỳ đến thời hạn (với tỷ lệ: chính mục tiêu). / Where a steady path from the period’s start to the deadline stands on as_of (for a share: the target itself).',
    ),
    {
      name: 'status',
      type: 'string',
      title: 'Tình trạng / Status',
      description:
        'reached: đã đạt; on-track: đúng tiến độ; behind: chậm; missed: không đạt khi hết hạn; unknown: chưa có số liệu. / reached, on track, behind, missed by the deadline, or no figure.',
      required: true,
      enum: ['reached', 'on-track', 'behind', 'missed', 'unknown'],
    },
    {
      name: 'basis',
      type: 'string',
      title: 'Nguồn số liệu / Basis',
      description:
        'Số ở cột achieved lấy từ đâu — directory: tính từ danh bạ của cổng; manual: số liệu nhập theo văn bản ở cột source; final: kết quả chính thức khi chương trình kết thúc, theo văn bản ở cột source. / Where achieved comes from — directory: computed from the portal’s directory; manual: entered from the document in source; final: the official result once the programme ended, from the document in source.',
      required: true,
      enum: ['directory', 'manual', 'final'],
    },
    list(
      'counted_ids',
      'Hồ sơ được tính / Records counted',
      'Mã các hồ sơ trong danh bạ được tính vào số đã đạt (với tỷ lệ: các dự án gọi được vốn). / Ids of the directory records counted (for a share: the projects that raised capital).',
    ),
    list(
      'base_ids',
      'Hồ sơ làm mẫu số / Base records',
      'Với tỷ lệ: mã các dự án được hỗ trợ trực tiếp (mẫu số). / For a share: ids of the directly supported projects (the denominator).',
    ),
    text(
      'source',
      'Văn bản nguồn / Source document',
      'Văn bản của số liệu nhập tay. / The document a manual figure comes from.',
    ),
    link(
      'source_url',
      'Địa chỉ văn bản / Source address',
      'Địa chỉ của văn bản nguồn. / Where the source document is published.',
    ),
    date(
      'last_updated',
      'Cập nhật / Last updated',
      'Ngày cập nhật gần nhất của các hồ sơ tạo nên số liệu. / The latest edit of the records the figure is made from.',
    ),
    date(
      'as_of',
      'Tính đến ngày / As of',
      'Ngày tính số liệu. / The day the figures are computed for.',
    ),
  ],
}

export interface TrackerYearRow {
  programme: string
  target_key: string
  year: number
  value: Figure
  cumulative: Figure
  expected: Figure
}

export const TRACKER_YEARS_TABLE: OpenTable<TrackerYearRow> = {
  name: 'chi-tieu-theo-nam',
  title: 'Chỉ tiêu theo năm / Targets year by year',
  description:
    'Mỗi dòng một chỉ tiêu trong một năm: số của năm, số lũy kế đến cuối năm và lộ trình đều. / One row per target and year: the year’s figure, the running figure at the year’s end and the straight path.',
  primaryKey: ['programme', 'target_key', 'year'],
  fields: [
    programmeField,
    targetKeyField,
    integer('year', 'Năm / Year', 'Năm dương lịch. / The calendar year.', true),
    number(
      'value',
      'Trong năm / In the year',
      'Số tính riêng trong năm (trống với tỷ lệ và các năm chưa tới). / Counted in that year alone (empty for a share and for years to come).',
    ),
    number(
      'cumulative',
      'Lũy kế / Cumulative',
      'Số đạt được đến hết năm (trống với các năm chưa tới). / Reached by the year’s end (empty for years to come).',
    ),
    number(
      'expected',
      'Lộ trình đều / Straight path',
      'Mức của lộ trình đều vào cuối năm. / The straight path at the year’s end.',
    ),
  ],
}

export interface SupportYearRow {
  programme: string
  year: number
  projects: number
  service: number
  direct: number
  service_only: number
  direct_only: number
  both: number
  new_projects: number
  cumulative: Figure
}

const projectCount = (
  name: Extract<keyof SupportYearRow, string>,
  title: string,
  description: string,
) => integer<SupportYearRow>(name, title, description, true)

export const SUPPORT_BY_YEAR_TABLE: OpenTable<SupportYearRow> = {
  name: 'du-an-ho-tro-theo-nam',
  title: 'Dự án được hỗ trợ theo năm / Projects supported per year',
  description:
    'Số dự án có hồ sơ hỗ trợ trong từng năm của kỳ, theo hình thức hỗ trợ; mỗi dự án chỉ tính một lần trong một năm. / Projects with a support record in each year of the period, by kind of support; each project once a year.',
  primaryKey: ['programme', 'year'],
  fields: [
    programmeField,
    integer('year', 'Năm / Year', 'Năm dương lịch. / The calendar year.', true),
    projectCount(
      'projects',
      'Số dự án / Projects',
      'Số dự án được hỗ trợ trong năm. / Projects supported that year.',
    ),
    projectCount(
      'service',
      'Hỗ trợ dịch vụ / Service support',
      'Dự án được hỗ trợ cung cấp dịch vụ. / Projects given support services.',
    ),
    projectCount(
      'direct',
      'Hỗ trợ trực tiếp / Direct support',
      'Dự án được hỗ trợ trực tiếp. / Projects given direct support.',
    ),
    projectCount(
      'service_only',
      'Chỉ dịch vụ / Service only',
      'Chỉ được hỗ trợ dịch vụ trong năm. / Only support services that year.',
    ),
    projectCount(
      'direct_only',
      'Chỉ trực tiếp / Direct only',
      'Chỉ được hỗ trợ trực tiếp trong năm. / Only direct support that year.',
    ),
    projectCount(
      'both',
      'Cả hai / Both',
      'Được cả hai hình thức trong năm. / Both kinds that year.',
    ),
    projectCount(
      'new_projects',
      'Dự án mới / New projects',
      'Lần đầu được hỗ trợ trong kỳ. / Supported for the first time in the period.',
    ),
    integer(
      'cumulative',
      'Lũy kế / Cumulative',
      'Số dự án khác nhau được hỗ trợ từ đầu kỳ đến hết năm. / Distinct projects supported from the period’s start to the year’s end.',
    ),
  ],
}

// ——— The directory ———

const idField = text<{ id: unknown }>(
  'id',
  'Mã / Id',
  'Mã của hồ sơ trong danh bạ: đường dẫn của trang hồ sơ, như ở cột counted_ids của bảng chỉ tiêu. / The record’s id in the directory: its profile page’s slug, as in the targets’ counted_ids.',
  true,
)
const slugField = text<{ slug: unknown }>(
  'slug',
  'Đường dẫn / Slug',
  'Phần cuối địa chỉ trang hồ sơ. / The last part of the profile page’s address.',
)
const nameField = text<{ name: unknown }>(
  'name',
  'Tên / Name',
  'Tên hiển thị. / The name shown.',
  true,
)
const urlField = link<{ url: unknown }>(
  'url',
  'Trang hồ sơ / Profile page',
  'Địa chỉ trang hồ sơ trên cổng. / The profile page on the portal.',
)
const websiteField = link<{ website: unknown }>(
  'website',
  'Trang web / Website',
  'Website của hồ sơ. / The record’s own website.',
)

export interface StartupRow {
  id: string
  slug: Text
  name: string
  summary_vi: Text
  summary_en: Text
  sector: Text
  stage: Text
  district: Text
  registration_number: Text
  registration_date: Text
  website: Text
  founders: readonly string[]
  url: Text
}

export const STARTUPS_TABLE: OpenTable<StartupRow> = {
  name: 'du-an-khoi-nghiep',
  title: 'Dự án khởi nghiệp / Startup projects',
  description:
    'Các dự án, doanh nghiệp khởi nghiệp đổi mới sáng tạo đã công bố trong danh bạ. / The innovative startup projects and companies published in the directory.',
  primaryKey: ['id'],
  fields: [
    idField,
    slugField,
    nameField,
    text(
      'summary_vi',
      'Tóm tắt / Summary (Vietnamese)',
      'Tóm tắt bằng tiếng Việt. / The summary in Vietnamese.',
    ),
    text(
      'summary_en',
      'Tóm tắt (tiếng Anh) / Summary (English)',
      'Tóm tắt bằng tiếng Anh. / The summary in English.',
    ),
    text('sector', 'Lĩnh vực / Sector', 'Mã lĩnh vực. / The sector’s code.'),
    text('stage', 'Giai đoạn / Stage', 'Mã giai đoạn phát triển. / The stage’s code.'),
    text('district', 'Quận, huyện / District', 'Địa bàn. / Where it is based.'),
    text(
      'registration_number',
      'Mã số doanh nghiệp / Business registration number',
      '10 chữ số, hoặc 13 với mã chi nhánh. / 10 digits, or 13 with a branch suffix.',
    ),
    date(
      'registration_date',
      'Ngày đăng ký lần đầu / First registration',
      'Ngày cấp Giấy chứng nhận đăng ký doanh nghiệp lần đầu. / The first business registration.',
    ),
    websiteField,
    list(
      'founders',
      'Nhà sáng lập / Founders',
      'Tên các nhà sáng lập đã đồng ý công bố. / Founders who consented to be named.',
    ),
    urlField,
  ],
}

export interface StartupSupportRow {
  startup_id: string
  year: number
  kind: 'service' | 'direct'
  organization_id: Text
  organization: Text
  support: Text
}

const startupIdField = text<{ startup_id: unknown }>(
  'startup_id',
  'Mã dự án / Startup id',
  'Mã dự án trong bảng du-an-khoi-nghiep. / The project’s id in du-an-khoi-nghiep.',
  true,
)

export const STARTUP_SUPPORT_TABLE: OpenTable<StartupSupportRow> = {
  name: 'ho-tro-du-an',
  title: 'Hồ sơ hỗ trợ dự án / Support records',
  description:
    'Mỗi dòng một lần hỗ trợ: năm, hình thức, tổ chức hỗ trợ và nội dung. / One row per support given: year, kind, the providing organisation and what was given.',
  fields: [
    startupIdField,
    integer('year', 'Năm / Year', 'Năm được hỗ trợ. / The year of the support.', true),
    {
      name: 'kind',
      type: 'string',
      title: 'Hình thức / Kind',
      description:
        'service: hỗ trợ cung cấp dịch vụ; direct: hỗ trợ trực tiếp. / service: support services; direct: direct support.',
      required: true,
      enum: ['service', 'direct'],
    },
    text(
      'organization_id',
      'Mã tổ chức / Organisation id',
      'Mã tổ chức hỗ trợ trong bảng to-chuc-ho-tro. / The organisation’s id in to-chuc-ho-tro.',
    ),
    text(
      'organization',
      'Tổ chức hỗ trợ / Organisation',
      'Tên tổ chức hỗ trợ. / The providing organisation’s name.',
    ),
    text('support', 'Nội dung hỗ trợ / What was given', 'Nội dung hỗ trợ. / What the support was.'),
  ],
}

export interface FundingRoundRow {
  startup_id: string
  date: string
  amount_vnd: Figure
  investors: readonly string[]
}

export const FUNDING_ROUNDS_TABLE: OpenTable<FundingRoundRow> = {
  name: 'goi-von',
  title: 'Các vòng gọi vốn / Funding rounds',
  description: 'Mỗi dòng một vòng gọi vốn của một dự án. / One row per funding round of a project.',
  fields: [
    startupIdField,
    date('date', 'Ngày / Date', 'Ngày gọi vốn thành công. / When the round closed.', true),
    integer(
      'amount_vnd',
      'Số vốn (đồng) / Amount (VND)',
      'Số vốn, khi được công bố; trống nếu không công bố. / The amount when public; empty otherwise.',
    ),
    list('investors', 'Nhà đầu tư / Investors', 'Các nhà đầu tư. / The investors.'),
  ],
}

export interface PersonRow {
  id: string
  slug: Text
  name: string
  roles: readonly string[]
  organization: Text
  expertise: readonly string[]
  bio_vi: Text
  bio_en: Text
  origin: Text
  email: Text
  phone: Text
  url: Text
}

export const PEOPLE_TABLE: OpenTable<PersonRow> = {
  name: 'chuyen-gia',
  title: 'Chuyên gia, cố vấn, nhà đầu tư / Coaches, mentors, experts and investors',
  description:
    'Những người đã đồng ý công bố hồ sơ; liên hệ chỉ có khi họ chọn công khai. / People who consented to a public profile; contact details only when they opted in.',
  primaryKey: ['id'],
  fields: [
    idField,
    slugField,
    nameField,
    list(
      'roles',
      'Vai trò / Roles',
      'coach, mentor, expert, investor. / coach, mentor, expert, investor.',
    ),
    text('organization', 'Đơn vị / Organisation', 'Nơi công tác. / Where they work.'),
    list(
      'expertise',
      'Lĩnh vực chuyên môn / Expertise',
      'Các lĩnh vực chuyên môn. / Fields of expertise.',
    ),
    text(
      'bio_vi',
      'Giới thiệu / Bio (Vietnamese)',
      'Giới thiệu bằng tiếng Việt. / The bio in Vietnamese.',
    ),
    text(
      'bio_en',
      'Giới thiệu (tiếng Anh) / Bio (English)',
      'Giới thiệu bằng tiếng Anh. / The bio in English.',
    ),
    text(
      'origin',
      'Trong nước hay quốc tế / Domestic or international',
      'domestic hoặc international. / domestic or international.',
    ),
    email(
      'email',
      'Thư điện tử / E-mail',
      'Chỉ khi người đó chọn công khai. / Only when they opted in.',
    ),
    text(
      'phone',
      'Điện thoại / Phone',
      'Chỉ khi người đó chọn công khai. / Only when they opted in.',
    ),
    urlField,
  ],
}

export interface OrganizationRow {
  id: string
  slug: Text
  name: string
  kinds: readonly string[]
  model: Text
  address: Text
  services: readonly string[]
  website: Text
  year_founded_or_upgraded: Figure
  url: Text
}

export const ORGANIZATIONS_TABLE: OpenTable<OrganizationRow> = {
  name: 'to-chuc-ho-tro',
  title: 'Tổ chức hỗ trợ khởi nghiệp / Support organisations',
  description:
    'Trung tâm hỗ trợ, câu lạc bộ, vườn ươm, không gian làm việc chung, quỹ. / Support centres, clubs, incubators, co-working spaces and funds.',
  primaryKey: ['id'],
  fields: [
    idField,
    slugField,
    nameField,
    // A list: one organisation can be several kinds (a support centre with a co-working space).
    list(
      'kinds',
      'Loại hình / Kinds',
      'Mã các loại hình của tổ chức. / The codes of the organisation’s kinds.',
      true,
    ),
    text(
      'model',
      'Mô hình / Model',
      'Công lập, xã hội hóa hoặc hợp tác công tư (mã). / Public, socialised or public–private (code).',
    ),
    text('address', 'Địa chỉ / Address', 'Địa chỉ. / The address.'),
    list('services', 'Dịch vụ / Services', 'Các dịch vụ cung cấp. / The services offered.'),
    websiteField,
    integer(
      'year_founded_or_upgraded',
      'Năm thành lập hoặc nâng cấp / Year founded or upgraded',
      'Năm thành lập, hoặc năm nâng cấp gần nhất. / The year founded, or last upgraded.',
    ),
    urlField,
  ],
}
