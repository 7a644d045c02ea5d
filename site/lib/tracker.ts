import { formatDay } from '@collections/lib/calendarDay'
import { TARGET_STATUS_OPTIONS } from '@collections/vocabulary/programmeMetrics'
import {
  PROGRAMME_STATUS_OPTIONS,
  TARGET_MEASURE_OPTIONS,
  TARGET_UNIT_OPTIONS,
} from '@collections/vocabulary/programmes'
import {
  cumulativeTableRows,
  formatChartNumber,
  formatTargetRange,
  renderCumulativeChart,
  renderProgressBar,
  renderStackedBarChart,
  stackedBarTableRows,
  type ChartTable,
} from '@channels/charts'
import { strings, type Lang } from './i18n'
import type { TrackerEntry } from './types'

const label = <V extends string>(
  options: readonly { value: V; label: { vi: string; en: string } }[],
  value: string | null | undefined,
  lang: Lang,
) => options.find((o) => o.value === value)?.label[lang] ?? ''

/** One target as the tracker page shows it. */
export interface TrackerTargetView {
  key: string
  label: string
  svg: string
  achieved: string
  target: string
  /** The target without its unit (`150–200`, `20%`), for the about page's figures. */
  range: string
  status: string
  basis: string
  source: string | null
  outsidePeriod: string | null
  lastUpdated: string | null
}

export interface TrackerView {
  title: string
  code: string
  period: string
  status: string
  summary: string | null
  legalTextSlug: string | null
  asOf: string
  targets: TrackerTargetView[]
  charts: { id: string; svg: string; table: ChartTable }[]
}

/**
 * The tracker's entry in one language: each target's progress bar and the words beside it, the
 * stacked per-year chart and the cumulative chart (supported projects against the straight path
 * to the first `supportedProjects` target), each with its data table. Plain strings out; the
 * SVGs come from channels/charts, drawn on the build's server.
 */
export function trackerView(entry: TrackerEntry, lang: Lang): TrackerView {
  const t = strings(lang).tracker
  const { programme } = entry
  const unitOf = (unit: string | null) => label(TARGET_UNIT_OPTIONS, unit, lang)
  const targets = entry.targets.map(({ label: name, source, progress }): TrackerTargetView => {
    const measure = progress.unit === 'percent' ? 'percent' : 'count'
    const unit = measure === 'percent' ? undefined : unitOf(progress.unit)
    const title = name[lang] ?? name.vi
    const range = formatTargetRange(progress.minimum, progress.maximum, lang, measure)
    const achieved =
      progress.achieved === null
        ? t.noFigure
        : `${formatChartNumber(progress.achieved, lang, measure)}${unit ? ` ${unit}` : ''}`
    const method = TARGET_MEASURE_OPTIONS.find((o) => o.value === progress.measure)!.method[lang]
    const basis = progress.basis
    return {
      key: progress.key,
      label: title,
      svg: renderProgressBar({
        id: `chi-tieu-${progress.key}`,
        title,
        description: `${t.achieved}: ${achieved}. ${t.target}: ${range}${unit ? ` ${unit}` : ''}.`,
        locale: lang,
        achieved: progress.achieved,
        minimum: progress.minimum,
        maximum: progress.maximum,
        measure,
        deadline: formatDay(progress.deadline),
        labels: {
          achieved: t.achieved,
          target: t.target,
          deadline: lang === 'vi' ? 'Thời hạn' : 'Deadline',
          unit,
          noFigure: t.noFigure,
        },
      }),
      achieved,
      target: `${range}${unit ? ` ${unit}` : ''}`,
      range,
      status: label(TARGET_STATUS_OPTIONS, progress.status, lang),
      basis: method,
      source: source ? (source[lang] ?? source.vi) : null,
      outsidePeriod:
        basis.kind === 'projects' && basis.recordsOutsidePeriod > 0
          ? t.outsidePeriod(basis.recordsOutsidePeriod)
          : null,
      lastUpdated: progress.lastUpdated ? formatDay(progress.lastUpdated) : null,
    }
  })

  const years = entry.supportByYear
  const stacked = {
    id: 'theo-nam',
    title: t.byYear,
    description: `${t.byYearDesc} ${years.map((y) => `${y.year}: ${y.projects}`).join('; ')}.`,
    locale: lang,
    measure: 'count' as const,
    series: [{ label: t.serviceOnly }, { label: t.directOnly }, { label: t.both }],
    categories: years.map((y) => ({
      label: String(y.year),
      values: [y.serviceOnly, y.directOnly, y.both],
    })),
    labels: { category: t.year, total: lang === 'vi' ? 'Tổng số dự án' : 'Projects in all' },
  }
  const supported = entry.targets.find((x) => x.progress.measure === 'supportedProjects')
  const charts = [
    { id: 'theo-nam', svg: renderStackedBarChart(stacked), table: stackedBarTableRows(stacked) },
  ]
  if (supported) {
    const p = supported.progress
    const cumulative = {
      id: 'cong-don',
      title: t.cumulative,
      description: `${t.cumulativeDesc} ${p.series.map((s) => `${s.year}: ${s.cumulative ?? '—'}`).join('; ')}.`,
      locale: lang,
      measure: 'count' as const,
      points: p.series.map((s) => ({
        label: String(s.year),
        actual: s.cumulative,
        expected: s.expected === null ? null : Math.round(s.expected),
      })),
      minimum: p.minimum,
      maximum: p.maximum,
      labels: { category: t.year, actual: t.reached, expected: t.path, target: t.target },
    }
    charts.push({
      id: 'cong-don',
      svg: renderCumulativeChart(cumulative),
      table: cumulativeTableRows(cumulative),
    })
  }
  return {
    title: programme.title[lang] ?? programme.title.vi,
    code: programme.code,
    period: `${programme.periodStart}–${programme.periodEnd}`,
    status: label(PROGRAMME_STATUS_OPTIONS, programme.status, lang),
    summary: programme.summary[lang] ?? programme.summary.vi,
    legalTextSlug: programme.legalTextSlug,
    asOf: formatDay(entry.asOf),
    targets,
    charts,
  }
}
