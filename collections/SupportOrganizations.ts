import type { CollectionConfig } from 'payload'

import { richBodyField } from './fields/common'
import { contactFields } from './fields/consent'
import { districtField, pictureField } from './fields/directory'
import { httpUrlField } from './fields/httpUrl'
import { selectOptions } from './fields/selectOptions'
import { slugField } from './fields/slug'
import { validateWith } from './fields/validateWith'
import { organisationYearProblem } from './lib/directoryRules'
import { ecosystemCollection } from './lib/ecosystemCollection'
import {
  DIRECTORY_LABELS,
  ORGANISATION_KIND_OPTIONS,
  ORGANISATION_MODEL_OPTIONS,
} from './vocabulary/directory'

const yearField = (name: 'foundedYear' | 'upgradedYear', vi: string, en: string) => ({
  name,
  type: 'number' as const,
  label: { vi, en },
  validate: validateWith((_value, { siblingData }) => organisationYearProblem(name, siblingData)),
})

/**
 * Tổ chức hỗ trợ: support centres, startup clubs, incubators, co-working spaces and funds — the
 * infrastructure plan 281 develops (5–6 centres and clubs, privately run or public–private).
 * Their contacts are the organisation's, and public.
 */
export const SupportOrganizations: CollectionConfig<'support-organizations'> = ecosystemCollection(
  'support-organizations',
  {
    labels: {
      singular: { vi: 'Tổ chức hỗ trợ', en: 'Support organisation' },
      plural: { ...DIRECTORY_LABELS['support-organizations'] },
    },
    admin: {
      useAsTitle: 'name',
      defaultColumns: ['name', 'kinds', 'model', 'district', 'workflowStatus', '_status'],
      listSearchableFields: ['name', 'slug', 'address'],
    },
    defaultSort: 'name',
    indexes: [{ fields: ['_status', 'publishedAt'] }],
    checks: [],
    fields: [
      {
        name: 'name',
        type: 'text',
        label: { vi: 'Tên tổ chức', en: 'Name' },
        required: true,
        localized: true,
        maxLength: 200,
      },
      {
        type: 'row',
        fields: [
          {
            name: 'kinds',
            type: 'select',
            hasMany: true,
            label: { vi: 'Loại hình', en: 'Kind' },
            options: selectOptions(ORGANISATION_KIND_OPTIONS),
            index: true,
          },
          {
            name: 'model',
            type: 'select',
            label: { vi: 'Mô hình', en: 'Model' },
            options: selectOptions(ORGANISATION_MODEL_OPTIONS),
            index: true,
          },
        ],
      },
      {
        name: 'summary',
        type: 'textarea',
        label: { vi: 'Tóm tắt', en: 'Summary' },
        localized: true,
        maxLength: 600,
      },
      pictureField('logo', { vi: 'Logo', en: 'Logo' }),
      {
        name: 'services',
        type: 'textarea',
        label: { vi: 'Dịch vụ hỗ trợ', en: 'Services' },
        localized: true,
        maxLength: 2000,
      },
      richBodyField('description', 'Giới thiệu', 'Description'),
      {
        type: 'row',
        fields: [
          yearField('foundedYear', 'Năm thành lập', 'Founded'),
          {
            ...yearField('upgradedYear', 'Năm nâng cấp', 'Upgraded'),
            admin: {
              description: {
                vi: 'Năm được nâng cấp, mở rộng (nếu có): tính vào chỉ tiêu phát triển, nâng cấp trung tâm.',
                en: 'The year it was upgraded or expanded, if it was: counts toward the centres target.',
              },
            },
          },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'address',
            type: 'text',
            label: { vi: 'Địa chỉ', en: 'Address' },
            maxLength: 300,
          },
          districtField(),
        ],
      },
      httpUrlField({ name: 'website', label: { vi: 'Trang web', en: 'Website' } }),
      contactFields({ personal: false }),
      slugField({ from: 'name' }),
    ],
  },
)
