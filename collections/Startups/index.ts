import type { CollectionConfig } from 'payload'

import { nameIsPublic } from '../access/nameIsPublic'
import { isStaffField } from '../access/isStaffField'
import { richBodyField } from '../fields/common'
import { consentField, consentFlagField, contactFields } from '../fields/consent'
import { districtField, pictureField } from '../fields/directory'
import { httpUrlField } from '../fields/httpUrl'
import { registrationNumberField } from '../fields/registrationNumber'
import { selectOptions } from '../fields/selectOptions'
import { slugField } from '../fields/slug'
import { validateWith } from '../fields/validateWith'
import {
  amountProblem,
  fundingDateProblem,
  registrationDateProblem,
  supportYearProblem,
} from '../lib/directoryRules'
import { queueConsentPurge } from '../hooks/queueConsentPurge'
import { ecosystemCollection } from '../lib/ecosystemCollection'
import {
  DIRECTORY_LABELS,
  STARTUP_STAGE_OPTIONS,
  SUPPORT_KIND_OPTIONS,
} from '../vocabulary/directory'
import { SECTOR_OPTIONS } from '../vocabulary/sectors'
import { checkStartup } from './hooks/checkStartup'
import { notePlanPeriod } from './hooks/notePlanPeriod'

const dayOnly = { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } } as const

/**
 * Dự án khởi nghiệp: a startup project of the directory, with the support it received (what the
 * tracker counts toward plan 281's targets) and its funding rounds. Founders are named publicly
 * only with their consent.
 */
export const Startups: CollectionConfig<'startups'> = ecosystemCollection('startups', {
  labels: {
    singular: { vi: 'Dự án khởi nghiệp', en: 'Startup' },
    plural: { ...DIRECTORY_LABELS.startups },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'sector', 'stage', 'district', 'workflowStatus', '_status'],
    listSearchableFields: ['name', 'slug', 'registrationNumber', 'summary'],
  },
  defaultSort: 'name',
  indexes: [{ fields: ['_status', 'publishedAt'] }],
  checks: [checkStartup],
  afterChange: [queueConsentPurge],
  fields: [
    {
      name: 'name',
      type: 'text',
      label: { vi: 'Tên dự án / doanh nghiệp', en: 'Name' },
      required: true,
      maxLength: 200,
    },
    {
      name: 'summary',
      type: 'textarea',
      label: { vi: 'Tóm tắt', en: 'Summary' },
      localized: true,
      maxLength: 600,
    },
    pictureField('logo', { vi: 'Logo', en: 'Logo' }),
    richBodyField('description', 'Giới thiệu', 'Description'),
    {
      type: 'row',
      fields: [
        {
          name: 'sector',
          type: 'select',
          label: { vi: 'Lĩnh vực', en: 'Sector' },
          options: selectOptions(SECTOR_OPTIONS),
          index: true,
        },
        {
          name: 'stage',
          type: 'select',
          label: { vi: 'Giai đoạn', en: 'Stage' },
          options: selectOptions(STARTUP_STAGE_OPTIONS),
          index: true,
        },
        districtField(),
      ],
    },
    {
      type: 'row',
      fields: [
        registrationNumberField(),
        {
          name: 'registrationDate',
          type: 'date',
          label: { vi: 'Ngày đăng ký doanh nghiệp lần đầu', en: 'First registered on' },
          validate: validateWith((value) => registrationDateProblem(value)),
          admin: {
            ...dayOnly,
            description: {
              vi: 'Để thấy và kiểm tra tiêu chí "không quá 5 năm kể từ ngày cấp Giấy chứng nhận đăng ký doanh nghiệp lần đầu".',
              en: 'Shows and checks the plan’s criterion of at most 5 years since first registration.',
            },
          },
        },
      ],
    },
    httpUrlField({ name: 'website', label: { vi: 'Trang web', en: 'Website' } }),
    {
      name: 'founders',
      type: 'array',
      label: { vi: 'Người sáng lập', en: 'Founders' },
      labels: {
        singular: { vi: 'Người sáng lập', en: 'Founder' },
        plural: { vi: 'Người sáng lập', en: 'Founders' },
      },
      maxRows: 10,
      admin: {
        description: {
          vi: 'Tên người sáng lập chỉ hiện công khai khi người đó đồng ý được nêu tên; e-mail, điện thoại chỉ khi đồng ý công khai liên hệ.',
          en: 'A founder’s name is public only with their consent to be named; e-mail and phone only with consent to a public contact.',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'name',
              type: 'text',
              label: { vi: 'Họ và tên', en: 'Name' },
              required: true,
              maxLength: 120,
              access: { read: nameIsPublic },
            },
            {
              name: 'role',
              type: 'text',
              label: { vi: 'Vai trò', en: 'Role' },
              localized: true,
              maxLength: 120,
            },
          ],
        },
        contactFields(),
        {
          type: 'row',
          fields: [
            consentFlagField('namePublic', {
              vi: 'Tên được công khai (theo sự đồng ý)',
              en: 'Name shown publicly (from the consent)',
            }),
            consentFlagField('contactPublic', {
              vi: 'Liên hệ được công khai (theo sự đồng ý)',
              en: 'Contact shown publicly (from the consent)',
            }),
          ],
        },
        consentField({
          vi: 'Mục đích cần có: "Nêu tên là người sáng lập"; thêm "Công khai e-mail, điện thoại" nếu người đó muốn.',
          en: 'Purpose needed: "Naming them as a founder"; add "Showing their e-mail and phone" if they wish.',
        }),
      ],
    },
    {
      name: 'supportRecords',
      type: 'array',
      label: { vi: 'Hỗ trợ đã nhận', en: 'Support received' },
      labels: {
        singular: { vi: 'Lượt hỗ trợ', en: 'Support record' },
        plural: { vi: 'Lượt hỗ trợ', en: 'Support records' },
      },
      admin: {
        description: {
          vi: 'Mỗi lượt hỗ trợ một dòng. Chỉ những năm trong giai đoạn của một chương trình (Kế hoạch 281/KH-UBND: 2021–2025) được tính vào kết quả; các năm khác vẫn được lưu và ghi rõ là không tính.',
          en: 'One row per support given. Only years within a programme’s period (plan 281/KH-UBND: 2021–2025) count toward its results; other years are kept and marked as not counted.',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'year',
              type: 'number',
              label: { vi: 'Năm', en: 'Year' },
              required: true,
              min: 2000,
              validate: validateWith((value) => supportYearProblem(value)),
            },
            {
              name: 'kind',
              type: 'select',
              label: { vi: 'Hình thức', en: 'Kind' },
              required: true,
              options: selectOptions(SUPPORT_KIND_OPTIONS),
            },
            {
              name: 'provider',
              type: 'relationship',
              relationTo: 'support-organizations',
              label: { vi: 'Tổ chức hỗ trợ', en: 'Provided by' },
            },
          ],
        },
        {
          name: 'given',
          type: 'textarea',
          label: { vi: 'Nội dung hỗ trợ', en: 'What was given' },
          localized: true,
          maxLength: 1000,
        },
        {
          // Computed on every read for the editor, from the programmes' periods; not stored.
          name: 'planNote',
          type: 'text',
          virtual: true,
          label: { vi: 'Tính vào kết quả', en: 'Counted toward' },
          access: { read: isStaffField },
          hooks: { afterRead: [notePlanPeriod] },
          admin: { readOnly: true },
        },
      ],
    },
    {
      name: 'fundingRounds',
      type: 'array',
      label: { vi: 'Các vòng gọi vốn', en: 'Funding rounds' },
      labels: {
        singular: { vi: 'Vòng gọi vốn', en: 'Funding round' },
        plural: { vi: 'Các vòng gọi vốn', en: 'Funding rounds' },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'date',
              type: 'date',
              label: { vi: 'Ngày', en: 'Date' },
              required: true,
              validate: validateWith((value, { data }) =>
                fundingDateProblem(value, data.registrationDate),
              ),
              admin: dayOnly,
            },
            {
              name: 'amountVnd',
              type: 'number',
              label: { vi: 'Số tiền (đồng)', en: 'Amount (VND)' },
              validate: validateWith((value) => amountProblem(value)),
              admin: {
                description: {
                  vi: 'Chỉ nhập khi số tiền đã được công bố.',
                  en: 'Only when the amount has been made public.',
                },
              },
            },
          ],
        },
        {
          name: 'investors',
          type: 'relationship',
          relationTo: 'people',
          hasMany: true,
          label: { vi: 'Nhà đầu tư (trong danh bạ)', en: 'Investors (in the directory)' },
        },
        {
          name: 'otherInvestors',
          type: 'text',
          label: { vi: 'Nhà đầu tư khác', en: 'Other investors' },
          maxLength: 300,
          admin: {
            description: {
              vi: 'Quỹ, doanh nghiệp không có trong danh bạ. Không ghi tên cá nhân chưa đồng ý công bố.',
              en: 'Funds or companies not in the directory. No names of individuals who have not consented.',
            },
          },
        },
      ],
    },
    slugField({ from: 'name' }),
  ],
})
