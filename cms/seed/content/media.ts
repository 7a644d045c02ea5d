import { buildSimplePdf } from '../pdf'
import type { DocumentSeed, MediaSeed } from '../types'

const CREDIT = 'Đồ họa minh họa: Cổng thông tin khởi nghiệp Hải Phòng'

/** Illustrations for covers. Alt text says what is drawn; captions say what it stands for. */
export const MEDIA: MediaSeed[] = [
  {
    key: 'harbour',
    illustration: 'harbour',
    filename: 'minh-hoa-cang-bien-hai-phong.jpg',
    alt: {
      vi: 'Tranh minh họa cảng biển lúc hoàng hôn: ba cần cẩu giàn, các chồng container nhiều màu và một tàu hàng trên mặt nước.',
      en: 'Illustration of a seaport at sunset: three gantry cranes, stacks of coloured containers and a cargo ship on the water.',
    },
    caption: {
      vi: 'Kinh tế cảng biển và logistics – thế mạnh để khởi nghiệp đổi mới sáng tạo của Hải Phòng tìm bài toán và khách hàng. Ảnh minh họa.',
      en: 'The port and logistics economy gives Hải Phòng startups real problems to solve and first customers. Illustration.',
    },
    credit: CREDIT,
  },
  {
    key: 'skyline',
    illustration: 'skyline',
    filename: 'minh-hoa-do-thi-ven-song.jpg',
    alt: {
      vi: 'Tranh minh họa đô thị ven sông về đêm: các tòa nhà sáng đèn và một cây cầu dây văng soi bóng xuống mặt nước.',
      en: 'Illustration of a riverside city at night: lit buildings and a cable-stayed bridge reflected in the water.',
    },
    caption: {
      vi: 'Thành phố Cảng hướng tới một hệ sinh thái khởi nghiệp năng động. Ảnh minh họa.',
      en: 'The port city is building a lively startup ecosystem. Illustration.',
    },
    credit: CREDIT,
  },
  {
    key: 'network',
    illustration: 'network',
    filename: 'minh-hoa-mang-luoi-khoi-nghiep.jpg',
    alt: {
      vi: 'Tranh minh họa mạng lưới: nhiều điểm sáng nối với nhau bằng các đường mảnh, ba điểm lớn màu đỏ, xanh ngọc và vàng ở trung tâm.',
      en: 'Network illustration: many small dots joined by thin lines around three large red, teal and yellow hubs.',
    },
    caption: {
      vi: 'Hệ sinh thái khởi nghiệp là mạng lưới kết nối nhà sáng lập, cơ quan quản lý, trường đại học, cố vấn và nhà đầu tư. Ảnh minh họa.',
      en: 'A startup ecosystem connects founders, public agencies, universities, mentors and investors. Illustration.',
    },
    credit: CREDIT,
  },
  {
    key: 'centre',
    illustration: 'centreBuilding',
    filename: 'minh-hoa-trung-tam-ho-tro-khoi-nghiep.jpg',
    alt: {
      vi: 'Tranh minh họa một tòa nhà sáu tầng, trong đó tầng 1, tầng 4 và tầng 5 được tô màu cam sáng, các tầng còn lại màu xám.',
      en: 'Illustration of a six-storey building with floors 1, 4 and 5 in bright orange and the other floors in grey.',
    },
    caption: {
      vi: 'Trung tâm Hỗ trợ khởi nghiệp sáng tạo của thành phố được bố trí tại tầng 1, 4 và 5 trụ sở Sở Khoa học và Công nghệ. Ảnh minh họa.',
      en: 'The city startup support centre occupies floors 1, 4 and 5 of the Department of Science and Technology building. Illustration.',
    },
    credit: CREDIT,
  },
  {
    key: 'coworking',
    illustration: 'coworking',
    filename: 'minh-hoa-khong-gian-lam-viec-chung.jpg',
    alt: {
      vi: 'Tranh minh họa nhìn từ trên xuống một không gian làm việc chung: sáu dãy bàn dài có máy tính xách tay, một bàn họp tròn màu cam và chậu cây xanh.',
      en: 'Top-down illustration of a co-working space: six long desks with laptops, a round orange meeting table and potted plants.',
    },
    caption: {
      vi: 'Khu làm việc chung dành cho các nhóm khởi nghiệp mới hình thành. Ảnh minh họa.',
      en: 'The co-working area is for newly formed startup teams. Illustration.',
    },
    credit: CREDIT,
  },
  {
    key: 'mentors',
    illustration: 'mentors',
    filename: 'minh-hoa-mang-luoi-co-van.jpg',
    alt: {
      vi: 'Tranh minh họa một biểu tượng người ở giữa vòng tròn đỏ, nối với mười biểu tượng người khác xếp thành vòng xung quanh.',
      en: 'Illustration of a person icon in a red circle, connected to ten other person icons arranged in a ring around it.',
    },
    caption: {
      vi: 'Kế hoạch 281/KH-UBND đặt mục tiêu thu hút 150 - 200 huấn luyện viên, cố vấn, chuyên gia, nhà đầu tư. Ảnh minh họa.',
      en: 'Plan 281/KH-UBND aims to attract 150 to 200 coaches, mentors, experts and investors. Illustration.',
    },
    credit: CREDIT,
  },
  {
    key: 'flamboyant',
    illustration: 'flamboyant',
    filename: 'minh-hoa-hoa-phuong-do.jpg',
    alt: {
      vi: 'Tranh minh họa cành phượng vĩ nở hoa đỏ cam trên nền trời xanh nhạt, cánh hoa rơi phía dưới.',
      en: 'Illustration of a flame-tree branch with red and orange blossoms against a pale blue sky, petals falling below.',
    },
    caption: {
      vi: 'Hoa phượng đỏ – biểu tượng của thành phố Cảng. Ảnh minh họa.',
      en: 'The red flame tree, symbol of the port city. Illustration.',
    },
    credit: CREDIT,
  },
  {
    key: 'laboratory',
    illustration: 'laboratory',
    filename: 'minh-hoa-khu-thi-nghiem-khoi-nghiep.jpg',
    alt: {
      vi: 'Tranh minh họa phòng thí nghiệm: bình tam giác chứa dung dịch nhiều màu, ống nghiệm, mô hình phân tử và bóng đèn phát sáng trên nền xanh dương.',
      en: 'Laboratory illustration: conical flasks with coloured liquids, test tubes, a molecule model and a glowing light bulb on blue.',
    },
    caption: {
      vi: 'Khu thí nghiệm khởi nghiệp sáng tạo giúp các nhóm thử nghiệm, hoàn thiện sản phẩm mẫu. Ảnh minh họa.',
      en: 'The startup laboratory lets teams test and refine prototypes. Illustration.',
    },
    credit: CREDIT,
  },
  {
    key: 'broadcast',
    illustration: 'broadcast',
    filename: 'minh-hoa-phat-thanh-truyen-hinh.jpg',
    alt: {
      vi: 'Tranh minh họa cột ăng-ten phát sóng với các vòng sóng màu vàng, bên trái là màn hình có biểu tượng phát video, bên phải là micro.',
      en: 'Illustration of a transmitter mast with yellow wave arcs, a screen with a play symbol on the left and a microphone on the right.',
    },
    caption: {
      vi: 'Phóng sự, chuyên mục phát thanh và truyền hình là một kênh tuyên truyền khởi nghiệp theo Kế hoạch 281/KH-UBND. Ảnh minh họa.',
      en: 'Radio and television reports are one of the communication channels of plan 281/KH-UBND. Illustration.',
    },
    credit: CREDIT,
  },
  {
    key: 'conference',
    illustration: 'conference',
    filename: 'minh-hoa-hoi-nghi-khoi-nghiep.jpg',
    alt: {
      vi: 'Tranh minh họa hội trường: sân khấu dưới ba luồng đèn chiếu, bàn chủ tọa và bục phát biểu, hàng ghế khán giả phía trước.',
      en: 'Illustration of a conference hall: a stage under three spotlights, a presiding table and lectern, rows of audience in front.',
    },
    caption: {
      vi: 'Hội nghị, hội thảo là dịp kết nối cộng đồng khởi nghiệp thành phố. Ảnh minh họa.',
      en: 'Conferences and workshops bring the city startup community together. Illustration.',
    },
    credit: CREDIT,
  },
]

/** The attachment of plan 281: a one-page cover sheet, not the signed original. */
export const DOCUMENTS: DocumentSeed[] = [
  {
    key: 'plan-281-cover',
    filename: 'ke-hoach-281-kh-ubnd-2020-trich-yeu.pdf',
    title: {
      vi: 'Kế hoạch 281/KH-UBND – trang trích yếu (PDF)',
      en: 'Plan 281/KH-UBND – summary sheet (PDF)',
    },
    pdf: () =>
      buildSimplePdf({
        title:
          'Kế hoạch 281/KH-UBND: Phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo thành phố Hải Phòng giai đoạn 2021-2025',
        author: 'Ủy ban nhân dân thành phố Hải Phòng',
        subject: 'Trang trích yếu do Cổng thông tin khởi nghiệp Hải Phòng tạo để tra cứu',
        created: new Date('2020-12-09T17:00:00.000Z'),
        lines: [
          { text: 'ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG', size: 12, bold: true },
          { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', size: 12, bold: true, gapBefore: 6 },
          { text: 'Độc lập - Tự do - Hạnh phúc', size: 11 },
          { text: 'Số: 281/KH-UBND', size: 11, gapBefore: 16 },
          { text: 'Hải Phòng, ngày 10 tháng 12 năm 2020', size: 11 },
          { text: 'KẾ HOẠCH', size: 18, bold: true, gapBefore: 28 },
          { text: 'Phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo', size: 13, bold: true },
          { text: 'thành phố Hải Phòng giai đoạn 2021 - 2025', size: 13, bold: true },
          { text: 'Loại văn bản: Kế hoạch. Lĩnh vực: Doanh nghiệp.', size: 11, gapBefore: 24 },
          { text: 'Ngày ban hành và ngày có hiệu lực: 10/12/2020.', size: 11 },
          { text: 'Người ký: KT. Chủ tịch, Phó Chủ tịch Lê Khắc Nam.', size: 11 },
          {
            text: 'Mục tiêu đến năm 2025: hỗ trợ 300 dự án khởi nghiệp đổi mới sáng tạo;',
            size: 11,
            gapBefore: 16,
          },
          { text: 'hỗ trợ trực tiếp 50 dự án, ít nhất 20% gọi được vốn từ nhà đầu tư;', size: 11 },
          {
            text: 'nâng cấp Trung tâm hỗ trợ khởi nghiệp sáng tạo thành phố; 5 - 6 trung tâm,',
            size: 11,
          },
          {
            text: 'câu lạc bộ khởi nghiệp; 150 - 200 huấn luyện viên, cố vấn, chuyên gia, nhà đầu tư.',
            size: 11,
          },
          {
            text: 'Trang trích yếu điện tử phục vụ tra cứu (chữ không dấu). Bản gốc có chữ ký',
            size: 9,
            gapBefore: 30,
          },
          { text: 'và con dấu do cơ quan ban hành lưu giữ.', size: 9 },
        ],
      }),
  },
]
