import type { ServerProps } from 'payload'
import React from 'react'

import { CONTENT_TYPES } from '@collections/vocabulary/contentTypes'
import {
  DIRECTORY_TYPES,
  EDITORIAL_COLLECTIONS,
  PROGRAMMES_COLLECTION,
  PROGRAMMES_LABEL,
  type EditorialCollection,
} from '@collections/vocabulary/directory'
import { PORTAL_TIME_ZONE } from '@collections/vocabulary/timeZone'

const LABELS = {
  ...Object.fromEntries(
    [...CONTENT_TYPES, ...DIRECTORY_TYPES].map(({ collection, label }) => [collection, label]),
  ),
  [PROGRAMMES_COLLECTION]: PROGRAMMES_LABEL,
} as Record<EditorialCollection, { vi: string; en: string }>

const TEXT = {
  title: { vi: 'Hàng chờ duyệt', en: 'Review queue' },
  waiting: { vi: 'Chờ duyệt', en: 'Awaiting review' },
  returned: { vi: 'Bị trả lại', en: 'Returned' },
  empty: { vi: 'Không có bài nào đang chờ duyệt.', en: 'Nothing is waiting for review.' },
  all: { vi: 'Xem tất cả', en: 'See all' },
}

type QueueItem = { id: number | string; title?: string | null; updatedAt?: string }

/**
 * The dashboard's review queue: items "Chờ duyệt" (and those returned with a reason) within
 * what the signed-in user may see — the same access rules as everywhere, applied by querying
 * as that user.
 */
export async function ReviewQueue({ payload, user, i18n }: ServerProps) {
  if (!user) return null
  const lang = i18n?.language === 'en' ? 'en' : 'vi'
  const adminRoute = payload.config.routes.admin
  const dateFormat = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'vi-VN', {
    timeZone: PORTAL_TIME_ZONE,
    dateStyle: 'short',
    timeStyle: 'short',
  })

  const find = async (collection: EditorialCollection, state: 'submitted' | 'returned') => {
    // News items have a title, directory profiles a name: what the admin shows as the title.
    const titleField = payload.collections[collection].config.admin.useAsTitle ?? 'title'
    const result = await payload.find({
      collection,
      where: { workflowStatus: { equals: state } },
      draft: true,
      overrideAccess: false,
      user,
      limit: 8,
      depth: 0,
      sort: '-updatedAt',
      select: { [titleField]: true, updatedAt: true },
    })
    const docs = (result.docs as unknown as Record<string, unknown>[]).map((doc) => ({
      id: doc.id as number,
      title: doc[titleField] as string | null | undefined,
      updatedAt: doc.updatedAt as string | undefined,
    }))
    return { docs: docs as QueueItem[], total: result.totalDocs }
  }

  const sections = await Promise.all(
    EDITORIAL_COLLECTIONS.flatMap((collection) =>
      (['submitted', 'returned'] as const).map(async (state) => ({
        collection,
        state,
        ...(await find(collection, state)),
      })),
    ),
  )
  const filled = sections.filter((section) => section.total > 0)

  return (
    <section className="review-queue" aria-labelledby="review-queue-title">
      <h2 id="review-queue-title">{TEXT.title[lang]}</h2>
      {filled.length === 0 ? (
        <p>{TEXT.empty[lang]}</p>
      ) : (
        <div className="review-queue__grid">
          {filled.map(({ collection, state, docs, total }) => {
            const list = `${adminRoute}/collections/${collection}?where[workflowStatus][equals]=${state}`
            return (
              <div className="review-queue__card" key={`${collection}-${state}`}>
                <h3>
                  {LABELS[collection][lang]} ·{' '}
                  {TEXT[state === 'submitted' ? 'waiting' : 'returned'][lang]}{' '}
                  <span className="review-queue__count">{total}</span>
                </h3>
                <ul>
                  {docs.map((doc) => (
                    <li key={doc.id}>
                      <a href={`${adminRoute}/collections/${collection}/${doc.id}`}>
                        {doc.title || `#${doc.id}`}
                      </a>
                      {doc.updatedAt ? (
                        <small> · {dateFormat.format(new Date(doc.updatedAt))}</small>
                      ) : null}
                    </li>
                  ))}
                </ul>
                {total > docs.length ? <a href={list}>{TEXT.all[lang]}</a> : null}
              </div>
            )
          })}
        </div>
      )}
    </section>
  )
}
