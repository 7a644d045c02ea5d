import { CONTENT_COLLECTIONS } from './contentTypes'

/**
 * The ecosystem directory (issue 15): the three kinds of profile, the kind of page each becomes
 * on the site, and their names. Every list of directory collections in the CMS, the site and the
 * tests is this one.
 */
export const DIRECTORY_TYPES = [
  {
    collection: 'startups',
    kind: 'startup',
    label: { vi: 'Dự án khởi nghiệp', en: 'Startups' },
  },
  {
    collection: 'people',
    kind: 'person',
    label: { vi: 'Chuyên gia, cố vấn, nhà đầu tư', en: 'Experts, mentors and investors' },
  },
  {
    collection: 'support-organizations',
    kind: 'organisation',
    label: { vi: 'Tổ chức hỗ trợ', en: 'Support organisations' },
  },
] as const

type DirectoryType = (typeof DIRECTORY_TYPES)[number]
export type DirectoryCollection = DirectoryType['collection']
export type DirectoryKind = DirectoryType['kind']

export const DIRECTORY_COLLECTIONS: readonly DirectoryCollection[] = DIRECTORY_TYPES.map(
  (type) => type.collection,
)

/** `startups` → its name in both languages (the admin's list title, the site's section). */
export const DIRECTORY_LABELS = Object.fromEntries(
  DIRECTORY_TYPES.map((type) => [type.collection, type.label]),
) as Record<DirectoryCollection, { vi: string; en: string }>

export const isDirectoryCollection = (slug: string): slug is DirectoryCollection =>
  (DIRECTORY_COLLECTIONS as readonly string[]).includes(slug)

/** Plans with structured targets (281/KH-UBND and its successors): what the tracker reads. */
export const PROGRAMMES_COLLECTION = 'programmes' as const
export const PROGRAMMES_LABEL = { vi: 'Chương trình, kế hoạch', en: 'Programmes' }

/**
 * What the Department of Science and Technology looks after: the directory and the programmes.
 * Its editors (an outlet marked `managesDirectory`) act here as the Ban biên tập does.
 */
export const ECOSYSTEM_COLLECTIONS = [...DIRECTORY_COLLECTIONS, PROGRAMMES_COLLECTION] as const
export type EcosystemCollection = (typeof ECOSYSTEM_COLLECTIONS)[number]

export const isEcosystemCollection = (slug: string): slug is EcosystemCollection =>
  (ECOSYSTEM_COLLECTIONS as readonly string[]).includes(slug)

/** Every collection under the editorial workflow (drafts, review, the editorial log). */
export const EDITORIAL_COLLECTIONS = [...CONTENT_COLLECTIONS, ...ECOSYSTEM_COLLECTIONS] as const
export type EditorialCollection = (typeof EDITORIAL_COLLECTIONS)[number]

/** The admin's group for the directory and the programmes. */
export const ECOSYSTEM_GROUP = { vi: 'Hệ sinh thái', en: 'Ecosystem' }

/** Giai đoạn phát triển of a startup project. */
export const STARTUP_STAGE_OPTIONS = [
  { value: 'idea', label: { vi: 'Ý tưởng', en: 'Idea' } },
  { value: 'prototype', label: { vi: 'Sản phẩm mẫu', en: 'Prototype' } },
  { value: 'fundraising', label: { vi: 'Gọi vốn', en: 'Fundraising' } },
  { value: 'growth', label: { vi: 'Tăng trưởng', en: 'Growth' } },
] as const
export type StartupStage = (typeof STARTUP_STAGE_OPTIONS)[number]['value']

/** The roles plan 281 names for the network it attracts (huấn luyện viên, cố vấn, …). */
export const PERSON_ROLE_OPTIONS = [
  { value: 'coach', label: { vi: 'Huấn luyện viên', en: 'Coach' } },
  { value: 'mentor', label: { vi: 'Cố vấn', en: 'Mentor' } },
  { value: 'expert', label: { vi: 'Chuyên gia', en: 'Expert' } },
  { value: 'investor', label: { vi: 'Nhà đầu tư', en: 'Investor' } },
] as const
export type PersonRole = (typeof PERSON_ROLE_OPTIONS)[number]['value']

/** "trong và ngoài nước", as the plan's target on the network says. */
export const PERSON_REACH_OPTIONS = [
  { value: 'domestic', label: { vi: 'Trong nước', en: 'Domestic' } },
  { value: 'international', label: { vi: 'Quốc tế', en: 'International' } },
] as const
export type PersonReach = (typeof PERSON_REACH_OPTIONS)[number]['value']

export const ORGANISATION_KIND_OPTIONS = [
  { value: 'support-centre', label: { vi: 'Trung tâm hỗ trợ khởi nghiệp', en: 'Support centre' } },
  { value: 'startup-club', label: { vi: 'Câu lạc bộ khởi nghiệp', en: 'Startup club' } },
  { value: 'incubator', label: { vi: 'Vườn ươm, cơ sở ươm tạo', en: 'Incubator' } },
  { value: 'coworking', label: { vi: 'Không gian làm việc chung', en: 'Co-working space' } },
  { value: 'fund', label: { vi: 'Quỹ đầu tư', en: 'Investment fund' } },
] as const
export type OrganisationKind = (typeof ORGANISATION_KIND_OPTIONS)[number]['value']

/** How an organisation is run: the plan develops centres "xã hội hóa hoặc đối tác công tư". */
export const ORGANISATION_MODEL_OPTIONS = [
  { value: 'public', label: { vi: 'Công lập', en: 'Public' } },
  { value: 'socialised', label: { vi: 'Xã hội hóa', en: 'Privately run (socialised)' } },
  { value: 'public-private', label: { vi: 'Đối tác công tư', en: 'Public–private partnership' } },
] as const
export type OrganisationModel = (typeof ORGANISATION_MODEL_OPTIONS)[number]['value']

/**
 * The plan's target "phát triển và nâng cấp từ 5 đến 6 trung tâm, câu lạc bộ khởi nghiệp đổi mới
 * sáng tạo theo hình thức xã hội hóa hoặc đối tác công tư": which organisations count as such a
 * centre or club (the tracker's `centresDeveloped`, with a founding or upgrade year in the
 * programme's period). Funds are not centres.
 */
export const CENTRE_TARGET: {
  kinds: readonly OrganisationKind[]
  models: readonly OrganisationModel[]
} = {
  kinds: ['support-centre', 'startup-club', 'incubator', 'coworking'],
  models: ['socialised', 'public-private'],
}

/** The plan's two kinds of support: "hỗ trợ cung cấp dịch vụ" and "hỗ trợ trực tiếp". */
export const SUPPORT_KIND_OPTIONS = [
  { value: 'service', label: { vi: 'Hỗ trợ cung cấp dịch vụ', en: 'Service support' } },
  { value: 'direct', label: { vi: 'Hỗ trợ trực tiếp', en: 'Direct support' } },
] as const
export type SupportKind = (typeof SUPPORT_KIND_OPTIONS)[number]['value']
