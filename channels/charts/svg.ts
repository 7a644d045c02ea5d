import { nice, ticks } from 'd3-array'

import { escapeHtml } from '../text'
import type { ChartText } from './types'

/**
 * The site's palette (site/styles/global.css `:root`), so a chart printed or shown beside the
 * page's text is the same navy and flame-tree red. Text is only ever `ink` or `muted` on white
 * or paper, white on navy or red, and ink on gold: every pair at least 4.5:1 (tested).
 */
export const CHART_COLOURS = {
  navy: '#12325b',
  red: '#b3122b',
  gold: '#f2c14e',
  ink: '#1b1f24',
  muted: '#4b5563',
  line: '#d6dbe1',
  paper: '#f6f4f0',
  white: '#ffffff',
} as const

/** Font sizes in viewBox units; charts are ~340 wide, so on a 360 px phone 1 unit ≈ 1 px. */
export const FONT = { figure: 16, label: 14, tick: 13 } as const

const FONT_FAMILY =
  "'Be Vietnam Pro', system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"

type Attributes = Record<string, string | number | null | undefined>

/** Coordinates with at most two decimals: the same drawing always gives the same bytes. */
export const round = (n: number) => Math.round(n * 100) / 100

/** An element; every attribute value and the text are escaped, numbers rounded. */
export function el(name: string, attributes: Attributes, content = ''): string {
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(
      ([key, value]) =>
        ` ${key}="${escapeHtml(typeof value === 'number' ? String(round(value)) : value!)}"`,
    )
    .join('')
  return content === '' ? `<${name}${attrs}/>` : `<${name}${attrs}>${content}</${name}>`
}

/** A text element: `content` is plain text, escaped here. */
export function text(x: number, y: number, content: string, attributes: Attributes = {}): string {
  return el(
    'text',
    { x, y, 'font-size': FONT.label, fill: CHART_COLOURS.ink, ...attributes },
    escapeHtml(content),
  )
}

/**
 * Text that stays readable over a patterned fill: a halo of the fill's own colour is painted
 * under the letters (`paint-order`), which browsers and print both honour.
 */
export function haloText(
  x: number,
  y: number,
  content: string,
  colours: { fill: string; halo: string },
  attributes: Attributes = {},
): string {
  return text(x, y, content, {
    fill: colours.fill,
    stroke: colours.halo,
    'stroke-width': 3,
    'stroke-linejoin': 'round',
    'paint-order': 'stroke',
    ...attributes,
  })
}

/** An id the page can hold: the caller's, with anything but letters, digits, - and _ as -. */
export function chartId(id: string): string {
  const clean = id.replace(/[^A-Za-z0-9_-]/g, '-')
  return /^[A-Za-z]/.test(clean) ? clean : `chart-${clean}`
}

/**
 * The chart's outer element: a scalable image (`viewBox`; the site's CSS gives it the column's
 * width) named by its title and described by its description, as WAI's SVG pattern
 * (`role="img"` + `aria-labelledby` of `<title>` and `<desc>`).
 */
export function chartSvg(
  data: ChartText,
  size: { width: number; height: number },
  body: string,
  defs = '',
): string {
  const id = chartId(data.id)
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${round(size.width)} ${round(size.height)}`,
      width: size.width,
      height: size.height,
      role: 'img',
      'aria-labelledby': `${id}-title ${id}-desc`,
      class: 'chart',
      'font-family': FONT_FAMILY,
    },
    el('title', { id: `${id}-title` }, escapeHtml(data.title)) +
      el('desc', { id: `${id}-desc` }, escapeHtml(data.description)) +
      (defs ? el('defs', {}, defs) : '') +
      body,
  )
}

/**
 * How each part of a chart is filled, so that the parts differ in print and for colour-blind
 * readers by pattern as well as colour: solid navy, red with white hatching, gold with ink
 * dots (gold is pale against white, so its shapes get an ink outline).
 */
export interface Fill {
  paint: string
  /** Text drawn on it, and the halo that keeps it readable over the pattern. */
  text: { fill: string; halo: string }
  outline?: string
}

export function seriesFills(chart: string): { defs: string; fills: Fill[] } {
  const { navy, red, gold, ink, white } = CHART_COLOURS
  const hatch = `${chart}-hatch`
  const dots = `${chart}-dots`
  const defs =
    el(
      'pattern',
      {
        id: hatch,
        width: 6,
        height: 6,
        patternUnits: 'userSpaceOnUse',
        patternTransform: 'rotate(45)',
      },
      el('rect', { width: 6, height: 6, fill: red }) +
        el('line', { x1: 1, y1: 0, x2: 1, y2: 6, stroke: white, 'stroke-width': 1.5 }),
    ) +
    el(
      'pattern',
      { id: dots, width: 5, height: 5, patternUnits: 'userSpaceOnUse' },
      el('rect', { width: 5, height: 5, fill: gold }) +
        el('circle', { cx: 2.5, cy: 2.5, r: 1, fill: ink }),
    )
  return {
    defs,
    fills: [
      { paint: navy, text: { fill: white, halo: navy } },
      { paint: `url(#${hatch})`, text: { fill: white, halo: red } },
      { paint: `url(#${dots})`, text: { fill: ink, halo: gold }, outline: ink },
    ],
  }
}

/**
 * Words in lines of at most `width` units at `fontSize`. Without the font's metrics on the
 * server, a letter is taken as 0.6 em: Be Vietnam Pro's average is narrower, so lines fit.
 */
export function wrapWords(content: string, width: number, fontSize: number = FONT.label): string[] {
  const perLine = Math.max(8, Math.floor(width / (fontSize * 0.6)))
  const lines: string[] = []
  for (const word of content.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1]
    if (last !== undefined && last.length + 1 + word.length <= perLine)
      lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word)
  }
  return lines.length ? lines : ['']
}

/** The estimated width of a line of text (see `wrapWords`). */
export const textWidth = (content: string, fontSize: number = FONT.label) =>
  Array.from(content).length * fontSize * 0.6

/**
 * A legend, one entry a line (a phone is too narrow for two): the swatch drawn by `swatch` at
 * (x, y) in a 18×12 box, then the label, wrapped. Returns the markup and its height.
 */
export function legend(
  entries: { label: string; swatch: (x: number, y: number) => string }[],
  x: number,
  y: number,
  width: number,
): { markup: string; height: number } {
  let markup = ''
  let top = y
  for (const entry of entries) {
    const lines = wrapWords(entry.label, width - 26)
    markup += entry.swatch(x, top + 3)
    lines.forEach((line, i) => {
      markup += text(x + 26, top + 13 + i * 18, line)
    })
    top += lines.length * 18 + 4
  }
  return { markup, height: top - y }
}

/** A linear scale from zero to a round number above `max`, with its gridline values. */
export function valueScale(
  max: number,
  pixels: number,
): { ticks: number[]; toPixels: (v: number) => number } {
  const [, top] = nice(0, Math.max(max, 1), 4)
  return { ticks: ticks(0, top, 4), toPixels: (v) => (v / top) * pixels }
}
