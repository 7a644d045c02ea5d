/**
 * Every string the portal prints that does not come from the CMS, in Vietnamese (the default)
 * and English. Pages never hard-code text: they call `strings(lang)`.
 */

export const LANGS = ['vi', 'en'] as const
export type Lang = (typeof LANGS)[number]

const vi = {
  langName: 'Tiếng Việt',
  siteName: 'Cổng thông tin Khởi nghiệp đổi mới sáng tạo Hải Phòng',
  siteShortName: 'Khởi nghiệp Hải Phòng',
  siteOwner: 'Ủy ban nhân dân thành phố Hải Phòng',
  siteTagline: 'Tin tức, phóng sự, văn bản và sự kiện của hệ sinh thái khởi nghiệp thành phố',
  siteDescription:
    'Kênh thông tin chính thức về hoạt động hỗ trợ khởi nghiệp đổi mới sáng tạo của thành phố Hải Phòng theo Kế hoạch 281/KH-UBND: tin tức, phóng sự truyền hình và báo in, văn bản chính sách, sự kiện.',
  skipToContent: 'Bỏ qua, đến nội dung chính',
  mainNav: 'Điều hướng chính',
  breadcrumb: 'Đường dẫn',
  home: 'Trang chủ',
  otherLanguage: 'English',
  otherLanguageLabel: 'Read in English',
  sections: {
    article: 'Tin tức',
    feature: 'Phóng sự',
    policy: 'Văn bản',
    event: 'Sự kiện',
  },
  kinds: {
    article: 'Tin tức',
    feature: 'Phóng sự',
    policy: 'Văn bản',
    event: 'Sự kiện',
  },
  sectionIntro: {
    article: 'Tin tức về hoạt động khởi nghiệp đổi mới sáng tạo của thành phố.',
    feature: 'Phóng sự truyền hình, phát thanh và báo in về cộng đồng khởi nghiệp Hải Phòng.',
    policy: 'Văn bản, chính sách của thành phố và trung ương về khởi nghiệp đổi mới sáng tạo.',
    event: 'Hội thảo, cuộc thi, lớp huấn luyện và kết nối đầu tư sắp diễn ra.',
  },
  about: 'Giới thiệu',
  aboutTitle: 'Giới thiệu Chương trình',
  topics: 'Chủ đề',
  topic: 'Chủ đề',
  outlets: 'Cơ quan, đơn vị',
  outlet: 'Cơ quan, đơn vị',
  leadStory: 'Tin nổi bật',
  latestNews: 'Tin mới',
  latestFeatures: 'Phóng sự',
  upcomingEvents: 'Sự kiện sắp diễn ra',
  pastEvents: 'Sự kiện đã diễn ra',
  noUpcomingEvents: 'Chưa có sự kiện sắp diễn ra.',
  latestNotices: 'Văn bản mới',
  seeAll: 'Xem tất cả',
  seeAllIn: (section: string) => `Xem tất cả ${section.toLowerCase()}`,
  nothingHere: 'Chưa có nội dung.',
  pagination: 'Phân trang',
  previousPage: 'Trang trước',
  nextPage: 'Trang sau',
  pageN: (n: number) => `Trang ${n}`,
  pageOf: (n: number, total: number) => `Trang ${n}/${total}`,
  publishedOn: 'Đăng ngày',
  updatedOn: 'Cập nhật',
  by: 'Bài',
  source: 'Nguồn',
  photo: 'Ảnh',
  corrections: 'Đính chính',
  correctionsIntro: 'Bài viết đã được sửa sau khi đăng:',
  related: 'Nội dung liên quan',
  feature: {
    programme: 'Chương trình / chuyên mục',
    airDate: 'Phát sóng',
    duration: 'Thời lượng',
    edition: 'Số báo',
    page: 'Trang',
    editionOn: (date: string, page?: string | null) =>
      `Số ra ngày ${date}${page ? `, trang ${page}` : ''}`,
    transcript: 'Lời bình',
    watch: 'Xem video',
    watchOnYouTube: 'Xem trên YouTube',
    videoPrivacy:
      'Video chỉ được tải từ YouTube khi bạn bấm xem; trước đó trang không gửi dữ liệu nào tới YouTube.',
    videoFile: 'Tải video',
  },
  formats: {
    tv: 'Truyền hình',
    newspaper: 'Báo in',
    radio: 'Phát thanh',
    online: 'Báo điện tử',
  },
  policy: {
    metadata: 'Thuộc tính văn bản',
    documentNumber: 'Số hiệu',
    documentType: 'Loại văn bản',
    issuingBody: 'Cơ quan ban hành',
    signer: 'Người ký',
    issueDate: 'Ngày ban hành',
    effectiveDate: 'Ngày hiệu lực',
    expiryDate: 'Ngày hết hiệu lực',
    field: 'Lĩnh vực',
    abstract: 'Trích yếu',
    legalStatus: 'Tình trạng hiệu lực',
    attachments: 'Tệp đính kèm',
    download: 'Tải về',
    relations: 'Văn bản liên quan',
    fullText: 'Toàn văn',
    otherNotices: 'Văn bản khác',
  },
  legalStatus: {
    'not-yet-effective': 'Chưa có hiệu lực',
    'in-force': 'Còn hiệu lực',
    expired: 'Hết hiệu lực',
  },
  relations: {
    implements: 'Triển khai',
    'based-on': 'Căn cứ',
    amends: 'Sửa đổi, bổ sung',
    replaces: 'Thay thế',
    guides: 'Hướng dẫn',
  },
  inverseRelations: {
    implements: 'Được triển khai bởi',
    'based-on': 'Là căn cứ của',
    amends: 'Được sửa đổi, bổ sung bởi',
    replaces: 'Được thay thế bởi',
    guides: 'Được hướng dẫn bởi',
  },
  event: {
    when: 'Thời gian',
    where: 'Địa điểm',
    online: 'Trực tuyến',
    joinOnline: 'Tham dự trực tuyến',
    map: 'Xem bản đồ',
    organiser: 'Đơn vị tổ chức',
    register: 'Đăng ký tham dự',
    registrationDeadline: 'Hạn đăng ký',
    registrationClosed: 'Đã hết hạn đăng ký',
    postponed: 'Sự kiện đã được hoãn. Thời gian mới sẽ được thông báo sau.',
    cancelled: 'Sự kiện đã bị hủy.',
    past: 'Sự kiện này đã diễn ra.',
    timeZoneNote: 'Giờ Việt Nam (GMT+7)',
    statusLabel: { scheduled: 'Theo kế hoạch', postponed: 'Hoãn', cancelled: 'Hủy' },
  },
  print: {
    printedFrom: 'In từ',
    publishedOn: 'Ngày đăng',
  },
  notFound: {
    title: 'Không tìm thấy trang',
    body: 'Trang bạn tìm không tồn tại hoặc đã được chuyển đi.',
    back: 'Về trang chủ',
  },
  footer: {
    programme: 'Thực hiện Kế hoạch 281/KH-UBND ngày 10/12/2020 của UBND thành phố Hải Phòng',
    managedBy: 'Cơ quan chủ trì: Sở Khoa học và Công nghệ thành phố Hải Phòng',
    partners:
      'Phối hợp: Báo Hải Phòng, Báo An ninh Hải Phòng, Đài Phát thanh và Truyền hình Hải Phòng',
    sitemap: 'Sơ đồ trang',
  },
  topicPage: (name: string) => `Chủ đề: ${name}`,
  outletPage: (name: string) => `Tin bài của ${name}`,
}

type Strings = typeof vi

const en: Strings = {
  langName: 'English',
  siteName: 'Hải Phòng Startup and Innovation Portal',
  siteShortName: 'Hải Phòng Startups',
  siteOwner: 'Hải Phòng City People’s Committee',
  siteTagline: 'News, features, policy documents and events of the city’s startup ecosystem',
  siteDescription:
    'The official source on Hải Phòng’s support for innovative startups under plan 281/KH-UBND: news, TV and newspaper features, policy documents and events.',
  skipToContent: 'Skip to main content',
  mainNav: 'Main navigation',
  breadcrumb: 'Breadcrumb',
  home: 'Home',
  otherLanguage: 'Tiếng Việt',
  otherLanguageLabel: 'Đọc bằng tiếng Việt',
  sections: {
    article: 'News',
    feature: 'Features',
    policy: 'Policy documents',
    event: 'Events',
  },
  kinds: {
    article: 'News',
    feature: 'Feature',
    policy: 'Policy document',
    event: 'Event',
  },
  sectionIntro: {
    article: 'News about the city’s startup and innovation programme.',
    feature: 'TV, radio and newspaper features about Hải Phòng’s startup community.',
    policy: 'City and national policy documents on innovative startups.',
    event: 'Upcoming workshops, competitions, training and investor meetings.',
  },
  about: 'About',
  aboutTitle: 'About the programme',
  topics: 'Topics',
  topic: 'Topic',
  outlets: 'Outlets',
  outlet: 'Outlet',
  leadStory: 'Top story',
  latestNews: 'Latest news',
  latestFeatures: 'Features',
  upcomingEvents: 'Upcoming events',
  pastEvents: 'Past events',
  noUpcomingEvents: 'No upcoming events yet.',
  latestNotices: 'New policy documents',
  seeAll: 'See all',
  seeAllIn: (section: string) => `All ${section.toLowerCase()}`,
  nothingHere: 'Nothing here yet.',
  pagination: 'Pagination',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  pageN: (n: number) => `Page ${n}`,
  pageOf: (n: number, total: number) => `Page ${n} of ${total}`,
  publishedOn: 'Published',
  updatedOn: 'Updated',
  by: 'By',
  source: 'Source',
  photo: 'Photo',
  corrections: 'Corrections',
  correctionsIntro: 'This article was corrected after publication:',
  related: 'Related',
  feature: {
    programme: 'Programme or column',
    airDate: 'Aired',
    duration: 'Running time',
    edition: 'Edition',
    page: 'Page',
    editionOn: (date: string, page?: string | null) =>
      `Edition of ${date}${page ? `, page ${page}` : ''}`,
    transcript: 'Transcript',
    watch: 'Play video',
    watchOnYouTube: 'Watch on YouTube',
    videoPrivacy:
      'The video is loaded from YouTube only when you press play; until then this page sends nothing to YouTube.',
    videoFile: 'Download the video',
  },
  formats: {
    tv: 'TV',
    newspaper: 'Newspaper',
    radio: 'Radio',
    online: 'Online',
  },
  policy: {
    metadata: 'Document details',
    documentNumber: 'Number',
    documentType: 'Type',
    issuingBody: 'Issued by',
    signer: 'Signed by',
    issueDate: 'Issue date',
    effectiveDate: 'Effective date',
    expiryDate: 'Expiry date',
    field: 'Field',
    abstract: 'Abstract',
    legalStatus: 'Legal status',
    attachments: 'Attached files',
    download: 'Download',
    relations: 'Related documents',
    fullText: 'Full text',
    otherNotices: 'Other documents',
  },
  legalStatus: {
    'not-yet-effective': 'Not yet in force',
    'in-force': 'In force',
    expired: 'No longer in force',
  },
  relations: {
    implements: 'Implements',
    'based-on': 'Based on',
    amends: 'Amends',
    replaces: 'Replaces',
    guides: 'Guides',
  },
  inverseRelations: {
    implements: 'Implemented by',
    'based-on': 'Basis for',
    amends: 'Amended by',
    replaces: 'Replaced by',
    guides: 'Guided by',
  },
  event: {
    when: 'When',
    where: 'Where',
    online: 'Online',
    joinOnline: 'Join online',
    map: 'View map',
    organiser: 'Organiser',
    register: 'Register',
    registrationDeadline: 'Registration deadline',
    registrationClosed: 'Registration has closed',
    postponed: 'This event has been postponed. A new date will be announced.',
    cancelled: 'This event has been cancelled.',
    past: 'This event has taken place.',
    timeZoneNote: 'Vietnam time (GMT+7)',
    statusLabel: { scheduled: 'Scheduled', postponed: 'Postponed', cancelled: 'Cancelled' },
  },
  print: {
    printedFrom: 'Printed from',
    publishedOn: 'Published',
  },
  notFound: {
    title: 'Page not found',
    body: 'The page you are looking for does not exist or has moved.',
    back: 'Back to the home page',
  },
  footer: {
    programme: 'Part of plan 281/KH-UBND of 10 December 2020, Hải Phòng City People’s Committee',
    managedBy: 'Lead agency: Hải Phòng Department of Science and Technology',
    partners: 'With Báo Hải Phòng, Báo An ninh Hải Phòng and Hải Phòng Radio and Television (THP)',
    sitemap: 'Sitemap',
  },
  topicPage: (name: string) => `Topic: ${name}`,
  outletPage: (name: string) => `From ${name}`,
}

const dictionary: Record<Lang, Strings> = { vi, en }

/**
 * The portal's strings in one language.
 *
 * @example
 * strings('en').sections.article // 'News'
 */
export function strings(lang: Lang): Strings {
  return dictionary[lang]
}

export const otherLang = (lang: Lang): Lang => (lang === 'vi' ? 'en' : 'vi')

/** Astro's `[...lang]` route parameter: absent for Vietnamese (the default), `en` otherwise. */
export const langParam = (lang: Lang): string | undefined => (lang === 'en' ? 'en' : undefined)

export const langFromParam = (param: string | undefined): Lang => (param === 'en' ? 'en' : 'vi')
