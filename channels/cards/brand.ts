import type { CardLocale } from './types'

/**
 * The portal's look on social networks: the deep blue of Hải Phòng's harbour, with the red of
 * the city's flamboyant flowers (hoa phượng) and gold as accents.
 */
export const BRAND = {
  harbourDeep: '#06233f',
  harbour: '#0b3a63',
  harbourLight: '#135189',
  red: '#c8102e',
  gold: '#f4b223',
  white: '#ffffff',
  mist: '#c9d8e8',
  line: 'rgba(255, 255, 255, 0.18)',
} as const

type Localised = Record<CardLocale, string>

/** Every string a card prints that comes neither from the content nor from its vocabulary. */
export const CARD_LABELS = {
  portal: {
    vi: 'Cổng thông tin khởi nghiệp đổi mới sáng tạo Hải Phòng',
    en: 'Hải Phòng Startup Portal',
  },
  article: { vi: 'Tin tức', en: 'News' },
  policyNotice: { vi: 'Văn bản', en: 'Policy notice' },
  event: { vi: 'Sự kiện', en: 'Event' },
  featureFormat: {
    tv: { vi: 'Phóng sự truyền hình', en: 'TV feature' },
    radio: { vi: 'Phóng sự phát thanh', en: 'Radio feature' },
    newspaper: { vi: 'Báo in', en: 'In print' },
    online: { vi: 'Báo điện tử', en: 'Online feature' },
  },
  aired: { vi: 'Phát sóng', en: 'Aired' },
  edition: { vi: 'Số báo ngày', en: 'Edition of' },
  page: { vi: 'Trang', en: 'Page' },
  published: { vi: 'Đăng ngày', en: 'Published' },
  number: { vi: 'Số', en: 'No.' },
  issued: { vi: 'Ban hành ngày', en: 'Issued' },
  allDay: { vi: 'Cả ngày', en: 'All day' },
  online: { vi: 'Trực tuyến', en: 'Online' },
  cardAlt: { vi: 'Thẻ chia sẻ', en: 'Share card' },
} satisfies Record<string, Localised | Record<string, Localised>>
