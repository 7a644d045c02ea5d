import type { GlobalConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isChiefOrAdmin } from '../access/isChiefOrAdmin'
import { pageLinkField } from '../fields/pageLink'
import { selectOptions } from '../fields/selectOptions'
import { normalizeText } from '../hooks/normalizeText'
import {
  DISCLOSURE_FREQUENCY_OPTIONS,
  DISCLOSURE_POINT_OPTIONS,
} from '../vocabulary/publicInformation'

/**
 * Danh mục thông tin công khai: Law 104/2016/QH13 Art. 19(1)(g) asks a portal to list the
 * information it publishes, with where, in what form and when. One row per kind of information;
 * shown at /thong-tin-cong-khai/. The seed fills the rows the portal already publishes.
 */
export const PublicInformation: GlobalConfig = {
  slug: 'public-information',
  label: { vi: 'Danh mục thông tin công khai', en: 'Published information list' },
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
      maxLength: 2000,
      admin: { description: { vi: 'Mỗi đoạn một dòng.', en: 'One paragraph per line.' } },
    },
    {
      name: 'items',
      type: 'array',
      label: { vi: 'Thông tin công khai', en: 'Information published' },
      labels: {
        singular: { vi: 'Loại thông tin', en: 'Kind of information' },
        plural: { vi: 'Loại thông tin', en: 'Kinds of information' },
      },
      maxRows: 50,
      fields: [
        {
          name: 'title',
          type: 'text',
          label: { vi: 'Thông tin', en: 'Information' },
          required: true,
          localized: true,
          maxLength: 300,
        },
        {
          type: 'row',
          fields: [
            {
              name: 'point',
              type: 'select',
              label: { vi: 'Căn cứ (Điều 19 khoản 1)', en: 'Basis (Art. 19(1))' },
              options: selectOptions(DISCLOSURE_POINT_OPTIONS),
            },
            {
              name: 'frequency',
              type: 'select',
              label: { vi: 'Thời điểm, tần suất', en: 'When, how often' },
              required: true,
              options: selectOptions(DISCLOSURE_FREQUENCY_OPTIONS),
            },
          ],
        },
        pageLinkField({
          name: 'location',
          label: { vi: 'Nơi đăng tải', en: 'Where' },
          required: true,
          admin: {
            description: {
              vi: 'Đường dẫn trên Cổng (ví dụ /van-ban/) hoặc địa chỉ https:// của trang khác.',
              en: 'A path on the portal (e.g. /van-ban/) or the https:// address of another site.',
            },
          },
        }),
        {
          name: 'note',
          type: 'text',
          label: { vi: 'Ghi chú (hình thức, thời hạn)', en: 'Note (form, period)' },
          localized: true,
          maxLength: 300,
        },
      ],
    },
  ],
}
