/**
 * Open data: tables of plain rows written as CSV and JSON, each described by a Frictionless
 * Table Schema (https://datapackage.org/standard/table-schema/) that is published beside them
 * in a `datapackage.json`.
 */

/** What a cell holds; a list is written as its items joined by `LIST_DELIMITER` in CSV. */
export type CellValue = string | number | boolean | null | undefined | readonly string[]

/** Table Schema field types this portal uses. `list`: Table Schema v2's delimited list. */
export type FieldType = 'string' | 'integer' | 'number' | 'date' | 'boolean' | 'list'

export interface OpenField<Name extends string = string> {
  name: Name
  type: FieldType
  /** "Vietnamese / English". */
  title: string
  description: string
  required?: boolean
  /** `uri` or `email` for such strings. */
  format?: 'uri' | 'email'
  /** The closed list of values, for codes. */
  enum?: readonly string[]
}

/** What any table has, whatever its rows (the schema and the data package read this). */
export interface OpenTableBase {
  /** The file name without extension, and the Data Package resource name. */
  name: string
  title: string
  description: string
  fields: readonly OpenField[]
  primaryKey?: readonly string[]
}

/** A published table: its columns, in order, named after its rows' keys. */
export interface OpenTable<Row extends object = Record<string, CellValue>> extends OpenTableBase {
  fields: readonly OpenField<Extract<keyof Row, string>>[]
  primaryKey?: readonly Extract<keyof Row, string>[]
}
