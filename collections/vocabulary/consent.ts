/**
 * Consent to publish personal data (Law 91/2025/QH15 on personal data protection, Decree
 * 356/2025/NĐ-CP; consents given under Decree 13/2023 stay valid): how it was given, and for
 * which purpose. A purpose is consented to explicitly; nothing here is ever assumed.
 */
export const CONSENT_METHOD_OPTIONS = [
  {
    value: 'form',
    label: { vi: 'Biểu mẫu (trực tuyến hoặc tại chỗ)', en: 'Form (online or on site)' },
  },
  { value: 'email', label: { vi: 'Thư điện tử', en: 'E-mail' } },
  { value: 'paper', label: { vi: 'Văn bản giấy có chữ ký', en: 'Signed paper' } },
] as const
export type ConsentMethod = (typeof CONSENT_METHOD_OPTIONS)[number]['value']

export const CONSENT_PURPOSE_OPTIONS = [
  {
    value: 'profile',
    label: {
      vi: 'Công bố hồ sơ trên danh bạ hệ sinh thái',
      en: 'Publishing their profile in the ecosystem directory',
    },
  },
  {
    value: 'founder-name',
    label: {
      vi: 'Nêu tên là người sáng lập trên hồ sơ dự án',
      en: 'Naming them as a founder on the startup’s profile',
    },
  },
  {
    value: 'public-contact',
    label: {
      vi: 'Công khai e-mail, điện thoại liên hệ',
      en: 'Showing their e-mail and phone publicly',
    },
  },
] as const
export type ConsentPurpose = (typeof CONSENT_PURPOSE_OPTIONS)[number]['value']
