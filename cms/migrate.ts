import type { Payload } from 'payload'

import { migrations } from './migrations'

/**
 * Brings the database schema up to date with the committed migrations. MongoDB needs none
 * (it is schemaless); the embedded SQLite file gets every pending migration in order.
 */
export async function migrateDatabase(payload: Payload): Promise<void> {
  if (payload.db.name === 'mongoose') return
  // The generated migration functions take typed args; the adapter's signature says unknown.
  await payload.db.migrate({
    migrations: migrations as Parameters<Payload['db']['migrate']>[0] extends {
      migrations?: infer M
    }
      ? M
      : never,
  })
}
