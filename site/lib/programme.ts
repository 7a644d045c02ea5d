import type { Lang } from './i18n'

/**
 * The programme the portal serves, for the about page: plan 281/KH-UBND of 10 December 2020
 * (reference/ke-hoach-281-KH-UBND-2020.txt, section I.1 "Mục đích, yêu cầu" and II.1).
 * The CMS's `programme` global overrides the intro once filled; this text stays as the fallback.
 * The targets are not here: they are the current programme's, from the `programmes` collection
 * (the tracker's entry), so the about page and the tracker cannot disagree.
 */

export const PLAN_DOCUMENT_NUMBER = '281/KH-UBND'

interface Programme {
  intro: string[]
  whoHeading: string
  who: string[]
  mediaHeading: string
  media: string[]
  planLink: string
  tasksHeading: string
  contactsHeading: string
  partnersHeading: string
}

const vi: Programme = {
  intro: [
    'Ngày 10/12/2020, Ủy ban nhân dân thành phố Hải Phòng ban hành Kế hoạch 281/KH-UBND phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo thành phố giai đoạn 2021–2025.',
    'Kế hoạch nhằm tạo lập môi trường thuận lợi để thúc đẩy, hỗ trợ quá trình hình thành và phát triển loại hình doanh nghiệp có khả năng tăng trưởng nhanh dựa trên khai thác tài sản trí tuệ, công nghệ, mô hình kinh doanh mới.',
  ],
  whoHeading: 'Đối tượng hỗ trợ',
  who: [
    'Cá nhân, nhóm cá nhân có dự án khởi nghiệp; doanh nghiệp khởi nghiệp hoạt động không quá 5 năm kể từ ngày được cấp Giấy chứng nhận đăng ký doanh nghiệp lần đầu.',
    'Các tổ chức cung cấp dịch vụ, cơ sở vật chất - kỹ thuật, đầu tư, truyền thông cho khởi nghiệp đổi mới sáng tạo đang hoạt động hiệu quả.',
  ],
  mediaHeading: 'Truyền thông khởi nghiệp',
  media: [
    'Cổng thông tin này thực hiện nhiệm vụ II.1 của Kế hoạch: là kênh thông tin chính thức, cung cấp toàn diện hoạt động hỗ trợ khởi nghiệp của thành phố.',
    'Phóng sự, chuyên mục, chuyên đề được xây dựng cùng Báo Hải Phòng, Báo An ninh Hải Phòng, Đài Phát thanh và Truyền hình Hải Phòng và Cổng Thông tin điện tử thành phố; Sở Khoa học và Công nghệ chủ trì.',
  ],
  planLink: 'Xem toàn văn Kế hoạch 281/KH-UBND',
  tasksHeading: 'Chức năng, nhiệm vụ',
  contactsHeading: 'Cơ quan chủ trì',
  partnersHeading: 'Cơ quan phối hợp',
}

const en: Programme = {
  intro: [
    'On 10 December 2020 the Hải Phòng City People’s Committee issued plan 281/KH-UBND to develop the city’s innovative startup ecosystem from 2021 to 2025.',
    'The plan aims to create an environment in which fast-growing businesses built on intellectual property, technology and new business models can be founded and grow.',
  ],
  whoHeading: 'Who can get support',
  who: [
    'Individuals and teams with a startup project; startups no more than five years past their first business registration.',
    'Organisations that provide services, facilities, investment or media support to innovative startups and work effectively.',
  ],
  mediaHeading: 'Startup media',
  media: [
    'This portal carries out task II.1 of the plan: the official channel with complete information on the city’s support for startups.',
    'Features, columns and series are produced with Báo Hải Phòng, Báo An ninh Hải Phòng, Hải Phòng Radio and Television and the city’s e-portal, led by the Department of Science and Technology.',
  ],
  planLink: 'Read plan 281/KH-UBND',
  tasksHeading: 'Functions and tasks',
  contactsHeading: 'Lead agency',
  partnersHeading: 'Cooperating agencies',
}

export const programme = (lang: Lang): Programme => (lang === 'en' ? en : vi)
