import { formatChartNumber, formatTargetRange, withUnit } from './format'
import type { ChartTable, CumulativeChartData, ProgressBarData, StackedBarData } from './types'

/**
 * The figures each chart draws, as rows for the `<table>` the site shows beside it (a reader
 * who cannot see the chart, or prints the page in black and white, reads the same numbers).
 * Cells are plain text in the locale's numbers; the site's template escapes them.
 */

/** No figure for that year yet (a year still to come). */
const NONE = '—'

/**
 * One row per target: its achieved figure, its target and its deadline.
 *
 * @example
 * progressTableRows([duAn, dichVu], 'Chỉ tiêu').columns // ['Chỉ tiêu', 'Đã đạt', 'Mục tiêu', 'Thời hạn']
 */
export function progressTableRows(items: readonly ProgressBarData[], heading: string): ChartTable {
  const first = items[0]?.labels
  return {
    columns: [heading, first?.achieved ?? '', first?.target ?? '', first?.deadline ?? ''],
    rows: items.map((item) => {
      const { labels, locale, measure } = item
      const range = formatTargetRange(item.minimum, item.maximum, locale, measure)
      return {
        header: item.title,
        cells: [
          item.achieved === null
            ? labels.noFigure
            : withUnit(formatChartNumber(item.achieved, locale, measure), labels.unit),
          range ? withUnit(range, labels.unit) : NONE,
          item.deadline,
        ],
      }
    }),
  }
}

/** One row per category (year): each part and the total. */
export function stackedBarTableRows(data: StackedBarData): ChartTable {
  const format = (n: number) => formatChartNumber(n, data.locale, data.measure)
  return {
    columns: [data.labels.category, ...data.series.map((s) => s.label), data.labels.total],
    rows: data.categories.map((category) => {
      const values = data.series.map((_, i) => Math.max(0, category.values[i] || 0))
      return {
        header: category.label,
        cells: [...values.map(format), format(values.reduce((sum, v) => sum + v, 0))],
      }
    }),
  }
}

/** One row per category (year): the running figure and the straight path. */
export function cumulativeTableRows(data: CumulativeChartData): ChartTable {
  const format = (n: number | null) =>
    n === null ? NONE : formatChartNumber(n, data.locale, data.measure)
  return {
    columns: [data.labels.category, data.labels.actual, data.labels.expected],
    rows: data.points.map((p) => ({
      header: p.label,
      cells: [format(p.actual), format(p.expected)],
    })),
  }
}
