import { readFileSync } from 'node:fs'

import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'

import {
  CHART_COLOURS,
  cumulativeTableRows,
  formatChartNumber,
  formatTargetRange,
  progressTableRows,
  renderCumulativeChart,
  renderProgressBar,
  renderStackedBarChart,
  stackedBarTableRows,
  type CumulativeChartData,
  type ProgressBarData,
  type StackedBarData,
} from '@channels/charts'

/** An element of the parsed SVG. */
interface Node {
  name: string
  attributes: Record<string, string>
  children: Node[]
  text: string
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  preserveOrder: true,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  // Decodes numeric references (escapeHtml writes ' as &#39;) as well as the XML five.
  htmlEntities: true,
})

type Parsed = Record<string, unknown> & { ':@'?: Record<string, string> }

function toNode(entry: Parsed): Node {
  const name = Object.keys(entry).find((key) => key !== ':@')!
  const children = (entry[name] as Parsed[]).filter((child) => !('#text' in child)).map(toNode)
  const text = (entry[name] as Parsed[])
    .map((child) => ('#text' in child ? String(child['#text']) : ''))
    .join('')
  return { name, attributes: entry[':@'] ?? {}, children, text }
}

/** Parses a chart as XML (a real parser: a malformed chart fails here) into its root element. */
function parseSvg(svg: string): Node {
  expect(XMLValidator.validate(svg)).toBe(true)
  const roots = (parser.parse(svg) as Parsed[]).map(toNode)
  expect(roots).toHaveLength(1)
  return roots[0]!
}

function all(node: Node): Node[] {
  return [node, ...node.children.flatMap(all)]
}

/** The elements drawn (not the patterns' insides in `<defs>`). */
function drawn(node: Node): Node[] {
  return node.name === 'defs' ? [] : [node, ...node.children.flatMap(drawn)]
}

const byName = (root: Node, name: string) => drawn(root).filter((n) => n.name === name)
/** Every text the chart writes, in document order. */
const texts = (root: Node) => byName(root, 'text').map((t) => t.text)

const LABELS_VI = {
  achieved: 'Đã đạt',
  target: 'Mục tiêu',
  deadline: 'Thời hạn',
  unit: 'dự án',
  noFigure: 'chưa có số liệu',
}

const progressVi: ProgressBarData = {
  id: 'du-an',
  title: 'Dự án khởi nghiệp đổi mới sáng tạo được hỗ trợ',
  description: 'Đã hỗ trợ 1.245 dự án; mục tiêu 300 dự án đến 31/12/2025.',
  locale: 'vi',
  achieved: 1245,
  minimum: 150,
  maximum: 200,
  measure: 'count',
  deadline: '31/12/2025',
  labels: LABELS_VI,
}

const stackedVi: StackedBarData = {
  id: 'ho-tro-theo-nam',
  title: 'Dự án được hỗ trợ theo năm',
  description: 'Số dự án được hỗ trợ mỗi năm, chia theo hình thức hỗ trợ.',
  locale: 'vi',
  measure: 'count',
  series: [{ label: 'Chỉ hỗ trợ dịch vụ' }, { label: 'Chỉ hỗ trợ trực tiếp' }, { label: 'Cả hai' }],
  categories: [
    { label: '2021', values: [30, 4, 2] },
    { label: '2022', values: [1041, 8, 3] },
    { label: '2023', values: [0, 0, 0] },
  ],
  labels: { category: 'Năm', total: 'Tổng số dự án' },
}

const cumulativeVi: CumulativeChartData = {
  id: 'du-an-luy-ke',
  title: 'Dự án được hỗ trợ, lũy kế',
  description: 'Đến hết năm 2023 đã hỗ trợ 150 dự án; lộ trình đều là 180.',
  locale: 'vi',
  measure: 'count',
  minimum: 300,
  points: [
    { label: '2021', actual: 36, expected: 59.97 },
    { label: '2022', actual: 85, expected: 119.93 },
    { label: '2023', actual: 1500, expected: 179.9 },
    { label: '2024', actual: null, expected: 240.03 },
    { label: '2025', actual: null, expected: 300 },
  ],
  labels: {
    category: 'Năm',
    actual: 'Dự án đã hỗ trợ (lũy kế)',
    expected: 'Lộ trình đều đến mục tiêu',
    target: 'Mục tiêu',
  },
}

const CHARTS: [string, (hostile: string) => string][] = [
  [
    'progress bar',
    (h) =>
      renderProgressBar({
        ...progressVi,
        title: h,
        description: h,
        labels: { ...LABELS_VI, achieved: h, target: h, deadline: h, unit: h },
        deadline: h,
      }),
  ],
  [
    'stacked bars',
    (h) =>
      renderStackedBarChart({
        ...stackedVi,
        title: h,
        description: h,
        series: [{ label: h }, { label: h }],
        categories: [{ label: h, values: [3, 2] }],
      }),
  ],
  [
    'cumulative line',
    (h) =>
      renderCumulativeChart({
        ...cumulativeVi,
        title: h,
        description: h,
        points: [{ label: h, actual: 1, expected: 2 }],
        labels: { category: h, actual: h, expected: h, target: h },
      }),
  ],
]

const HOSTILE = `</title><script>alert("x")</script><text onload='alert(1)'>&amp; ' "`

describe('charts: accessible, script-free SVG', () => {
  const plain: [string, string, string][] = [
    ['progress bar', renderProgressBar(progressVi), 'du-an'],
    ['stacked bars', renderStackedBarChart(stackedVi), 'ho-tro-theo-nam'],
    ['cumulative line', renderCumulativeChart(cumulativeVi), 'du-an-luy-ke'],
  ]

  it.each(plain)(
    '%s: an image named by its title and described by its description',
    (_, svg, id) => {
      const root = parseSvg(svg)
      expect(root.name).toBe('svg')
      expect(root.attributes.role).toBe('img')
      expect(root.attributes.xmlns).toBe('http://www.w3.org/2000/svg')
      expect(root.attributes['aria-labelledby']).toBe(`${id}-title ${id}-desc`)
      const [title, desc] = root.children
      expect(title).toMatchObject({ name: 'title', attributes: { id: `${id}-title` } })
      expect(desc).toMatchObject({ name: 'desc', attributes: { id: `${id}-desc` } })
      expect(title!.text).not.toBe('')
      expect(desc!.text).not.toBe('')
      // Scalable: a viewBox, and its own size for a standalone view.
      const [, , width, height] = root.attributes.viewBox!.split(' ').map(Number)
      expect(Number(root.attributes.width)).toBe(width)
      expect(Number(root.attributes.height)).toBe(height)
    },
  )

  it.each(plain)('%s: text legible on a 360 px phone', (_, svg) => {
    const root = parseSvg(svg)
    const width = Number(root.attributes.viewBox!.split(' ')[2])
    // The page's column on a 360 px phone is 328 px wide (16 px margins).
    const scale = 328 / width
    for (const text of byName(root, 'text')) {
      expect(Number(text.attributes['font-size']) * scale).toBeGreaterThanOrEqual(12)
    }
  })

  it.each(plain)('%s: every text at least 4.5:1 against what it is drawn on', (_, svg) => {
    const root = parseSvg(svg)
    for (const text of byName(root, 'text')) {
      // A halo (stroke painted under the letters) is the text's background; else the page's white.
      const background =
        text.attributes['paint-order'] === 'stroke' ? text.attributes.stroke! : '#ffffff'
      expect(contrast(text.attributes.fill!, background), text.text).toBeGreaterThanOrEqual(4.5)
    }
  })

  it.each(CHARTS)('%s: a hostile label is text, never markup', (_, render) => {
    const svg = render(HOSTILE)
    const root = parseSvg(svg)
    const nodes = all(root)
    expect(nodes.map((n) => n.name)).not.toContain('script')
    for (const node of nodes) {
      for (const attribute of Object.keys(node.attributes)) expect(attribute).not.toMatch(/^on/i)
    }
    // Not a tag with an event attribute anywhere (as text, escaped, it is harmless).
    expect(svg).not.toMatch(/<script|<[^>]*\son\w+\s*=/i)
    expect(root.children[0]!.text).toBe(HOSTILE)
    expect(root.children[1]!.text).toBe(HOSTILE)
    // Drawn whole, though perhaps wrapped over several lines.
    expect(texts(root).join(' ')).toContain(HOSTILE)
  })

  it.each<[string, string]>([
    ['du-an', 'du-an'],
    ['dự án "1"', 'd---n--1-'],
    ['2025', 'chart-2025'],
  ])('id %j → %j', (id, expected) => {
    const root = parseSvg(renderProgressBar({ ...progressVi, id }))
    expect(root.children[0]!.attributes.id).toBe(`${expected}-title`)
    expect(root.attributes['aria-labelledby']).toBe(`${expected}-title ${expected}-desc`)
  })

  it('names its patterns after the chart, so two charts on a page do not share them', () => {
    const one = parseSvg(renderStackedBarChart(stackedVi))
    const other = parseSvg(renderStackedBarChart({ ...stackedVi, id: 'khac' }))
    const ids = (root: Node) =>
      all(root)
        .filter((n) => n.name === 'pattern')
        .map((p) => p.attributes.id)
    expect(ids(one)).toEqual(['ho-tro-theo-nam-hatch', 'ho-tro-theo-nam-dots'])
    expect(ids(other)).toEqual(['khac-hatch', 'khac-dots'])
  })

  it('uses only the site’s palette', () => {
    const css = readFileSync('site/styles/global.css', 'utf8')
    for (const [name, colour] of Object.entries(CHART_COLOURS)) {
      if (name === 'white') continue
      expect(css, name).toContain(`--${name}: ${colour};`)
    }
  })
})

describe('renderProgressBar', () => {
  it('writes the figure, the range and the deadline in Vietnamese numbers', () => {
    const root = parseSvg(renderProgressBar(progressVi))
    expect(texts(root)).toEqual([
      'Đã đạt: 1.245 dự án',
      'Mục tiêu: 150–200 dự án',
      'Thời hạn: 31/12/2025',
    ])
    // Two marks across the bar (each a white casing under an ink line) and the bracket.
    expect(byName(root, 'line')).toHaveLength(4)
    expect(byName(root, 'path')).toHaveLength(1)
  })

  it.each<[string, Partial<ProgressBarData>, string[], number]>([
    [
      'no figure yet',
      { achieved: null },
      ['Đã đạt: chưa có số liệu', 'Mục tiêu: 150–200 dự án'],
      1,
    ],
    [
      'a share, on 0–100 %',
      { achieved: 12.5, minimum: 20, maximum: null, measure: 'percent' },
      ['Đã đạt: 12,5%', 'Mục tiêu: 20%'],
      2,
    ],
    [
      'only a maximum',
      { achieved: 10, minimum: null, maximum: 250 },
      ['Đã đạt: 10 dự án', 'Mục tiêu: ≤ 250 dự án'],
      2,
    ],
    ['no target figures', { achieved: 3, minimum: null, maximum: null }, ['Đã đạt: 3 dự án'], 2],
    [
      'zero achieved: an empty track',
      { achieved: 0, minimum: 300, maximum: null },
      ['Đã đạt: 0 dự án', 'Mục tiêu: 300 dự án'],
      1,
    ],
  ])('%s', (_, change, lines, rects) => {
    const root = parseSvg(
      renderProgressBar({
        ...progressVi,
        ...change,
        labels: { ...LABELS_VI, unit: change.measure === 'percent' ? undefined : 'dự án' },
      }),
    )
    expect(texts(root)).toEqual([...lines, 'Thời hạn: 31/12/2025'])
    expect(byName(root, 'rect')).toHaveLength(rects)
  })

  it('wraps a long figure line and moves the bar down under it', () => {
    const unit = 'trung tâm, câu lạc bộ khởi nghiệp đổi mới sáng tạo'
    const root = parseSvg(renderProgressBar({ ...progressVi, labels: { ...LABELS_VI, unit } }))
    const bold = byName(root, 'text').filter((t) => t.attributes['font-weight'] === '700')
    expect(bold.length).toBeGreaterThan(1)
    expect(bold.map((t) => t.text).join(' ')).toBe(`Đã đạt: 1.245 ${unit}`)
    const [track] = byName(root, 'rect')
    expect(Number(track!.attributes.y)).toBeGreaterThan(Number(bold.at(-1)!.attributes.y))
  })

  it('fills the bar in proportion to the target', () => {
    const widthOf = (achieved: number) => {
      const [track, bar] = byName(
        parseSvg(renderProgressBar({ ...progressVi, achieved, minimum: 300, maximum: null })),
        'rect',
      )
      return Number(bar!.attributes.width) / Number(track!.attributes.width)
    }
    expect(widthOf(150)).toBeCloseTo(0.5, 2)
    expect(widthOf(300)).toBeCloseTo(1, 2)
    // Beyond the target, the scale grows to the figure.
    expect(widthOf(600)).toBeCloseTo(1, 2)
  })

  it('writes English numbers in English', () => {
    const root = parseSvg(
      renderProgressBar({
        ...progressVi,
        locale: 'en',
        labels: {
          achieved: 'Achieved',
          target: 'Target',
          deadline: 'Deadline',
          unit: 'projects',
          noFigure: 'no figure yet',
        },
      }),
    )
    expect(texts(root)).toEqual([
      'Achieved: 1,245 projects',
      'Target: 150–200 projects',
      'Deadline: 31/12/2025',
    ])
  })
})

describe('renderStackedBarChart', () => {
  it('draws each non-zero part and writes every total', () => {
    const root = parseSvg(renderStackedBarChart(stackedVi))
    // Three legend swatches, three parts in 2021, three in 2022, none in 2023.
    expect(byName(root, 'rect')).toHaveLength(9)
    const written = texts(root)
    expect(written).toEqual(
      expect.arrayContaining(['36', '1.052', '0', '1.041', '2021', '2022', '2023']),
    )
    // A part too short for its figure leaves it to the table (30 of 1.052 is 5 units tall).
    expect(written).not.toContain('30')
    expect(written.slice(0, 3)).toEqual(['Chỉ hỗ trợ dịch vụ', 'Chỉ hỗ trợ trực tiếp', 'Cả hai'])
  })

  it('tells the parts apart by pattern, not only by colour', () => {
    const root = parseSvg(renderStackedBarChart(stackedVi))
    const fills = new Set(byName(root, 'rect').map((r) => r.attributes.fill))
    expect(fills).toEqual(
      new Set([CHART_COLOURS.navy, 'url(#ho-tro-theo-nam-hatch)', 'url(#ho-tro-theo-nam-dots)']),
    )
  })

  it('stacks the parts: each bar as tall as its total', () => {
    const root = parseSvg(
      renderStackedBarChart({
        ...stackedVi,
        categories: [
          { label: '2021', values: [30, 10, 0] },
          { label: '2022', values: [0, 40, 0] },
        ],
      }),
    )
    const bars = byName(root, 'rect').slice(3)
    const heights = bars.map((r) => Number(r.attributes.height))
    expect(heights[0]! + heights[1]!).toBeCloseTo(heights[2]!, 1)
    // The second part sits on the first.
    expect(Number(bars[1]!.attributes.y) + heights[1]!).toBeCloseTo(
      Number(bars[0]!.attributes.y),
      1,
    )
  })

  it('leaves out figures that would not fit, never writing them over each other', () => {
    const categories = Array.from({ length: 12 }, (_, i) => ({
      label: String(2021 + i),
      values: [12345, 3000],
    }))
    const root = parseSvg(
      renderStackedBarChart({ ...stackedVi, series: stackedVi.series.slice(0, 2), categories }),
    )
    const written = texts(root)
    expect(written).not.toContain('15.345')
    const years = written.filter((t) => /^20\d\d$/.test(t))
    expect(years.length).toBeGreaterThan(1)
    expect(years.length).toBeLessThan(12)
  })

  it('refuses more parts than it has patterns', () => {
    expect(() =>
      renderStackedBarChart({ ...stackedVi, series: [...stackedVi.series, { label: '4' }] }),
    ).toThrow(/three/)
  })

  it('draws an empty chart for no years', () => {
    const root = parseSvg(renderStackedBarChart({ ...stackedVi, categories: [] }))
    expect(byName(root, 'rect')).toHaveLength(3)
  })
})

describe('renderCumulativeChart', () => {
  it('runs the figure to the last year that has one and the path to the deadline', () => {
    const root = parseSvg(renderCumulativeChart(cumulativeVi))
    const [expected, actual] = byName(root, 'polyline').map((p) => p.attributes.points!.split(' '))
    // From zero at the period's start: the origin, then one point a year.
    expect(expected).toHaveLength(6)
    expect(actual).toHaveLength(4)
    expect(expected![0]).toBe(actual![0])
    expect(byName(root, 'circle')).toHaveLength(1 + 3)
    expect(texts(root)).toEqual(expect.arrayContaining(['Mục tiêu: 300', '36', '85', '1.500']))
  })

  it('tells the lines apart by dash and marker, not only by colour', () => {
    const root = parseSvg(renderCumulativeChart(cumulativeVi))
    const dashes = byName(root, 'polyline').map((p) => p.attributes['stroke-dasharray'] ?? 'solid')
    expect(new Set(dashes).size).toBe(2)
    const target = byName(root, 'line').filter((l) => l.attributes.stroke === CHART_COLOURS.red)
    expect(new Set([...dashes, ...target.map((l) => l.attributes['stroke-dasharray'])]).size).toBe(
      3,
    )
  })

  it('shows a target range as a band between two lines', () => {
    const root = parseSvg(renderCumulativeChart({ ...cumulativeVi, minimum: 150, maximum: 200 }))
    expect(texts(root)).toContain('Mục tiêu: 150–200')
    expect(byName(root, 'rect')).toHaveLength(1)
    expect(
      byName(root, 'line').filter((l) => l.attributes.stroke === CHART_COLOURS.red),
    ).toHaveLength(2 + 1)
  })

  it('draws no target line without a target, and nothing before the first figure', () => {
    const root = parseSvg(
      renderCumulativeChart({
        ...cumulativeVi,
        minimum: null,
        points: cumulativeVi.points.map((p) => ({ ...p, actual: null })),
      }),
    )
    expect(
      byName(root, 'line').filter((l) => l.attributes.stroke === CHART_COLOURS.red),
    ).toHaveLength(0)
    expect(byName(root, 'polyline')).toHaveLength(1)
    expect(byName(root, 'circle')).toHaveLength(1)
  })

  it('draws a share without the origin when asked', () => {
    const root = parseSvg(
      renderCumulativeChart({
        ...cumulativeVi,
        measure: 'percent',
        minimum: 20,
        fromZero: false,
        points: [
          { label: '2021', actual: 0, expected: 20 },
          { label: '2022', actual: 50, expected: 20 },
        ],
      }),
    )
    const [expected, actual] = byName(root, 'polyline').map((p) => p.attributes.points!.split(' '))
    expect(expected).toHaveLength(2)
    expect(actual).toHaveLength(2)
    expect(texts(root)).toEqual(expect.arrayContaining(['Mục tiêu: 20%', '50%', '0%']))
  })
})

describe('formatChartNumber', () => {
  it.each<[number, 'vi' | 'en', 'count' | 'percent', string]>([
    [1234, 'vi', 'count', '1.234'],
    [1234567, 'vi', 'count', '1.234.567'],
    [1234, 'en', 'count', '1,234'],
    [149.5, 'vi', 'count', '150'],
    [0, 'vi', 'count', '0'],
    // CLDR's Vietnamese percent pattern (#,##0%), as plan 281 itself writes "20%".
    [12.5, 'vi', 'percent', '12,5%'],
    [12.5, 'en', 'percent', '12.5%'],
    [66.6667, 'vi', 'percent', '66,7%'],
    [100, 'vi', 'percent', '100%'],
  ])('%d (%s, %s) → %j', (value, locale, measure, expected) => {
    expect(formatChartNumber(value, locale, measure)).toBe(expected)
  })
})

describe('formatTargetRange', () => {
  it.each<[number | null, number | null, 'vi' | 'en', 'count' | 'percent', string]>([
    [150, 200, 'vi', 'count', '150–200'],
    [1500, 2000, 'vi', 'count', '1.500–2.000'],
    [300, null, 'vi', 'count', '300'],
    [300, 300, 'vi', 'count', '300'],
    [null, 250, 'en', 'count', '≤ 250'],
    [20, null, 'vi', 'percent', '20%'],
    [null, null, 'vi', 'count', ''],
  ])('%j–%j → %j', (min, max, locale, measure, expected) => {
    expect(formatTargetRange(min, max, locale, measure)).toBe(expected)
  })
})

describe('data tables', () => {
  it('progressTableRows: a row per target', () => {
    const share: ProgressBarData = {
      ...progressVi,
      title: 'Tỷ lệ gọi được vốn',
      achieved: null,
      minimum: 20,
      maximum: null,
      measure: 'percent',
      labels: { ...LABELS_VI, unit: undefined },
    }
    expect(progressTableRows([progressVi, share], 'Chỉ tiêu')).toEqual({
      columns: ['Chỉ tiêu', 'Đã đạt', 'Mục tiêu', 'Thời hạn'],
      rows: [
        { header: progressVi.title, cells: ['1.245 dự án', '150–200 dự án', '31/12/2025'] },
        { header: 'Tỷ lệ gọi được vốn', cells: ['chưa có số liệu', '20%', '31/12/2025'] },
      ],
    })
    expect(progressTableRows([], 'Chỉ tiêu')).toEqual({
      columns: ['Chỉ tiêu', '', '', ''],
      rows: [],
    })
  })

  it('stackedBarTableRows: a row per year with its parts and total', () => {
    expect(stackedBarTableRows(stackedVi)).toEqual({
      columns: ['Năm', 'Chỉ hỗ trợ dịch vụ', 'Chỉ hỗ trợ trực tiếp', 'Cả hai', 'Tổng số dự án'],
      rows: [
        { header: '2021', cells: ['30', '4', '2', '36'] },
        { header: '2022', cells: ['1.041', '8', '3', '1.052'] },
        { header: '2023', cells: ['0', '0', '0', '0'] },
      ],
    })
  })

  it('cumulativeTableRows: a row per year, a dash for the years to come', () => {
    expect(cumulativeTableRows({ ...cumulativeVi, locale: 'en' })).toEqual({
      columns: ['Năm', 'Dự án đã hỗ trợ (lũy kế)', 'Lộ trình đều đến mục tiêu'],
      rows: [
        { header: '2021', cells: ['36', '60'] },
        { header: '2022', cells: ['85', '120'] },
        { header: '2023', cells: ['1,500', '180'] },
        { header: '2024', cells: ['—', '240'] },
        { header: '2025', cells: ['—', '300'] },
      ],
    })
  })
})

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
    })
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!
  }
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi! + 0.05) / (lo! + 0.05)
}
