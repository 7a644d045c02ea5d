import type { OutletSeed, TopicSeed } from '../types'

/** The newsrooms and agencies named in plan 281/KH-UBND, task II.1. */
export const OUTLETS: OutletSeed[] = [
  {
    slug: 'bao-hai-phong',
    name: { vi: 'Báo Hải Phòng', en: 'Hải Phòng Newspaper' },
    shortName: 'Báo HP',
    kind: 'newspaper',
    website: 'https://baohaiphong.vn',
    description: {
      vi: 'Báo của thành phố Hải Phòng. Theo Kế hoạch 281/KH-UBND, Báo phối hợp xây dựng phóng sự, chuyên mục, chuyên đề về khởi nghiệp đổi mới sáng tạo.',
      en: 'The city newspaper of Hải Phòng. Under plan 281/KH-UBND it runs reports, columns and special pages on innovative startups.',
    },
  },
  {
    slug: 'bao-an-ninh-hai-phong',
    name: { vi: 'Báo An ninh Hải Phòng', en: 'Hải Phòng Security Newspaper' },
    shortName: 'ANHP',
    kind: 'newspaper',
    website: 'https://anhp.vn',
    description: {
      vi: 'Cơ quan báo chí phối hợp thực hiện nhiệm vụ truyền thông khởi nghiệp đổi mới sáng tạo theo Kế hoạch 281/KH-UBND.',
      en: 'A Hải Phòng newspaper that takes part in the startup communications task of plan 281/KH-UBND.',
    },
  },
  {
    slug: 'dai-phat-thanh-va-truyen-hinh-hai-phong',
    name: { vi: 'Đài Phát thanh và Truyền hình Hải Phòng', en: 'Hải Phòng Radio and Television' },
    shortName: 'THP',
    kind: 'broadcaster',
    website: 'https://thhp.vn',
    description: {
      vi: 'Đài phát thanh - truyền hình của thành phố; thực hiện phóng sự, chuyên mục phát thanh và truyền hình về khởi nghiệp đổi mới sáng tạo.',
      en: 'The city broadcaster; produces radio and television reports and programmes on innovative startups.',
    },
  },
  {
    slug: 'so-khoa-hoc-va-cong-nghe-hai-phong',
    name: {
      vi: 'Sở Khoa học và Công nghệ Hải Phòng',
      en: 'Hải Phòng Department of Science and Technology',
    },
    shortName: 'Sở KH&CN',
    kind: 'agency',
    website: 'https://skhcn.haiphong.gov.vn',
    managesDirectory: true,
    description: {
      vi: 'Cơ quan chủ trì Kế hoạch 281/KH-UBND. Trung tâm Hỗ trợ khởi nghiệp sáng tạo của thành phố đặt tại tầng 1, 4 và 5 trụ sở Sở.',
      en: 'The lead agency of plan 281/KH-UBND. The city startup support centre occupies floors 1, 4 and 5 of its building.',
    },
  },
  {
    slug: 'so-thong-tin-va-truyen-thong-hai-phong',
    name: {
      vi: 'Sở Thông tin và Truyền thông Hải Phòng',
      en: 'Hải Phòng Department of Information and Communications',
    },
    shortName: 'Sở TT&TT',
    kind: 'agency',
    website: 'https://stttt.haiphong.gov.vn',
    description: {
      vi: 'Cơ quan phối hợp nhiệm vụ truyền thông khởi nghiệp đổi mới sáng tạo theo Kế hoạch 281/KH-UBND.',
      en: 'Partner agency for the startup communications task of plan 281/KH-UBND.',
    },
  },
]

export const TOPICS: TopicSeed[] = [
  {
    slug: 'khoi-nghiep-doi-moi-sang-tao',
    name: { vi: 'Khởi nghiệp đổi mới sáng tạo', en: 'Innovative startups' },
    description: {
      vi: 'Dự án và doanh nghiệp có khả năng tăng trưởng nhanh dựa trên tài sản trí tuệ, công nghệ, mô hình kinh doanh mới.',
      en: 'Projects and companies able to grow fast on intellectual property, technology and new business models.',
    },
  },
  {
    slug: 'chinh-sach-ho-tro',
    name: { vi: 'Chính sách hỗ trợ', en: 'Support policies' },
    description: {
      vi: 'Văn bản, cơ chế và chương trình hỗ trợ khởi nghiệp của thành phố và Trung ương.',
      en: 'City and national documents, mechanisms and programmes that support startups.',
    },
  },
  {
    slug: 'trung-tam-ho-tro-khoi-nghiep',
    name: { vi: 'Trung tâm hỗ trợ khởi nghiệp', en: 'Startup support centre' },
    description: {
      vi: 'Trung tâm Hỗ trợ khởi nghiệp sáng tạo của thành phố và các trung tâm, câu lạc bộ khởi nghiệp.',
      en: 'The city startup support centre and the startup centres and clubs around it.',
    },
  },
  {
    slug: 'khong-gian-lam-viec-chung-uom-tao',
    name: { vi: 'Không gian làm việc chung & ươm tạo', en: 'Co-working & incubation' },
    description: {
      vi: 'Khu làm việc chung, khu làm việc riêng, khu ươm tạo doanh nghiệp và khu thí nghiệm khởi nghiệp.',
      en: 'Co-working space, private offices, incubation and the startup laboratory.',
    },
  },
  {
    slug: 'co-van-nha-dau-tu',
    name: { vi: 'Cố vấn & nhà đầu tư', en: 'Mentors & investors' },
    description: {
      vi: 'Huấn luyện viên, cố vấn, chuyên gia và nhà đầu tư đồng hành cùng dự án khởi nghiệp.',
      en: 'Coaches, mentors, experts and investors who work with startup teams.',
    },
  },
  {
    slug: 'truyen-thong-khoi-nghiep',
    name: { vi: 'Truyền thông khởi nghiệp', en: 'Startup communications' },
    description: {
      vi: 'Phóng sự, chuyên mục trên báo chí thành phố, Cổng Thông tin hỗ trợ khởi nghiệp sáng tạo và mạng xã hội.',
      en: 'Reports and columns in the city media, the startup portal and social media.',
    },
  },
  {
    slug: 'chuyen-doi-so',
    name: { vi: 'Chuyển đổi số', en: 'Digital transformation' },
    description: {
      vi: 'Ứng dụng công nghệ số trong kết nối, hỗ trợ và vận hành hệ sinh thái khởi nghiệp.',
      en: 'Digital tools for connecting, supporting and running the startup ecosystem.',
    },
  },
]
