import {
  SUPPORT_BY_YEAR_TABLE,
  TRACKER_TARGETS_TABLE,
  type SupportYearRow,
  type TrackerTargetRow,
} from '@channels/opendata'
import { dataFileNames, dataTable, type DataSet } from './openData'
import type { TrackerEntry } from './types'

/** The tracker's open data files, under `/ket-qua/du-lieu/`. */
export const TRACKER_DATA_FILES = dataFileNames([TRACKER_TARGETS_TABLE, SUPPORT_BY_YEAR_TABLE])

const targetRows = (entry: TrackerEntry): TrackerTargetRow[] =>
  entry.targets.map(({ label, source, progress: p }) => {
    const b = p.basis
    return {
      programme: entry.programme.code,
      target_key: p.key,
      name_vi: label.vi,
      name_en: label.en,
      measure: p.measure,
      unit: p.unit,
      minimum: p.minimum,
      maximum: p.maximum,
      deadline: p.deadline,
      achieved: p.achieved,
      computed: p.computed,
      expected: p.expected,
      status: p.status,
      basis: p.final ? 'final' : b.kind === 'manual' ? 'manual' : 'directory',
      counted_ids: (b.kind === 'projects'
        ? b.startupIds
        : b.kind === 'funded-share'
          ? b.fundedStartupIds
          : b.kind === 'organizations'
            ? b.organizationIds
            : b.kind === 'people'
              ? b.personIds
              : []
      ).map(String),
      base_ids: b.kind === 'funded-share' ? b.directStartupIds.map(String) : [],
      source: p.final?.source ?? source?.vi ?? null,
      source_url: null,
      last_updated: p.lastUpdated,
      as_of: entry.asOf,
    }
  })

const yearRows = (entry: TrackerEntry): SupportYearRow[] =>
  entry.supportByYear.map((y) => ({
    programme: entry.programme.code,
    year: y.year,
    projects: y.projects,
    service: y.service,
    direct: y.direct,
    service_only: y.serviceOnly,
    direct_only: y.directOnly,
    both: y.both,
    new_projects: y.newProjects,
    cumulative: y.cumulative,
  }))

/**
 * The tracker's open data (`/ket-qua/du-lieu/`): the targets and the projects supported per year
 * as CSV (UTF-8 with BOM) and JSON, and the `datapackage.json` describing them. Ids are the
 * directory's slugs, the profiles' public addresses (as in the directory's own open data).
 */
export const trackerDataSet = (entry: TrackerEntry): DataSet => ({
  name: `ket-qua-${entry.programme.code.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
  title: `Kết quả thực hiện ${entry.programme.code} / Results of ${entry.programme.code}`,
  description: 'Dữ liệu minh họa của bản trình diễn. / Illustrative demo data.',
  updated: entry.asOf,
  tables: [
    dataTable(TRACKER_TARGETS_TABLE, targetRows(entry)),
    dataTable(SUPPORT_BY_YEAR_TABLE, yearRows(entry)),
  ],
})
