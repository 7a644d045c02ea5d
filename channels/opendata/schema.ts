import type { OpenTableBase } from './types'
import { LIST_DELIMITER } from './write'

/**
 * A table's Frictionless Table Schema (https://datapackage.org/standard/table-schema/): its
 * fields with their types, titles, descriptions and constraints. Empty cells are missing values.
 */
export function tableSchema(table: OpenTableBase) {
  return {
    fields: table.fields.map((field) => ({
      name: field.name,
      type: field.type,
      title: field.title,
      description: field.description,
      ...(field.format ? { format: field.format } : {}),
      ...(field.type === 'list' ? { delimiter: LIST_DELIMITER, itemType: 'string' } : {}),
      ...(field.type === 'number' ? { decimalChar: '.' } : {}),
      ...(field.required || field.enum
        ? {
            constraints: {
              ...(field.required ? { required: true } : {}),
              ...(field.enum ? { enum: [...field.enum] } : {}),
            },
          }
        : {}),
    })),
    ...(table.primaryKey ? { primaryKey: [...table.primaryKey] } : {}),
    missingValues: [''],
  }
}

/** The CSV dialect `toCsv` writes (Table Dialect). */
export const CSV_DIALECT = {
  delimiter: ',',
  lineTerminator: '\r\n',
  quoteChar: '"',
  doubleQuote: true,
  header: true,
} as const

/**
 * A Data Package descriptor (`datapackage.json`) for tables published together: each table as
 * a CSV resource with its dialect and schema, and its JSON copy as a resource of its own.
 *
 * @example
 * buildDataPackage({ name: 'ket-qua-ke-hoach-281', title: 'Kết quả…', updated: '2026-01-05',
 *   resources: [{ table: TRACKER_TARGETS_TABLE, path: 'chi-tieu.csv', json: 'chi-tieu.json' }] })
 */
export function buildDataPackage(options: {
  name: string
  title: string
  description?: string
  /** `YYYY-MM-DD` or an ISO instant. */
  updated: string
  homepage?: string
  licenses?: { name?: string; path?: string; title: string }[]
  resources: { table: OpenTableBase; path: string; json?: string }[]
}) {
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: options.name,
    title: options.title,
    ...(options.description ? { description: options.description } : {}),
    ...(options.homepage ? { homepage: options.homepage } : {}),
    created: options.updated,
    ...(options.licenses ? { licenses: options.licenses } : {}),
    resources: options.resources.flatMap(({ table, path, json }) => {
      const described = {
        title: table.title,
        description: table.description,
        schema: tableSchema(table),
      }
      const csv = {
        name: table.name,
        path,
        format: 'csv',
        mediatype: 'text/csv',
        // UTF-8 with a byte order mark, for Excel; readers that follow the encoding skip it.
        encoding: 'utf-8',
        dialect: CSV_DIALECT,
        ...described,
      }
      if (!json) return [csv]
      const copy = {
        name: `${table.name}-json`,
        path: json,
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        ...described,
      }
      return [csv, copy]
    }),
  }
}
