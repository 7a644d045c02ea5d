import type { GlobalConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isChiefOrAdmin } from '../access/isChiefOrAdmin'
import { httpUrlField } from '../fields/httpUrl'
import { normalizeText } from '../hooks/normalizeText'

/**
 * Thủ tục hành chính cho khởi nghiệp: a curated list of the procedures a startup meets, each
 * linked to where it is done online — the National Public Service Portal (dichvucong.gov.vn)
 * and the city's. Shown at /thu-tuc-hanh-chinh/. Procedure codes are not stored: the portals
 * are the reference, and a code copied here would go stale.
 */
export const StartupProcedures: GlobalConfig = {
  slug: 'startup-procedures',
  label: { vi: 'Thủ tục hành chính cho khởi nghiệp', en: 'Procedures for startups' },
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
      name: 'procedures',
      type: 'array',
      label: { vi: 'Thủ tục', en: 'Procedures' },
      labels: {
        singular: { vi: 'Thủ tục', en: 'Procedure' },
        plural: { vi: 'Thủ tục', en: 'Procedures' },
      },
      maxRows: 50,
      admin: {
        description: {
          vi: 'Dữ liệu mẫu dẫn tới trang chủ các cổng dịch vụ công: hãy thay bằng liên kết tới đúng trang của từng thủ tục.',
          en: 'The demo data links to the service portals’ home pages: replace them with each procedure’s own page.',
        },
      },
      fields: [
        {
          name: 'name',
          type: 'text',
          label: { vi: 'Tên thủ tục', en: 'Procedure' },
          required: true,
          localized: true,
          maxLength: 300,
        },
        {
          name: 'agency',
          type: 'text',
          label: { vi: 'Cơ quan giải quyết', en: 'Handled by' },
          localized: true,
          maxLength: 200,
        },
        {
          name: 'description',
          type: 'textarea',
          label: { vi: 'Dành cho ai, khi nào', en: 'Who needs it, when' },
          localized: true,
          maxLength: 1000,
        },
        {
          type: 'row',
          fields: [
            httpUrlField({
              name: 'nationalUrl',
              label: {
                vi: 'Trên Cổng Dịch vụ công quốc gia',
                en: 'On the National Public Service Portal',
              },
            }),
            httpUrlField({
              name: 'cityUrl',
              label: {
                vi: 'Trên Cổng dịch vụ công thành phố',
                en: 'On the city’s public service portal',
              },
            }),
          ],
        },
      ],
    },
  ],
}
