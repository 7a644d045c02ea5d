import { bold, bulletList, heading, link, paragraph, quote, richText } from '../lexical'
import { vnTime } from '../time'
import type { ArticleSeed } from '../types'

const EDITOR_BHP = 'bientap.baohp@hub.example'
const EDITOR_ANHP = 'bientap.anhp@hub.example'
const CONTRIBUTOR_THP = 'ctv.thp@hub.example'
const CHIEF = 'bbt@hub.example'

/**
 * News and explainers about plan 281/KH-UBND, 2021–2026. Facts come from the plan itself;
 * nothing here reports results that have not been published (the 2026 pieces announce the
 * review instead of inventing its figures).
 */
export const ARTICLES: ArticleSeed[] = [
  {
    slug: 'hai-phong-ban-hanh-ke-hoach-phat-trien-he-sinh-thai-khoi-nghiep',
    status: 'published',
    publishedAt: vnTime('2021-01-08', '07:30'),
    title:
      'Hải Phòng ban hành kế hoạch phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo giai đoạn 2021-2025',
    sapo: 'UBND thành phố vừa ban hành Kế hoạch số 281/KH-UBND, đặt mục tiêu đến năm 2025 hỗ trợ 300 dự án khởi nghiệp đổi mới sáng tạo, nâng cấp Trung tâm hỗ trợ khởi nghiệp sáng tạo và thu hút 150 - 200 huấn luyện viên, cố vấn, nhà đầu tư có uy tín.',
    body: richText(
      paragraph(
        'Kế hoạch do Phó Chủ tịch UBND thành phố Lê Khắc Nam ký ngày 10/12/2020, căn cứ Nghị quyết số 08/2013/NQ-HĐND của HĐND thành phố về phát triển khoa học và công nghệ và Quyết định số 844/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Đề án Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo quốc gia đến năm 2025.',
      ),
      paragraph(
        'Mục đích của Kế hoạch là tạo lập môi trường thuận lợi để thúc đẩy, hỗ trợ quá trình hình thành và phát triển loại hình doanh nghiệp có khả năng tăng trưởng nhanh dựa trên khai thác tài sản trí tuệ, công nghệ, mô hình kinh doanh mới.',
      ),
      heading('h2', 'Những con số đến năm 2025'),
      bulletList([
        'Hỗ trợ 300 dự án khởi nghiệp đổi mới sáng tạo, trong đó cung cấp dịch vụ cho 150 - 200 dự án;',
        'Hỗ trợ trực tiếp 50 dự án, ít nhất 20% trong số đó gọi được vốn từ các nhà đầu tư;',
        'Nâng cấp Trung tâm hỗ trợ khởi nghiệp sáng tạo thành phố, tiến tới xây dựng khu hỗ trợ dịch vụ tập trung;',
        'Phát triển, nâng cấp 5 - 6 trung tâm, câu lạc bộ khởi nghiệp theo hình thức xã hội hóa hoặc đối tác công tư;',
        'Thu hút 150 - 200 huấn luyện viên, cố vấn, chuyên gia, nhà đầu tư có uy tín trong và ngoài nước.',
      ]),
      heading('h2', 'Ai được hỗ trợ?'),
      paragraph(
        'Đối tượng hỗ trợ là cá nhân, nhóm cá nhân có dự án khởi nghiệp và doanh nghiệp khởi nghiệp có thời gian hoạt động không quá 5 năm kể từ ngày được cấp Giấy chứng nhận đăng ký doanh nghiệp lần đầu. Các tổ chức cung cấp dịch vụ, cơ sở vật chất - kỹ thuật, đầu tư, truyền thông cho khởi nghiệp cũng thuộc diện hỗ trợ nếu đang hoạt động hiệu quả và đáp ứng tiêu chí về kinh nghiệm của người đứng đầu và quy trình hỗ trợ.',
      ),
      paragraph(
        'Sở Khoa học và Công nghệ là cơ quan chủ trì. Nhiệm vụ truyền thông được giao phối hợp cho Sở Thông tin và Truyền thông, Báo Hải Phòng, Báo An ninh Hải Phòng và Đài Phát thanh và Truyền hình Hải Phòng, thực hiện hằng năm từ 2021 đến 2025.',
      ),
    ),
    outlet: 'bao-hai-phong',
    authors: [EDITOR_BHP],
    topics: ['khoi-nghiep-doi-moi-sang-tao', 'chinh-sach-ho-tro'],
    cover: 'skyline',
    corrections: [
      {
        date: vnTime('2021-01-08', '15:20'),
        note: {
          vi: 'Bản đăng lúc 7 giờ 30 ghi ngày ký Kế hoạch là 12/12/2020. Ngày ban hành đúng là 10/12/2020. Tòa soạn xin lỗi bạn đọc.',
          en: 'The version published at 7:30 gave the signing date as 12 December 2020. The plan was issued on 10 December 2020. We apologise to our readers.',
        },
      },
    ],
    related: [
      { collection: 'policy-notices', slug: 'ke-hoach-281-kh-ubnd-2020' },
      {
        collection: 'articles',
        slug: 'trung-tam-ho-tro-khoi-nghiep-sang-tao-nam-phan-khu-tren-ba-tang',
      },
    ],
    en: {
      title: 'Hải Phòng adopts a plan to grow its innovative startup ecosystem, 2021–2025',
      sapo: 'The city People’s Committee has issued plan 281/KH-UBND: by 2025 it aims to support 300 innovative startup projects, upgrade the city startup support centre and attract 150 to 200 reputable coaches, mentors and investors.',
      body: richText(
        paragraph(
          'The plan was signed on 10 December 2020 by Vice Chairman Lê Khắc Nam. It builds on Resolution 08/2013/NQ-HĐND of the city People’s Council on science and technology and on Prime Minister’s Decision 844/QĐ-TTg approving the national programme to support the innovative startup ecosystem until 2025.',
        ),
        heading('h2', 'Targets for 2025'),
        bulletList([
          'Support 300 innovative startup projects, including services for 150–200 of them;',
          'Support 50 projects directly, with at least 20% raising capital from investors;',
          'Upgrade the city startup support centre towards a concentrated service zone;',
          'Develop or upgrade 5–6 startup centres and clubs;',
          'Attract 150–200 reputable coaches, mentors, experts and investors.',
        ]),
        paragraph(
          'Individuals, teams and startups no more than five years after their first business registration are eligible, as are organisations that provide services, facilities, investment or communications to startups and meet the plan’s criteria. The Department of Science and Technology leads the plan.',
        ),
      ),
    },
  },
  {
    slug: 'bao-chi-thanh-pho-vao-cuoc-tuyen-truyen-khoi-nghiep',
    status: 'published',
    publishedAt: vnTime('2021-03-22', '09:00'),
    title: 'Báo chí thành phố vào cuộc tuyên truyền khởi nghiệp đổi mới sáng tạo',
    sapo: 'Phóng sự, chuyên mục, chuyên đề về khởi nghiệp đổi mới sáng tạo sẽ xuất hiện đều đặn trên Báo Hải Phòng, Báo An ninh Hải Phòng, Đài Phát thanh và Truyền hình Hải Phòng và Cổng Thông tin điện tử thành phố trong suốt giai đoạn 2021 - 2025.',
    body: richText(
      paragraph(
        'Truyền thông là nhiệm vụ đầu tiên trong Kế hoạch phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo thành phố giai đoạn 2021 - 2025. Mục tiêu là tuyên truyền, phổ biến chính sách, cơ chế hỗ trợ và các hoạt động khởi nghiệp của thành phố và quốc gia tới từng cá nhân, nhóm cá nhân và doanh nghiệp khởi nghiệp trên địa bàn.',
      ),
      heading('h2', 'Ba nhóm việc'),
      bulletList([
        'Xây dựng phóng sự, chuyên mục, chuyên đề về hoạt động khởi nghiệp đổi mới sáng tạo trên các cơ quan báo chí và Cổng Thông tin điện tử thành phố;',
        'Nâng cấp, cập nhật và vận hành Cổng Thông tin hỗ trợ khởi nghiệp sáng tạo của thành phố như kênh thông tin chính thức;',
        'Xây dựng và phát triển các kênh truyền thông trên mạng xã hội.',
      ]),
      paragraph(
        'Sở Khoa học và Công nghệ chủ trì; Sở Thông tin và Truyền thông cùng ba cơ quan báo chí của thành phố phối hợp thực hiện hằng năm. Cách phân công này giúp thông tin về chính sách không chỉ nằm trên văn bản mà đến được với sinh viên, nhà sáng lập và doanh nghiệp nhỏ qua những kênh họ vẫn theo dõi hằng ngày.',
      ),
      paragraph(
        'Kế hoạch cũng đặt yêu cầu tăng cường kết nối trong cộng đồng khởi nghiệp sáng tạo: mỗi câu chuyện khởi nghiệp được đưa lên sóng, lên trang báo là một lời giới thiệu giữa nhà sáng lập với cố vấn, nhà đầu tư và khách hàng tiềm năng. Bạn đọc có thể theo dõi thông tin chính thức của thành phố tại ',
        link('Cổng Thông tin điện tử thành phố Hải Phòng', 'https://haiphong.gov.vn'),
        '.',
      ),
    ),
    outlet: 'so-thong-tin-va-truyen-thong-hai-phong',
    authors: [CHIEF],
    topics: ['truyen-thong-khoi-nghiep'],
    cover: 'broadcast',
  },
  {
    slug: 'cong-thong-tin-ho-tro-khoi-nghiep-sang-tao-mot-dau-moi',
    status: 'published',
    publishedAt: vnTime('2021-06-10', '10:15'),
    title:
      'Cổng Thông tin hỗ trợ khởi nghiệp sáng tạo: một đầu mối cho mọi thông tin khởi nghiệp của thành phố',
    sapo: 'Kế hoạch 281/KH-UBND yêu cầu nâng cấp Cổng Thông tin hỗ trợ khởi nghiệp sáng tạo của thành phố thành kênh thông tin chính thức, đồng thời là cầu nối trực tuyến với mạng lưới khởi nghiệp quốc gia và quốc tế.',
    body: richText(
      paragraph(
        'Trong nhóm nhiệm vụ truyền thông, Kế hoạch dành một nội dung riêng cho Cổng Thông tin hỗ trợ khởi nghiệp sáng tạo: tập trung nâng cấp, biên soạn, cập nhật, quản trị và vận hành để cổng là kênh thông tin chính thức, cung cấp toàn diện hoạt động hỗ trợ khởi nghiệp của thành phố.',
      ),
      heading('h2', 'Người dùng tìm thấy gì trên cổng?'),
      bulletList([
        'Văn bản, chính sách và cơ chế hỗ trợ khởi nghiệp của thành phố và Trung ương;',
        'Tin tức, phóng sự của các cơ quan báo chí thành phố về cộng đồng khởi nghiệp;',
        'Lịch sự kiện, hội thảo, khóa huấn luyện và cuộc thi, kèm hạn đăng ký;',
        'Thông tin về Trung tâm Hỗ trợ khởi nghiệp sáng tạo và các dịch vụ hỗ trợ.',
      ]),
      paragraph(
        'Cổng còn là kênh kết nối trực tuyến với mạng lưới khởi nghiệp quốc gia và quốc tế – điều đặc biệt có ý nghĩa với những nhóm khởi nghiệp cần tìm đối tác, nhà đầu tư ngoài thành phố.',
      ),
      paragraph(
        'Để cổng thực sự là đầu mối, thông tin phải được cập nhật thường xuyên và thống nhất với các kênh báo chí, mạng xã hội của thành phố. Đó cũng là lý do Kế hoạch đặt việc biên soạn, quản trị nội dung ngang hàng với nâng cấp kỹ thuật.',
      ),
    ),
    outlet: 'so-khoa-hoc-va-cong-nghe-hai-phong',
    authors: [CHIEF, EDITOR_BHP],
    topics: ['truyen-thong-khoi-nghiep', 'chuyen-doi-so'],
    cover: 'network',
  },
  {
    slug: 'trung-tam-ho-tro-khoi-nghiep-sang-tao-nam-phan-khu-tren-ba-tang',
    status: 'published',
    publishedAt: vnTime('2022-04-18', '08:45'),
    title: 'Trung tâm Hỗ trợ khởi nghiệp sáng tạo thành phố: năm phân khu trên ba tầng',
    sapo: 'Theo Kế hoạch 281/KH-UBND, Trung tâm Hỗ trợ khởi nghiệp sáng tạo tập trung của thành phố được đầu tư, nâng cấp, mở rộng tại tầng 1, 4 và 5 trụ sở Sở Khoa học và Công nghệ, với khu làm việc chung, khu làm việc riêng, khu ươm tạo, phòng họp và khu thí nghiệm.',
    body: richText(
      paragraph(
        'Phát triển hạ tầng, dịch vụ hỗ trợ là nhiệm vụ thứ hai của Kế hoạch. Mục tiêu là nâng cấp, mở rộng Trung tâm trên cơ sở hạ tầng sẵn có, tiến tới xây dựng Khu hỗ trợ dịch vụ khởi nghiệp tập trung của thành phố với đầy đủ các khu chức năng theo Chỉ thị 09/CT-UBND ngày 16/3/2020 của UBND thành phố.',
      ),
      heading('h2', 'Các phân khu chức năng'),
      bulletList([
        [bold('Khu làm việc chung'), ' cho các nhóm khởi nghiệp mới hình thành;'],
        [bold('Khu làm việc riêng'), ' cho doanh nghiệp đã có đội ngũ ổn định;'],
        [bold('Khu ươm tạo doanh nghiệp'), ';'],
        [bold('Hệ thống phòng họp'), ' phục vụ gặp gỡ nhà đầu tư, cố vấn và khách hàng;'],
        [bold('Khu thí nghiệm khởi nghiệp sáng tạo'), ' để thử nghiệm sản phẩm mẫu.'],
      ]),
      paragraph(
        'Cùng với sửa chữa, mở rộng mặt bằng, Kế hoạch yêu cầu đầu tư trang thiết bị và nâng cao năng lực quản lý, vận hành Trung tâm – yếu tố quyết định để cơ sở vật chất trở thành dịch vụ thực sự cho người khởi nghiệp.',
      ),
      heading('h3', 'Tiến tới khu hỗ trợ dịch vụ tập trung'),
      paragraph(
        'Tận dụng ba tầng trong trụ sở sẵn có là bước đi tiết kiệm, cho phép thành phố đưa Trung tâm vào phục vụ sớm trong khi chuẩn bị cho mục tiêu dài hơn: một khu hỗ trợ dịch vụ khởi nghiệp tập trung với đầy đủ chức năng.',
      ),
    ),
    outlet: 'bao-hai-phong',
    authors: [EDITOR_BHP],
    topics: ['trung-tam-ho-tro-khoi-nghiep', 'khong-gian-lam-viec-chung-uom-tao'],
    cover: 'centre',
    related: [
      { collection: 'events', slug: 'ngay-hoi-ket-noi-co-van-nha-dau-tu-voi-du-an-khoi-nghiep' },
    ],
  },
  {
    slug: 'doanh-nghiep-khoi-nghiep-duoi-5-nam-tuoi-duoc-ho-tro-nhung-gi',
    status: 'published',
    publishedAt: vnTime('2022-09-05', '14:00'),
    title: 'Doanh nghiệp khởi nghiệp dưới 5 năm tuổi được hỗ trợ những gì?',
    sapo: 'Kế hoạch phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo của Hải Phòng xác định rõ đối tượng được hỗ trợ: từ nhóm cá nhân có ý tưởng đến doanh nghiệp chưa quá 5 năm tuổi và các tổ chức cung cấp dịch vụ cho khởi nghiệp.',
    body: richText(
      paragraph(
        'Không phải mọi doanh nghiệp mới thành lập đều là đối tượng của Kế hoạch 281/KH-UBND. Văn bản nhắm tới những dự án, doanh nghiệp có khả năng tăng trưởng nhanh dựa trên khai thác tài sản trí tuệ, công nghệ, mô hình kinh doanh mới.',
      ),
      heading('h2', 'Hai nhóm đối tượng'),
      bulletList([
        'Cá nhân, nhóm cá nhân có dự án khởi nghiệp; doanh nghiệp khởi nghiệp có thời gian hoạt động không quá 5 năm kể từ ngày được cấp Giấy chứng nhận đăng ký doanh nghiệp lần đầu;',
        'Tổ chức cung cấp dịch vụ, cơ sở vật chất - kỹ thuật, đầu tư, truyền thông cho khởi nghiệp đổi mới sáng tạo đang hoạt động hiệu quả.',
      ]),
      heading('h2', 'Tiêu chí với tổ chức hỗ trợ'),
      paragraph(
        'Người đứng đầu tổ chức phải có ít nhất 01 năm kinh nghiệm tư vấn đầu tư, tài chính và hỗ trợ phát triển doanh nghiệp. Tổ chức phải có quy trình hỗ trợ khởi nghiệp phù hợp chức năng, nhiệm vụ và có thỏa thuận hợp tác với tổ chức, cá nhân trong và ngoài nước về đầu tư, đào tạo, huấn luyện, tư vấn.',
      ),
      paragraph(
        'Mốc 5 năm được tính từ ngày cấp Giấy chứng nhận đăng ký doanh nghiệp lần đầu, vì vậy doanh nghiệp nên kiểm tra ngày cấp trên giấy chứng nhận trước khi chuẩn bị hồ sơ.',
      ),
      paragraph(
        'Vì tiêu chí cốt lõi là tăng trưởng dựa trên tài sản trí tuệ, các nhóm khởi nghiệp nên sớm quan tâm đăng ký bảo hộ nhãn hiệu, sáng chế, giải pháp hữu ích – vừa để bảo vệ thành quả, vừa là bằng chứng thuyết phục khi làm việc với nhà đầu tư.',
      ),
    ),
    outlet: 'bao-an-ninh-hai-phong',
    authors: [EDITOR_ANHP],
    topics: ['chinh-sach-ho-tro', 'khoi-nghiep-doi-moi-sang-tao'],
    cover: 'harbour',
  },
  {
    slug: 'mang-luoi-150-200-co-van-nha-dau-tu',
    status: 'published',
    publishedAt: vnTime('2023-05-12', '08:00'),
    title: 'Mạng lưới 150 - 200 cố vấn, nhà đầu tư: mảnh ghép then chốt của hệ sinh thái',
    sapo: 'Thu hút từ 150 đến 200 huấn luyện viên, cố vấn, chuyên gia, nhà đầu tư có uy tín trong và ngoài nước là một trong những mục tiêu của Kế hoạch 281/KH-UBND. Với nhiều nhóm khởi nghiệp, một người cố vấn phù hợp có giá trị không kém khoản vốn đầu tiên.',
    body: richText(
      paragraph(
        'Ở giai đoạn đầu, nhà sáng lập thường thiếu kinh nghiệm quản trị, pháp lý, tài chính và hiểu biết thị trường. Đó là khoảng trống mà huấn luyện viên, cố vấn và chuyên gia có thể lấp đầy, trước khi nhà đầu tư bước vào.',
      ),
      heading('h2', 'Các mục tiêu đi cùng nhau'),
      paragraph(
        'Mục tiêu về mạng lưới cố vấn gắn chặt với các chỉ tiêu khác của Kế hoạch: hỗ trợ trực tiếp 50 dự án khởi nghiệp đổi mới sáng tạo, trong đó ít nhất 20% gọi được vốn từ các nhà đầu tư. Muốn gọi được vốn, dự án cần được chuẩn bị kỹ về mô hình kinh doanh, số liệu và đội ngũ – những việc cố vấn giàu kinh nghiệm có thể đồng hành.',
      ),
      quote(
        'Các doanh nghiệp khởi nghiệp đổi mới sáng tạo phải là động lực nâng cao sức cạnh tranh và tính tự chủ của nền kinh tế thành phố. (Kế hoạch 281/KH-UBND)',
      ),
      heading('h2', 'Huy động trường đại học, viện nghiên cứu'),
      paragraph(
        'Kế hoạch đề cao sự vào cuộc của các trường đại học, cao đẳng, viện nghiên cứu, tổ chức kinh tế, xã hội, nghề nghiệp, chuyên gia và nhà đầu tư. Đây cũng là nguồn cố vấn tự nhiên: giảng viên, nhà khoa học có chuyên môn sâu, doanh nhân có mạng lưới thị trường.',
      ),
      paragraph(
        'Hệ thống phòng họp tại Trung tâm Hỗ trợ khởi nghiệp sáng tạo của thành phố được quy hoạch cho chính những cuộc gặp này: nhà sáng lập trình bày dự án, cố vấn góp ý, nhà đầu tư đặt câu hỏi.',
      ),
    ),
    outlet: 'bao-hai-phong',
    authors: [EDITOR_BHP, CHIEF],
    topics: ['co-van-nha-dau-tu', 'khoi-nghiep-doi-moi-sang-tao'],
    cover: 'mentors',
  },
  {
    slug: 'khoi-nghiep-len-song-mang-xa-hoi',
    status: 'published',
    publishedAt: vnTime('2024-03-08', '11:30'),
    title: 'Khởi nghiệp lên sóng mạng xã hội: kênh mới để câu chuyện thành phố Cảng lan tỏa',
    sapo: 'Bên cạnh báo in, phát thanh, truyền hình và cổng thông tin, Kế hoạch 281/KH-UBND giao nhiệm vụ xây dựng và phát triển các kênh truyền thông trên mạng xã hội cho hoạt động khởi nghiệp đổi mới sáng tạo.',
    body: richText(
      paragraph(
        'Người trẻ – lực lượng đông đảo nhất của phong trào khởi nghiệp – tiếp nhận thông tin chủ yếu qua điện thoại và mạng xã hội. Vì vậy, bên cạnh phóng sự, chuyên mục trên báo chí thành phố, Kế hoạch yêu cầu xây dựng và phát triển các kênh truyền thông trên mạng xã hội.',
      ),
      heading('h2', 'Một kênh chính thống nên làm gì?'),
      bulletList([
        'Đăng lại có chọn lọc phóng sự, bài viết của các cơ quan báo chí thành phố và dẫn về bản gốc;',
        'Thông báo sớm lịch sự kiện, hạn đăng ký cuộc thi và khóa huấn luyện;',
        'Giới thiệu chân dung nhà sáng lập, cố vấn trong mạng lưới;',
        'Dẫn người đọc về Cổng Thông tin hỗ trợ khởi nghiệp sáng tạo – nơi lưu giữ thông tin chính thức.',
      ]),
      paragraph(
        'Mạng xã hội không thay thế cổng thông tin: theo Kế hoạch, cổng vẫn là kênh thông tin chính thức. Mạng xã hội giúp thông tin đến nhanh hơn và rộng hơn, còn cổng bảo đảm tính đầy đủ, chính xác.',
      ),
      paragraph(
        'Với phóng sự truyền hình, trích đoạn ngắn trên mạng xã hội có thể kéo người xem trở lại chương trình đầy đủ – một cách để mỗi phóng sự về khởi nghiệp có đời sống dài hơn một lần phát sóng.',
      ),
    ),
    outlet: 'dai-phat-thanh-va-truyen-hinh-hai-phong',
    authors: [CONTRIBUTOR_THP],
    topics: ['truyen-thong-khoi-nghiep', 'chuyen-doi-so'],
    cover: 'broadcast',
  },
  {
    slug: 'truong-dai-hoc-vien-nghien-cuu-be-do-cho-du-an-khoi-nghiep',
    status: 'published',
    publishedAt: vnTime('2024-10-21', '09:30'),
    title: 'Trường đại học và viện nghiên cứu: bệ đỡ cho dự án khởi nghiệp từ phòng thí nghiệm',
    sapo: 'Kế hoạch 281/KH-UBND yêu cầu phát huy tối đa sự vào cuộc của các trường đại học, cao đẳng và viện nghiên cứu. Khu thí nghiệm khởi nghiệp sáng tạo tại Trung tâm Hỗ trợ khởi nghiệp là nơi ý tưởng từ giảng đường có thể thành sản phẩm mẫu.',
    body: richText(
      paragraph(
        'Nhiều ý tưởng khởi nghiệp dựa trên công nghệ ra đời từ đề tài nghiên cứu, đồ án tốt nghiệp hay câu lạc bộ sinh viên. Khoảng cách từ ý tưởng đến sản phẩm thường nằm ở điều kiện thử nghiệm, kinh phí làm mẫu và hiểu biết về thị trường.',
      ),
      heading('h2', 'Từ ý tưởng đến sản phẩm mẫu'),
      bulletList([
        'Khu thí nghiệm khởi nghiệp sáng tạo để thử nghiệm, hoàn thiện sản phẩm mẫu;',
        'Khu ươm tạo để nhóm nghiên cứu từng bước trở thành doanh nghiệp;',
        'Mạng lưới cố vấn, chuyên gia hỗ trợ về sở hữu trí tuệ, gọi vốn và thương mại hóa.',
      ]),
      paragraph(
        'Với các trường, tham gia hệ sinh thái không chỉ là gửi sinh viên dự thi. Kế hoạch đặt mục tiêu phát triển, nâng cấp 5 đến 6 trung tâm, câu lạc bộ khởi nghiệp đổi mới sáng tạo theo hình thức xã hội hóa hoặc đối tác công tư – mô hình mà các trường có thể tham gia.',
      ),
      paragraph(
        'Thế mạnh kinh tế biển, cảng biển và logistics của Hải Phòng mở ra nhiều bài toán thực tế cho nhóm nghiên cứu, từ quản lý chuỗi cung ứng, tự động hóa kho bãi đến theo dõi môi trường biển. Đây là nơi các nhóm khởi nghiệp từ trường đại học có thể tìm khách hàng đầu tiên ngay tại thành phố.',
      ),
    ),
    outlet: 'so-khoa-hoc-va-cong-nghe-hai-phong',
    authors: [CHIEF],
    topics: ['khong-gian-lam-viec-chung-uom-tao', 'khoi-nghiep-doi-moi-sang-tao'],
    cover: 'laboratory',
  },
  {
    slug: 'nam-cuoi-thuc-hien-ke-hoach-281-soat-lai-tung-muc-tieu',
    status: 'published',
    publishedAt: vnTime('2025-06-16', '07:00'),
    title: 'Năm cuối thực hiện Kế hoạch 281: soát lại từng mục tiêu đến năm 2025',
    sapo: 'Năm 2025 là năm cuối của Kế hoạch phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo thành phố giai đoạn 2021 - 2025. Trước khi tổng kết, cần nhắc lại những chỉ tiêu thành phố đặt ra từ cuối năm 2020.',
    body: richText(
      paragraph(
        'Kế hoạch 281/KH-UBND không chỉ nêu định hướng mà đặt ra các chỉ tiêu định lượng, giúp việc đánh giá khi kết thúc giai đoạn có căn cứ rõ ràng.',
      ),
      heading('h2', 'Bảng kiểm các mục tiêu'),
      bulletList([
        '300 dự án khởi nghiệp đổi mới sáng tạo được hỗ trợ;',
        '150 - 200 dự án được hỗ trợ cung cấp dịch vụ;',
        '50 dự án được hỗ trợ trực tiếp, trong đó ít nhất 20% gọi được vốn từ nhà đầu tư;',
        'Trung tâm hỗ trợ khởi nghiệp sáng tạo thành phố được nâng cấp, tiến tới khu hỗ trợ dịch vụ tập trung;',
        '5 - 6 trung tâm, câu lạc bộ khởi nghiệp được phát triển, nâng cấp theo hình thức xã hội hóa hoặc đối tác công tư;',
        '150 - 200 huấn luyện viên, cố vấn, chuyên gia, nhà đầu tư có uy tín được thu hút.',
      ]),
      paragraph(
        'Số liệu thực hiện từng chỉ tiêu sẽ được cơ quan chủ trì là Sở Khoa học và Công nghệ tổng hợp, báo cáo UBND thành phố khi tổng kết giai đoạn. Cổng thông tin sẽ đăng kết quả chính thức ngay khi được công bố.',
      ),
      heading('h2', 'Câu hỏi cho giai đoạn tiếp theo'),
      paragraph(
        'Bên cạnh con số, điều đáng quan tâm là chất lượng: bao nhiêu dự án còn hoạt động sau giai đoạn ươm tạo, bao nhiêu doanh nghiệp có tài sản trí tuệ riêng, và hệ sinh thái đã kết nối với mạng lưới quốc gia, quốc tế đến đâu.',
      ),
    ),
    outlet: 'bao-hai-phong',
    authors: [EDITOR_BHP],
    topics: ['khoi-nghiep-doi-moi-sang-tao', 'chinh-sach-ho-tro'],
    cover: 'network',
  },
  {
    slug: 'hai-phong-chuan-bi-tong-ket-5-nam-phat-trien-he-sinh-thai-khoi-nghiep',
    status: 'published',
    publishedAt: vnTime('2026-11-20', '08:00'),
    title: 'Hải Phòng chuẩn bị tổng kết 5 năm phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo',
    sapo: 'Sở Khoa học và Công nghệ thông báo tổ chức hội nghị tổng kết Kế hoạch 281/KH-UBND giai đoạn 2021 - 2025. Hội nghị sẽ đánh giá kết quả thực hiện từng mục tiêu và thảo luận định hướng cho giai đoạn mới.',
    body: richText(
      paragraph(
        'Kế hoạch phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo thành phố giai đoạn 2021 - 2025 được UBND thành phố ban hành ngày 10/12/2020. Khép lại giai đoạn 5 năm, hội nghị tổng kết là dịp để cơ quan chủ trì, các sở, ngành, cơ quan báo chí và cộng đồng khởi nghiệp cùng nhìn lại.',
      ),
      heading('h2', 'Nội dung hội nghị'),
      bulletList([
        'Báo cáo kết quả thực hiện các chỉ tiêu đến năm 2025: số dự án được hỗ trợ, số dự án gọi được vốn, mạng lưới cố vấn và các trung tâm, câu lạc bộ khởi nghiệp;',
        'Đánh giá hoạt động của Trung tâm Hỗ trợ khởi nghiệp sáng tạo thành phố tại trụ sở Sở Khoa học và Công nghệ;',
        'Nhìn lại công tác truyền thông trên báo chí, Cổng Thông tin hỗ trợ khởi nghiệp sáng tạo và mạng xã hội;',
        'Thảo luận, đề xuất định hướng hỗ trợ khởi nghiệp đổi mới sáng tạo cho giai đoạn tiếp theo.',
      ]),
      paragraph(
        'Thời gian, địa điểm và cách đăng ký tham dự được đăng tại mục Sự kiện của cổng thông tin. Kết quả thực hiện chính thức sẽ được công bố tại hội nghị; cổng sẽ cập nhật ngay sau đó.',
      ),
      paragraph(
        'Các phóng sự, chuyên mục về khởi nghiệp trên báo chí thành phố trong giai đoạn 2021 - 2025 được tập hợp trên cổng để bạn đọc tiện tra cứu trước hội nghị.',
      ),
    ),
    outlet: 'so-khoa-hoc-va-cong-nghe-hai-phong',
    authors: [CHIEF],
    topics: ['khoi-nghiep-doi-moi-sang-tao', 'chinh-sach-ho-tro', 'trung-tam-ho-tro-khoi-nghiep'],
    cover: 'conference',
    related: [
      { collection: 'events', slug: 'hoi-nghi-tong-ket-ke-hoach-281-giai-doan-2021-2025' },
      { collection: 'features', slug: 'phong-su-nhin-lai-5-nam-xay-dung-he-sinh-thai-khoi-nghiep' },
      { collection: 'articles', slug: 'nam-cuoi-thuc-hien-ke-hoach-281-soat-lai-tung-muc-tieu' },
      { collection: 'policy-notices', slug: 'ke-hoach-281-kh-ubnd-2020' },
    ],
  },
  {
    slug: 'moi-gop-y-dinh-huong-ho-tro-khoi-nghiep-sau-nam-2025',
    status: 'draft',
    title: 'Mời góp ý định hướng hỗ trợ khởi nghiệp đổi mới sáng tạo sau năm 2025',
    sapo: 'Ban biên tập mời nhà sáng lập, cố vấn, nhà đầu tư và bạn đọc gửi góp ý cho định hướng hỗ trợ khởi nghiệp đổi mới sáng tạo của thành phố trong giai đoạn mới.',
    body: richText(
      paragraph(
        'Kế hoạch 281/KH-UBND khép lại giai đoạn 2021 - 2025. Trước khi thành phố xây dựng định hướng cho giai đoạn tiếp theo, cổng thông tin mở chuyên mục tiếp nhận góp ý của cộng đồng khởi nghiệp.',
      ),
      heading('h2', 'Những câu hỏi cần góp ý'),
      bulletList([
        'Dịch vụ nào tại Trung tâm Hỗ trợ khởi nghiệp sáng tạo hữu ích nhất với bạn?',
        'Bạn cần thêm loại hỗ trợ nào để gọi vốn?',
        'Kênh thông tin nào giúp bạn biết về các chương trình hỗ trợ?',
      ]),
      paragraph(
        'Các góp ý sẽ được tổng hợp và chuyển tới cơ quan chủ trì xây dựng định hướng cho giai đoạn mới.',
      ),
    ),
    outlet: 'dai-phat-thanh-va-truyen-hinh-hai-phong',
    authors: [CONTRIBUTOR_THP],
    topics: ['khoi-nghiep-doi-moi-sang-tao'],
    cover: 'mentors',
  },
]
