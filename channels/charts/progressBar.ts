import { formatChartNumber, formatTargetRange, withUnit } from './format'
import { CHART_COLOURS, FONT, chartSvg, el, round, text, wrapWords } from './svg'
import type { ProgressBarData } from './types'

const WIDTH = 340
const PAD = 8
const BAR_HEIGHT = 22

/** The target's marks cross the bar: white under ink, visible on the navy bar and the track. */
function targetMark(x: number, top: number): string {
  const line = { x1: x, x2: x, y1: top - 5, y2: top + BAR_HEIGHT + 5 }
  return (
    el('line', { ...line, stroke: CHART_COLOURS.white, 'stroke-width': 5 }) +
    el('line', { ...line, stroke: CHART_COLOURS.ink, 'stroke-width': 2 })
  )
}

/**
 * One target as a horizontal bar (SVG, no script): the achieved figure written above it and
 * filled in navy on a light track, the target's minimum and maximum as marks across the bar
 * joined by a bracket below it, then the target's figures and the deadline in words. A share
 * is drawn on 0–100 %; a count on 0 to the larger of the target and the figure.
 *
 * @example
 * renderProgressBar({ id: 'du-an', title: 'Dự án được hỗ trợ', description: 'Đã hỗ trợ 245…',
 *   locale: 'vi', achieved: 245, minimum: 300, measure: 'count', deadline: '31/12/2025',
 *   labels: { achieved: 'Đã đạt', target: 'Mục tiêu', deadline: 'Thời hạn',
 *             unit: 'dự án', noFigure: 'chưa có số liệu' } })
 */
export function renderProgressBar(data: ProgressBarData): string {
  const { achieved, labels, locale, measure } = data
  const minimum = data.minimum ?? null
  const maximum = data.maximum ?? null
  const scaleEnd =
    measure === 'percent'
      ? Math.max(100, achieved ?? 0)
      : Math.max(1, achieved ?? 0, minimum ?? 0, maximum ?? 0)
  const track = WIDTH - 2 * PAD
  const at = (value: number) => PAD + (Math.max(0, value) / scaleEnd) * track
  const figure =
    achieved === null
      ? labels.noFigure
      : withUnit(formatChartNumber(achieved, locale, measure), labels.unit)

  // The figure's line wraps when a long unit would run off a phone's width.
  const heading = wrapWords(`${labels.achieved}: ${figure}`, track, FONT.figure)
  let body = heading
    .map((line, i) =>
      text(PAD, 22 + i * 22, line, { 'font-size': FONT.figure, 'font-weight': 700 }),
    )
    .join('')
  const top = 34 + (heading.length - 1) * 22
  body += el('rect', {
    x: PAD,
    y: top,
    width: track,
    height: BAR_HEIGHT,
    fill: CHART_COLOURS.paper,
    stroke: CHART_COLOURS.muted,
    'stroke-width': 1,
  })
  if (achieved !== null && achieved > 0) {
    body += el('rect', {
      x: PAD,
      y: top,
      width: at(achieved) - PAD,
      height: BAR_HEIGHT,
      fill: CHART_COLOURS.navy,
    })
  }
  const marks = [minimum, maximum].filter((v): v is number => v !== null)
  for (const value of new Set(marks)) body += targetMark(at(value), top)
  if (minimum !== null && maximum !== null && maximum > minimum) {
    // The range as a bracket under the bar, so it reads without colour.
    const y = top + BAR_HEIGHT + 9
    body += el('path', {
      d: `M${round(at(minimum))} ${y - 4}V${y}H${round(at(maximum))}V${y - 4}`,
      fill: 'none',
      stroke: CHART_COLOURS.ink,
      'stroke-width': 1.5,
    })
  }

  let y = top + BAR_HEIGHT + 30
  const range = formatTargetRange(minimum, maximum, locale, measure)
  const lines = [
    ...(range ? wrapWords(`${labels.target}: ${withUnit(range, labels.unit)}`, track) : []).map(
      (line) => ({ line, fill: CHART_COLOURS.ink }),
    ),
    ...wrapWords(`${labels.deadline}: ${data.deadline}`, track).map((line) => ({
      line,
      fill: CHART_COLOURS.muted,
    })),
  ]
  for (const { line, fill } of lines) {
    body += text(PAD, y, line, { fill })
    y += 20
  }
  return chartSvg(data, { width: WIDTH, height: y - 8 }, body)
}
