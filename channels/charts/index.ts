/**
 * Charts of the programme tracker: plain data in (every label in the page's language), SVG
 * strings out — drawn on the server, no script, each an accessible image (`role="img"`, its
 * `<title>` and `<desc>`) with a data table beside it (`*TableRows`). The site's CSS sizes them
 * (`.chart { width: 100%; height: auto }`); their `viewBox` keeps them sharp from a phone to print.
 */
export { renderCumulativeChart } from './cumulative'
export { formatChartNumber, formatTargetRange } from './format'
export { renderProgressBar } from './progressBar'
export { renderStackedBarChart } from './stackedBars'
export { CHART_COLOURS } from './svg'
export { cumulativeTableRows, progressTableRows, stackedBarTableRows } from './tables'
export type {
  ChartLocale,
  ChartMeasure,
  ChartTable,
  ChartText,
  CumulativeChartData,
  ProgressBarData,
  StackedBarData,
} from './types'
