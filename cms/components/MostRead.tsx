import type { ServerProps } from 'payload'
import React from 'react'

import { siteURL } from '@collections/preview/url'
import { publishLayout } from '../publish/layout'
import { findMostRead, readLiveManifests, TYPE_LABELS } from '../pageViews/mostRead'

const TEXT = {
  title: { vi: 'Đọc nhiều nhất 7 ngày qua', en: 'Most read in the last 7 days' },
  item: { vi: 'Nội dung', en: 'Item' },
  type: { vi: 'Loại', en: 'Type' },
  views: { vi: 'Lượt xem', en: 'Views' },
  page: { vi: 'Trang', en: 'Page' },
  open: { vi: 'Xem trên cổng', en: 'View on the portal' },
  empty: {
    vi: 'Chưa có lượt xem nào trong 7 ngày qua.',
    en: 'No page views in the last 7 days.',
  },
  note: {
    vi: 'Lượt tải trang của người đọc (không tính robot, tải lại hay xem lại khi trình duyệt còn lưu trang), cộng cả trang tiếng Việt và tiếng Anh. Không dùng cookie, không lưu địa chỉ IP.',
    en: 'Page loads by readers (not robots, reloads or revisits the browser had cached), Vietnamese and English pages together. No cookies, no IP addresses stored.',
  },
}

/**
 * The dashboard's ten most read items of the week (views counted by the live site server,
 * cms/pageViews). Every signed-in staff member sees it: the numbers are aggregate.
 */
export async function MostRead({ payload, user, i18n }: ServerProps) {
  if (!user) return null
  const lang = i18n?.language === 'en' ? 'en' : 'vi'
  const adminRoute = payload.config.routes.admin
  const items = await readLiveManifests(publishLayout())
    .then((manifests) => findMostRead(payload, { ...manifests, user, locale: lang }))
    .catch((error) => {
      payload.logger.error({ err: error, msg: 'Most read items unavailable' })
      return null
    })
  if (!items) return null
  const numberFormat = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'vi-VN')

  return (
    <section className="most-read" aria-labelledby="most-read-title">
      <h2 id="most-read-title">{TEXT.title[lang]}</h2>
      {items.length === 0 ? (
        <p>{TEXT.empty[lang]}</p>
      ) : (
        <table className="most-read__table">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{TEXT.item[lang]}</th>
              <th scope="col">{TEXT.type[lang]}</th>
              <th scope="col" className="most-read__views">
                {TEXT.views[lang]}
              </th>
              <th scope="col">{TEXT.page[lang]}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item, index) => (
              <tr key={`${item.collection}:${item.id}`}>
                <td>{index + 1}</td>
                <td>
                  <a href={`${adminRoute}/collections/${item.collection}/${item.id}`}>
                    {item.title}
                  </a>
                </td>
                <td>{TYPE_LABELS[item.collection][lang]}</td>
                <td className="most-read__views">{numberFormat.format(item.views)}</td>
                <td>
                  <a href={`${siteURL()}${item.url}`} target="_blank" rel="noopener noreferrer">
                    {TEXT.open[lang]}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="most-read__note">
        <small>{TEXT.note[lang]}</small>
      </p>
    </section>
  )
}
