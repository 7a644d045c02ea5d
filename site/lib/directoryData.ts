import {
  FUNDING_ROUNDS_TABLE,
  ORGANIZATIONS_TABLE,
  PEOPLE_TABLE,
  STARTUP_SUPPORT_TABLE,
  STARTUPS_TABLE,
  type FundingRoundRow,
  type OrganizationRow,
  type PersonRow,
  type StartupRow,
  type StartupSupportRow,
} from '@channels/opendata'
import { vietnamDay } from './dates'
import { dataFileNames, dataTable, type DataSet } from './openData'
import { profilePath } from './routes'
import type { ProfileEntry } from './types'

/**
 * The directory's public fields as open data (`/he-sinh-thai/du-lieu/`, issue 15): startups with
 * their support records and funding rounds, people, support organisations. Rows are made from
 * the entries the profile pages are made from (site/lib/loaders/directory.ts): published
 * profiles read as the public, a founder only when named with consent, e-mail and phone only
 * when opted in — one rule for pages and data, so a file can never show more than a page.
 * Ids are the profiles' slugs, as in the tracker's open data (`counted_ids`), so the two join.
 */

const DIRECTORY_TABLES = [
  STARTUPS_TABLE,
  STARTUP_SUPPORT_TABLE,
  FUNDING_ROUNDS_TABLE,
  PEOPLE_TABLE,
  ORGANIZATIONS_TABLE,
] as const

/** The directory's open data files, under `/he-sinh-thai/du-lieu/`. */
export const DIRECTORY_DATA_FILES = dataFileNames(DIRECTORY_TABLES)

/** Services are one text, an item per `;` or line (as editors write them). */
const items = (text: string | null): string[] =>
  (text ?? '')
    .split(/[;\n]/)
    .map((item) => item.trim().replace(/\.$/, ''))
    .filter(Boolean)

const day = (value: string | null): string | null => (value ? vietnamDay(value) : null)

export function directoryDataSet(profiles: readonly ProfileEntry[], site: URL): DataSet {
  const url = (p: ProfileEntry) => new URL(profilePath(p.kind, p.slug, 'vi'), site).href
  const startups = profiles.filter((p) => p.kind === 'startup')
  const people = profiles.filter((p) => p.kind === 'person')
  const organisations = profiles.filter((p) => p.kind === 'organisation')

  const startupRows = startups.map((p): StartupRow => ({
    id: p.slug,
    slug: p.slug,
    name: p.name,
    summary_vi: p.vi.summary,
    summary_en: p.en?.summary ?? null,
    sector: p.sector,
    stage: p.stage,
    district: p.district,
    registration_number: p.registrationNumber,
    registration_date: day(p.registrationDate),
    website: p.website,
    founders: p.founders.map((f) => f.name),
    url: url(p),
  }))
  const supportRows = startups.flatMap((p) =>
    p.supportRecords.map((r): StartupSupportRow => ({
      startup_id: p.slug,
      year: r.year,
      kind: r.kind as StartupSupportRow['kind'],
      organization_id: r.provider?.slug ?? null,
      organization: r.provider?.name ?? null,
      support: r.given?.vi ?? null,
    })),
  )
  const fundingRows = startups.flatMap((p) =>
    p.fundingRounds.map((r): FundingRoundRow => ({
      startup_id: p.slug,
      date: day(r.date)!,
      amount_vnd: r.amountVnd,
      investors: [
        ...r.investors.map((i) => i.name),
        ...(r.otherInvestors ? [r.otherInvestors] : []),
      ],
    })),
  )
  const personRows = people.map((p): PersonRow => ({
    id: p.slug,
    slug: p.slug,
    name: p.name,
    roles: p.roles,
    organization: p.vi.organisation,
    expertise: p.expertise,
    bio_vi: p.vi.descriptionText,
    bio_en: p.en?.descriptionText ?? null,
    origin: p.reach,
    email: p.email,
    phone: p.phone,
    url: url(p),
  }))
  const organisationRows = organisations.map((p): OrganizationRow => ({
    id: p.slug,
    slug: p.slug,
    name: p.name,
    kinds: p.orgKinds,
    model: p.model,
    address: p.address,
    services: items(p.vi.services),
    website: p.website,
    year_founded_or_upgraded: p.upgradedYear ?? p.foundedYear,
    url: url(p),
  }))
  const latest = profiles
    .map((p) => p.updatedAt)
    .sort()
    .at(-1)
  return {
    name: 'danh-ba-he-sinh-thai-khoi-nghiep-hai-phong',
    title: 'Danh bạ hệ sinh thái khởi nghiệp Hải Phòng / Hải Phòng startup ecosystem directory',
    description:
      'Các trường công khai của các hồ sơ đã công bố: dự án khởi nghiệp, hồ sơ hỗ trợ, vòng gọi vốn, chuyên gia, tổ chức hỗ trợ. / The public fields of the published profiles: startups, support records, funding rounds, people, support organisations.',
    updated: latest ?? vietnamDay(new Date()),
    tables: [
      dataTable(STARTUPS_TABLE, startupRows),
      dataTable(STARTUP_SUPPORT_TABLE, supportRows),
      dataTable(FUNDING_ROUNDS_TABLE, fundingRows),
      dataTable(PEOPLE_TABLE, personRows),
      dataTable(ORGANIZATIONS_TABLE, organisationRows),
    ],
  }
}
