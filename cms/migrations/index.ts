import type { SqlDatabaseKind } from '../database'
import { migrations as postgres } from './postgres'
import { migrations as sqlite } from './sqlite'

/**
 * The committed migrations of each SQL adapter (cms/database.ts MIGRATION_DIRS), in order.
 * `npm run migrate:create` rewrites each folder's own index.ts; this table only picks one.
 */
export const MIGRATIONS: Record<SqlDatabaseKind, typeof sqlite | typeof postgres> = {
  sqlite,
  postgres,
}
