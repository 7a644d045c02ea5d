import type { CollectionConfig, Field } from 'payload'

import { selectOptions } from '../fields/selectOptions'
import { slugField } from '../fields/slug'
import { validateWith } from '../fields/validateWith'
import {
  figureDateProblem,
  figureProblem,
  periodProblem,
  targetBoundProblem,
  targetKeyProblem,
} from '../lib/directoryRules'
import { ecosystemCollection } from '../lib/ecosystemCollection'
import { PROGRAMMES_LABEL } from '../vocabulary/directory'
import {
  PROGRAMME_STATUS_OPTIONS,
  TARGET_MEASURE_OPTIONS,
  TARGET_UNIT_OPTIONS,
} from '../vocabulary/programmes'
import { checkProgramme } from './hooks/checkProgramme'

const dayOnly = { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } } as const

/** A stated figure (a count or a percentage), never negative. */
const figureField = (name: 'value' | 'achieved', label: { vi: string; en: string }): Field => ({
  name,
  type: 'number',
  label,
  required: true,
  validate: validateWith((value) => figureProblem(value)),
})

/** The day a stated figure is as of: never ahead of today. */
const asOfField = (): Field => ({
  name: 'asOf',
  type: 'date',
  label: { vi: 'Ngày số liệu', en: 'As of' },
  required: true,
  validate: validateWith((value) => figureDateProblem(value)),
  admin: dayOnly,
})

const yearField = (name: 'periodStart' | 'periodEnd', vi: string, en: string) => ({
  name,
  type: 'number' as const,
  label: { vi, en },
  required: true,
  min: 2000,
  max: 2100,
})

/**
 * Chương trình: a plan with its period, its legal text and structured targets — plan
 * 281/KH-UBND for 2021–2025, then its successor. The tracker reads the targets from here (not
 * from the `programme` global's text), computes each from the directory or shows the figure the
 * department entered with its source, and shows a finished programme's final results.
 */
export const Programmes: CollectionConfig<'programmes'> = ecosystemCollection('programmes', {
  labels: {
    singular: { vi: 'Chương trình', en: 'Programme' },
    plural: { ...PROGRAMMES_LABEL },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['code', 'title', 'periodStart', 'periodEnd', 'status', '_status'],
    listSearchableFields: ['title', 'code'],
  },
  defaultSort: '-periodStart',
  // GraphQL and the generated types name a collection after its singular, which the
  // `programme` global (Giới thiệu chương trình) already uses.
  graphQL: { singularName: 'ProgrammePlan', pluralName: 'Programmes' },
  typescript: { interface: 'ProgrammePlan' },
  checks: [checkProgramme],
  fields: [
    {
      name: 'title',
      type: 'text',
      label: { vi: 'Tên chương trình, kế hoạch', en: 'Title' },
      required: true,
      localized: true,
      maxLength: 300,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'code',
          type: 'text',
          label: { vi: 'Số hiệu', en: 'Number' },
          required: true,
          index: true,
          maxLength: 60,
          admin: { description: { vi: 'Ví dụ 281/KH-UBND', en: 'For example 281/KH-UBND' } },
        },
        {
          name: 'status',
          type: 'select',
          label: { vi: 'Tình trạng', en: 'Status' },
          required: true,
          index: true,
          options: selectOptions(PROGRAMME_STATUS_OPTIONS),
          // PostgreSQL: Payload would name this field's enum type enum_programmes_status, the
          // name it also gives the drafts' `_status` (draft/published), and one type would serve
          // both, refusing "current". SQLite stores text and is unaffected.
          enumName: 'enum_programmes_programme_status',
        },
      ],
    },
    {
      type: 'row',
      fields: [
        yearField('periodStart', 'Từ năm', 'From'),
        {
          ...yearField('periodEnd', 'Đến năm', 'To'),
          validate: validateWith((value, { data }) => periodProblem(data.periodStart, value)),
        },
      ],
    },
    {
      name: 'legalText',
      type: 'relationship',
      relationTo: 'policy-notices',
      label: { vi: 'Văn bản ban hành', en: 'Legal text' },
      admin: {
        description: {
          vi: 'Văn bản trên Cổng ban hành chương trình (ví dụ Kế hoạch 281/KH-UBND).',
          en: 'The notice on the portal that issued it (e.g. plan 281/KH-UBND).',
        },
      },
    },
    {
      name: 'summary',
      type: 'textarea',
      label: { vi: 'Tóm tắt', en: 'Summary' },
      localized: true,
      maxLength: 1000,
    },
    {
      name: 'targets',
      type: 'array',
      label: { vi: 'Chỉ tiêu', en: 'Targets' },
      labels: {
        singular: { vi: 'Chỉ tiêu', en: 'Target' },
        plural: { vi: 'Chỉ tiêu', en: 'Targets' },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'key',
              type: 'text',
              label: { vi: 'Mã chỉ tiêu', en: 'Key' },
              required: true,
              maxLength: 60,
              validate: validateWith((value) => targetKeyProblem(value)),
              admin: {
                description: {
                  vi: 'Tên dùng trong dữ liệu mở (CSV, JSON), ví dụ du-an-ho-tro.',
                  en: 'Its name in the open data (CSV, JSON), e.g. supported-projects.',
                },
              },
            },
            {
              name: 'measure',
              type: 'select',
              label: { vi: 'Cách đo', en: 'Measured by' },
              required: true,
              options: selectOptions(TARGET_MEASURE_OPTIONS),
            },
          ],
        },
        {
          name: 'label',
          type: 'text',
          label: { vi: 'Nội dung chỉ tiêu', en: 'What is measured' },
          required: true,
          localized: true,
          maxLength: 300,
        },
        {
          type: 'row',
          fields: [
            {
              name: 'minimum',
              type: 'number',
              label: { vi: 'Mức (tối thiểu)', en: 'Target (minimum)' },
              required: true,
              validate: validateWith((_value, { siblingData }) =>
                targetBoundProblem('minimum', siblingData),
              ),
            },
            {
              name: 'maximum',
              type: 'number',
              label: { vi: 'Mức tối đa', en: 'Maximum' },
              validate: validateWith((_value, { siblingData }) =>
                targetBoundProblem('maximum', siblingData),
              ),
              admin: {
                description: {
                  vi: 'Khi chỉ tiêu là một khoảng (150–200); để trống nếu là một con số.',
                  en: 'When the target is a range (150–200); empty for a single figure.',
                },
              },
            },
            {
              name: 'unit',
              type: 'select',
              label: { vi: 'Đơn vị', en: 'Unit' },
              required: true,
              options: selectOptions(TARGET_UNIT_OPTIONS),
            },
            {
              name: 'deadline',
              type: 'date',
              label: { vi: 'Thời hạn', en: 'Deadline' },
              admin: dayOnly,
            },
          ],
        },
        {
          name: 'manualFigures',
          type: 'array',
          label: { vi: 'Số liệu nhập tay', en: 'Figures entered by hand' },
          labels: {
            singular: { vi: 'Số liệu', en: 'Figure' },
            plural: { vi: 'Số liệu', en: 'Figures' },
          },
          admin: {
            condition: (_data, siblingData) => siblingData?.measure === 'manual',
            description: {
              vi: 'Mỗi lần có số liệu chính thức: con số, ngày số liệu và văn bản nguồn. Trang kết quả hiện số liệu mới nhất.',
              en: 'Each official figure: the number, its date and its source document. The tracker shows the latest.',
            },
          },
          fields: [
            {
              type: 'row',
              fields: [figureField('value', { vi: 'Số liệu', en: 'Figure' }), asOfField()],
            },
            {
              name: 'sourceNotice',
              type: 'relationship',
              relationTo: 'policy-notices',
              label: { vi: 'Văn bản nguồn (trên Cổng)', en: 'Source notice (on the portal)' },
            },
            {
              name: 'sourceText',
              type: 'text',
              label: { vi: 'Hoặc tên, số hiệu văn bản nguồn', en: 'Or the source document' },
              localized: true,
              maxLength: 300,
            },
          ],
        },
      ],
    },
    {
      name: 'finalResults',
      type: 'array',
      label: { vi: 'Kết quả cuối cùng', en: 'Final results' },
      labels: {
        singular: { vi: 'Kết quả', en: 'Result' },
        plural: { vi: 'Kết quả', en: 'Results' },
      },
      admin: {
        description: {
          vi: 'Khi chương trình kết thúc: kết quả chính thức của từng chỉ tiêu, giữ nguyên dù danh bạ thay đổi sau này.',
          en: 'When the programme ends: the official result of each target, kept as it is whatever the directory later holds.',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'targetKey',
              type: 'text',
              label: { vi: 'Mã chỉ tiêu', en: 'Target key' },
              required: true,
              maxLength: 60,
            },
            figureField('achieved', { vi: 'Đạt được', en: 'Achieved' }),
            asOfField(),
          ],
        },
        {
          name: 'source',
          type: 'text',
          label: { vi: 'Nguồn (báo cáo tổng kết…)', en: 'Source (final report…)' },
          localized: true,
          maxLength: 300,
        },
      ],
    },
    slugField({ from: 'code' }),
  ],
})
