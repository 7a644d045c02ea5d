import type { CollectionConfig } from 'payload'

import { previewFor } from '../preview/url'
import { editorialAccess } from '../access/editorialAccess'
import {
  coverField,
  outletField,
  publishedAtField,
  relatedField,
  richBodyField,
  shareImageField,
  titleField,
  topicsField,
} from '../fields/common'
import { httpUrlField } from '../fields/httpUrl'
import { selectOptions } from '../fields/selectOptions'
import { slugField } from '../fields/slug'
import { workflowFields } from '../fields/workflow'
import { applyEditorialRules } from '../hooks/applyEditorialRules'
import { checkEditorialRequest } from '../hooks/checkEditorialRequest'
import { enforceLimitsOnDrafts } from '../hooks/enforceLimitsOnDrafts'
import { logEditorialDeletion, logEditorialEvent } from '../hooks/logEditorialEvent'
import { normalizeText } from '../hooks/normalizeText'
import { setPublishedAt } from '../hooks/setPublishedAt'
import { editorialVersions } from '../lib/editorialVersions'
import {
  DOCUMENT_TYPE_OPTIONS,
  LEGAL_FIELD_OPTIONS,
  SIGNING_AUTHORITY_OPTIONS,
} from '../vocabulary/documentTypes'
import { LEGAL_STATUS_OPTIONS } from '../vocabulary/legalStatus'
import { checkNotice } from './hooks/checkNotice'

const dateOnly = { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } as const

export const RELATION_OPTIONS = [
  { value: 'implements', label: { vi: 'Triển khai / thực hiện', en: 'Implements' } },
  { value: 'based-on', label: { vi: 'Căn cứ', en: 'Is based on' } },
  { value: 'amends', label: { vi: 'Sửa đổi, bổ sung', en: 'Amends' } },
  { value: 'replaces', label: { vi: 'Thay thế', en: 'Replaces' } },
  { value: 'guides', label: { vi: 'Hướng dẫn', en: 'Guides' } },
]

export const PolicyNotices: CollectionConfig<'policy-notices'> = {
  slug: 'policy-notices',
  labels: {
    singular: { vi: 'Văn bản', en: 'Policy notice' },
    plural: { vi: 'Văn bản', en: 'Policy notices' },
  },
  admin: {
    group: { vi: 'Nội dung', en: 'Content' },
    useAsTitle: 'title',
    defaultColumns: [
      'documentNumber',
      'title',
      'documentType',
      'issueDate',
      'legalStatus',
      'workflowStatus',
      '_status',
    ],
    listSearchableFields: ['title', 'documentNumber', 'abstract', 'issuingBody'],
    preview: previewFor('policy-notices'),
  },
  access: editorialAccess('policy-notices'),
  versions: editorialVersions,
  defaultSort: '-issueDate',
  hooks: {
    beforeOperation: [checkEditorialRequest],
    beforeValidate: [normalizeText],
    beforeChange: [enforceLimitsOnDrafts, checkNotice, applyEditorialRules, setPublishedAt],
    afterChange: [logEditorialEvent],
    afterDelete: [logEditorialDeletion],
  },
  fields: [
    titleField({
      admin: {
        description: {
          vi: 'Tên văn bản như trên trang đầu, ví dụ "Kế hoạch phát triển hệ sinh thái…".',
          en: 'The document title as printed on its first page.',
        },
      },
    }),
    {
      type: 'row',
      fields: [
        {
          name: 'documentNumber',
          type: 'text',
          label: { vi: 'Số hiệu', en: 'Document number' },
          required: true,
          index: true,
          maxLength: 60,
          admin: { placeholder: '281/KH-UBND' },
        },
        {
          name: 'documentType',
          type: 'select',
          label: { vi: 'Loại văn bản', en: 'Document type' },
          required: true,
          index: true,
          options: selectOptions(DOCUMENT_TYPE_OPTIONS),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'issuingBody',
          type: 'text',
          label: { vi: 'Cơ quan ban hành', en: 'Issuing body' },
          required: true,
          index: true,
          maxLength: 200,
          admin: { placeholder: 'Thành phố Hải Phòng' },
        },
        {
          name: 'field',
          type: 'select',
          label: { vi: 'Lĩnh vực', en: 'Field' },
          required: true,
          index: true,
          options: selectOptions(LEGAL_FIELD_OPTIONS),
        },
      ],
    },
    {
      // The number and issuing body as one comparison key (collections/lib/documentNumber.ts),
      // set by checkNotice on every save: "one number per issuing body" is an indexed look-up
      // that sees through spaces, case, dashes and invisible characters.
      name: 'documentKey',
      type: 'text',
      index: true,
      hidden: true,
    },
    {
      name: 'signer',
      type: 'group',
      label: { vi: 'Người ký', en: 'Signed by' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'authority',
              type: 'select',
              label: { vi: 'Thẩm quyền ký', en: 'Signing authority' },
              options: selectOptions(SIGNING_AUTHORITY_OPTIONS),
            },
            {
              name: 'onBehalfOf',
              type: 'text',
              label: { vi: 'Ký thay / thay mặt cho', en: 'On behalf of' },
              localized: true,
              admin: { placeholder: 'Chủ tịch' },
            },
            {
              name: 'position',
              type: 'text',
              label: { vi: 'Chức vụ', en: 'Position' },
              localized: true,
              admin: { placeholder: 'Phó Chủ tịch' },
            },
            {
              name: 'name',
              type: 'text',
              label: { vi: 'Họ và tên', en: 'Name' },
            },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'issueDate',
          type: 'date',
          label: { vi: 'Ngày ban hành', en: 'Issue date' },
          required: true,
          index: true,
          admin: { date: dateOnly },
        },
        {
          name: 'effectiveDate',
          type: 'date',
          label: { vi: 'Ngày có hiệu lực', en: 'Effective date' },
          required: true,
          admin: { date: dateOnly },
        },
        {
          name: 'expiryDate',
          type: 'date',
          label: { vi: 'Ngày hết hiệu lực', en: 'Expiry date' },
          admin: { date: dateOnly },
        },
      ],
    },
    {
      name: 'abstract',
      type: 'textarea',
      label: { vi: 'Trích yếu', en: 'Abstract' },
      required: true,
      localized: true,
      maxLength: 1000,
    },
    {
      name: 'attachments',
      type: 'upload',
      relationTo: 'documents',
      hasMany: true,
      label: { vi: 'Tệp đính kèm (PDF/DOC/DOCX)', en: 'Attached files (PDF/DOC/DOCX)' },
    },
    httpUrlField({
      name: 'officialSource',
      label: { vi: 'Nguồn chính thức', en: 'Official source' },
      admin: {
        description: {
          vi: 'Địa chỉ văn bản trên Cơ sở dữ liệu quốc gia về văn bản pháp luật (vbpl.vn) hoặc Công báo (congbao.chinhphu.vn), nếu có. Hiện trên trang văn bản.',
          en: 'The document on the national legal documents database (vbpl.vn) or the Official Gazette (congbao.chinhphu.vn), if any. Shown on the notice page.',
        },
      },
    }),
    {
      name: 'relations',
      type: 'array',
      label: { vi: 'Văn bản liên quan', en: 'Related documents' },
      labels: {
        singular: { vi: 'Quan hệ', en: 'Relation' },
        plural: { vi: 'Quan hệ', en: 'Relations' },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'relation',
              type: 'select',
              label: { vi: 'Văn bản này…', en: 'This document…' },
              required: true,
              options: RELATION_OPTIONS,
            },
            {
              name: 'notice',
              type: 'relationship',
              relationTo: 'policy-notices',
              label: { vi: 'Văn bản', en: 'Document' },
              required: true,
            },
          ],
        },
      ],
    },
    richBodyField('fullText', 'Toàn văn', 'Full text'),
    relatedField(),
    coverField(),
    slugField(),
    {
      name: 'legalStatus',
      type: 'select',
      label: { vi: 'Tình trạng hiệu lực', en: 'Legal status' },
      options: selectOptions(LEGAL_STATUS_OPTIONS),
      index: true,
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: {
          vi: 'Tự tính từ ngày hiệu lực và ngày hết hiệu lực.',
          en: 'Derived from the effective and expiry dates.',
        },
      },
    },
    {
      name: 'legalStatusOverride',
      type: 'select',
      label: { vi: 'Đặt tình trạng thủ công', en: 'Set status manually' },
      options: selectOptions(LEGAL_STATUS_OPTIONS),
      admin: {
        position: 'sidebar',
        description: {
          vi: 'Chỉ dùng khi văn bản bị bãi bỏ hoặc đình chỉ trước hạn.',
          en: 'Only when the document was repealed or suspended early.',
        },
      },
    },
    {
      name: 'consultation',
      type: 'group',
      label: { vi: 'Lấy ý kiến dự thảo', en: 'Draft for comment' },
      admin: {
        description: {
          vi: 'Đặt ngày mở và ngày kết thúc để đưa văn bản ra lấy ý kiến tại /gop-y-du-thao/. Sau khi kết thúc, đăng báo cáo tổng hợp ý kiến và việc tiếp thu.',
          en: 'Set an opening and a closing date to put the document out for comment at /gop-y-du-thao/. After it closes, publish the summary of comments and how they were taken into account.',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'opensAt',
              type: 'date',
              label: { vi: 'Mở lấy ý kiến từ', en: 'Opens' },
              admin: { date: { pickerAppearance: 'dayAndTime' } },
            },
            {
              name: 'closesAt',
              type: 'date',
              label: { vi: 'Kết thúc lúc', en: 'Closes' },
              admin: { date: { pickerAppearance: 'dayAndTime' } },
            },
          ],
        },
        {
          name: 'summary',
          type: 'textarea',
          label: {
            vi: 'Báo cáo tổng hợp, tiếp thu ý kiến',
            en: 'Summary of comments and how they were taken into account',
          },
          localized: true,
          maxLength: 20_000,
        },
      ],
    },
    publishedAtField(),
    outletField(false),
    topicsField(),
    shareImageField(),
    ...workflowFields('policy-notices'),
  ],
}
