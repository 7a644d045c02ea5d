import { bold, bulletList, heading, paragraph, richText } from '../lexical'
import { vnTime, vnTimeFromNow } from '../time'
import type { EventSeed } from '../types'

const DOST = 'so-khoa-hoc-va-cong-nghe-hai-phong'

const ORGANISER_DOST = {
  vi: 'Sở Khoa học và Công nghệ Hải Phòng',
  en: 'Hải Phòng Department of Science and Technology',
}

const mapSearch = (query: string) =>
  `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(query)}`

const DOST_VENUE_ADDRESS = 'Trụ sở Sở Khoa học và Công nghệ, thành phố Hải Phòng'
const DOST_MAP = mapSearch('Sở Khoa học và Công nghệ Hải Phòng')

/**
 * Events placed relative to `now` (the moment the seed runs), so a fresh demo always has
 * upcoming items, plus one dated in the past. Times are Hải Phòng local times.
 */
export function buildEvents(now: Date): EventSeed[] {
  const at = (days: number, clock: string) => vnTimeFromNow(now, days, clock)
  const announced = at(-3, '09:00')

  return [
    {
      slug: 'hoi-nghi-tong-ket-ke-hoach-281-giai-doan-2021-2025',
      status: 'published',
      publishedAt: announced,
      title:
        'Hội nghị tổng kết Kế hoạch phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo thành phố giai đoạn 2021 - 2025',
      summary:
        'Hội nghị đánh giá kết quả thực hiện Kế hoạch 281/KH-UBND sau 5 năm và thảo luận định hướng hỗ trợ khởi nghiệp đổi mới sáng tạo cho giai đoạn mới.',
      startsAt: at(7, '08:00'),
      endsAt: at(7, '11:30'),
      venue: {
        name: {
          vi: 'Hội trường Sở Khoa học và Công nghệ Hải Phòng',
          en: 'Hall of the Hải Phòng Department of Science and Technology',
        },
        address: DOST_VENUE_ADDRESS,
        mapUrl: DOST_MAP,
      },
      organiser: ORGANISER_DOST,
      registrationUrl: 'https://hub.example/dang-ky/hoi-nghi-tong-ket-ke-hoach-281',
      registrationDeadline: at(5, '17:00'),
      eventStatus: 'scheduled',
      body: richText(
        paragraph(
          'Sở Khoa học và Công nghệ – cơ quan chủ trì Kế hoạch 281/KH-UBND – tổ chức hội nghị tổng kết giai đoạn 2021 - 2025 với sự tham dự của các sở, ngành, cơ quan báo chí, trường đại học, trung tâm và câu lạc bộ khởi nghiệp.',
        ),
        heading('h2', 'Chương trình'),
        bulletList([
          [bold('08:00 – 08:30'), ' Đón đại biểu;'],
          [bold('08:30 – 09:30'), ' Báo cáo tổng kết thực hiện Kế hoạch giai đoạn 2021 - 2025;'],
          [bold('09:30 – 11:00'), ' Tham luận và thảo luận định hướng giai đoạn mới;'],
          [bold('11:00 – 11:30'), ' Kết luận hội nghị.'],
        ]),
        paragraph(
          'Đại biểu đăng ký tham dự trước hạn để Ban tổ chức chuẩn bị tài liệu. Kết quả chính thức sẽ được đăng trên cổng thông tin sau hội nghị.',
        ),
      ),
      outlet: DOST,
      topics: ['khoi-nghiep-doi-moi-sang-tao', 'chinh-sach-ho-tro'],
      cover: 'conference',
      related: [
        { collection: 'policy-notices', slug: 'ke-hoach-281-kh-ubnd-2020' },
        {
          collection: 'articles',
          slug: 'hai-phong-chuan-bi-tong-ket-5-nam-phat-trien-he-sinh-thai-khoi-nghiep',
        },
      ],
      en: {
        title: 'Review conference of the Hải Phòng innovative startup ecosystem plan, 2021–2025',
        summary:
          'The conference reviews five years of plan 281/KH-UBND and discusses how the city should support innovative startups in the next period.',
        body: richText(
          paragraph(
            'The Department of Science and Technology, which leads plan 281/KH-UBND, holds the review of the 2021–2025 period with city departments, the media, universities and startup centres and clubs.',
          ),
          bulletList([
            '08:00 – 08:30 Registration;',
            '08:30 – 09:30 Report on the 2021–2025 plan;',
            '09:30 – 11:00 Presentations and discussion of the next period;',
            '11:00 – 11:30 Conclusions.',
          ]),
          paragraph('The official results will be published on the portal after the conference.'),
        ),
      },
    },
    {
      slug: 'ngay-hoi-ket-noi-co-van-nha-dau-tu-voi-du-an-khoi-nghiep',
      status: 'published',
      publishedAt: announced,
      title: 'Ngày hội kết nối cố vấn, nhà đầu tư với dự án khởi nghiệp',
      summary:
        'Các nhóm khởi nghiệp trình bày dự án trước cố vấn và nhà đầu tư, nhận góp ý trực tiếp và đăng ký các buổi cố vấn tiếp theo tại Trung tâm Hỗ trợ khởi nghiệp sáng tạo thành phố.',
      startsAt: at(14, '13:30'),
      endsAt: at(14, '17:00'),
      venue: {
        name: {
          vi: 'Trung tâm Hỗ trợ khởi nghiệp sáng tạo thành phố (tầng 1)',
          en: 'City Startup Support Centre (ground floor)',
        },
        address: DOST_VENUE_ADDRESS,
        mapUrl: DOST_MAP,
      },
      organiser: ORGANISER_DOST,
      registrationUrl: 'https://hub.example/dang-ky/ngay-hoi-ket-noi-co-van-nha-dau-tu',
      registrationDeadline: at(11, '17:00'),
      eventStatus: 'scheduled',
      body: richText(
        paragraph(
          'Ngày hội là một hoạt động hướng tới mục tiêu xây dựng mạng lưới huấn luyện viên, cố vấn, chuyên gia, nhà đầu tư về khởi nghiệp đổi mới sáng tạo của thành phố.',
        ),
        heading('h2', 'Dành cho ai?'),
        bulletList([
          'Cá nhân, nhóm cá nhân có dự án khởi nghiệp;',
          'Doanh nghiệp khởi nghiệp hoạt động không quá 5 năm kể từ ngày được cấp Giấy chứng nhận đăng ký doanh nghiệp lần đầu;',
          'Cố vấn, chuyên gia, nhà đầu tư muốn tham gia mạng lưới của thành phố.',
        ]),
        paragraph(
          'Mỗi nhóm có 5 phút trình bày và 10 phút hỏi đáp. Hồ sơ gồm bản giới thiệu dự án tối đa 10 trang, gửi kèm khi đăng ký.',
        ),
      ),
      outlet: DOST,
      topics: ['co-van-nha-dau-tu', 'trung-tam-ho-tro-khoi-nghiep'],
      cover: 'mentors',
    },
    {
      slug: 'hoi-thao-truc-tuyen-chuan-bi-ho-so-goi-von',
      status: 'published',
      publishedAt: announced,
      title: 'Hội thảo trực tuyến: Chuẩn bị hồ sơ gọi vốn cho dự án khởi nghiệp giai đoạn đầu',
      summary:
        'Buổi hội thảo trực tuyến hướng dẫn nhóm khởi nghiệp chuẩn bị bản giới thiệu dự án, số liệu và kế hoạch sử dụng vốn trước khi gặp nhà đầu tư.',
      startsAt: at(30, '19:30'),
      endsAt: at(30, '21:00'),
      onlineUrl: 'https://hub.example/truc-tuyen/hoi-thao-goi-von',
      organiser: ORGANISER_DOST,
      registrationUrl: 'https://hub.example/dang-ky/hoi-thao-goi-von',
      registrationDeadline: at(30, '12:00'),
      eventStatus: 'scheduled',
      body: richText(
        paragraph(
          'Kế hoạch 281/KH-UBND đặt mục tiêu ít nhất 20% dự án được hỗ trợ trực tiếp gọi được vốn từ các nhà đầu tư. Hội thảo giúp các nhóm chuẩn bị tốt cho bước này.',
        ),
        heading('h2', 'Nội dung'),
        bulletList([
          'Cấu trúc một bản giới thiệu dự án (pitch deck);',
          'Những số liệu nhà đầu tư hỏi đầu tiên;',
          'Tài sản trí tuệ và thỏa thuận giữa các nhà sáng lập;',
          'Hỏi đáp trực tiếp.',
        ]),
        paragraph(
          'Hội thảo chỉ diễn ra trực tuyến. Đường dẫn tham dự được gửi qua thư điện tử sau khi đăng ký.',
        ),
      ),
      outlet: DOST,
      topics: ['co-van-nha-dau-tu', 'chuyen-doi-so'],
      cover: 'network',
    },
    {
      slug: 'vong-chung-ket-cuoc-thi-y-tuong-khoi-nghiep-sinh-vien-2025',
      status: 'published',
      publishedAt: vnTime('2025-04-01', '09:00'),
      title: 'Vòng chung kết cuộc thi ý tưởng khởi nghiệp sinh viên năm 2025',
      summary:
        'Các đội sinh viên vào chung kết trình bày ý tưởng khởi nghiệp trước hội đồng giám khảo gồm giảng viên, cố vấn và nhà đầu tư.',
      startsAt: vnTime('2025-04-19', '08:00'),
      endsAt: vnTime('2025-04-19', '16:30'),
      venue: {
        name: { vi: 'Trường Đại học Hàng hải Việt Nam', en: 'Vietnam Maritime University' },
        address: '484 Lạch Tray, thành phố Hải Phòng',
        mapUrl: mapSearch('Trường Đại học Hàng hải Việt Nam, 484 Lạch Tray, Hải Phòng'),
      },
      organiser: {
        vi: 'Sở Khoa học và Công nghệ Hải Phòng phối hợp với các trường đại học',
        en: 'Hải Phòng Department of Science and Technology with the city universities',
      },
      eventStatus: 'scheduled',
      body: richText(
        paragraph(
          'Cuộc thi nằm trong nhóm hoạt động phát huy sự vào cuộc của các trường đại học, cao đẳng theo Kế hoạch 281/KH-UBND.',
        ),
        heading('h2', 'Tiêu chí chấm'),
        bulletList([
          'Tính mới của ý tưởng và khả năng bảo hộ tài sản trí tuệ;',
          'Khả năng tăng trưởng và thị trường;',
          'Năng lực đội ngũ.',
        ]),
        paragraph(
          'Các đội xuất sắc được giới thiệu tới Trung tâm Hỗ trợ khởi nghiệp sáng tạo thành phố để tiếp tục được ươm tạo.',
        ),
      ),
      outlet: DOST,
      topics: ['khoi-nghiep-doi-moi-sang-tao', 'khong-gian-lam-viec-chung-uom-tao'],
      cover: 'laboratory',
    },
    {
      slug: 'khoa-huan-luyen-nang-cao-nang-luc-trung-tam-cau-lac-bo-khoi-nghiep',
      status: 'published',
      publishedAt: announced,
      title: 'Khóa huấn luyện nâng cao năng lực cho trung tâm, câu lạc bộ khởi nghiệp',
      summary:
        'Khóa huấn luyện một ngày cho cán bộ quản lý các trung tâm, câu lạc bộ khởi nghiệp đổi mới sáng tạo đã được hoãn; thời gian mới sẽ được thông báo sau.',
      startsAt: at(21, '08:30'),
      endsAt: at(21, '16:30'),
      venue: {
        name: { vi: 'Trường Đại học Hải Phòng', en: 'Hải Phòng University' },
        address: '171 Phan Đăng Lưu, thành phố Hải Phòng',
        mapUrl: mapSearch('Trường Đại học Hải Phòng, 171 Phan Đăng Lưu, Hải Phòng'),
      },
      organiser: ORGANISER_DOST,
      registrationUrl: 'https://hub.example/dang-ky/khoa-huan-luyen-trung-tam-cau-lac-bo',
      registrationDeadline: at(18, '17:00'),
      eventStatus: 'postponed',
      body: richText(
        paragraph(
          bold('Thông báo hoãn: '),
          'khóa huấn luyện được hoãn để điều chỉnh chương trình. Thời gian mới sẽ được thông báo trên cổng thông tin; các đơn vị đã đăng ký không cần đăng ký lại.',
        ),
        paragraph(
          'Khóa huấn luyện phục vụ mục tiêu phát triển, nâng cấp 5 đến 6 trung tâm, câu lạc bộ khởi nghiệp đổi mới sáng tạo theo hình thức xã hội hóa hoặc đối tác công tư của Kế hoạch 281/KH-UBND.',
        ),
      ),
      outlet: DOST,
      topics: ['trung-tam-ho-tro-khoi-nghiep'],
      cover: 'centre',
    },
    {
      slug: 'tham-quan-mo-hinh-khong-gian-lam-viec-chung-va-uom-tao',
      status: 'published',
      publishedAt: announced,
      title: 'Tham quan mô hình không gian làm việc chung và ươm tạo doanh nghiệp',
      summary:
        'Chuyến tham quan dành cho nhóm khởi nghiệp tìm hiểu cách vận hành khu làm việc chung và khu ươm tạo đã bị hủy.',
      startsAt: at(10, '07:30'),
      endsAt: at(10, '17:00'),
      venue: {
        name: {
          vi: 'Điểm tập trung: Trung tâm Hỗ trợ khởi nghiệp sáng tạo thành phố',
          en: 'Meeting point: City Startup Support Centre',
        },
        address: DOST_VENUE_ADDRESS,
        mapUrl: DOST_MAP,
      },
      organiser: ORGANISER_DOST,
      eventStatus: 'cancelled',
      body: richText(
        paragraph(
          bold('Thông báo hủy: '),
          'Ban tổ chức hủy chuyến tham quan do số lượng đăng ký chưa đủ. Các nhóm đã đăng ký sẽ được thông báo về hoạt động thay thế tại Trung tâm Hỗ trợ khởi nghiệp sáng tạo thành phố.',
        ),
      ),
      outlet: DOST,
      topics: ['khong-gian-lam-viec-chung-uom-tao'],
      cover: 'coworking',
    },
  ]
}
