import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { BasePayload, buildConfig, type Config, type Payload } from 'payload'

import { databaseAdapter, type DatabaseChoice, type SqlDatabaseKind } from './database'
import { hubConfig } from './payload.config'

/**
 * A database that is never opened: the adapters build their schema from the collections
 * without connecting (`disableDBConnect`), which is all a schema comparison needs.
 */
const UNOPENED: Record<SqlDatabaseKind, () => DatabaseChoice> = {
  sqlite: () => {
    const file = path.join(os.tmpdir(), 'hub-schema-only', 'never-opened.db')
    return { kind: 'sqlite', url: `file:${file}`, file }
  },
  postgres: () => ({ kind: 'postgres', url: 'postgres://schema-only@127.0.0.1:1/never-opened' }),
}

/**
 * A copy of the configuration's plain objects and arrays (functions, class instances and the
 * rest shared): Payload's sanitising writes into the fields it is given, so each build needs
 * fields of its own.
 */
function copyPlain<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyPlain) as T
  if (value && typeof value === 'object') {
    const proto = Object.getPrototypeOf(value)
    if (proto !== Object.prototype && proto !== null) return value
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, copyPlain(inner)]),
    ) as T
  }
  return value
}

/**
 * Payload with one SQL adapter's schema built from the hub's collections, without a database:
 * what `npm run migrate:create` diffs against each adapter's latest snapshot, for every adapter
 * on any machine (no PostgreSQL server needed). `collections` replaces the hub's (a test adds a
 * field to prove a missing migration is caught). Close it with `payload.destroy()`.
 */
export async function openSchemaOnly(
  kind: SqlDatabaseKind,
  collections: Config['collections'] = hubConfig.collections,
): Promise<Payload> {
  const config = await buildConfig({
    ...copyPlain(hubConfig),
    collections: copyPlain(collections),
    db: databaseAdapter(UNOPENED[kind]()),
  })
  return new BasePayload().init({ config, disableDBConnect: true, disableOnInit: true })
}

/** What Payload's Drizzle adapters expose for `migrate:create` (not in their public types). */
type DrizzleKitAdapter = {
  schema: Record<string, unknown>
  migrationDir: string
  defaultDrizzleSnapshot: { version: string }
  requireDrizzleKit: () => {
    generateDrizzleJson: (schema: Record<string, unknown>) => Promise<{ version: string }>
    generateMigration: (before: unknown, after: unknown) => Promise<string[]>
    upSnapshot?: (snapshot: unknown) => { version: string }
  }
}

/**
 * The SQL statements a new migration of this adapter would hold: the difference between the
 * schema the collections make now and the latest snapshot in the adapter's migration folder —
 * the comparison `migrate:create` makes. Empty when the committed migrations are complete.
 *
 * @example
 * const payload = await openSchemaOnly('postgres')
 * await pendingSchemaChanges(payload) // [] — or ['ALTER TABLE "topics" ADD COLUMN …']
 */
export async function pendingSchemaChanges(payload: Payload): Promise<string[]> {
  const db = payload.db as unknown as DrizzleKitAdapter
  const { generateDrizzleJson, generateMigration, upSnapshot } = db.requireDrizzleKit()
  const after = await generateDrizzleJson(db.schema)
  const latest = fs
    .readdirSync(db.migrationDir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .at(-1)
  let before = latest
    ? (JSON.parse(fs.readFileSync(path.join(db.migrationDir, latest), 'utf8')) as {
        version: string
      })
    : structuredClone(db.defaultDrizzleSnapshot)
  if (upSnapshot && before.version < after.version) before = upSnapshot(before)
  return generateMigration(before, after)
}
