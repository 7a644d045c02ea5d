import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/*
 * The worker's leader lease on SQLite (cms/worker/sqliteLease.ts): one row per lock, written
 * only by the lease's own statements, outside Payload's schema — so no snapshot changes and
 * no collection shows it (on PostgreSQL the worker uses an advisory lock instead). Times are
 * milliseconds since the epoch.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`hub_leases\` (
  	\`name\` text PRIMARY KEY NOT NULL,
  	\`owner\` text NOT NULL,
  	\`acquired_at\` integer NOT NULL,
  	\`renewed_at\` integer NOT NULL,
  	\`expires_at\` integer NOT NULL
  );
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`hub_leases\`;`)
}
