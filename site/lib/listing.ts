import { deriveLegalStatus } from '@collections/vocabulary/legalStatus'
import { formatDate, formatEventTime } from './dates'
import { strings, type Lang } from './i18n'
import { itemPath } from './routes'
import type { EventEntry, ItemEntry, Picture } from './types'

/** Items per listing page. */
export const PAGE_SIZE = 10

/** One item as a list shows it, in one language. */
export interface ItemSummary {
  kind: ItemEntry['kind']
  slug: string
  href: string
  title: string
  summary: string | null
  /** Machine-readable date for `<time datetime>` and its display text. */
  date: string | null
  dateLabel: string | null
  /** A short label before the title: the feature's format, the notice's number. */
  badge: string | null
  /** A status shown with the item: a notice's legal status, a postponed or cancelled event. */
  flag: string | null
  flagTone: 'warning' | 'ok' | 'neutral'
  picture: Picture | null
}

/** Whether the item has a page in `lang` (Vietnamese always; English once translated). */
export const isAvailableIn = (item: ItemEntry, lang: Lang): boolean =>
  lang === 'vi' || item.en !== null

/** The date an item is known by in lists: its issue date, start, or publication. */
export function itemDate(item: ItemEntry): string | null {
  if (item.kind === 'policy') return item.issueDate
  if (item.kind === 'event') return item.startsAt
  return item.publishedAt
}

/**
 * An item as a list entry in `lang`, or null when it has no page in that language.
 *
 * @example
 * summarize(article, 'vi') // { title, href: '/tin-tuc/…/', summary: sapo, dateLabel: '10/12/2020', … }
 */
export function summarize(item: ItemEntry, lang: Lang): ItemSummary | null {
  const t = strings(lang)
  const text = item[lang]
  if (!text) return null
  const base = {
    kind: item.kind,
    slug: item.slug,
    href: itemPath(item.kind, item.slug, lang),
    date: itemDate(item),
    picture: item.cover,
    title: text.title,
    dateLabel: item.publishedAt ? formatDate(item.publishedAt, lang) : null,
    badge: null as string | null,
    flag: null as string | null,
    flagTone: 'warning' as ItemSummary['flagTone'],
  }
  // `item[lang]` is `text`, narrowed to the item's kind by the switch.
  switch (item.kind) {
    case 'article':
      return { ...base, summary: item[lang]!.sapo }
    case 'feature':
      return { ...base, summary: item[lang]!.summary, badge: t.formats[item.format] }
    case 'policy': {
      const status = deriveLegalStatus(item)
      return {
        ...base,
        summary: item[lang]!.abstract,
        dateLabel: formatDate(item.issueDate, lang),
        badge: item.documentNumber,
        flag: t.legalStatus[status],
        flagTone: status === 'in-force' ? 'ok' : status === 'expired' ? 'warning' : 'neutral',
      }
    }
    case 'event':
      return {
        ...base,
        summary: item[lang]!.summary,
        dateLabel: formatEventTime(item, lang),
        flag: item.eventStatus === 'scheduled' ? null : t.event.statusLabel[item.eventStatus],
      }
  }
}

export interface Page<T> {
  items: T[]
  /** 1-based. */
  number: number
  total: number
}

/**
 * Splits a list (newest first) into pages that stay the same when a new item arrives, so an
 * incremental build re-renders only a listing's first page after a publish, not every page
 * of an archive that shifted by one item:
 * - pages 2…n hold exactly `pageSize` items each, counted from the **oldest** end of the list;
 * - page 1 holds the newest items: the rest, from `pageSize` up to `2 × pageSize − 1`.
 * The number of pages (`floor(length / pageSize)`, at least 1) grows only with every
 * `pageSize`-th new item; then every page is rebuilt once. An empty list still has one (empty)
 * page, so a section's first page always exists.
 *
 * @example
 * paginate([1, 2, 3, 4], 2) // [{ items: [1, 2], number: 1, total: 2 }, { items: [3, 4], number: 2, total: 2 }]
 * // a new item (0) joins page 1; page 2 is unchanged:
 * paginate([0, 1, 2, 3, 4], 2) // [{ items: [0, 1, 2], … }, { items: [3, 4], … }]
 */
export function paginate<T>(items: T[], pageSize = PAGE_SIZE): Page<T>[] {
  const total = Math.max(1, Math.floor(items.length / pageSize))
  const firstSize = items.length - (total - 1) * pageSize
  return Array.from({ length: total }, (_, i) => {
    const start = i === 0 ? 0 : firstSize + (i - 1) * pageSize
    const end = i === 0 ? firstSize : start + pageSize
    return { items: items.slice(start, end), number: i + 1, total }
  })
}

/** An event is over once its end (or its start, when it has no end) has passed. */
export const hasEnded = (event: EventEntry, now: Date): boolean =>
  new Date(event.endsAt ?? event.startsAt).getTime() < now.getTime()

/**
 * Upcoming events (soonest first) and past ones (most recent first), as of `now` — the build
 * time, so the split is as fresh as the last publish.
 */
export function splitEvents<T extends EventEntry>(
  events: T[],
  now: Date,
): { upcoming: T[]; past: T[] } {
  const byStart = [...events].sort(
    (a, b) => new Date(a.startsAt).getTime() - new Date(b.startsAt).getTime(),
  )
  return {
    upcoming: byStart.filter((e) => !hasEnded(e, now)),
    past: byStart.filter((e) => hasEnded(e, now)).reverse(),
  }
}
