import {
  buildDataPackage,
  toCsv,
  toJson,
  type OpenTable,
  type OpenTableBase,
} from '@channels/opendata'

/**
 * A published set of open data tables (the tracker's, the directory's): each table as
 * `<name>.csv` (UTF-8 with BOM) and `<name>.json`, and a `datapackage.json` describing them
 * (channels/opendata). One set is one folder of the site, one route `[file].ts`.
 */

export const DATA_PACKAGE_FILE = 'datapackage.json'

/** A table with its rows, typed together (`dataTable(STARTUPS_TABLE, rows)`). */
export type DataTable = {
  table: OpenTableBase
  csv: () => string
  json: () => string
}

export const dataTable = <Row extends object>(
  table: OpenTable<Row>,
  rows: readonly Row[],
): DataTable => ({ table, csv: () => toCsv(table, rows), json: () => toJson(table, rows) })

export interface DataSet {
  /** The Data Package's name (lower case, `-`). */
  name: string
  title: string
  description: string
  /** `YYYY-MM-DD` or an ISO instant: when the data last changed. */
  updated: string
  tables: readonly DataTable[]
}

/**
 * The files of a set of tables, in the order pages list them.
 *
 * @example
 * dataFileNames([TRACKER_TARGETS_TABLE]) // ['chi-tieu.csv', 'chi-tieu.json', 'datapackage.json']
 */
export const dataFileNames = (tables: readonly OpenTableBase[]): string[] => [
  ...tables.flatMap((table) => [`${table.name}.csv`, `${table.name}.json`]),
  DATA_PACKAGE_FILE,
]

/** One file of a set, as the response its route answers; `null` for a name not in the set. */
export function dataFileResponse(set: DataSet, file: string): Response | null {
  const body = dataFileText(set, file)
  if (body === null) return null
  const type = file.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json'
  return new Response(body, { headers: { 'Content-Type': type } })
}

function dataFileText(set: DataSet, file: string): string | null {
  if (file === DATA_PACKAGE_FILE) {
    const descriptor = buildDataPackage({
      name: set.name,
      title: set.title,
      description: set.description,
      updated: set.updated,
      resources: set.tables.map(({ table }) => ({
        table,
        path: `${table.name}.csv`,
        json: `${table.name}.json`,
      })),
    })
    return JSON.stringify(descriptor, null, 2)
  }
  const match = /^(.+)\.(csv|json)$/.exec(file)
  const found = match && set.tables.find(({ table }) => table.name === match[1])
  if (!found) return null
  return match[2] === 'csv' ? found.csv() : found.json()
}
