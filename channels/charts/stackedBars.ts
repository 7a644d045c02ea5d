import { formatChartNumber } from './format'
import { CHART_WIDTH, categoryLabels, valueFrame } from './frame'
import {
  CHART_COLOURS,
  FONT,
  chartId,
  chartSvg,
  el,
  haloText,
  seriesFills,
  text,
  textWidth,
} from './svg'
import type { StackedBarData } from './types'

const MIN_LABELLED_HEIGHT = 18

/**
 * Bars of stacked parts per category (SVG, no script) — supported projects per year, service
 * and direct: the parts solid, hatched and dotted as well as coloured, named in a legend drawn
 * with the same fills, each part's figure written inside it when there is room and each bar's
 * total above it. Any number of categories (2021–2025 and the years after).
 *
 * @example
 * renderStackedBarChart({ id: 'ho-tro-theo-nam', title: 'Dự án được hỗ trợ theo năm',
 *   description: '…', locale: 'vi', measure: 'count',
 *   series: [{ label: 'Chỉ dịch vụ' }, { label: 'Chỉ trực tiếp' }, { label: 'Cả hai' }],
 *   categories: [{ label: '2021', values: [40, 5, 2] }],
 *   labels: { category: 'Năm', total: 'Tổng số dự án' } })
 */
export function renderStackedBarChart(data: StackedBarData): string {
  const { locale, measure } = data
  if (data.series.length > 3)
    throw new RangeError('renderStackedBarChart: at most three parts per bar')
  const { defs, fills } = seriesFills(chartId(data.id))
  const totals = data.categories.map((c) =>
    c.values.reduce((sum, v) => sum + Math.max(0, v || 0), 0),
  )
  const frame = valueFrame({
    legend: data.series.map((s, i) => ({
      label: s.label,
      swatch: (x, y) =>
        el('rect', {
          x,
          y,
          width: 18,
          height: 12,
          fill: fills[i]!.paint,
          stroke: fills[i]!.outline ?? null,
        }),
    })),
    max: Math.max(0, ...totals),
    measure,
    locale,
  })
  const band = (frame.right - frame.left) / Math.max(1, data.categories.length)
  const barWidth = Math.min(44, band * 0.64)
  const centre = (i: number) => frame.left + band * (i + 0.5)

  let bars = ''
  data.categories.forEach((category, i) => {
    let base = 0
    category.values.slice(0, data.series.length).forEach((raw, part) => {
      const value = Math.max(0, raw || 0)
      if (value === 0) return
      const fill = fills[part]!
      const y = frame.y(base + value)
      const height = frame.y(base) - y
      // A white edge between parts: two fills side by side never rely on their contrast.
      bars += el('rect', {
        x: centre(i) - barWidth / 2,
        y,
        width: barWidth,
        height,
        fill: fill.paint,
        stroke: fill.outline ?? CHART_COLOURS.white,
        'stroke-width': 1,
      })
      const label = formatChartNumber(value, locale, measure)
      if (height >= MIN_LABELLED_HEIGHT && textWidth(label, FONT.tick) <= barWidth - 4) {
        bars += haloText(centre(i), y + height / 2 + 5, label, fill.text, {
          'font-size': FONT.tick,
          'text-anchor': 'middle',
        })
      }
      base += value
    })
    // The total over its bar, smaller when the bar is narrow, left to the table when even
    // that would touch its neighbours'.
    const total = formatChartNumber(totals[i]!, locale, measure)
    const size = [FONT.label, FONT.tick].find((s) => textWidth(total, s) <= band - 2)
    if (size) {
      bars += text(centre(i), frame.y(totals[i]!) - 6, total, {
        'font-size': size,
        'font-weight': 700,
        'text-anchor': 'middle',
      })
    }
  })
  const labels = categoryLabels(
    frame,
    data.categories.map((c) => c.label),
    centre,
    band,
  )
  return chartSvg(
    data,
    { width: CHART_WIDTH, height: frame.height },
    frame.markup + bars + labels,
    defs,
  )
}
