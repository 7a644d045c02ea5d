import type { GlobalConfig, Payload, PayloadRequest } from 'payload'

export const SITE_STATUS_SLUG = 'site-status'

export type SiteState = 'idle' | 'queued' | 'building' | 'live' | 'failed'

/** What the `site-status` global stores (one record: the portal's publishing state). */
export type SiteStatusData = {
  state: SiteState
  summary?: string | null
  trigger?: string | null
  queuedAt?: string | null
  startedAt?: string | null
  liveAt?: string | null
  failedAt?: string | null
  failureReason?: string | null
  logExcerpt?: string | null
  durationSeconds?: number | null
  pagesRendered?: number | null
  pagesReused?: number | null
  pagesTotal?: number | null
  publishedItems?: number | null
  release?: string | null
}

const readOnlyDate = {
  type: 'date',
  admin: {
    readOnly: true,
    date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm:ss' },
  },
} as const

/**
 * The public portal's publishing state, shown to every staff member in the admin (read-only;
 * only the publish pipeline writes it): queued, building, live since when, or failed with the
 * reason and the end of the build log; the last build's duration and pages rendered vs reused.
 */
export const SiteStatus: GlobalConfig = {
  slug: SITE_STATUS_SLUG,
  label: { vi: 'Trạng thái cổng thông tin', en: 'Portal status' },
  admin: {
    group: { vi: 'Hệ thống', en: 'System' },
    description: {
      vi: 'Mỗi lần xuất bản, gỡ hay sửa nội dung đã xuất bản, cổng thông tin được dựng lại và đưa lên trong vài giây. Trang này cho biết lần dựng gần nhất.',
      en: 'Every publish, unpublish or edit of published content rebuilds the portal and puts it live within seconds. This page shows the latest build.',
    },
  },
  access: {
    read: ({ req }) => Boolean(req.user),
    // Written by the publish pipeline through the Local API only.
    update: () => false,
  },
  fields: [
    {
      name: 'state',
      type: 'select',
      label: { vi: 'Trạng thái', en: 'State' },
      defaultValue: 'idle',
      admin: { readOnly: true },
      options: [
        { value: 'idle', label: { vi: 'Chưa dựng', en: 'Not built yet' } },
        { value: 'queued', label: { vi: 'Đang chờ dựng', en: 'Queued' } },
        { value: 'building', label: { vi: 'Đang dựng', en: 'Building' } },
        { value: 'live', label: { vi: 'Đã lên trang', en: 'Live' } },
        {
          value: 'failed',
          label: { vi: 'Lỗi (trang cũ vẫn chạy)', en: 'Failed (old site still live)' },
        },
      ],
    },
    {
      name: 'summary',
      type: 'text',
      label: { vi: 'Tóm tắt', en: 'Summary' },
      admin: { readOnly: true },
    },
    {
      name: 'trigger',
      type: 'text',
      label: { vi: 'Lý do dựng', en: 'Triggered by' },
      admin: { readOnly: true },
    },
    {
      type: 'row',
      fields: [
        { ...readOnlyDate, name: 'queuedAt', label: { vi: 'Xếp hàng lúc', en: 'Queued at' } },
        { ...readOnlyDate, name: 'startedAt', label: { vi: 'Bắt đầu dựng', en: 'Build started' } },
        { ...readOnlyDate, name: 'liveAt', label: { vi: 'Lên trang lúc', en: 'Went live at' } },
        { ...readOnlyDate, name: 'failedAt', label: { vi: 'Lỗi lúc', en: 'Failed at' } },
      ],
    },
    {
      name: 'failureReason',
      type: 'textarea',
      label: { vi: 'Nguyên nhân lỗi', en: 'Failure reason' },
      admin: { readOnly: true, condition: (data) => Boolean(data?.failureReason) },
    },
    {
      name: 'logExcerpt',
      type: 'textarea',
      label: { vi: 'Trích nhật ký dựng', en: 'Build log excerpt' },
      admin: { readOnly: true, condition: (data) => Boolean(data?.logExcerpt), rows: 12 },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'durationSeconds',
          type: 'number',
          label: { vi: 'Thời gian dựng (giây)', en: 'Build time (s)' },
          admin: { readOnly: true },
        },
        {
          name: 'pagesRendered',
          type: 'number',
          label: { vi: 'Trang dựng lại', en: 'Pages rendered' },
          admin: { readOnly: true },
        },
        {
          name: 'pagesReused',
          type: 'number',
          label: { vi: 'Trang dùng lại', en: 'Pages reused' },
          admin: { readOnly: true },
        },
        {
          name: 'pagesTotal',
          type: 'number',
          label: { vi: 'Tổng số trang', en: 'Pages in total' },
          admin: { readOnly: true },
        },
        {
          name: 'publishedItems',
          type: 'number',
          label: { vi: 'Mục đã xuất bản', en: 'Published items' },
          admin: { readOnly: true },
        },
      ],
    },
    {
      name: 'release',
      type: 'text',
      label: { vi: 'Phiên bản đang chạy', en: 'Live release' },
      admin: { readOnly: true },
    },
  ],
}

/** False until `sitePublishing()` is in the config (the pipeline then runs without a record). */
export const hasSiteStatus = (payload: Payload) =>
  payload.config.globals.some((global) => (global.slug as string) === SITE_STATUS_SLUG)

/** The current publishing state (an `idle` record before the first build). */
export async function readSiteStatus(
  payload: Payload,
  req?: PayloadRequest,
): Promise<SiteStatusData> {
  const status = (await payload.findGlobal({
    slug: SITE_STATUS_SLUG as never,
    depth: 0,
    overrideAccess: true,
    req,
  })) as unknown as Partial<SiteStatusData>
  return { ...status, state: status.state ?? 'idle' }
}

/**
 * Updates the publishing state. Never throws: a status that cannot be written (database busy,
 * global not migrated yet) must not stop a publish; it is logged instead.
 */
export async function writeSiteStatus(
  payload: Payload,
  data: Partial<SiteStatusData>,
  req?: PayloadRequest,
): Promise<void> {
  if (!hasSiteStatus(payload)) return
  try {
    await payload.updateGlobal({
      slug: SITE_STATUS_SLUG as never,
      data: data as never,
      depth: 0,
      overrideAccess: true,
      req,
    })
  } catch (error) {
    payload.logger.error({ err: error, msg: 'Could not record the site status' })
  }
}
