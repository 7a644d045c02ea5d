import type { ServerProps } from 'payload'
import React from 'react'

import { readSiteStatus, SITE_STATUS_SLUG, type SiteState } from '../publish/status'
import { PORTAL_TIME_ZONE } from '@collections/vocabulary/timeZone'

const STATE: Record<SiteState, { vi: string; en: string }> = {
  idle: { vi: 'Chưa dựng', en: 'Not built yet' },
  queued: { vi: 'Đang chờ dựng', en: 'Queued' },
  building: { vi: 'Đang dựng', en: 'Building' },
  live: { vi: 'Đã lên trang', en: 'Live' },
  failed: { vi: 'Lỗi — trang cũ vẫn chạy', en: 'Failed — the previous site is still live' },
}

const TEXT = {
  title: { vi: 'Cổng thông tin', en: 'Public portal' },
  liveAt: { vi: 'Lên trang lúc', en: 'Live since' },
  failedAt: { vi: 'Lỗi lúc', en: 'Failed at' },
  last: { vi: 'Lần dựng gần nhất', en: 'Last build' },
  pages: { vi: 'trang dựng lại', en: 'pages rendered' },
  reused: { vi: 'dùng lại', en: 'reused' },
  reason: { vi: 'Nguyên nhân', en: 'Reason' },
  details: { vi: 'Chi tiết', en: 'Details' },
}

/**
 * The dashboard's line about the public portal: queued, building, live since when, or failed
 * with the reason (the full record, with the build log, is the `site-status` global). Every
 * signed-in staff member may read it.
 */
export async function SiteStatusCard({ payload, user, i18n }: ServerProps) {
  if (!user) return null
  const lang = i18n?.language === 'en' ? 'en' : 'vi'
  const status = await readSiteStatus(payload).catch(() => null)
  if (!status) return null
  const time = (iso?: string | null) =>
    iso
      ? new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'vi-VN', {
          timeZone: PORTAL_TIME_ZONE,
          dateStyle: 'short',
          timeStyle: 'medium',
        }).format(new Date(iso))
      : null
  const number = (value?: number | null) => (typeof value === 'number' ? value : 0)
  const href = `${payload.config.routes.admin}/globals/${SITE_STATUS_SLUG}`

  return (
    <section
      className={`site-status-card site-status-card--${status.state}`}
      aria-labelledby="site-status-card-title"
      data-state={status.state}
    >
      <h2 id="site-status-card-title">
        {TEXT.title[lang]}:{' '}
        <span className="site-status-card__state">{STATE[status.state][lang]}</span>
      </h2>
      {status.liveAt ? (
        <p>
          {TEXT.liveAt[lang]} {time(status.liveAt)}
          {status.release ? <small> · {status.release}</small> : null}
        </p>
      ) : null}
      {typeof status.durationSeconds === 'number' ? (
        <p>
          {TEXT.last[lang]}: {status.durationSeconds.toFixed(1)} s, {number(status.pagesRendered)}{' '}
          {TEXT.pages[lang]}, {number(status.pagesReused)} {TEXT.reused[lang]}
        </p>
      ) : null}
      {status.state === 'failed' && status.failureReason ? (
        <p role="alert">
          {TEXT.failedAt[lang]} {time(status.failedAt)} — {TEXT.reason[lang]}:{' '}
          {status.failureReason}
        </p>
      ) : null}
      <a href={href}>{TEXT.details[lang]}</a>
    </section>
  )
}
