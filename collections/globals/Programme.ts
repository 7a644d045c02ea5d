import type { GlobalConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isChiefOrAdmin } from '../access/isChiefOrAdmin'
import { httpUrlField } from '../fields/httpUrl'
import { normalizeText } from '../hooks/normalizeText'

/**
 * Giới thiệu chương trình: what a state portal publishes about itself — the programme (plan
 * 281/KH-UBND) and its tasks (its targets are data in the `programmes` collection, which the
 * about page and the tracker both read), the agency that runs the portal with its official
 * contacts, the person responsible and the contact for information requests (Law 104/2016/QH13
 * Art. 19(1)(đ); the portal rules of Decree 42/2022/NĐ-CP until 30/06/2026, then the decree on
 * state agencies' portals under Law 148/2025/QH15 — see docs/LEGAL.md), and the cooperating
 * agencies. The agency is defined here once: the site's header and footer on every page and the
 * about page read it. Empty parts fall back to the plan text in site/lib/programme.ts.
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
      name: 'leadAgency',
      type: 'group',
      label: { vi: 'Cơ quan chủ trì, chủ quản Cổng', en: 'Lead agency, running the portal' },
      admin: {
        description: {
          vi: 'Công khai trên đầu và cuối mọi trang của Cổng. Dữ liệu mẫu điền giá trị minh họa: thay bằng thông tin chính thức trước khi vận hành.',
          en: 'Shown in the header and footer of every page. The demo data fills in sample values: replace them with the official ones before going live.',
        },
      },
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
        {
          name: 'responsible',
          type: 'group',
          label: {
            vi: 'Người chịu trách nhiệm quản lý Cổng',
            en: 'Person responsible for the portal',
          },
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'name',
                  type: 'text',
                  label: { vi: 'Họ và tên', en: 'Name' },
                  maxLength: 120,
                },
                {
                  name: 'position',
                  type: 'text',
                  label: { vi: 'Chức vụ', en: 'Position' },
                  localized: true,
                  maxLength: 200,
                },
              ],
            },
          ],
        },
        {
          name: 'contactOfficer',
          type: 'group',
          label: {
            vi: 'Đầu mối tiếp nhận yêu cầu cung cấp thông tin',
            en: 'Contact for information requests',
          },
          admin: {
            description: {
              vi: 'Người làm đầu mối theo Luật Tiếp cận thông tin (Điều 19 khoản 1 điểm đ); công khai trên trang Giới thiệu.',
              en: 'The contact the Law on Access to Information asks for (Art. 19(1)(đ)); shown on the about page.',
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
                  maxLength: 120,
                },
                {
                  name: 'position',
                  type: 'text',
                  label: { vi: 'Chức vụ', en: 'Position' },
                  localized: true,
                  maxLength: 200,
                },
              ],
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'phone',
                  type: 'text',
                  label: { vi: 'Điện thoại', en: 'Phone' },
                  maxLength: 40,
                },
                { name: 'email', type: 'email', label: { vi: 'Thư điện tử', en: 'E-mail' } },
              ],
            },
          ],
        },
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
