import type { Payload } from 'payload'

import { portalDay } from './counting'
import { addPageViews, type PageViewCount } from './store'

export type PageViewRecorder = {
  /** Counts one view of a page now: a map increment, nothing else. Never throws. */
  record: (path: string) => void
  /** Writes what was counted since the last flush (the timer calls it every `flushMs`). */
  flush: () => Promise<void>
  /** Stops the timer and writes what is left. */
  stop: () => Promise<void>
  /** Views counted and not written yet. */
  pending: () => number
}

export type PageViewRecorderOptions = {
  /** How often counts are written (default 10 s). */
  flushMs?: number
  /** The clock (tests). */
  now?: () => number
  /** How counts are stored (default: {@link addPageViews}). */
  write?: (payload: Payload, counts: PageViewCount[]) => Promise<void>
}

/**
 * The live site server's page-view counter (its `onPageView`): counts in memory per page and
 * day and adds them to the `page-views` collection in one batch every 10 s and on stop. Serving
 * never waits for the database, and a failed write only delays the counts: it is logged and
 * its counts are kept for the next flush. Memory is bounded by the pages of the site (only
 * paths of files that exist are counted) times the days between flushes.
 *
 * @example
 * const views = createPageViewRecorder(payload)
 * const site = await startLiveSite({ onPageView: views.record })
 * // on shutdown: await site.close(); await views.stop()
 */
export function createPageViewRecorder(
  payload: Payload,
  { flushMs = 10_000, now = Date.now, write = addPageViews }: PageViewRecorderOptions = {},
): PageViewRecorder {
  /** `day \t path` → views not written yet. */
  let counts = new Map<string, number>()
  let writing: Promise<void> = Promise.resolve()
  // The day, worked out once a minute: Vietnam's day starts on a whole minute of UTC.
  let minute = -1
  let day = ''

  const record = (path: string) => {
    try {
      const time = now()
      const thisMinute = Math.floor(time / 60_000)
      if (thisMinute !== minute) {
        day = portalDay(new Date(time))
        minute = thisMinute
      }
      const key = `${day}\t${path}`
      counts.set(key, (counts.get(key) ?? 0) + 1)
    } catch (error) {
      payload.logger.error({ err: error, msg: 'Page view not counted' })
    }
  }

  const writeBatch = async () => {
    if (counts.size === 0) return
    const batch = counts
    counts = new Map()
    const rows: PageViewCount[] = [...batch].map(([key, count]) => {
      const tab = key.indexOf('\t')
      return { day: key.slice(0, tab), path: key.slice(tab + 1), count }
    })
    try {
      await write(payload, rows)
    } catch (error) {
      // Kept for the next flush, added to whatever was counted meanwhile.
      for (const [key, count] of batch) counts.set(key, (counts.get(key) ?? 0) + count)
      payload.logger.error({
        err: error,
        msg: `Page views not saved yet (${rows.length} pages); retrying at the next flush`,
      })
    }
  }

  // One write at a time, in order.
  const flush = () => (writing = writing.then(writeBatch))
  const timer = setInterval(() => void flush(), flushMs)
  timer.unref()

  return {
    record,
    flush,
    stop: async () => {
      clearInterval(timer)
      await flush()
    },
    pending: () => [...counts.values()].reduce((sum, count) => sum + count, 0),
  }
}
