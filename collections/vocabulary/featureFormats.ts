/** How a feature was published: on TV, on the radio, in print or online. */
export const FEATURE_FORMAT_OPTIONS = [
  { value: 'tv', label: { vi: 'Truyền hình', en: 'TV' } },
  { value: 'newspaper', label: { vi: 'Báo in', en: 'Newspaper' } },
  { value: 'radio', label: { vi: 'Phát thanh', en: 'Radio' } },
  { value: 'online', label: { vi: 'Báo điện tử', en: 'Online' } },
] as const

export type FeatureFormat = (typeof FEATURE_FORMAT_OPTIONS)[number]['value']
