import type { TargetMeasure, TargetUnit } from '@collections/vocabulary/programmes'
import type { Sector } from '@collections/vocabulary/sectors'

import type { Localized } from '../types'

/**
 * The ecosystem directory and plan 281's targets as data (issue 15). Everything here except the
 * plan itself is ILLUSTRATIVE: fictional startups, people and organisations, invented so the
 * tracker shows meaningful progress on a fresh install. Pages that show it say so.
 *
 * Deterministic (no clock, no randomness): the startups are generated from fixed tables, so two
 * seeds of the same code give the same figures.
 */

/** Marks every demo profile, so nobody takes it for a real one. */
export const ILLUSTRATIVE_NOTE: Localized = {
  vi: 'Dữ liệu minh họa, không phải hồ sơ thật.',
  en: 'Illustrative data, not a real profile.',
}

export type OrganizationSeed = {
  slug: string
  name: Localized
  kinds: ('support-centre' | 'startup-club' | 'incubator' | 'coworking' | 'fund')[]
  model: 'public' | 'socialised' | 'public-private'
  summary: Localized
  services: string
  foundedYear: number
  upgradedYear?: number
  address: string
  district: string
  email: string
}

export const ORGANIZATIONS: OrganizationSeed[] = [
  {
    slug: 'trung-tam-ho-tro-khoi-nghiep-ben-cang',
    name: {
      vi: 'Trung tâm Hỗ trợ khởi nghiệp Bến Cảng (minh họa)',
      en: 'Bến Cảng Startup Support Centre (illustrative)',
    },
    kinds: ['support-centre'],
    model: 'public',
    summary: {
      vi: 'Trung tâm công lập hỗ trợ dự án khởi nghiệp: đào tạo, tư vấn, kết nối. Dữ liệu minh họa.',
      en: 'A public centre giving startups training, advice and introductions. Illustrative data.',
    },
    services: 'Đào tạo khởi nghiệp; tư vấn sở hữu trí tuệ; kết nối nhà đầu tư.',
    foundedYear: 2016,
    upgradedYear: 2023,
    address: 'Số 1 phố Mẫu, phường Minh Họa',
    district: 'ngo-quyen',
    email: 'trungtam-bencang@example.vn',
  },
  {
    slug: 'clb-khoi-nghiep-song-cam',
    name: { vi: 'CLB Khởi nghiệp Sông Cấm (minh họa)', en: 'Sông Cấm Startup Club (illustrative)' },
    kinds: ['startup-club'],
    model: 'socialised',
    summary: {
      vi: 'Câu lạc bộ của các nhà sáng lập trẻ, sinh hoạt hằng tháng. Dữ liệu minh họa.',
      en: 'A club of young founders meeting monthly. Illustrative data.',
    },
    services: 'Sinh hoạt chuyên đề; cố vấn đồng hành; chia sẻ kinh nghiệm gọi vốn.',
    foundedYear: 2021,
    address: 'Số 12 đường Mẫu, phường Minh Họa',
    district: 'hong-bang',
    email: 'clb-songcam@example.vn',
  },
  {
    slug: 'vuon-uom-hoa-phuong-do',
    name: { vi: 'Vườn ươm Hoa Phượng Đỏ (minh họa)', en: 'Hoa Phượng Đỏ Incubator (illustrative)' },
    kinds: ['incubator'],
    model: 'public-private',
    summary: {
      vi: 'Cơ sở ươm tạo theo hình thức đối tác công tư cùng một trường đại học. Dữ liệu minh họa.',
      en: 'A public–private incubator run with a university. Illustrative data.',
    },
    services: 'Ươm tạo 6 tháng; phòng thí nghiệm dùng chung; hỗ trợ thủ tục.',
    foundedYear: 2022,
    address: 'Số 5 đường Mẫu, phường Minh Họa',
    district: 'le-chan',
    email: 'vuonuom-hoaphuongdo@example.vn',
  },
  {
    slug: 'khong-gian-lam-viec-chung-cau-rao',
    name: {
      vi: 'Không gian làm việc chung Cầu Rào (minh họa)',
      en: 'Cầu Rào Co-working Space (illustrative)',
    },
    kinds: ['coworking'],
    model: 'socialised',
    summary: {
      vi: 'Không gian làm việc chung do doanh nghiệp vận hành, mở rộng năm 2024. Dữ liệu minh họa.',
      en: 'A privately run co-working space, expanded in 2024. Illustrative data.',
    },
    services: 'Chỗ ngồi linh hoạt; phòng họp; sự kiện kết nối.',
    foundedYear: 2019,
    upgradedYear: 2024,
    address: 'Số 20 đường Mẫu, phường Minh Họa',
    district: 'le-chan',
    email: 'caurao-cowork@example.vn',
  },
  {
    slug: 'clb-khoi-nghiep-doi-moi-sang-tao-thuy-nguyen',
    name: {
      vi: 'CLB Khởi nghiệp đổi mới sáng tạo Thủy Nguyên (minh họa)',
      en: 'Thủy Nguyên Innovation Startup Club (illustrative)',
    },
    kinds: ['startup-club', 'coworking'],
    model: 'socialised',
    summary: {
      vi: 'Câu lạc bộ và không gian làm việc cho dự án nông nghiệp, du lịch. Dữ liệu minh họa.',
      en: 'A club and workspace for farming and tourism projects. Illustrative data.',
    },
    services: 'Kết nối thị trường; hội thảo chuyên đề; góc làm việc chung.',
    foundedYear: 2023,
    address: 'Thôn Mẫu, xã Minh Họa',
    district: 'thuy-nguyen',
    email: 'clb-thuynguyen@example.vn',
  },
  {
    slug: 'quy-dau-tu-khoi-nghiep-bach-dang',
    name: {
      vi: 'Quỹ Đầu tư khởi nghiệp Bạch Đằng (minh họa)',
      en: 'Bạch Đằng Startup Fund (illustrative)',
    },
    kinds: ['fund'],
    model: 'socialised',
    summary: {
      vi: 'Quỹ đầu tư giai đoạn sớm do doanh nghiệp góp vốn. Dữ liệu minh họa.',
      en: 'An early-stage fund backed by local companies. Illustrative data.',
    },
    services: 'Đầu tư giai đoạn hạt giống; đồng hành sau đầu tư.',
    foundedYear: 2022,
    address: 'Số 8 đường Mẫu, phường Minh Họa',
    district: 'hai-an',
    email: 'quy-bachdang@example.vn',
  },
]

type Role = 'coach' | 'mentor' | 'expert' | 'investor'

export type PersonSeed = {
  slug: string
  name: string
  roles: Role[]
  organisation: string
  reach: 'domestic' | 'international'
  expertise: string[]
  /** Opted in to a public e-mail and phone. */
  publicContact?: { email: string; phone: string }
}

/** [name, roles, organisation, reach, expertise] — fictional people. */
const PEOPLE_TABLE: [string, Role[], string, 'domestic' | 'international', string[]][] = [
  ['Lê Văn Mẫu', ['mentor', 'coach'], 'Công ty Minh Họa Logistics', 'domestic', ['logistics']],
  [
    'Trần Thị Ví Dụ',
    ['investor'],
    'Quỹ Đầu tư khởi nghiệp Bạch Đằng (minh họa)',
    'domestic',
    ['fintech', 'digital'],
  ],
  ['Phạm Quốc Thử', ['expert'], 'Viện Nghiên cứu Minh Họa', 'domestic', ['marine']],
  [
    'Hoàng Mai Giả Định',
    ['coach'],
    'CLB Khởi nghiệp Sông Cấm (minh họa)',
    'domestic',
    ['education'],
  ],
  ['Vũ Đức Tạm', ['mentor'], 'Công ty Cơ khí Mẫu', 'domestic', ['manufacturing']],
  ['Đặng Thu Phỏng', ['mentor', 'expert'], 'Bệnh viện Minh Họa', 'domestic', ['health']],
  [
    'Bùi Anh Khảo',
    ['investor', 'mentor'],
    'Nhà đầu tư thiên thần (minh họa)',
    'domestic',
    ['digital', 'tourism-trade'],
  ],
  ['Ngô Thanh Nháp', ['expert'], 'Trường Đại học Minh Họa', 'domestic', ['agriculture']],
  [
    'Đỗ Hải Tượng',
    ['coach', 'mentor'],
    'Vườn ươm Hoa Phượng Đỏ (minh họa)',
    'domestic',
    ['digital'],
  ],
  ['Dương Ngọc Mô Phỏng', ['expert'], 'Trung tâm Môi trường Mẫu', 'domestic', ['environment']],
  [
    'Lý Minh Thí Điểm',
    ['investor'],
    'Công ty Đầu tư Mẫu',
    'domestic',
    ['logistics', 'manufacturing'],
  ],
  ['Tạ Quang Giả Lập', ['mentor'], 'Công ty Du lịch Minh Họa', 'domestic', ['tourism-trade']],
  [
    'Mai Hồng Phác',
    ['coach'],
    'Trung tâm Hỗ trợ khởi nghiệp Bến Cảng (minh họa)',
    'domestic',
    ['education', 'other'],
  ],
  ['Cao Bảo Sơ Thảo', ['expert', 'mentor'], 'Ngân hàng Minh Họa', 'domestic', ['fintech']],
  ['Trịnh Khánh Phương Án', ['mentor'], 'Hợp tác xã Mẫu', 'domestic', ['agriculture', 'marine']],
  [
    'Anna Example',
    ['investor', 'mentor'],
    'Example Ventures (illustrative)',
    'international',
    ['digital', 'fintech'],
  ],
  [
    'Kenji Sample',
    ['expert'],
    'Sample Port Institute (illustrative)',
    'international',
    ['logistics'],
  ],
  [
    'Marie Placeholder',
    ['coach'],
    'Placeholder Accelerator (illustrative)',
    'international',
    ['health', 'education'],
  ],
  [
    'David Mock',
    ['investor'],
    'Mock Capital (illustrative)',
    'international',
    ['manufacturing', 'environment'],
  ],
  ['Park Demo', ['mentor', 'expert'], 'Demo Tech Lab (illustrative)', 'international', ['digital']],
]

/** Slugs the way the CMS makes them, without diacritics (fixed here so seed links can name them). */
const slugOf = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

export const PEOPLE: PersonSeed[] = PEOPLE_TABLE.map(
  ([name, roles, organisation, reach, expertise], i) => ({
    slug: slugOf(name),
    name,
    roles,
    organisation,
    reach,
    expertise,
    // Two of them opted in to a public contact (the rest are reached through the department).
    ...(i === 0 || i === 8
      ? {
          publicContact: {
            email: `${slugOf(name)}@example.vn`,
            phone: `0225 3000 ${String(100 + i).padStart(3, '0')}`,
          },
        }
      : {}),
  }),
)

export type SupportSeed = {
  year: number
  kind: 'service' | 'direct'
  provider: string
  given: string
}

export type FundingSeed = { date: string; amountVnd?: number; investors: string[]; other?: string }

export type StartupSeed = {
  slug: string
  name: string
  summary: Localized
  sector: Sector
  stage: 'idea' | 'prototype' | 'fundraising' | 'growth'
  district: string
  registrationNumber?: string
  registrationDate?: string
  supportRecords: SupportSeed[]
  fundingRounds: FundingSeed[]
  founder?: { name: string; namePublic: boolean }
}

/** [name, sector, what it does (vi, en)] — fictional projects. */
const STARTUP_TABLE: [string, Sector, string, string][] = [
  [
    'CảngSố Mẫu',
    'logistics',
    'nền tảng đặt lịch xe container vào cảng',
    'booking container trucks into the port',
  ],
  [
    'KhoThông Minh Họa',
    'logistics',
    'quản lý kho lạnh bằng cảm biến',
    'sensor-managed cold storage',
  ],
  ['Tàu Xanh Demo', 'marine', 'theo dõi nhiên liệu tàu cá', 'fuel tracking for fishing boats'],
  ['Ngư Trại Ví Dụ', 'marine', 'nuôi hàu công nghệ cao', 'high-tech oyster farming'],
  ['Lúa Sạch Mẫu', 'agriculture', 'truy xuất nguồn gốc gạo', 'rice traceability'],
  [
    'Nấm Xanh Minh Họa',
    'agriculture',
    'trồng nấm trong nhà thông minh',
    'smart indoor mushroom growing',
  ],
  ['Cơ Khí Thử', 'manufacturing', 'in 3D linh kiện cơ khí', '3D-printed machine parts'],
  [
    'Robot Hàn Mẫu',
    'manufacturing',
    'robot hàn cho xưởng nhỏ',
    'welding robots for small workshops',
  ],
  ['Học Vui Demo', 'education', 'học tiếng Anh qua trò chơi', 'English through games'],
  [
    'Lớp Số Ví Dụ',
    'education',
    'lớp học trực tuyến cho học sinh vùng xa',
    'online classes for remote pupils',
  ],
  [
    'Khám Nhanh Mẫu',
    'health',
    'đặt lịch khám và nhắc thuốc',
    'clinic booking and medication reminders',
  ],
  ['Dược Liệu Minh Họa', 'health', 'dược liệu hữu cơ đóng gói', 'packaged organic herbs'],
  ['Ví Mẫu Pay', 'fintech', 'thanh toán cho tiểu thương chợ', 'payments for market traders'],
  [
    'Sổ Sách Thử',
    'fintech',
    'kế toán đơn giản cho hộ kinh doanh',
    'simple bookkeeping for household businesses',
  ],
  ['Du Lịch Đảo Demo', 'tourism-trade', 'tour Cát Bà theo nhu cầu', 'made-to-order Cát Bà tours'],
  [
    'Chợ Quê Ví Dụ',
    'tourism-trade',
    'bán đặc sản địa phương trực tuyến',
    'selling local specialities online',
  ],
  [
    'Tái Chế Mẫu',
    'environment',
    'thu gom rác tái chế theo ứng dụng',
    'app-based recycling collection',
  ],
  [
    'Nước Sạch Minh Họa',
    'environment',
    'lọc nước giá rẻ cho hộ gia đình',
    'low-cost household water filters',
  ],
  ['Bản Đồ Số Thử', 'digital', 'bản đồ số cho khu công nghiệp', 'digital maps of industrial parks'],
  ['AI Cảng Demo', 'digital', 'nhận dạng số container bằng AI', 'AI container-number recognition'],
  [
    'Giao Hàng Mẫu',
    'logistics',
    'giao hàng chặng cuối bằng xe điện',
    'last-mile delivery by e-bike',
  ],
  ['Muối Sạch Ví Dụ', 'marine', 'muối biển sạch đóng gói', 'packaged clean sea salt'],
  ['Rau Mầm Demo', 'agriculture', 'rau mầm thủy canh', 'hydroponic sprouts'],
  ['Xưởng Gỗ Thử', 'manufacturing', 'nội thất gỗ tái chế', 'furniture from reclaimed wood'],
  ['Gia Sư Mẫu', 'education', 'kết nối gia sư sinh viên', 'matching student tutors'],
  [
    'Chăm Sóc Già Minh Họa',
    'health',
    'chăm sóc người cao tuổi tại nhà',
    'home care for the elderly',
  ],
  ['Bảo Hiểm Nhỏ Demo', 'fintech', 'bảo hiểm vi mô cho ngư dân', 'micro-insurance for fishers'],
  ['Homestay Ví Dụ', 'tourism-trade', 'quản lý homestay Đồ Sơn', 'managing Đồ Sơn homestays'],
  [
    'Năng Lượng Mẫu',
    'environment',
    'điện mặt trời áp mái cho nhà xưởng',
    'rooftop solar for workshops',
  ],
  ['Dữ Liệu Thử', 'digital', 'phân tích dữ liệu bán lẻ', 'retail data analytics'],
]

const STAGES = ['idea', 'prototype', 'fundraising', 'growth'] as const
const DISTRICTS = [
  'le-chan',
  'ngo-quyen',
  'hai-an',
  'hong-bang',
  'kien-an',
  'thuy-nguyen',
  'do-son',
]
const SERVICE_PROVIDERS = [
  'trung-tam-ho-tro-khoi-nghiep-ben-cang',
  'clb-khoi-nghiep-song-cam',
  'khong-gian-lam-viec-chung-cau-rao',
  'clb-khoi-nghiep-doi-moi-sang-tao-thuy-nguyen',
]
const SERVICES = [
  'Khóa đào tạo khởi nghiệp và tư vấn mô hình kinh doanh.',
  'Tư vấn đăng ký sở hữu trí tuệ.',
  'Chỗ làm việc chung miễn phí 6 tháng.',
  'Kết nối cố vấn và tham gia ngày hội gọi vốn.',
]

/**
 * Thirty projects, spread over the plan's five years: every project has service support in
 * its first year; every third project also gets direct support (ươm tạo, kinh phí thử nghiệm)
 * a year later; a few were first helped in 2020, before the plan (kept, not counted).
 */
export const STARTUPS: StartupSeed[] = STARTUP_TABLE.map(([name, sector, vi, en], i) => {
  const firstYear = 2021 + (i % 5)
  const stage = STAGES[i % 4]
  const registered = stage !== 'idea'
  const registrationYear = firstYear - 1 - (i % 3)
  const supportRecords: SupportSeed[] = [
    {
      year: firstYear,
      kind: 'service',
      provider: SERVICE_PROVIDERS[i % SERVICE_PROVIDERS.length],
      given: SERVICES[i % SERVICES.length],
    },
  ]
  if (i % 7 === 3) {
    supportRecords.unshift({
      year: 2020,
      kind: 'service',
      provider: 'trung-tam-ho-tro-khoi-nghiep-ben-cang',
      given: 'Tập huấn khởi nghiệp (trước Kế hoạch 281, không tính vào kết quả).',
    })
  }
  const direct = i % 3 === 0
  const directYear = Math.min(firstYear + 1, 2025)
  if (direct) {
    supportRecords.push({
      year: directYear,
      kind: 'direct',
      provider: 'vuon-uom-hoa-phuong-do',
      given: 'Ươm tạo 6 tháng và kinh phí hoàn thiện sản phẩm mẫu.',
    })
  }
  // Some directly supported projects raised capital after their direct support.
  const fundingRounds: FundingSeed[] =
    direct && registered && i % 2 === 0
      ? [
          {
            date: `${directYear}-${String(3 + (i % 8)).padStart(2, '0')}-15`,
            amountVnd: i % 4 === 0 ? undefined : 500_000_000 + i * 50_000_000,
            investors: [PEOPLE[i % 2 === 0 ? 1 : 10].slug],
            other: 'Quỹ Đầu tư khởi nghiệp Bạch Đằng (minh họa)',
          },
        ]
      : []
  return {
    slug: slugOf(name),
    name,
    summary: {
      vi: `${name}: ${vi}. Dự án minh họa, không có thật.`,
      en: `${name}: ${en}. An illustrative project, not a real one.`,
    },
    sector,
    stage,
    district: DISTRICTS[i % DISTRICTS.length],
    ...(registered && {
      registrationNumber: `02029${String(10_000 + i * 137).padStart(5, '0')}`,
      registrationDate: `${registrationYear}-${String(1 + (i % 12)).padStart(2, '0')}-10`,
    }),
    supportRecords,
    fundingRounds,
    ...(i % 5 === 1 && { founder: { name: `Nhà sáng lập ${name}`, namePublic: i % 10 === 1 } }),
  }
})

export type TargetSeed = {
  key: string
  measure: TargetMeasure
  label: Localized
  minimum: number
  maximum?: number
  unit: TargetUnit
  manualFigure?: { value: number; asOf: string; source: Localized }
}

export type ProgrammeSeed = {
  code: string
  slug: string
  title: Localized
  summary: Localized
  status: 'current' | 'finished' | 'successor'
  periodStart: number
  periodEnd: number
  /** The seeded policy notice that is its legal text, by slug. */
  legalText: string
  targets: TargetSeed[]
}

/**
 * Plan 281/KH-UBND (section I.2 of the reference copy) with its targets as data, each measured
 * the way the tracker can: the directory counts all but the city centre's upgrade, which the
 * department enters with its source.
 */
export const PROGRAMMES: ProgrammeSeed[] = [
  {
    code: '281/KH-UBND',
    slug: '281-kh-ubnd',
    title: {
      vi: 'Kế hoạch hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo thành phố Hải Phòng giai đoạn 2021–2025',
      en: 'Plan to support Hải Phòng’s innovative startup ecosystem, 2021–2025',
    },
    summary: {
      vi: 'Kế hoạch 281/KH-UBND ngày 10/12/2020 của UBND thành phố. Số liệu thực hiện trên trang này là dữ liệu minh họa.',
      en: 'Plan 281/KH-UBND of 10 December 2020 by the City People’s Committee. The figures on this page are illustrative demo data.',
    },
    status: 'finished',
    periodStart: 2021,
    periodEnd: 2025,
    legalText: 'ke-hoach-281-kh-ubnd-2020',
    targets: [
      {
        key: 'du-an-ho-tro',
        measure: 'supportedProjects',
        label: {
          vi: 'Dự án khởi nghiệp đổi mới sáng tạo được hỗ trợ',
          en: 'Innovative startup projects supported',
        },
        minimum: 300,
        unit: 'project',
      },
      {
        key: 'du-an-ho-tro-dich-vu',
        measure: 'serviceSupported',
        label: {
          vi: 'Dự án được hỗ trợ cung cấp dịch vụ',
          en: 'Projects given support services',
        },
        minimum: 150,
        maximum: 200,
        unit: 'project',
      },
      {
        key: 'du-an-ho-tro-truc-tiep',
        measure: 'directSupported',
        label: { vi: 'Dự án được hỗ trợ trực tiếp', en: 'Projects supported directly' },
        minimum: 50,
        unit: 'project',
      },
      {
        key: 'ty-le-goi-von',
        measure: 'directWithFundingShare',
        label: {
          vi: 'Tỷ lệ dự án được hỗ trợ trực tiếp gọi được vốn từ nhà đầu tư',
          en: 'Share of directly supported projects that raised capital from investors',
        },
        minimum: 20,
        unit: 'percent',
      },
      {
        key: 'trung-tam-cau-lac-bo',
        measure: 'centresDeveloped',
        label: {
          vi: 'Trung tâm, câu lạc bộ khởi nghiệp được phát triển, nâng cấp theo hình thức xã hội hóa hoặc đối tác công tư',
          en: 'Startup centres and clubs developed or upgraded, privately or as public–private partnerships',
        },
        minimum: 5,
        maximum: 6,
        unit: 'organisation',
      },
      {
        key: 'mang-luoi',
        measure: 'networkPeople',
        label: {
          vi: 'Huấn luyện viên, cố vấn, chuyên gia, nhà đầu tư có uy tín trong và ngoài nước được thu hút',
          en: 'Reputable coaches, mentors, experts and investors from Vietnam and abroad attracted',
        },
        minimum: 150,
        maximum: 200,
        unit: 'person',
      },
      {
        key: 'trung-tam-thanh-pho',
        measure: 'manual',
        label: {
          vi: 'Trung tâm hỗ trợ khởi nghiệp sáng tạo thành phố được nâng cấp, tiến tới khu hỗ trợ dịch vụ tập trung',
          en: 'City startup support centre upgraded, on the way to a central startup services zone',
        },
        minimum: 1,
        unit: 'organisation',
        manualFigure: {
          value: 1,
          asOf: '2025-12-15',
          source: {
            vi: 'Báo cáo kết quả thực hiện Kế hoạch 281/KH-UBND (dữ liệu minh họa)',
            en: 'Report on the results of plan 281/KH-UBND (illustrative data)',
          },
        },
      },
    ],
  },
]

export type MentionSeed = {
  collection: 'articles' | 'events'
  slug: string
  mentions: { collection: 'startups' | 'people' | 'support-organizations'; slug: string }[]
}

/** Existing demo articles and events, linked to the profiles they are about. */
export const MENTIONS: MentionSeed[] = [
  {
    collection: 'articles',
    slug: 'mang-luoi-150-200-co-van-nha-dau-tu',
    mentions: PEOPLE.slice(0, 4).map((p) => ({ collection: 'people' as const, slug: p.slug })),
  },
  {
    collection: 'articles',
    slug: 'trung-tam-ho-tro-khoi-nghiep-sang-tao-nam-phan-khu-tren-ba-tang',
    mentions: [
      { collection: 'support-organizations', slug: 'trung-tam-ho-tro-khoi-nghiep-ben-cang' },
    ],
  },
  {
    collection: 'articles',
    slug: 'doanh-nghiep-khoi-nghiep-duoi-5-nam-tuoi-duoc-ho-tro-nhung-gi',
    mentions: STARTUPS.slice(0, 3).map((s) => ({ collection: 'startups' as const, slug: s.slug })),
  },
  {
    collection: 'events',
    slug: 'ngay-hoi-ket-noi-co-van-nha-dau-tu-voi-du-an-khoi-nghiep',
    mentions: [
      { collection: 'people', slug: PEOPLE[1].slug },
      { collection: 'people', slug: PEOPLE[15].slug },
      { collection: 'startups', slug: STARTUPS[3].slug },
      { collection: 'support-organizations', slug: 'quy-dau-tu-khoi-nghiep-bach-dang' },
    ],
  },
  {
    collection: 'events',
    slug: 'tham-quan-mo-hinh-khong-gian-lam-viec-chung-va-uom-tao',
    mentions: [
      { collection: 'support-organizations', slug: 'khong-gian-lam-viec-chung-cau-rao' },
      { collection: 'support-organizations', slug: 'vuon-uom-hoa-phuong-do' },
    ],
  },
]
