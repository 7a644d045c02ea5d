import { stringify } from 'csv-stringify/sync'

import type { CellValue, OpenField, OpenTable } from './types'

/** How a list's items are joined in a CSV cell (Table Schema's `delimiter` for `list` fields). */
export const LIST_DELIMITER = ';'

/**
 * A text cell Excel or LibreOffice would run as a formula (OWASP "CSV injection"): it starts
 * with = + - @ or a tab or carriage return. Such a cell is written with a leading apostrophe,
 * which spreadsheets show as text; the JSON keeps the text as it is.
 */
const FORMULA_START = /^[=+\-@\t\r]/

function cellText(field: OpenField, value: CellValue): string {
  if (value === null || value === undefined) return ''
  if (Array.isArray(value)) {
    // An item never splits in two: the delimiter inside one becomes a comma.
    const joined = value
      .map((item) => String(item).replaceAll(LIST_DELIMITER, ','))
      .join(LIST_DELIMITER)
    return FORMULA_START.test(joined) ? `'${joined}` : joined
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return ''
    return field.type === 'integer' ? String(Math.round(value)) : String(value)
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  const text = value as string
  return field.type === 'string' && FORMULA_START.test(text) ? `'${text}` : text
}

/**
 * A table as CSV for people who open it in Excel as well as for programs: UTF-8 with a byte
 * order mark (without it Excel reads Vietnamese as Windows-1252), CRLF line ends (RFC 4180),
 * a header of the schema's field names, fields quoted by csv-stringify when they hold a comma,
 * a quote or a line break. Numbers are written for machines — a dot for decimals, no grouping
 * (`12.5`, `1234`) — and dates as `YYYY-MM-DD`. Only the schema's fields are written, whatever
 * else a row carries.
 *
 * @example
 * toCsv(TRACKER_YEARS_TABLE, [{ programme: '281/KH-UBND', target_key: 'du-an', year: 2021, … }])
 * // '\uFEFFprogramme,target_key,year,…\r\n281/KH-UBND,du-an,2021,…\r\n'
 */
export function toCsv<Row extends object>(table: OpenTable<Row>, rows: readonly Row[]): string {
  const header = table.fields.map((f) => f.name)
  const records = rows.map((row) =>
    table.fields.map((field) => cellText(field, (row as Record<string, CellValue>)[field.name])),
  )
  return stringify([header, ...records], { bom: true, record_delimiter: 'windows' })
}

/** A row with exactly the schema's fields, in its order; absent values are `null`. */
function jsonRow(fields: readonly OpenField[], row: Record<string, CellValue>) {
  return Object.fromEntries(
    fields.map((field) => {
      const value = row[field.name]
      if (value === undefined || (typeof value === 'number' && !Number.isFinite(value)))
        return [field.name, null]
      return [field.name, Array.isArray(value) ? [...value] : value]
    }),
  )
}

/**
 * A table as JSON: an array of rows with the same field names as the CSV (lists as arrays,
 * absent values `null`) — tabular JSON as Frictionless reads it, described by the same schema.
 * Only the schema's fields are written.
 */
export function toJson<Row extends object>(table: OpenTable<Row>, rows: readonly Row[]): string {
  const data = rows.map((row) => jsonRow(table.fields, row as Record<string, CellValue>))
  return `${JSON.stringify(data, null, 2)}\n`
}
