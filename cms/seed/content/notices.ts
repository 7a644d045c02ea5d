import { bold, bulletList, heading, italic, paragraph, richText } from '../lexical'
import { vnTime } from '../time'
import type { NoticeSeed } from '../types'

/**
 * Plan 281/KH-UBND and the three documents it cites. The plan's metadata and text are taken
 * from the reference copy (shared/reference/ke-hoach-281-KH-UBND-2020.txt). For the cited
 * documents only what the plan says about them is used (number, date, issuing body,
 * subject): the signer's name is not given there, so the signer field names the office
 * (the schema requires a name).
 */

const CITY = 'Thành phố Hải Phòng'

const decision844: NoticeSeed = {
  slug: 'quyet-dinh-844-qd-ttg-2016',
  status: 'published',
  publishedAt: vnTime('2021-01-05', '08:00'),
  title:
    'Quyết định về việc phê duyệt Đề án Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo quốc gia đến năm 2025',
  documentNumber: '844/QĐ-TTg',
  documentType: 'decision',
  issuingBody: 'Thủ tướng Chính phủ',
  field: 'enterprise',
  signer: { name: 'Thủ tướng Chính phủ' },
  issueDate: vnTime('2016-05-18'),
  effectiveDate: vnTime('2016-05-18'),
  abstract:
    'Phê duyệt Đề án Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo quốc gia đến năm 2025. Là một trong hai căn cứ để Ủy ban nhân dân thành phố Hải Phòng ban hành Kế hoạch 281/KH-UBND.',
  topics: ['chinh-sach-ho-tro', 'khoi-nghiep-doi-moi-sang-tao'],
}

const resolution08: NoticeSeed = {
  slug: 'nghi-quyet-08-2013-nq-hdnd',
  status: 'published',
  publishedAt: vnTime('2021-01-05', '08:10'),
  title:
    'Nghị quyết về nhiệm vụ, giải pháp phát triển khoa học và công nghệ phục vụ sự nghiệp công nghiệp hóa, hiện đại hóa và hội nhập quốc tế thành phố Hải Phòng đến năm 2020, định hướng đến năm 2030',
  documentNumber: '08/2013/NQ-HĐND',
  documentType: 'resolution',
  issuingBody: 'Hội đồng nhân dân thành phố Hải Phòng',
  field: 'science-technology',
  signer: { name: 'Hội đồng nhân dân thành phố Hải Phòng' },
  issueDate: vnTime('2013-07-25'),
  effectiveDate: vnTime('2013-07-25'),
  abstract:
    'Nhiệm vụ, giải pháp phát triển khoa học và công nghệ phục vụ sự nghiệp công nghiệp hóa, hiện đại hóa và hội nhập quốc tế thành phố Hải Phòng đến năm 2020, định hướng đến năm 2030. Là một trong hai căn cứ của Kế hoạch 281/KH-UBND.',
  topics: ['chinh-sach-ho-tro'],
}

const directive09: NoticeSeed = {
  slug: 'chi-thi-09-ct-ubnd-2020',
  status: 'published',
  publishedAt: vnTime('2021-01-05', '08:20'),
  title:
    'Chỉ thị về việc tạo điều kiện cho doanh nghiệp khởi nghiệp sáng tạo tại thành phố Hải Phòng',
  documentNumber: '09/CT-UBND',
  documentType: 'directive',
  issuingBody: 'Ủy ban nhân dân thành phố Hải Phòng',
  field: 'enterprise',
  signer: { name: 'Ủy ban nhân dân thành phố Hải Phòng' },
  issueDate: vnTime('2020-03-16'),
  effectiveDate: vnTime('2020-03-16'),
  abstract:
    'Tạo điều kiện cho doanh nghiệp khởi nghiệp sáng tạo tại thành phố Hải Phòng. Kế hoạch 281/KH-UBND dẫn chiếu Chỉ thị khi quy định các khu chức năng của Khu hỗ trợ dịch vụ khởi nghiệp tập trung.',
  topics: ['chinh-sach-ho-tro', 'trung-tam-ho-tro-khoi-nghiep'],
}

const PLAN_TITLE =
  'Kế hoạch phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo thành phố Hải Phòng giai đoạn 2021-2025'

/** Sections I and II.1–2 of the plan, as printed. */
const planFullText = richText(
  paragraph(
    'Căn cứ Nghị quyết số 08/2013/NQ-HĐND ngày 25/7/2013 của Hội đồng nhân dân thành phố Hải Phòng về nhiệm vụ, giải pháp phát triển khoa học và công nghệ phục vụ sự nghiệp công nghiệp hóa, hiện đại hóa và hội nhập quốc tế thành phố Hải Phòng đến năm 2020, định hướng đến năm 2030; Quyết định số 844/QĐ-TTg ngày 18/05/2016 của Thủ tướng Chính phủ về việc phê duyệt Đề án Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo quốc gia đến năm 2025, Ủy ban nhân dân thành phố ban hành Kế hoạch Phát triển Hệ sinh thái khởi nghiệp đổi mới sáng tạo thành phố Hải Phòng giai đoạn 2021-2025, cụ thể như sau:',
  ),
  heading('h2', 'I. MỤC ĐÍCH, YÊU CẦU, ĐỐI TƯỢNG'),
  heading('h3', '1. Mục đích, yêu cầu'),
  bulletList([
    'Tạo lập môi trường thuận lợi để thúc đẩy, hỗ trợ quá trình hình thành và phát triển loại hình doanh nghiệp có khả năng tăng trưởng nhanh dựa trên khai thác tài sản trí tuệ, công nghệ, mô hình kinh doanh mới.',
    'Phấn đấu đến năm 2025, hỗ trợ 300 dự án khởi nghiệp đổi mới sáng tạo, trong đó, hỗ trợ cung cấp dịch vụ cho từ 150 - 200 dự án khởi nghiệp sáng tạo; hỗ trợ trực tiếp cho 50 dự án khởi nghiệp đổi mới sáng tạo, trong đó ít nhất 20% dự án gọi được vốn từ các nhà đầu tư; nâng cấp Trung tâm hỗ trợ khởi nghiệp sáng tạo thành phố, tiến tới xây dựng khu hỗ trợ dịch vụ tập trung của thành phố; phát triển và nâng cấp từ 5 đến 6 trung tâm, câu lạc bộ khởi nghiệp đổi mới sáng tạo theo hình thức xã hội hóa hoặc đối tác công tư; thu hút từ 150 đến 200 huấn luyện viên, cố vấn, chuyên gia, nhà đầu tư về khởi nghiệp đổi mới sáng tạo có uy tín trong và ngoài nước.',
    'Phát huy tối đa sự vào cuộc của các cấp chính quyền, các trường Đại học, Cao đẳng, viện nghiên cứu, tổ chức kinh tế, xã hội, nghề nghiệp, chuyên gia, nhà đầu tư để hỗ trợ phát triển hoạt động khởi nghiệp đổi mới sáng tạo trên địa bàn thành phố; các doanh nghiệp khởi nghiệp đổi mới sáng tạo phải là động lực nâng cao sức cạnh tranh và tính tự chủ của nền kinh tế thành phố.',
  ]),
  heading('h3', '2. Đối tượng hỗ trợ'),
  bulletList([
    'Cá nhân, nhóm cá nhân có dự án khởi nghiệp, doanh nghiệp có khả năng tăng trưởng nhanh dựa trên khai thác tài sản trí tuệ, công nghệ, mô hình kinh doanh mới; doanh nghiệp khởi nghiệp có thời gian hoạt động không quá 5 năm kể từ ngày được cấp Giấy Chứng nhận đăng ký doanh nghiệp lần đầu.',
    {
      text: [
        'Các tổ chức cung cấp dịch vụ, cơ sở vật chất - kỹ thuật, đầu tư, truyền thông cho khởi nghiệp đổi mới sáng tạo, đang hoạt động hiệu quả, đồng thời phải đáp ứng các tiêu chí sau:',
      ],
      subitems: [
        'Người đứng đầu có ít nhất 01 năm kinh nghiệm hoạt động tư vấn đầu tư, tài chính và hỗ trợ phát triển doanh nghiệp.',
        'Có quy trình hỗ trợ khởi nghiệp phù hợp với chức năng, nhiệm vụ và thỏa thuận hợp tác với tổ chức, cá nhân trong nước và nước ngoài về đầu tư, đào tạo, huấn luyện, tư vấn cho khởi nghiệp đổi mới sáng tạo.',
      ],
    },
  ]),
  heading('h2', 'II. NHIỆM VỤ THỰC HIỆN KẾ HOẠCH'),
  heading('h3', '1. Hoạt động truyền thông khởi nghiệp đổi mới sáng tạo'),
  paragraph(
    bold('Mục tiêu: '),
    'Tuyên truyền, phổ biến về chính sách, cơ chế hỗ trợ, các hoạt động khởi nghiệp đổi mới sáng tạo của thành phố và quốc gia đến các cá nhân, nhóm cá nhân, doanh nghiệp khởi nghiệp trên địa bàn thành phố; phát triển hoạt động truyền thông trên các phương tiện thông tin đại chúng nhằm tăng cường hiệu quả quảng bá thông tin và kết nối trong cộng đồng khởi nghiệp sáng tạo.',
  ),
  paragraph(bold('Nội dung:')),
  bulletList([
    'Xây dựng các phóng sự, chuyên mục, chuyên đề về hoạt động khởi nghiệp đổi mới sáng tạo của thành phố tuyên truyền trên Báo Hải Phòng, Báo An ninh Hải Phòng, Đài Phát thanh và Truyền hình Hải Phòng, Cổng Thông tin điện tử thành phố.',
    'Tập trung nâng cấp, biên soạn, cập nhật, quản trị, vận hành Cổng Thông tin hỗ trợ khởi nghiệp sáng tạo của thành phố để đảm bảo là kênh thông tin chính thức cung cấp toàn diện hoạt động hỗ trợ khởi nghiệp của thành phố, đồng thời là kênh kết nối trực tuyến với mạng lưới khởi nghiệp quốc gia và quốc tế.',
    'Xây dựng và phát triển các kênh truyền thông trên mạng xã hội.',
  ]),
  paragraph(bold('Cơ quan chủ trì: '), 'Sở Khoa học và Công nghệ.'),
  paragraph(
    bold('Cơ quan phối hợp: '),
    'Sở Thông tin và Truyền thông, Báo Hải Phòng, Báo An ninh Hải Phòng, Đài Phát thanh và Truyền hình Hải Phòng.',
  ),
  paragraph(bold('Thời gian thực hiện: '), 'Hàng năm, từ năm 2021 đến năm 2025.'),
  heading(
    'h3',
    '2. Phát triển hạ tầng, dịch vụ hỗ trợ Hệ sinh thái khởi nghiệp đổi mới sáng tạo của thành phố',
  ),
  paragraph(
    bold('Mục tiêu: '),
    'Nâng cấp, mở rộng Trung tâm Hỗ trợ khởi nghiệp đổi mới sáng tạo của thành phố trên cơ sở hạ tầng sẵn có, tiến tới xây dựng Khu hỗ trợ dịch vụ khởi nghiệp tập trung của thành phố với đầy đủ các khu chức năng theo quy định tại Chỉ thị 09/CT-UBND của Ủy ban nhân dân thành phố ngày 16/3/2020 về việc tạo điều kiện cho doanh nghiệp khởi nghiệp sáng tạo tại thành phố Hải Phòng.',
  ),
  paragraph(bold('Nội dung:')),
  bulletList([
    'Đầu tư, nâng cấp, sửa chữa, mở rộng Trung tâm Hỗ trợ khởi nghiệp sáng tạo tập trung của thành phố tại vị trí tầng 1, 4 và 5 thuộc Trụ sở của Sở Khoa học và Công nghệ, đảm bảo bố trí đầy đủ các phân khu chức năng để triển khai các hoạt động hỗ trợ khởi nghiệp đổi mới sáng tạo, bao gồm khu làm việc chung, khu làm việc riêng, khu ươm tạo doanh nghiệp, hệ thống phòng họp, khu thí nghiệm khởi nghiệp sáng tạo.',
    'Đầu tư trang thiết bị, nâng cao năng lực, quản lý vận hành Trung tâm Hỗ trợ khởi nghiệp sáng tạo thành phố.',
  ]),
  paragraph(
    italic(
      '(Trích phần I và các nhiệm vụ 1, 2 tại phần II của Kế hoạch. Các nhiệm vụ còn lại và phần tổ chức thực hiện xem tại văn bản gốc.)',
    ),
  ),
)

const planFullTextEn = richText(
  paragraph(
    italic(
      'Unofficial English summary for readers of the portal. Only the Vietnamese text is authoritative.',
    ),
  ),
  heading('h2', 'I. Purpose, requirements and beneficiaries'),
  bulletList([
    'Create a favourable environment for companies able to grow fast on intellectual property, technology and new business models.',
    'By 2025: support 300 innovative startup projects, including services for 150–200 projects and direct support for 50 projects, at least 20% of which raise capital from investors; upgrade the city startup support centre towards a concentrated service zone; develop or upgrade 5–6 startup centres and clubs through private or public–private partnership; attract 150–200 reputable coaches, mentors, experts and investors from Việt Nam and abroad.',
    'Mobilise all levels of government, universities, colleges, research institutes, economic, social and professional organisations, experts and investors.',
  ]),
  paragraph(
    'Beneficiaries are individuals and teams with startup projects, startups no more than five years after their first business registration, and organisations providing services, facilities, investment or communications for innovative startups that meet the plan’s criteria.',
  ),
  heading('h2', 'II. Tasks (extract)'),
  bulletList([
    'Communications, every year from 2021 to 2025: reports, columns and special pages in Hải Phòng Newspaper, Hải Phòng Security Newspaper, Hải Phòng Radio and Television and the city web portal; the city startup portal as the official information channel; social media channels. Lead: Department of Science and Technology.',
    'Infrastructure and services: upgrade and extend the city startup support centre on floors 1, 4 and 5 of the Department of Science and Technology building, with co-working space, private offices, incubation, meeting rooms and a startup laboratory; equip the centre and build its operating capacity.',
  ]),
)

const plan281: NoticeSeed = {
  slug: 'ke-hoach-281-kh-ubnd-2020',
  status: 'published',
  publishedAt: vnTime('2021-01-05', '08:30'),
  title: PLAN_TITLE,
  documentNumber: '281/KH-UBND',
  documentType: 'plan',
  issuingBody: CITY,
  field: 'enterprise',
  signer: {
    authority: 'KT.',
    onBehalfOf: { vi: 'Chủ tịch', en: 'Chairman' },
    position: { vi: 'Phó Chủ tịch', en: 'Vice Chairman' },
    name: 'Lê Khắc Nam',
  },
  issueDate: vnTime('2020-12-10'),
  effectiveDate: vnTime('2020-12-10'),
  abstract:
    'Kế hoạch phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo thành phố Hải Phòng giai đoạn 2021-2025: phấn đấu đến năm 2025 hỗ trợ 300 dự án khởi nghiệp đổi mới sáng tạo, trong đó cung cấp dịch vụ cho 150 - 200 dự án và hỗ trợ trực tiếp 50 dự án (ít nhất 20% gọi được vốn từ nhà đầu tư); nâng cấp Trung tâm hỗ trợ khởi nghiệp sáng tạo thành phố; phát triển, nâng cấp 5 - 6 trung tâm, câu lạc bộ khởi nghiệp; thu hút 150 - 200 huấn luyện viên, cố vấn, chuyên gia, nhà đầu tư có uy tín trong và ngoài nước.',
  fullText: planFullText,
  relations: [
    {
      relation: 'based-on',
      documentNumber: '08/2013/NQ-HĐND',
      issuingBody: resolution08.issuingBody,
    },
    { relation: 'based-on', documentNumber: '844/QĐ-TTg', issuingBody: decision844.issuingBody },
    // Not among the plan's "Căn cứ": task II.2 follows the directive's list of functional zones.
    { relation: 'implements', documentNumber: '09/CT-UBND', issuingBody: directive09.issuingBody },
  ],
  attachments: ['plan-281-cover'],
  outlet: 'so-khoa-hoc-va-cong-nghe-hai-phong',
  topics: [
    'khoi-nghiep-doi-moi-sang-tao',
    'chinh-sach-ho-tro',
    'trung-tam-ho-tro-khoi-nghiep',
    'truyen-thong-khoi-nghiep',
  ],
  cover: 'flamboyant',
  en: {
    title: 'Plan for developing the innovative startup ecosystem of Hải Phòng city, 2021–2025',
    abstract:
      'Hải Phòng’s plan for its innovative startup ecosystem, 2021–2025: by 2025, support 300 innovative startup projects (services for 150–200, direct support for 50, at least 20% of them raising capital), upgrade the city startup support centre, develop 5–6 startup centres and clubs and attract 150–200 reputable coaches, mentors, experts and investors.',
    fullText: planFullTextEn,
  },
}

/** Cited documents first, so the plan's relations can point at them. */
export const NOTICES: NoticeSeed[] = [decision844, resolution08, directive09, plan281]
