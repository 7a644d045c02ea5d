import { bulletList, heading, paragraph, quote, richText } from '../lexical'
import { vnTime } from '../time'
import type { FeatureSeed } from '../types'

const THP = 'dai-phat-thanh-va-truyen-hinh-hai-phong'

/**
 * Reports, columns and special pages of the city media (plan 281, task II.1): television,
 * print and radio. The YouTube links are demo ids in YouTube's format; replace them with the
 * broadcaster's real uploads before going live.
 */
export const FEATURES: FeatureSeed[] = [
  {
    slug: 'phong-su-khoi-nghiep-doi-moi-sang-tao-tu-ke-hoach-den-hanh-dong',
    status: 'published',
    publishedAt: vnTime('2021-04-18', '08:00'),
    title: 'Phóng sự: Khởi nghiệp đổi mới sáng tạo – từ kế hoạch đến hành động',
    format: 'tv',
    programme: { vi: 'Chuyên mục Khoa học - Công nghệ', en: 'Science and Technology' },
    airDate: vnTime('2021-04-17', '20:00'),
    durationSeconds: 780,
    youtubeUrl: 'https://www.youtube.com/watch?v=hp281-tv-01',
    summary:
      'Phóng sự giới thiệu Kế hoạch phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo thành phố giai đoạn 2021 - 2025: mục tiêu đến năm 2025, đối tượng được hỗ trợ và hai nhiệm vụ đầu tiên về truyền thông và hạ tầng.',
    body: richText(
      paragraph(
        'Cuối năm 2020, UBND thành phố ban hành Kế hoạch 281/KH-UBND. Phóng sự đi tìm câu trả lời cho câu hỏi của nhiều người trẻ: Kế hoạch thay đổi điều gì với một nhóm khởi nghiệp ở Hải Phòng?',
      ),
      heading('h2', 'Trong phóng sự'),
      bulletList([
        'Các chỉ tiêu đến năm 2025: 300 dự án được hỗ trợ, 50 dự án được hỗ trợ trực tiếp, ít nhất 20% gọi được vốn;',
        'Trung tâm Hỗ trợ khởi nghiệp sáng tạo tại tầng 1, 4 và 5 trụ sở Sở Khoa học và Công nghệ;',
        'Vai trò của báo chí, Cổng Thông tin hỗ trợ khởi nghiệp sáng tạo và mạng xã hội.',
      ]),
      paragraph(
        'Phóng sự phát sóng trong Chuyên mục Khoa học - Công nghệ của Đài Phát thanh và Truyền hình Hải Phòng và được đăng lại trên cổng để bạn đọc xem bất cứ lúc nào.',
      ),
    ),
    transcript:
      'Hải Phòng – thành phố Cảng – đang chuẩn bị một hành trình mới: xây dựng hệ sinh thái khởi nghiệp đổi mới sáng tạo. Theo Kế hoạch 281 của UBND thành phố, đến năm 2025, 300 dự án khởi nghiệp sẽ được hỗ trợ. Trung tâm Hỗ trợ khởi nghiệp sáng tạo của thành phố sẽ được nâng cấp tại ba tầng trụ sở Sở Khoa học và Công nghệ, với khu làm việc chung, khu ươm tạo và khu thí nghiệm…',
    outlet: THP,
    topics: ['khoi-nghiep-doi-moi-sang-tao', 'truyen-thong-khoi-nghiep'],
    cover: 'harbour',
    en: {
      title: 'Report: Innovative startups – from plan to action',
      summary:
        'A television report on the city plan for the innovative startup ecosystem, 2021–2025: the 2025 targets, who can get support and the first two tasks, communications and infrastructure.',
      body: richText(
        paragraph(
          'At the end of 2020 the city People’s Committee issued plan 281/KH-UBND. The report asks what the plan changes for a startup team in Hải Phòng.',
        ),
        bulletList([
          'The 2025 targets: 300 projects supported, 50 supported directly, at least 20% of them raising capital;',
          'The startup support centre on floors 1, 4 and 5 of the Department of Science and Technology building;',
          'The role of the city media, the startup portal and social media.',
        ]),
      ),
    },
  },
  {
    slug: 'chuyen-de-khong-gian-lam-viec-chung-noi-y-tuong-tre-gap-nhau',
    status: 'published',
    publishedAt: vnTime('2022-05-20', '06:00'),
    title: 'Chuyên đề: Không gian làm việc chung – nơi ý tưởng trẻ gặp nhau',
    format: 'newspaper',
    programme: { vi: 'Chuyên đề Khởi nghiệp sáng tạo', en: 'Innovative startups special page' },
    editionDate: vnTime('2022-05-20'),
    page: '5',
    summary:
      'Trang chuyên đề về khu làm việc chung, khu làm việc riêng và khu ươm tạo – ba phân khu của Trung tâm Hỗ trợ khởi nghiệp sáng tạo thành phố theo Kế hoạch 281/KH-UBND.',
    body: richText(
      paragraph(
        'Một chiếc bàn, đường truyền Internet ổn định và những người cùng chí hướng ngồi cạnh – với nhóm khởi nghiệp mới hình thành, đó đôi khi là tất cả những gì cần để bắt đầu.',
      ),
      heading('h2', 'Ba không gian, ba giai đoạn'),
      bulletList([
        'Khu làm việc chung: cho nhóm đang thử nghiệm ý tưởng, chưa cần văn phòng riêng;',
        'Khu làm việc riêng: cho doanh nghiệp đã có đội ngũ ổn định;',
        'Khu ươm tạo doanh nghiệp: nơi dự án được hỗ trợ bài bản để trở thành doanh nghiệp.',
      ]),
      paragraph(
        'Kế hoạch 281/KH-UBND bố trí các khu này tại Trung tâm Hỗ trợ khởi nghiệp sáng tạo tập trung của thành phố, trên tầng 1, 4 và 5 trụ sở Sở Khoa học và Công nghệ, cùng hệ thống phòng họp và khu thí nghiệm khởi nghiệp sáng tạo.',
      ),
      paragraph(
        'Giá trị lớn nhất của không gian làm việc chung không nằm ở mặt bằng mà ở những cuộc gặp tình cờ: nhóm làm phần mềm gặp nhóm cần số hóa quy trình, nhà sáng lập gặp cố vấn ngay trong giờ nghỉ.',
      ),
    ),
    outlet: 'bao-hai-phong',
    topics: ['khong-gian-lam-viec-chung-uom-tao', 'trung-tam-ho-tro-khoi-nghiep'],
    cover: 'coworking',
  },
  {
    slug: 'toa-dam-phat-thanh-co-van-khoi-nghiep-nguoi-dan-duong',
    status: 'published',
    publishedAt: vnTime('2023-08-12', '09:00'),
    title: 'Tọa đàm phát thanh: Cố vấn khởi nghiệp – người dẫn đường',
    format: 'radio',
    programme: {
      vi: 'Chuyên mục Khởi nghiệp cùng thành phố Cảng',
      en: 'Startups in the Port City',
    },
    airDate: vnTime('2023-08-12', '06:30'),
    durationSeconds: 900,
    summary:
      'Tọa đàm về vai trò của huấn luyện viên, cố vấn, chuyên gia trong hệ sinh thái khởi nghiệp và mục tiêu thu hút 150 - 200 cố vấn, nhà đầu tư của Kế hoạch 281/KH-UBND.',
    body: richText(
      paragraph(
        'Một nhà sáng lập cần gì nhất ở người cố vấn? Tọa đàm trên sóng phát thanh tìm câu trả lời từ góc nhìn của người khởi nghiệp và của những người đồng hành.',
      ),
      heading('h2', 'Những nội dung chính'),
      bulletList([
        'Cố vấn khác nhà đầu tư ở điểm nào, và vì sao dự án cần cả hai;',
        'Chuẩn bị gì trước buổi gặp cố vấn đầu tiên;',
        'Mục tiêu thu hút 150 - 200 huấn luyện viên, cố vấn, chuyên gia, nhà đầu tư có uy tín trong và ngoài nước đến năm 2025.',
      ]),
      quote(
        'Phát huy tối đa sự vào cuộc của các cấp chính quyền, các trường Đại học, Cao đẳng, viện nghiên cứu, tổ chức kinh tế, xã hội, nghề nghiệp, chuyên gia, nhà đầu tư… (Kế hoạch 281/KH-UBND)',
      ),
    ),
    outlet: THP,
    topics: ['co-van-nha-dau-tu'],
    cover: 'mentors',
  },
  {
    slug: 'chuyen-de-tai-san-tri-tue-tam-khien-cua-doanh-nghiep-khoi-nghiep',
    status: 'published',
    publishedAt: vnTime('2024-06-14', '06:00'),
    title: 'Chuyên đề: Tài sản trí tuệ – “tấm khiên” của doanh nghiệp khởi nghiệp',
    format: 'newspaper',
    programme: { vi: 'Chuyên đề Kinh tế - Pháp luật', en: 'Economy and Law special page' },
    editionDate: vnTime('2024-06-14'),
    page: '7',
    summary:
      'Doanh nghiệp khởi nghiệp đổi mới sáng tạo tăng trưởng dựa trên tài sản trí tuệ, công nghệ và mô hình kinh doanh mới. Bảo vệ những tài sản đó là việc cần làm từ sớm.',
    body: richText(
      paragraph(
        'Kế hoạch 281/KH-UBND định nghĩa đối tượng hỗ trợ là doanh nghiệp có khả năng tăng trưởng nhanh dựa trên khai thác tài sản trí tuệ, công nghệ, mô hình kinh doanh mới. Nói cách khác, tài sản trí tuệ là “vốn” quan trọng nhất của một doanh nghiệp khởi nghiệp.',
      ),
      heading('h2', 'Những việc nên làm sớm'),
      bulletList([
        'Đăng ký nhãn hiệu trước khi ra mắt sản phẩm;',
        'Thỏa thuận bằng văn bản về quyền sở hữu kết quả giữa các thành viên sáng lập;',
        'Xem xét bảo hộ sáng chế, giải pháp hữu ích với giải pháp kỹ thuật mới;',
        'Bảo mật mã nguồn, dữ liệu và bí quyết kinh doanh.',
      ]),
      paragraph(
        'Với nhà đầu tư, một danh mục tài sản trí tuệ rõ ràng là dấu hiệu của đội ngũ nghiêm túc – góp phần vào mục tiêu ít nhất 20% dự án được hỗ trợ trực tiếp gọi được vốn mà Kế hoạch đặt ra.',
      ),
    ),
    outlet: 'bao-an-ninh-hai-phong',
    topics: ['khoi-nghiep-doi-moi-sang-tao', 'chinh-sach-ho-tro'],
    cover: 'laboratory',
  },
  {
    slug: 'phong-su-nhin-lai-5-nam-xay-dung-he-sinh-thai-khoi-nghiep',
    status: 'published',
    publishedAt: vnTime('2026-10-25', '08:00'),
    title: 'Phóng sự: Nhìn lại 5 năm xây dựng hệ sinh thái khởi nghiệp thành phố Cảng',
    format: 'tv',
    programme: { vi: 'Chuyên mục Khoa học - Công nghệ', en: 'Science and Technology' },
    airDate: vnTime('2026-10-24', '20:00'),
    durationSeconds: 1080,
    youtubeUrl: 'https://youtu.be/hp281-tv-05',
    summary:
      'Trước hội nghị tổng kết Kế hoạch 281/KH-UBND, phóng sự trở lại những địa điểm, những nhiệm vụ của giai đoạn 2021 - 2025: Trung tâm Hỗ trợ khởi nghiệp sáng tạo, các chuyên mục báo chí và mạng lưới cố vấn.',
    body: richText(
      paragraph(
        'Năm năm trước, Kế hoạch 281/KH-UBND đặt ra những mục tiêu cụ thể cho hệ sinh thái khởi nghiệp đổi mới sáng tạo của thành phố. Phóng sự trở lại với từng nhiệm vụ để đặt câu hỏi cho hội nghị tổng kết sắp tới.',
      ),
      heading('h2', 'Phóng sự đi qua'),
      bulletList([
        'Ba tầng của Trung tâm Hỗ trợ khởi nghiệp sáng tạo tại trụ sở Sở Khoa học và Công nghệ;',
        'Các chuyên mục, chuyên đề về khởi nghiệp trên báo chí và sóng phát thanh, truyền hình thành phố;',
        'Câu chuyện của những nhà sáng lập trẻ và người cố vấn đồng hành.',
      ]),
      paragraph(
        'Số liệu chính thức về kết quả thực hiện Kế hoạch sẽ được công bố tại hội nghị tổng kết do Sở Khoa học và Công nghệ tổ chức.',
      ),
    ),
    outlet: THP,
    topics: ['khoi-nghiep-doi-moi-sang-tao', 'truyen-thong-khoi-nghiep'],
    cover: 'skyline',
    related: [
      {
        collection: 'articles',
        slug: 'hai-phong-chuan-bi-tong-ket-5-nam-phat-trien-he-sinh-thai-khoi-nghiep',
      },
      {
        collection: 'features',
        slug: 'phong-su-khoi-nghiep-doi-moi-sang-tao-tu-ke-hoach-den-hanh-dong',
      },
    ],
  },
  {
    slug: 'diem-tin-khoi-nghiep-cuoi-nam',
    status: 'draft',
    title: 'Điểm tin khởi nghiệp cuối năm trên sóng phát thanh',
    format: 'radio',
    programme: {
      vi: 'Chuyên mục Khởi nghiệp cùng thành phố Cảng',
      en: 'Startups in the Port City',
    },
    durationSeconds: 600,
    summary:
      'Bản tin phát thanh điểm lại các sự kiện khởi nghiệp đổi mới sáng tạo sắp diễn ra trong tháng cuối năm.',
    body: richText(
      paragraph(
        'Điểm tin tổng hợp lịch hội nghị, hội thảo và ngày hội kết nối cố vấn, nhà đầu tư trong tháng cuối năm, cùng hạn đăng ký của từng sự kiện.',
      ),
    ),
    outlet: THP,
    topics: ['truyen-thong-khoi-nghiep'],
    cover: 'broadcast',
  },
]
