import { formatChartNumber } from './format'
import { CHART_COLOURS, FONT, el, legend, text, textWidth, valueScale } from './svg'
import type { ChartLocale, ChartMeasure } from './types'

export const CHART_WIDTH = 340
const PLOT_HEIGHT = 180
const PAD = 8

/** The plot area of a chart with a value axis, below its legend. */
export interface Frame {
  left: number
  right: number
  top: number
  bottom: number
  /** The y coordinate of a value. */
  y: (value: number) => number
  /** Legend, gridlines with their figures, the baseline. */
  markup: string
  /** The whole chart's height, category labels included. */
  height: number
}

/**
 * Legend on top (one entry a line), then a plot from zero to a round number above `max`, with
 * gridlines labelled in the locale's numbers; counts get whole-number gridlines only.
 */
export function valueFrame(options: {
  legend: Parameters<typeof legend>[0]
  max: number
  measure: ChartMeasure
  locale: ChartLocale
  /** Room on the right, for a label centred on the last point. */
  rightPad?: number
}): Frame {
  const { measure, locale } = options
  const key = legend(options.legend, PAD, PAD, CHART_WIDTH - 2 * PAD)
  // Room above the plot for a figure written over the tallest bar or point.
  const top = PAD + key.height + 26
  const bottom = top + PLOT_HEIGHT
  const scale = valueScale(options.max, PLOT_HEIGHT)
  const gridValues = scale.ticks.filter((v) => measure === 'percent' || Number.isInteger(v))
  const tickLabels = gridValues.map((v) => formatChartNumber(v, locale, measure))
  const left = PAD + Math.max(16, ...tickLabels.map((l) => textWidth(l, FONT.tick))) + 6
  const right = CHART_WIDTH - Math.max(PAD, options.rightPad ?? 0)
  const y = (value: number) => bottom - scale.toPixels(value)

  let markup = key.markup
  gridValues.forEach((value, i) => {
    markup += el('line', {
      x1: left,
      x2: right,
      y1: y(value),
      y2: y(value),
      stroke: CHART_COLOURS.line,
    })
    markup += text(left - 6, y(value) + 4, tickLabels[i]!, {
      'font-size': FONT.tick,
      fill: CHART_COLOURS.muted,
      'text-anchor': 'end',
    })
  })
  markup += el('line', { x1: left, x2: right, y1: bottom, y2: bottom, stroke: CHART_COLOURS.ink })
  return { left, right, top, bottom, y, markup, height: bottom + 26 }
}

/**
 * The categories' labels under the plot, centred at `x(i)`; when they would touch, only every
 * second (third…) one is written — the data table beside the chart has them all.
 */
export function categoryLabels(
  frame: Frame,
  labels: string[],
  x: (i: number) => number,
  spacing: number,
): string {
  const widest = Math.max(0, ...labels.map((l) => textWidth(l, FONT.tick)))
  const every = Math.max(1, Math.ceil((widest + 6) / Math.max(1, spacing)))
  return labels
    .map((label, i) =>
      i % every === 0
        ? text(x(i), frame.bottom + 18, label, { 'font-size': FONT.tick, 'text-anchor': 'middle' })
        : '',
    )
    .join('')
}
