/**
 * Địa bàn: where a startup or organisation works. The districts of Hải Phòng during plan
 * 281's period (2021–2025), as they stood on 1 January 2025 (An Dương and Thủy Nguyên by their
 * names, whatever their rank). The district level of local government ended on 1 July 2025 and
 * the former Hải Dương province joined the city, so the list also has that area and "outside
 * the city"; values are stored, so a later division of the city is new values, not renamed ones.
 */
export const DISTRICT_OPTIONS = [
  { value: 'hong-bang', label: { vi: 'Hồng Bàng', en: 'Hồng Bàng' } },
  { value: 'ngo-quyen', label: { vi: 'Ngô Quyền', en: 'Ngô Quyền' } },
  { value: 'le-chan', label: { vi: 'Lê Chân', en: 'Lê Chân' } },
  { value: 'hai-an', label: { vi: 'Hải An', en: 'Hải An' } },
  { value: 'kien-an', label: { vi: 'Kiến An', en: 'Kiến An' } },
  { value: 'do-son', label: { vi: 'Đồ Sơn', en: 'Đồ Sơn' } },
  { value: 'duong-kinh', label: { vi: 'Dương Kinh', en: 'Dương Kinh' } },
  { value: 'an-duong', label: { vi: 'An Dương', en: 'An Dương' } },
  { value: 'thuy-nguyen', label: { vi: 'Thủy Nguyên', en: 'Thủy Nguyên' } },
  { value: 'an-lao', label: { vi: 'An Lão', en: 'An Lão' } },
  { value: 'kien-thuy', label: { vi: 'Kiến Thụy', en: 'Kiến Thụy' } },
  { value: 'tien-lang', label: { vi: 'Tiên Lãng', en: 'Tiên Lãng' } },
  { value: 'vinh-bao', label: { vi: 'Vĩnh Bảo', en: 'Vĩnh Bảo' } },
  { value: 'cat-hai', label: { vi: 'Cát Hải', en: 'Cát Hải' } },
  { value: 'bach-long-vi', label: { vi: 'Bạch Long Vĩ', en: 'Bạch Long Vĩ' } },
  {
    value: 'former-hai-duong',
    label: { vi: 'Khu vực tỉnh Hải Dương cũ', en: 'Former Hải Dương province' },
  },
  { value: 'outside', label: { vi: 'Ngoài thành phố', en: 'Outside the city' } },
] as const
export type District = (typeof DISTRICT_OPTIONS)[number]['value']
