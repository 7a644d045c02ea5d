import { vnTimeFromNow } from '../time'
import type { NoticeSeed, QuestionSeed } from '../types'

/**
 * Demo content of the public forms: two drafts put out for comment (one open now, one closed
 * with the department's summary), dated from the day of the seed so the open one stays open,
 * and published answers in the Q&A. The drafts and questions are illustrative, not real
 * documents of the city; the answers cite plan 281/KH-UBND, which is.
 */
export function buildConsultations(now: Date): NoticeSeed[] {
  const SKHCN = 'Sở Khoa học và Công nghệ Hải Phòng'
  return [
    {
      slug: 'du-thao-quy-che-ho-tro-khong-gian-lam-viec-chung',
      status: 'published',
      publishedAt: vnTimeFromNow(now, -5, '08:00'),
      title:
        'Dự thảo Quy chế hỗ trợ chi phí thuê không gian làm việc chung cho dự án khởi nghiệp đổi mới sáng tạo',
      documentNumber: '01/DT-SKHCN',
      documentType: 'other',
      issuingBody: SKHCN,
      field: 'science-technology',
      signer: { name: 'Sở Khoa học và Công nghệ Hải Phòng' },
      issueDate: vnTimeFromNow(now, -5, '00:00'),
      effectiveDate: vnTimeFromNow(now, -5, '00:00'),
      // A draft put out for comment is not law: never "in force".
      legalStatusOverride: 'not-yet-effective',
      abstract:
        'Dự thảo quy định đối tượng, mức và thủ tục hỗ trợ chi phí thuê chỗ làm việc tại các không gian làm việc chung cho dự án khởi nghiệp đổi mới sáng tạo trên địa bàn thành phố. Lấy ý kiến nhân dân, doanh nghiệp.',
      topics: ['chinh-sach-ho-tro', 'khong-gian-lam-viec-chung-uom-tao'],
      consultation: {
        opensAt: vnTimeFromNow(now, -5, '08:00'),
        closesAt: vnTimeFromNow(now, 25, '17:00'),
      },
    },
    {
      slug: 'du-thao-tieu-chi-xet-chon-du-an-khoi-nghiep',
      status: 'published',
      publishedAt: vnTimeFromNow(now, -60, '08:00'),
      title: 'Dự thảo Tiêu chí xét chọn dự án khởi nghiệp đổi mới sáng tạo được hỗ trợ năm 2027',
      documentNumber: '02/DT-SKHCN',
      documentType: 'other',
      issuingBody: SKHCN,
      field: 'science-technology',
      signer: { name: 'Sở Khoa học và Công nghệ Hải Phòng' },
      issueDate: vnTimeFromNow(now, -60, '00:00'),
      effectiveDate: vnTimeFromNow(now, -60, '00:00'),
      legalStatusOverride: 'not-yet-effective',
      abstract:
        'Dự thảo tiêu chí, thang điểm xét chọn dự án khởi nghiệp đổi mới sáng tạo được hỗ trợ từ ngân sách thành phố theo Kế hoạch 281/KH-UBND.',
      topics: ['chinh-sach-ho-tro', 'khoi-nghiep-doi-moi-sang-tao'],
      consultation: {
        opensAt: vnTimeFromNow(now, -60, '08:00'),
        closesAt: vnTimeFromNow(now, -30, '17:00'),
        summary: {
          vi: 'Sau 30 ngày lấy ý kiến, Sở nhận được 14 ý kiến góp ý (9 của doanh nghiệp, 5 của cá nhân).\n\nTiếp thu: bổ sung tiêu chí về tác động xã hội của dự án; giảm yêu cầu doanh thu tối thiểu với dự án dưới 2 năm tuổi.\n\nKhông tiếp thu: đề nghị bỏ yêu cầu có thành viên thường trú tại Hải Phòng, vì hỗ trợ từ ngân sách thành phố nhằm phát triển hệ sinh thái địa phương.',
          en: 'Over the 30-day comment period the Department received 14 comments (9 from businesses, 5 from individuals).\n\nTaken into account: a criterion on the project’s social impact was added; the minimum revenue requirement was lowered for projects under 2 years old.\n\nNot taken into account: the request to drop the requirement of a team member resident in Hải Phòng, since city funding is meant to grow the local ecosystem.',
        },
      },
      en: {
        title: 'Draft criteria for selecting innovative startup projects for support in 2027',
        abstract:
          'Draft criteria and scoring for selecting innovative startup projects funded by the city under plan 281/KH-UBND.',
      },
    },
  ]
}

export const QUESTIONS: QuestionSeed[] = [
  {
    key: 'ho-tro-thue-van-phong',
    topic: 'chinh-sach-ho-tro',
    language: 'vi',
    question:
      'Dự án khởi nghiệp của tôi mới thành lập 6 tháng, có được thành phố hỗ trợ chi phí thuê chỗ làm việc không?',
    answer:
      'Theo Kế hoạch 281/KH-UBND, thành phố hỗ trợ các dự án khởi nghiệp đổi mới sáng tạo tiếp cận cơ sở vật chất, trong đó có chỗ làm việc tại các không gian làm việc chung và cơ sở ươm tạo.\n\nBạn có thể đăng ký với Trung tâm hỗ trợ khởi nghiệp của Sở Khoa học và Công nghệ; mức và thủ tục hỗ trợ cụ thể đang được lấy ý kiến tại mục Góp ý dự thảo.',
    answeringUnit: 'Sở Khoa học và Công nghệ Hải Phòng',
    cites: ['ke-hoach-281-kh-ubnd-2020'],
    daysAgo: 12,
  },
  {
    key: 'dang-ky-su-kien-ket-noi',
    topic: 'co-van-nha-dau-tu',
    language: 'vi',
    question:
      'Làm thế nào để nhóm khởi nghiệp được giới thiệu gặp nhà đầu tư tại các sự kiện của thành phố?',
    answer:
      'Các sự kiện kết nối đầu tư được đăng tại mục Sự kiện của Cổng thông tin, kèm hạn và đường dẫn đăng ký. Nhóm khởi nghiệp gửi hồ sơ giới thiệu dự án theo hướng dẫn của từng sự kiện; ban tổ chức chọn dự án trình bày trước nhà đầu tư.',
    answeringUnit: 'Trung tâm hỗ trợ khởi nghiệp đổi mới sáng tạo Hải Phòng',
    cites: [],
    daysAgo: 5,
  },
  {
    key: 'english-mentoring',
    topic: 'co-van-nha-dau-tu',
    language: 'en',
    question:
      'Can foreign founders living in Hải Phòng join the city’s startup mentoring programme?',
    answer:
      'Yes. The mentoring activities under plan 281/KH-UBND are open to startup teams working in Hải Phòng, whatever the founders’ nationality. Register through the events listed on the portal.',
    answeringUnit: 'Hải Phòng Department of Science and Technology',
    cites: ['ke-hoach-281-kh-ubnd-2020'],
    daysAgo: 3,
  },
]
