import type { GlobalConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isChiefOrAdmin } from '../access/isChiefOrAdmin'
import { httpUrlField } from '../fields/httpUrl'
import { normalizeText } from '../hooks/normalizeText'

/**
 * Giới thiệu chương trình: what Decree 42/2022/NĐ-CP asks a state portal to publish about
 * itself — the programme (plan 281/KH-UBND), its tasks and targets, the lead agency's official
 * contacts and the cooperating agencies. Shown on the about page; empty parts fall back to the
 * plan text in site/lib/programme.ts.
 */
export const Programme: GlobalConfig = {
  slug: 'programme',
  label: { vi: 'Giới thiệu chương trình', en: 'About the programme' },
  admin: { group: { vi: 'Cổng thông tin', en: 'Portal' } },
  access: {
    read: anyone,
    update: isChiefOrAdmin,
  },
  hooks: { beforeValidate: [normalizeText] },
  fields: [
    {
      name: 'intro',
      type: 'textarea',
      label: { vi: 'Giới thiệu', en: 'Introduction' },
      localized: true,
      admin: { description: { vi: 'Mỗi đoạn một dòng.', en: 'One paragraph per line.' } },
    },
    {
      name: 'tasks',
      type: 'array',
      label: { vi: 'Chức năng, nhiệm vụ', en: 'Functions and tasks' },
      labels: { singular: { vi: 'Nhiệm vụ', en: 'Task' }, plural: { vi: 'Nhiệm vụ', en: 'Tasks' } },
      fields: [
        {
          name: 'title',
          type: 'text',
          label: { vi: 'Tên nhiệm vụ', en: 'Task' },
          required: true,
          localized: true,
          maxLength: 200,
        },
        {
          name: 'description',
          type: 'textarea',
          label: { vi: 'Nội dung', en: 'Description' },
          localized: true,
        },
      ],
    },
    {
      name: 'targets',
      type: 'array',
      label: { vi: 'Mục tiêu của Kế hoạch', en: 'The plan’s targets' },
      labels: {
        singular: { vi: 'Mục tiêu', en: 'Target' },
        plural: { vi: 'Mục tiêu', en: 'Targets' },
      },
      fields: [
        {
          name: 'figure',
          type: 'text',
          label: { vi: 'Chỉ tiêu', en: 'Figure' },
          required: true,
          maxLength: 20,
          admin: { description: { vi: 'Ví dụ: 300, 150–200', en: 'For example 300, 150–200' } },
        },
        {
          name: 'label',
          type: 'text',
          label: { vi: 'Nội dung', en: 'What' },
          required: true,
          localized: true,
          maxLength: 300,
        },
      ],
    },
    {
      name: 'leadAgency',
      type: 'group',
      label: { vi: 'Cơ quan chủ trì', en: 'Lead agency' },
      fields: [
        {
          name: 'name',
          type: 'text',
          label: { vi: 'Tên cơ quan', en: 'Name' },
          localized: true,
          maxLength: 200,
        },
        {
          name: 'address',
          type: 'text',
          label: { vi: 'Địa chỉ', en: 'Address' },
          maxLength: 300,
        },
        {
          name: 'phone',
          type: 'text',
          label: { vi: 'Điện thoại', en: 'Phone' },
          maxLength: 40,
        },
        { name: 'email', type: 'email', label: { vi: 'Thư điện tử', en: 'E-mail' } },
        httpUrlField({ name: 'website', label: { vi: 'Trang web', en: 'Website' } }),
      ],
    },
    {
      name: 'partners',
      type: 'array',
      label: { vi: 'Cơ quan phối hợp', en: 'Cooperating agencies' },
      labels: {
        singular: { vi: 'Cơ quan', en: 'Agency' },
        plural: { vi: 'Cơ quan', en: 'Agencies' },
      },
      fields: [
        {
          name: 'name',
          type: 'text',
          label: { vi: 'Tên cơ quan', en: 'Name' },
          required: true,
          localized: true,
          maxLength: 200,
        },
        {
          name: 'role',
          type: 'text',
          label: { vi: 'Vai trò', en: 'Role' },
          localized: true,
          maxLength: 300,
        },
        httpUrlField({ name: 'website', label: { vi: 'Trang web', en: 'Website' } }),
      ],
    },
  ],
}
