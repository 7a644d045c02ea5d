import type { Payload } from 'payload'

import { SEED_CONTEXT } from '../context'

import type { Localized } from '../types'

/**
 * The about page and footer links, from plan 281/KH-UBND (reference/ke-hoach-281-KH-UBND-2020.txt):
 * section II.1–II.2 (tasks), II.1 (lead and cooperating agencies); its targets are the `programmes`
 * record's (content/ecosystem.ts).
 * The lead agency's address, phone and e-mail and its people are not in the plan: the seed fills
 * clearly sample values (AGENCY_CONTACTS), which the administrator replaces before going live.
 * The public-information list and the startup procedures are the portal's own defaults.
 */

export const PROGRAMME_INTRO: Localized = {
  vi: [
    'Ngày 10/12/2020, Ủy ban nhân dân thành phố Hải Phòng ban hành Kế hoạch 281/KH-UBND phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo thành phố giai đoạn 2021–2025.',
    'Kế hoạch nhằm tạo lập môi trường thuận lợi để thúc đẩy, hỗ trợ quá trình hình thành và phát triển loại hình doanh nghiệp có khả năng tăng trưởng nhanh dựa trên khai thác tài sản trí tuệ, công nghệ, mô hình kinh doanh mới.',
  ].join('\n'),
  en: [
    'On 10 December 2020 the Hải Phòng City People’s Committee issued plan 281/KH-UBND to develop the city’s innovative startup ecosystem from 2021 to 2025.',
    'The plan aims to create an environment in which fast-growing businesses built on intellectual property, technology and new business models can be founded and grow.',
  ].join('\n'),
}

export const PROGRAMME_TASKS: { title: Localized; description: Localized }[] = [
  {
    title: {
      vi: 'Truyền thông khởi nghiệp đổi mới sáng tạo',
      en: 'Startup communications',
    },
    description: {
      vi: 'Tuyên truyền, phổ biến chính sách, cơ chế hỗ trợ và hoạt động khởi nghiệp đổi mới sáng tạo của thành phố và quốc gia; vận hành Cổng Thông tin hỗ trợ khởi nghiệp sáng tạo của thành phố là kênh thông tin chính thức, kết nối với mạng lưới khởi nghiệp quốc gia và quốc tế.',
      en: 'Publicise city and national startup policies, support mechanisms and activities; run the city startup portal as the official channel, linked to national and international startup networks.',
    },
  },
  {
    title: {
      vi: 'Phát triển hạ tầng, dịch vụ hỗ trợ hệ sinh thái',
      en: 'Infrastructure and support services',
    },
    description: {
      vi: 'Nâng cấp, mở rộng Trung tâm Hỗ trợ khởi nghiệp đổi mới sáng tạo của thành phố tại tầng 1, 4 và 5 trụ sở Sở Khoa học và Công nghệ, tiến tới xây dựng Khu hỗ trợ dịch vụ khởi nghiệp tập trung của thành phố.',
      en: 'Upgrade and extend the city startup support centre on floors 1, 4 and 5 of the Department of Science and Technology, on the way to a central startup services zone.',
    },
  },
]

export const LEAD_AGENCY = {
  name: {
    vi: 'Sở Khoa học và Công nghệ thành phố Hải Phòng',
    en: 'Hải Phòng Department of Science and Technology',
  },
  website: 'https://skhcn.haiphong.gov.vn',
}

const COMMUNICATIONS_ROLE: Localized = {
  vi: 'Phối hợp nhiệm vụ II.1: truyền thông khởi nghiệp đổi mới sáng tạo',
  en: 'Partner in task II.1: startup communications',
}

export const PARTNERS: { name: Localized; role: Localized; website: string }[] = [
  {
    name: {
      vi: 'Sở Thông tin và Truyền thông Hải Phòng',
      en: 'Hải Phòng Department of Information and Communications',
    },
    role: COMMUNICATIONS_ROLE,
    website: 'https://stttt.haiphong.gov.vn',
  },
  {
    name: { vi: 'Báo Hải Phòng', en: 'Hải Phòng Newspaper' },
    role: {
      vi: 'Phóng sự, chuyên mục, chuyên đề về khởi nghiệp đổi mới sáng tạo (nhiệm vụ II.1)',
      en: 'Reports, columns and special pages on innovative startups (task II.1)',
    },
    website: 'https://baohaiphong.vn',
  },
  {
    name: { vi: 'Báo An ninh Hải Phòng', en: 'Hải Phòng Security Newspaper' },
    role: {
      vi: 'Phóng sự, chuyên mục, chuyên đề về khởi nghiệp đổi mới sáng tạo (nhiệm vụ II.1)',
      en: 'Reports, columns and special pages on innovative startups (task II.1)',
    },
    website: 'https://anhp.vn',
  },
  {
    name: { vi: 'Đài Phát thanh và Truyền hình Hải Phòng', en: 'Hải Phòng Radio and Television' },
    role: {
      vi: 'Phóng sự, chuyên mục phát thanh và truyền hình về khởi nghiệp (nhiệm vụ II.1)',
      en: 'Radio and television reports and programmes on startups (task II.1)',
    },
    website: 'https://thhp.vn',
  },
]

export const PORTAL_LINKS: { label: Localized; url: string }[] = [
  {
    label: {
      vi: 'Cổng thông tin khởi nghiệp đổi mới sáng tạo quốc gia',
      en: 'National innovative startup portal',
    },
    url: 'https://startup.gov.vn',
  },
  {
    label: {
      vi: 'Cổng Thông tin điện tử thành phố Hải Phòng',
      en: 'Hải Phòng City e-portal',
    },
    url: 'https://haiphong.gov.vn',
  },
  {
    label: {
      vi: 'Cơ sở dữ liệu quốc gia về văn bản pháp luật',
      en: 'National database of legal documents',
    },
    url: 'https://vbpl.vn',
  },
]

/**
 * Sample contacts for the agency that runs the portal: the names are the placeholders Vietnamese
 * forms use (Nguyễn Văn A), the numbers and mailboxes are made up on the city's domain. The
 * admin field descriptions say they must be replaced.
 */
export const AGENCY_CONTACTS = {
  address: 'Trụ sở Sở Khoa học và Công nghệ, thành phố Hải Phòng',
  phone: '0225 3 000 000',
  email: 'khoinghiep.skhcn@haiphong.gov.vn',
  responsible: {
    name: 'Nguyễn Văn A',
    position: {
      vi: 'Phó Giám đốc Sở Khoa học và Công nghệ',
      en: 'Deputy Director of the Department',
    },
  },
  contactOfficer: {
    name: 'Trần Thị B',
    position: { vi: 'Chuyên viên Văn phòng Sở', en: 'Officer, Department Office' },
    phone: '0225 3 000 001',
    email: 'cungcapthongtin.skhcn@haiphong.gov.vn',
  },
}

/**
 * What the portal publishes (Law 104/2016/QH13 Art. 19(1), point by point): the list at
 * /thong-tin-cong-khai/. Only what the portal really carries; the department adds the rest.
 */
export const PUBLIC_INFORMATION: {
  title: Localized
  point: 'a' | 'b' | 'c' | 'dd' | 'g'
  frequency: 'on-issue' | 'continuous'
  location: string
  note?: Localized
}[] = [
  {
    title: {
      vi: 'Văn bản quy phạm pháp luật, văn bản chính sách về khởi nghiệp đổi mới sáng tạo',
      en: 'Legal documents and policies on innovative startups',
    },
    point: 'a',
    frequency: 'on-issue',
    location: '/van-ban/',
    note: {
      vi: 'Kèm thuộc tính, tình trạng hiệu lực, tệp đính kèm và liên kết tới nguồn chính thức.',
      en: 'With their metadata, legal status, files and a link to the official source.',
    },
  },
  {
    title: {
      vi: 'Thủ tục hành chính liên quan đến khởi nghiệp',
      en: 'Administrative procedures for startups',
    },
    point: 'a',
    frequency: 'on-issue',
    location: '/thu-tuc-hanh-chinh/',
  },
  {
    title: {
      vi: 'Tin tức phổ biến, hướng dẫn chính sách hỗ trợ khởi nghiệp',
      en: 'News explaining the support policies for startups',
    },
    point: 'b',
    frequency: 'continuous',
    location: '/tin-tuc/',
  },
  {
    title: {
      vi: 'Phóng sự, chuyên mục truyền thông về khởi nghiệp',
      en: 'Reports and programmes on startups',
    },
    point: 'b',
    frequency: 'continuous',
    location: '/phong-su/',
  },
  {
    title: {
      vi: 'Hỏi đáp: câu hỏi của người dân, doanh nghiệp và trả lời của Sở',
      en: 'Questions and answers: questions from the public and the department’s answers',
    },
    point: 'b',
    frequency: 'continuous',
    location: '/hoi-dap/',
    note: {
      vi: 'Công khai câu hỏi và trả lời sau khi trả lời; không công khai thư điện tử của người hỏi.',
      en: 'Each question is published with its answer; the asker’s e-mail never is.',
    },
  },
  {
    title: {
      vi: 'Dự thảo văn bản lấy ý kiến góp ý và báo cáo tiếp thu, giải trình',
      en: 'Draft documents open for comment, and the summary of the comments received',
    },
    point: 'a',
    frequency: 'on-issue',
    location: '/gop-y-du-thao/',
    note: {
      vi: 'Trong thời hạn lấy ý kiến; báo cáo tổng hợp đăng sau khi kết thúc.',
      en: 'While open for comment; the summary is published after it closes.',
    },
  },
  {
    title: {
      vi: 'Kế hoạch 281/KH-UBND: mục tiêu, nhiệm vụ của Chương trình',
      en: 'Plan 281/KH-UBND: the programme’s targets and tasks',
    },
    point: 'c',
    frequency: 'on-issue',
    location: '/gioi-thieu/',
  },
  {
    title: {
      vi: 'Kết quả thực hiện các chỉ tiêu của Kế hoạch 281/KH-UBND và dữ liệu mở',
      en: 'Results on the targets of plan 281/KH-UBND, and the open data',
    },
    point: 'c',
    frequency: 'continuous',
    location: '/ket-qua/',
    note: {
      vi: 'Số liệu trong bản trình diễn là dữ liệu minh họa.',
      en: 'The demo’s figures are illustrative data.',
    },
  },
  {
    title: {
      vi: 'Danh bạ hệ sinh thái khởi nghiệp (dự án được hỗ trợ, chuyên gia, tổ chức hỗ trợ) và dữ liệu mở của danh bạ',
      en: 'The startup ecosystem directory (supported projects, experts, support organisations) and its open data',
    },
    point: 'c',
    frequency: 'continuous',
    location: '/he-sinh-thai/',
    note: {
      vi: 'Chỉ các trường công khai; thông tin cá nhân chỉ khi người đó đồng ý. Dữ liệu mở tại /he-sinh-thai/du-lieu/.',
      en: 'Public fields only; personal data only with the person’s consent. Open data at /he-sinh-thai/du-lieu/.',
    },
  },
  {
    title: {
      vi: 'Sự kiện, hội thảo, cuộc thi của Chương trình',
      en: 'The programme’s events, workshops and competitions',
    },
    point: 'c',
    frequency: 'continuous',
    location: '/su-kien/',
  },
  {
    title: {
      vi: 'Chức năng, nhiệm vụ; địa chỉ liên hệ; đầu mối tiếp nhận yêu cầu cung cấp thông tin',
      en: 'Functions and tasks; contact details; the contact for information requests',
    },
    point: 'dd',
    frequency: 'on-issue',
    location: '/gioi-thieu/',
    note: { vi: 'Cập nhật khi có thay đổi.', en: 'Updated when they change.' },
  },
  {
    title: { vi: 'Danh mục thông tin công khai', en: 'This list' },
    point: 'g',
    frequency: 'on-issue',
    location: '/thong-tin-cong-khai/',
  },
]

const NATIONAL_PORTAL = 'https://dichvucong.gov.vn'
const CITY_PORTAL = 'https://dichvucong.haiphong.gov.vn'

/**
 * Procedures a startup meets, by name and the agency that handles them (no procedure codes: the
 * service portals are the reference). The links go to the portals' home pages until the
 * department links each procedure's own page.
 */
export const STARTUP_PROCEDURES: {
  name: Localized
  agency: Localized
  description: Localized
  nationalUrl?: string
  cityUrl?: string
}[] = [
  {
    name: { vi: 'Đăng ký thành lập doanh nghiệp', en: 'Registering a new business' },
    agency: {
      vi: 'Phòng Đăng ký kinh doanh, Sở Tài chính thành phố Hải Phòng',
      en: 'Business Registration Office, Hải Phòng Department of Finance',
    },
    description: {
      vi: 'Cho nhóm khởi nghiệp thành lập công ty; có thể nộp hồ sơ trực tuyến.',
      en: 'For a team founding a company; the application can be filed online.',
    },
    nationalUrl: NATIONAL_PORTAL,
    cityUrl: CITY_PORTAL,
  },
  {
    name: {
      vi: 'Cấp Giấy chứng nhận doanh nghiệp khoa học và công nghệ',
      en: 'Certification as a science and technology enterprise',
    },
    agency: {
      vi: 'Sở Khoa học và Công nghệ thành phố Hải Phòng',
      en: 'Hải Phòng Department of Science and Technology',
    },
    description: {
      vi: 'Cho doanh nghiệp có kết quả khoa học và công nghệ được thương mại hóa, để hưởng các ưu đãi theo quy định.',
      en: 'For a business commercialising science and technology results, to receive the incentives the law provides.',
    },
    nationalUrl: NATIONAL_PORTAL,
    cityUrl: CITY_PORTAL,
  },
  {
    name: {
      vi: 'Đăng ký hợp đồng chuyển giao công nghệ',
      en: 'Registering a technology transfer contract',
    },
    agency: {
      vi: 'Sở Khoa học và Công nghệ thành phố Hải Phòng',
      en: 'Hải Phòng Department of Science and Technology',
    },
    description: {
      vi: 'Khi doanh nghiệp nhận hoặc chuyển giao công nghệ thuộc diện phải đăng ký.',
      en: 'When a business receives or transfers a technology that must be registered.',
    },
    nationalUrl: NATIONAL_PORTAL,
    cityUrl: CITY_PORTAL,
  },
  {
    name: {
      vi: 'Đăng ký sáng chế, nhãn hiệu (sở hữu công nghiệp)',
      en: 'Filing a patent or trade mark application',
    },
    agency: {
      vi: 'Cục Sở hữu trí tuệ, Bộ Khoa học và Công nghệ',
      en: 'Intellectual Property Office, Ministry of Science and Technology',
    },
    description: {
      vi: 'Bảo hộ sản phẩm, công nghệ và thương hiệu của dự án khởi nghiệp.',
      en: 'Protecting a startup’s products, technology and brand.',
    },
    nationalUrl: NATIONAL_PORTAL,
  },
]

type Row = { id?: string | null }

/** Pairs rows saved in Vietnamese with their English text, keeping the row ids. */
const withIds = <T>(saved: Row[] | null | undefined, rows: T[]) =>
  rows.map((row, i) => ({ ...row, id: saved?.[i]?.id ?? undefined }))

/**
 * Fills the programme (and the agency's contacts), portal-links, public-information and
 * startup-procedures globals unless they already have content (an administrator's edits are
 * never overwritten). Counts each global as created or skipped.
 */
export async function seedGlobals(
  payload: Payload,
  log: (msg: string) => void,
): Promise<{ created: number; skipped: number }> {
  let created = 0
  let skipped = 0
  const common = { depth: 0, overrideAccess: true } as const

  const programme = await payload.findGlobal({ slug: 'programme', locale: 'vi', ...common })
  if (!programme.tasks?.length && !programme.leadAgency?.name) {
    const vi = await payload.updateGlobal({
      context: SEED_CONTEXT,
      slug: 'programme',
      locale: 'vi',
      ...common,
      data: {
        intro: PROGRAMME_INTRO.vi,
        tasks: PROGRAMME_TASKS.map((t) => ({ title: t.title.vi, description: t.description.vi })),
        leadAgency: { name: LEAD_AGENCY.name.vi, website: LEAD_AGENCY.website },
        partners: PARTNERS.map((p) => ({ name: p.name.vi, role: p.role.vi, website: p.website })),
      },
    })
    await payload.updateGlobal({
      context: SEED_CONTEXT,
      slug: 'programme',
      locale: 'en',
      ...common,
      data: {
        intro: PROGRAMME_INTRO.en,
        tasks: withIds(
          vi.tasks,
          PROGRAMME_TASKS.map((t) => ({ title: t.title.en, description: t.description.en })),
        ),
        leadAgency: { name: LEAD_AGENCY.name.en, website: LEAD_AGENCY.website },
        partners: withIds(
          vi.partners,
          PARTNERS.map((p) => ({ name: p.name.en, role: p.role.en, website: p.website })),
        ),
      },
    })
    created++
    log('+ global: programme')
  } else skipped++

  // A database seeded before the agency had people still gets the sample contacts.
  const lead = (await payload.findGlobal({ slug: 'programme', locale: 'vi', ...common })).leadAgency
  if (!lead?.responsible?.name && !lead?.contactOfficer?.name && !lead?.email) {
    const { responsible: r, contactOfficer: c } = AGENCY_CONTACTS
    for (const locale of ['vi', 'en'] as const) {
      const current = (await payload.findGlobal({ slug: 'programme', locale, ...common }))
        .leadAgency
      await payload.updateGlobal({
        context: SEED_CONTEXT,
        slug: 'programme',
        locale,
        ...common,
        data: {
          leadAgency: {
            ...current,
            address: AGENCY_CONTACTS.address,
            phone: AGENCY_CONTACTS.phone,
            email: AGENCY_CONTACTS.email,
            responsible: { name: r.name, position: r.position[locale] },
            contactOfficer: { ...c, position: c.position[locale] },
          },
        },
      })
    }
    created++
    log('+ global: programme (agency contacts)')
  } else skipped++

  const portalLinks = await payload.findGlobal({ slug: 'portal-links', locale: 'vi', ...common })
  if (!portalLinks.links?.length) {
    const vi = await payload.updateGlobal({
      context: SEED_CONTEXT,
      slug: 'portal-links',
      locale: 'vi',
      ...common,
      data: { links: PORTAL_LINKS.map((l) => ({ label: l.label.vi, url: l.url })) },
    })
    await payload.updateGlobal({
      context: SEED_CONTEXT,
      slug: 'portal-links',
      locale: 'en',
      ...common,
      data: {
        links: withIds(
          vi.links,
          PORTAL_LINKS.map((l) => ({ label: l.label.en, url: l.url })),
        ),
      },
    })
    created++
    log('+ global: portal-links')
  } else skipped++

  const information = await payload.findGlobal({
    slug: 'public-information',
    locale: 'vi',
    ...common,
  })
  if (!information.items?.length) {
    const row = (item: (typeof PUBLIC_INFORMATION)[number], locale: 'vi' | 'en') => ({
      title: item.title[locale],
      point: item.point,
      frequency: item.frequency,
      location: item.location,
      note: item.note?.[locale],
    })
    const vi = await payload.updateGlobal({
      context: SEED_CONTEXT,
      slug: 'public-information',
      locale: 'vi',
      ...common,
      data: { items: PUBLIC_INFORMATION.map((item) => row(item, 'vi')) },
    })
    await payload.updateGlobal({
      context: SEED_CONTEXT,
      slug: 'public-information',
      locale: 'en',
      ...common,
      data: {
        items: withIds(
          vi.items,
          PUBLIC_INFORMATION.map((item) => row(item, 'en')),
        ),
      },
    })
    created++
    log('+ global: public-information')
  } else skipped++

  const procedures = await payload.findGlobal({
    slug: 'startup-procedures',
    locale: 'vi',
    ...common,
  })
  if (!procedures.procedures?.length) {
    const row = (p: (typeof STARTUP_PROCEDURES)[number], locale: 'vi' | 'en') => ({
      name: p.name[locale],
      agency: p.agency[locale],
      description: p.description[locale],
      nationalUrl: p.nationalUrl,
      cityUrl: p.cityUrl,
    })
    const vi = await payload.updateGlobal({
      context: SEED_CONTEXT,
      slug: 'startup-procedures',
      locale: 'vi',
      ...common,
      data: { procedures: STARTUP_PROCEDURES.map((p) => row(p, 'vi')) },
    })
    await payload.updateGlobal({
      context: SEED_CONTEXT,
      slug: 'startup-procedures',
      locale: 'en',
      ...common,
      data: {
        procedures: withIds(
          vi.procedures,
          STARTUP_PROCEDURES.map((p) => row(p, 'en')),
        ),
      },
    })
    created++
    log('+ global: startup-procedures')
  } else skipped++
  return { created, skipped }
}
