import type { ChartLocale, ChartMeasure } from './types'

const formats = new Map<string, Intl.NumberFormat>()

function numberFormat(locale: ChartLocale, measure: ChartMeasure): Intl.NumberFormat {
  const key = `${locale}:${measure}`
  let format = formats.get(key)
  if (!format) {
    // Counts are whole (a straight-path figure of 149,5 projects is shown as 150); a share
    // keeps one decimal. The locale's own separators: vi 1.234 and 12,5%, en 1,234 and 12.5%.
    format = new Intl.NumberFormat(
      locale,
      measure === 'percent'
        ? { style: 'percent', maximumFractionDigits: 1 }
        : { maximumFractionDigits: 0 },
    )
    formats.set(key, format)
  }
  return format
}

/**
 * A figure as the page's language writes it; a share is given in percentage points.
 *
 * @example
 * formatChartNumber(1234, 'vi', 'count') // '1.234'
 * formatChartNumber(12.5, 'vi', 'percent') // '12,5%'
 * formatChartNumber(12.5, 'en', 'percent') // '12.5%'
 */
export function formatChartNumber(
  value: number,
  locale: ChartLocale,
  measure: ChartMeasure,
): string {
  return numberFormat(locale, measure).format(measure === 'percent' ? value / 100 : value)
}

/**
 * A target's figures: its range (150–200), its minimum (300) or its maximum (≤ 250); empty
 * when it has neither.
 *
 * @example
 * formatTargetRange(150, 200, 'vi', 'count') // '150–200'
 */
export function formatTargetRange(
  minimum: number | null | undefined,
  maximum: number | null | undefined,
  locale: ChartLocale,
  measure: ChartMeasure,
): string {
  const format = (n: number) => formatChartNumber(n, locale, measure)
  if (minimum != null && maximum != null && maximum !== minimum)
    return `${format(minimum)}–${format(maximum)}`
  if (minimum != null) return format(minimum)
  if (maximum != null) return `≤ ${format(maximum)}`
  return ''
}

/** A figure and its unit's word ("245 dự án"); a share has its sign already. */
export function withUnit(text: string, unit: string | undefined): string {
  return unit ? `${text} ${unit}` : text
}
