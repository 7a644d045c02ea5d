import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`site_status\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`state\` text DEFAULT 'idle',
  	\`summary\` text,
  	\`trigger\` text,
  	\`queued_at\` text,
  	\`started_at\` text,
  	\`live_at\` text,
  	\`failed_at\` text,
  	\`failure_reason\` text,
  	\`log_excerpt\` text,
  	\`duration_seconds\` numeric,
  	\`pages_rendered\` numeric,
  	\`pages_reused\` numeric,
  	\`pages_total\` numeric,
  	\`published_items\` numeric,
  	\`release\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_status_publishedAt_idx\` ON \`articles\` (\`_status\`,\`published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`version__status_version_publishedAt_idx\` ON \`_articles_v\` (\`version__status\`,\`version_published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_status_publishedAt_1_idx\` ON \`features\` (\`_status\`,\`published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`version__status_version_publishedAt_1_idx\` ON \`_features_v\` (\`version__status\`,\`version_published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_status_startsAt_idx\` ON \`events\` (\`_status\`,\`starts_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`version__status_version_startsAt_idx\` ON \`_events_v\` (\`version__status\`,\`version_starts_at\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`site_status\`;`)
  await db.run(sql`DROP INDEX \`_status_publishedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_publishedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`_status_publishedAt_1_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_publishedAt_1_idx\`;`)
  await db.run(sql`DROP INDEX \`_status_startsAt_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_startsAt_idx\`;`)
}
