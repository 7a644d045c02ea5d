import type { Payload } from 'payload'

import { SEED_CONTEXT } from '../context'

import type { Localized } from '../types'

/**
 * The about page and footer links, from plan 281/KH-UBND (reference/ke-hoach-281-KH-UBND-2020.txt):
 * section I.1 (targets for 2025), II.1–II.2 (tasks), II.1 (lead and cooperating agencies).
 * The lead agency's address, phone and e-mail are not in the plan: the administrator fills them.
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

export const PROGRAMME_TARGETS: { figure: string; label: Localized }[] = [
  {
    figure: '300',
    label: {
      vi: 'dự án khởi nghiệp đổi mới sáng tạo được hỗ trợ',
      en: 'innovative startup projects supported',
    },
  },
  {
    figure: '150–200',
    label: {
      vi: 'dự án khởi nghiệp sáng tạo được hỗ trợ cung cấp dịch vụ',
      en: 'startup projects given support services',
    },
  },
  {
    figure: '50',
    label: {
      vi: 'dự án được hỗ trợ trực tiếp, trong đó ít nhất 20% gọi được vốn từ các nhà đầu tư',
      en: 'projects supported directly, at least 20% of them raising capital from investors',
    },
  },
  {
    figure: '5–6',
    label: {
      vi: 'trung tâm, câu lạc bộ khởi nghiệp đổi mới sáng tạo được phát triển và nâng cấp theo hình thức xã hội hóa hoặc đối tác công tư',
      en: 'startup centres and clubs developed or upgraded through private or public–private partnership',
    },
  },
  {
    figure: '150–200',
    label: {
      vi: 'huấn luyện viên, cố vấn, chuyên gia, nhà đầu tư có uy tín trong và ngoài nước được thu hút',
      en: 'reputable coaches, mentors, experts and investors from Vietnam and abroad attracted',
    },
  },
  {
    figure: '1',
    label: {
      vi: 'Trung tâm hỗ trợ khởi nghiệp sáng tạo thành phố được nâng cấp, tiến tới khu hỗ trợ dịch vụ tập trung',
      en: 'city startup support centre upgraded, on the way to a central startup services zone',
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

type Row = { id?: string | null }

/** Pairs rows saved in Vietnamese with their English text, keeping the row ids. */
const withIds = <T>(saved: Row[] | null | undefined, rows: T[]) =>
  rows.map((row, i) => ({ ...row, id: saved?.[i]?.id ?? undefined }))

/**
 * Fills the programme and portal-links globals unless they already have content (an
 * administrator's edits are never overwritten). Counts each global as created or skipped.
 */
export async function seedGlobals(
  payload: Payload,
  log: (msg: string) => void,
): Promise<{ created: number; skipped: number }> {
  let created = 0
  let skipped = 0
  const common = { depth: 0, overrideAccess: true } as const

  const programme = await payload.findGlobal({ slug: 'programme', locale: 'vi', ...common })
  if (!programme.targets?.length && !programme.leadAgency?.name) {
    const vi = await payload.updateGlobal({
      context: SEED_CONTEXT,
      slug: 'programme',
      locale: 'vi',
      ...common,
      data: {
        intro: PROGRAMME_INTRO.vi,
        tasks: PROGRAMME_TASKS.map((t) => ({ title: t.title.vi, description: t.description.vi })),
        targets: PROGRAMME_TARGETS.map((t) => ({ figure: t.figure, label: t.label.vi })),
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
        targets: withIds(
          vi.targets,
          PROGRAMME_TARGETS.map((t) => ({ figure: t.figure, label: t.label.en })),
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
  return { created, skipped }
}
