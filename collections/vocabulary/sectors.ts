/**
 * Lĩnh vực of startups and fields of expertise of people, one list for both. Plan 281/KH-UBND
 * supports projects "dựa trên khai thác tài sản trí tuệ, công nghệ, mô hình kinh doanh mới"
 * without naming sectors in its opening sections (shared/reference); the list follows the
 * city's development pillars (Resolution 45-NQ/TW on Hải Phòng: seaport and logistics, modern
 * industry, marine economy, tourism and trade, science and education) and the sectors startups
 * in the city work in. Values are stored: rename labels freely, add values at the end.
 */
export const SECTOR_OPTIONS = [
  { value: 'logistics', label: { vi: 'Cảng biển, logistics', en: 'Ports and logistics' } },
  {
    value: 'manufacturing',
    label: { vi: 'Công nghiệp chế tạo, công nghệ cao', en: 'Advanced manufacturing' },
  },
  {
    value: 'digital',
    label: { vi: 'Công nghệ số, phần mềm', en: 'Digital technology and software' },
  },
  { value: 'marine', label: { vi: 'Kinh tế biển, thủy sản', en: 'Marine economy and fisheries' } },
  { value: 'agriculture', label: { vi: 'Nông nghiệp công nghệ cao', en: 'High-tech agriculture' } },
  {
    value: 'tourism-trade',
    label: { vi: 'Du lịch, thương mại, dịch vụ', en: 'Tourism, trade and services' },
  },
  {
    value: 'fintech',
    label: { vi: 'Tài chính, thương mại điện tử', en: 'Finance and e-commerce' },
  },
  { value: 'education', label: { vi: 'Giáo dục, đào tạo', en: 'Education and training' } },
  { value: 'health', label: { vi: 'Y tế, chăm sóc sức khỏe', en: 'Health care' } },
  {
    value: 'environment',
    label: { vi: 'Môi trường, năng lượng sạch', en: 'Environment and clean energy' },
  },
  { value: 'other', label: { vi: 'Lĩnh vực khác', en: 'Other' } },
] as const
export type Sector = (typeof SECTOR_OPTIONS)[number]['value']
