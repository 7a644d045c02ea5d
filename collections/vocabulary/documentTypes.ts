/** Vietnamese legal document types, with the abbreviation used in document numbers. */
export const DOCUMENT_TYPE_OPTIONS = [
  { value: 'law', abbr: 'L', label: { vi: 'Luật', en: 'Law' } },
  { value: 'decree', abbr: 'NĐ', label: { vi: 'Nghị định', en: 'Decree' } },
  { value: 'resolution', abbr: 'NQ', label: { vi: 'Nghị quyết', en: 'Resolution' } },
  { value: 'decision', abbr: 'QĐ', label: { vi: 'Quyết định', en: 'Decision' } },
  { value: 'directive', abbr: 'CT', label: { vi: 'Chỉ thị', en: 'Directive' } },
  { value: 'circular', abbr: 'TT', label: { vi: 'Thông tư', en: 'Circular' } },
  { value: 'plan', abbr: 'KH', label: { vi: 'Kế hoạch', en: 'Plan' } },
  { value: 'announcement', abbr: 'TB', label: { vi: 'Thông báo', en: 'Announcement' } },
  { value: 'official-letter', abbr: 'CV', label: { vi: 'Công văn', en: 'Official letter' } },
  { value: 'report', abbr: 'BC', label: { vi: 'Báo cáo', en: 'Report' } },
  { value: 'other', abbr: '', label: { vi: 'Khác', en: 'Other' } },
] as const

export type DocumentType = (typeof DOCUMENT_TYPE_OPTIONS)[number]['value']

/** Lĩnh vực: the subject areas used by Vietnamese legal-document databases. */
export const LEGAL_FIELD_OPTIONS = [
  { value: 'enterprise', label: { vi: 'Doanh nghiệp', en: 'Enterprise' } },
  {
    value: 'science-technology',
    label: { vi: 'Khoa học - Công nghệ', en: 'Science and technology' },
  },
  { value: 'investment', label: { vi: 'Đầu tư', en: 'Investment' } },
  { value: 'finance', label: { vi: 'Tài chính nhà nước', en: 'Public finance' } },
  { value: 'ict', label: { vi: 'Công nghệ thông tin', en: 'Information technology' } },
  { value: 'education', label: { vi: 'Giáo dục', en: 'Education' } },
  { value: 'trade', label: { vi: 'Thương mại', en: 'Trade' } },
  { value: 'administration', label: { vi: 'Bộ máy hành chính', en: 'Public administration' } },
  { value: 'other', label: { vi: 'Lĩnh vực khác', en: 'Other' } },
] as const

export const SIGNING_AUTHORITY_OPTIONS = [
  { value: 'KT.', label: { vi: 'KT. (ký thay)', en: 'KT. (signing for)' } },
  { value: 'TM.', label: { vi: 'TM. (thay mặt)', en: 'TM. (on behalf of)' } },
  { value: 'TL.', label: { vi: 'TL. (thừa lệnh)', en: 'TL. (by order of)' } },
  { value: 'TUQ.', label: { vi: 'TUQ. (thừa ủy quyền)', en: 'TUQ. (by authorisation)' } },
  { value: 'Q.', label: { vi: 'Q. (quyền)', en: 'Q. (acting)' } },
] as const
