/**
 * Open data: the tracker's figures and the directory's public fields as CSV (UTF-8 with BOM,
 * CRLF, for Excel and programs alike) and JSON, each table described by a Frictionless Table
 * Schema, published together in a `datapackage.json`. Plain rows in, strings out.
 */
export { buildDataPackage, CSV_DIALECT, tableSchema } from './schema'
export {
  FUNDING_ROUNDS_TABLE,
  ORGANIZATIONS_TABLE,
  PEOPLE_TABLE,
  STARTUP_SUPPORT_TABLE,
  STARTUPS_TABLE,
  SUPPORT_BY_YEAR_TABLE,
  TRACKER_TARGETS_TABLE,
  TRACKER_YEARS_TABLE,
} from './tables'
export type {
  FundingRoundRow,
  OrganizationRow,
  PersonRow,
  StartupRow,
  StartupSupportRow,
  SupportYearRow,
  TrackerTargetRow,
  TrackerYearRow,
} from './tables'
export { LIST_DELIMITER, toCsv, toJson } from './write'
export type { CellValue, FieldType, OpenField, OpenTable, OpenTableBase } from './types'
