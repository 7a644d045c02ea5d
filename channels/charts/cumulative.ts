import { formatChartNumber, formatTargetRange } from './format'
import { CHART_WIDTH, categoryLabels, valueFrame } from './frame'
import { CHART_COLOURS, FONT, chartSvg, el, haloText, round, textWidth } from './svg'
import type { CumulativeChartData } from './types'

const ACTUAL = {
  stroke: CHART_COLOURS.navy,
  'stroke-width': 3,
  fill: 'none',
  'stroke-linejoin': 'round',
}
const EXPECTED = {
  stroke: CHART_COLOURS.muted,
  'stroke-width': 2,
  fill: 'none',
  'stroke-dasharray': '7 4',
}
const TARGET = {
  stroke: CHART_COLOURS.red,
  'stroke-width': 2,
  fill: 'none',
  'stroke-dasharray': '2 3',
}
/** The target band's fill, the site's pale red notice background: red text on it is 5.9:1. */
const TARGET_BAND = '#fdeef0'

const marker = (x: number, y: number) =>
  el('circle', {
    cx: x,
    cy: y,
    r: 4.5,
    fill: CHART_COLOURS.navy,
    stroke: CHART_COLOURS.white,
    'stroke-width': 1.5,
  })

const sample = (style: Record<string, string | number>) => (x: number, y: number) =>
  el('line', { x1: x, x2: x + 18, y1: y + 6, y2: y + 6, ...style })

/**
 * A running figure by the end of each year against the straight path to the target (SVG, no
 * script): the figure a solid navy line with round markers and its value at each point, the
 * straight path a grey dashed line, the target a red dotted line (its range a pale band) named
 * where it is drawn. Lines differ by dash and marker, not by colour alone; a legend drawn with
 * the same strokes names them. Years still to come have no figure: the line stops, the path
 * goes on to the deadline.
 *
 * @example
 * renderCumulativeChart({ id: 'du-an-luy-ke', title: 'Dự án được hỗ trợ, lũy kế',
 *   description: '…', locale: 'vi', measure: 'count', minimum: 300,
 *   points: [{ label: '2021', actual: 48, expected: 60 }, { label: '2022', actual: 110, expected: 120 }],
 *   labels: { category: 'Năm', actual: 'Đã hỗ trợ (lũy kế)', expected: 'Lộ trình đều đến mục tiêu',
 *             target: 'Mục tiêu' } })
 */
export function renderCumulativeChart(data: CumulativeChartData): string {
  const { locale, measure, labels, points } = data
  const minimum = data.minimum ?? null
  const maximum = data.maximum ?? null
  const fromZero = data.fromZero ?? true
  const format = (value: number) => formatChartNumber(value, locale, measure)
  const lastLabel = points[points.length - 1]?.label ?? ''
  const frame = valueFrame({
    legend: [
      { label: labels.actual, swatch: (x, y) => sample(ACTUAL)(x, y) + marker(x + 9, y + 6) },
      { label: labels.expected, swatch: sample(EXPECTED) },
      ...((minimum ?? maximum) !== null ? [{ label: labels.target, swatch: sample(TARGET) }] : []),
    ],
    max: Math.max(
      0,
      minimum ?? 0,
      maximum ?? 0,
      ...points.flatMap((p) => [p.actual ?? 0, p.expected ?? 0]),
    ),
    measure,
    locale,
    // With the points at the years' ends, the last year's label is centred on the right edge
    // (a long one is not allowed to squeeze the plot: the table has it whole).
    rightPad: fromZero ? Math.min(40, textWidth(lastLabel, FONT.tick) / 2 + 4) : 0,
  })
  const count = Math.max(1, points.length)
  const step = (frame.right - frame.left) / count
  const x = (i: number) => frame.left + step * (fromZero ? i + 1 : i + 0.5)

  let body = ''
  const goal = minimum ?? maximum
  if (goal !== null) {
    if (minimum !== null && maximum !== null && maximum > minimum) {
      body += el('rect', {
        x: frame.left,
        y: frame.y(maximum),
        width: frame.right - frame.left,
        height: frame.y(minimum) - frame.y(maximum),
        fill: TARGET_BAND,
      })
      body += el('line', {
        x1: frame.left,
        x2: frame.right,
        y1: frame.y(maximum),
        y2: frame.y(maximum),
        ...TARGET,
      })
    }
    body += el('line', {
      x1: frame.left,
      x2: frame.right,
      y1: frame.y(goal),
      y2: frame.y(goal),
      ...TARGET,
    })
    const top = maximum !== null && maximum > goal ? maximum : goal
    body += haloText(
      frame.left + 4,
      frame.y(top) - 6,
      `${labels.target}: ${formatTargetRange(minimum, maximum, locale, measure)}`,
      { fill: CHART_COLOURS.red, halo: CHART_COLOURS.white },
    )
  }

  const line = (values: (number | null)[]) => {
    const coordinates = fromZero ? [`${round(frame.left)},${round(frame.y(0))}`] : []
    for (const [i, value] of values.entries()) {
      if (value === null) break
      coordinates.push(`${round(x(i))},${round(frame.y(value))}`)
    }
    return coordinates
  }
  const expected = line(points.map((p) => p.expected))
  if (expected.length > 1) body += el('polyline', { points: expected.join(' '), ...EXPECTED })
  const actual = line(points.map((p) => p.actual))
  if (actual.length > 1) body += el('polyline', { points: actual.join(' '), ...ACTUAL })

  // Each point's figure above it, skipped where neighbours' figures would touch.
  const widest = Math.max(
    0,
    ...points.map((p) => (p.actual === null ? 0 : textWidth(format(p.actual), FONT.tick))),
  )
  const every = Math.max(1, Math.ceil((widest + 4) / step))
  for (const [i, point] of points.entries()) {
    if (point.actual === null) break
    body += marker(x(i), frame.y(point.actual))
    if ((points.length - 1 - i) % every === 0) {
      body += haloText(
        x(i),
        frame.y(point.actual) - 9,
        format(point.actual),
        {
          fill: CHART_COLOURS.ink,
          halo: CHART_COLOURS.white,
        },
        { 'font-size': FONT.tick, 'font-weight': 700, 'text-anchor': 'middle' },
      )
    }
  }

  body += categoryLabels(
    frame,
    points.map((p) => p.label),
    x,
    step,
  )
  return chartSvg(data, { width: CHART_WIDTH, height: frame.height }, frame.markup + body)
}
