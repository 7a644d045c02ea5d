import type { CollectionConfig } from 'payload'

import { isStaff } from './access/isStaff'
import { nobody } from './access/nobody'

/**
 * Lượt xem: how often each public page was read on each day, counted by the live site server
 * (cms/pageViews/recorder.ts) — one row per page and day, nothing about the reader. Only that
 * server writes, as the system; through the API, staff may read and nobody may write.
 */
export const PageViews: CollectionConfig<'page-views'> = {
  slug: 'page-views',
  labels: {
    singular: { vi: 'Lượt xem trang', en: 'Page views' },
    plural: { vi: 'Lượt xem', en: 'Page views' },
  },
  admin: {
    group: { vi: 'Hệ thống', en: 'System' },
    useAsTitle: 'path',
    defaultColumns: ['day', 'path', 'count'],
    disableCopyToLocale: true,
  },
  access: {
    // Aggregate counts, no personal data: every newsroom account may see what readers read.
    read: isStaff,
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  defaultSort: '-day',
  // No createdAt/updatedAt: the time a day's first view was written would say when someone read.
  timestamps: false,
  indexes: [{ fields: ['path', 'day'], unique: true }],
  fields: [
    {
      name: 'path',
      type: 'text',
      label: { vi: 'Đường dẫn', en: 'Path' },
      required: true,
    },
    {
      // A calendar day in Vietnam time, `YYYY-MM-DD` (sorts and compares as text).
      name: 'day',
      type: 'text',
      label: { vi: 'Ngày', en: 'Day' },
      required: true,
      index: true,
    },
    {
      name: 'count',
      type: 'number',
      label: { vi: 'Lượt xem', en: 'Views' },
      required: true,
      min: 0,
      defaultValue: 0,
    },
  ],
}
