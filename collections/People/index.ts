import type { CollectionConfig } from 'payload'

import { richBodyField } from '../fields/common'
import { consentField, consentFlagField, contactFields } from '../fields/consent'
import { pictureField } from '../fields/directory'
import { httpUrlField } from '../fields/httpUrl'
import { selectOptions } from '../fields/selectOptions'
import { slugField } from '../fields/slug'
import { queueConsentPurge } from '../hooks/queueConsentPurge'
import { ecosystemCollection } from '../lib/ecosystemCollection'
import {
  DIRECTORY_LABELS,
  PERSON_REACH_OPTIONS,
  PERSON_ROLE_OPTIONS,
} from '../vocabulary/directory'
import { SECTOR_OPTIONS } from '../vocabulary/sectors'
import { checkPerson } from './hooks/checkPerson'

/**
 * Chuyên gia, cố vấn, nhà đầu tư: the network plan 281 sets out to attract (150–200 coaches,
 * mentors, experts and investors). A profile is personal data: it is published only with the
 * person's recorded consent (Law 91/2025/QH15), and their e-mail and phone only if they also
 * consented to a public contact.
 */
export const People: CollectionConfig<'people'> = ecosystemCollection('people', {
  labels: {
    singular: { vi: 'Chuyên gia, cố vấn, nhà đầu tư', en: 'Person' },
    plural: { ...DIRECTORY_LABELS.people },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'roles', 'organisation', 'reach', 'workflowStatus', '_status'],
    listSearchableFields: ['name', 'slug', 'organisation'],
  },
  defaultSort: 'name',
  indexes: [{ fields: ['_status', 'publishedAt'] }],
  checks: [checkPerson],
  afterChange: [queueConsentPurge],
  fields: [
    {
      name: 'name',
      type: 'text',
      label: { vi: 'Họ và tên', en: 'Name' },
      required: true,
      maxLength: 120,
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      label: { vi: 'Vai trò', en: 'Roles' },
      options: selectOptions(PERSON_ROLE_OPTIONS),
      index: true,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'organisation',
          type: 'text',
          label: { vi: 'Cơ quan, tổ chức', en: 'Organisation' },
          localized: true,
          maxLength: 200,
        },
        {
          name: 'position',
          type: 'text',
          label: { vi: 'Chức danh', en: 'Position' },
          localized: true,
          maxLength: 200,
        },
        {
          name: 'reach',
          type: 'select',
          label: { vi: 'Trong nước / quốc tế', en: 'Domestic / international' },
          options: selectOptions(PERSON_REACH_OPTIONS),
          index: true,
        },
      ],
    },
    {
      name: 'expertise',
      type: 'select',
      hasMany: true,
      label: { vi: 'Lĩnh vực chuyên môn', en: 'Fields of expertise' },
      options: selectOptions(SECTOR_OPTIONS),
    },
    pictureField('photo', { vi: 'Ảnh', en: 'Photo' }),
    richBodyField('bio', 'Giới thiệu', 'Biography'),
    httpUrlField({ name: 'website', label: { vi: 'Trang web', en: 'Website' } }),
    contactFields(),
    consentFlagField('contactPublic', {
      vi: 'Liên hệ được công khai (theo sự đồng ý)',
      en: 'Contact shown publicly (from the consent)',
    }),
    consentField({
      vi: 'Hồ sơ chỉ được xuất bản khi đã có sự đồng ý cho mục đích "Công bố hồ sơ trên danh bạ"; e-mail, điện thoại chỉ hiện khi có thêm "Công khai e-mail, điện thoại".',
      en: 'The profile is published only with consent to "Publishing their profile"; e-mail and phone are shown only with "Showing their e-mail and phone" too.',
    }),
    slugField({ from: 'name' }),
  ],
})
