/**
 * The charts' input: plain data, every word in it. The channel holds no vocabulary — the site
 * passes the labels in the page's language (vi or en) and the locale numbers are written in.
 */
export type ChartLocale = 'vi' | 'en'

/** How a figure is written: a count (1.234) or a share in percentage points (12,5%). */
export type ChartMeasure = 'count' | 'percent'

/** What every chart says to a screen reader, and the id its parts are named from. */
export interface ChartText {
  /**
   * Unique on the page (e.g. the target's key): the title's, description's and patterns' ids
   * are made from it. Letters, digits, `-` and `_`; anything else becomes `-`.
   */
  id: string
  /** The accessible name (`<title>`). */
  title: string
  /** What the chart shows, in a sentence or two (`<desc>`): the figures a reader would see. */
  description: string
  locale: ChartLocale
}

/** One target as a bar: how far the achieved figure has come toward its range. */
export interface ProgressBarData extends ChartText {
  achieved: number | null
  minimum?: number | null
  maximum?: number | null
  measure: ChartMeasure
  /** The deadline as the page writes dates: "31/12/2025". */
  deadline: string
  labels: {
    /** "Đã đạt" — written "Đã đạt: 245 dự án". */
    achieved: string
    /** "Mục tiêu" — written "Mục tiêu: 150–200 dự án". */
    target: string
    /** "Thời hạn" — written "Thời hạn: 31/12/2025". */
    deadline: string
    /** After each figure: "dự án" (none for a share). */
    unit?: string
    /** Instead of a figure when there is none: "chưa có số liệu". */
    noFigure: string
  }
}

/** Bars of several parts per category: supported projects per year, service vs direct. */
export interface StackedBarData extends ChartText {
  /** The parts, bottom up; at most three (solid, hatched, dotted). */
  series: { label: string }[]
  /** One value per part, in the order of `series`. */
  categories: { label: string; values: number[] }[]
  measure: ChartMeasure
  labels: {
    /** The categories' column in the data table: "Năm". */
    category: string
    /** The totals' column in the data table: "Tổng số dự án". */
    total: string
  }
}

/** A running figure by the end of each category (year) against the straight path to a goal. */
export interface CumulativeChartData extends ChartText {
  points: { label: string; actual: number | null; expected: number | null }[]
  /** The target: a line across (and a band when it is a range). */
  minimum?: number | null
  maximum?: number | null
  measure: ChartMeasure
  /** Both lines start from zero at the left edge (the period's start); default true. */
  fromZero?: boolean
  labels: {
    category: string
    actual: string
    expected: string
    /** "Mục tiêu" — written beside the target line with its figure. */
    target: string
  }
}

/** A chart's figures as a table: `columns[0]` heads the row headers. */
export interface ChartTable {
  columns: string[]
  rows: { header: string; cells: string[] }[]
}
