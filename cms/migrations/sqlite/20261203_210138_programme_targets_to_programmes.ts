import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * The `programme` global's `targets` (figure + label text) are gone: a programme's targets are
 * data in the `programmes` collection, which the about page and the tracker both read. What an
 * editor had typed there is written to the log before the tables are dropped, so nothing is lost
 * silently (the seeded text is the plan's targets, all in the plan 281 programme record).
 */
export async function up({ db, payload }: MigrateUpArgs): Promise<void> {
  const rows = await db.all(
    sql`SELECT t.figure, l._locale AS locale, l.label FROM programme_targets t LEFT JOIN programme_targets_locales l ON l._parent_id = t.id ORDER BY t._order`,
  )
  if (rows.length) payload.logger.warn({ removedProgrammeTargets: rows }, REMOVED)
  await db.run(sql`DROP TABLE \`programme_targets_locales\`;`)
  await db.run(sql`DROP TABLE \`programme_targets\`;`)
}

const REMOVED =
  'The about page now shows the current programme’s targets (Hệ sinh thái → Chương trình, kế hoạch); the old targets text of the programme global is removed. Its rows are logged here.'

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`programme_targets\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`figure\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`programme\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`programme_targets_order_idx\` ON \`programme_targets\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`programme_targets_parent_id_idx\` ON \`programme_targets\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`programme_targets_locales\` (
  	\`label\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`programme_targets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`programme_targets_locales_locale_parent_id_unique\` ON \`programme_targets_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
}
