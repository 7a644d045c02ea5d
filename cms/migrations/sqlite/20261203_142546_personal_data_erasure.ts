import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/*
 * Name and e-mail become nullable (erased personal data, collections/lib/personalData.ts), which
 * SQLite can only do by rebuilding `questions` and `consultation_comments`. The generated
 * `PRAGMA foreign_keys=OFF` cannot protect the rows that point at them: migrations run inside a
 * transaction, where that pragma is a no-op, so `DROP TABLE questions` would cascade to
 * `questions_rels` (the cited documents) and fail on document locks. So those rows are set
 * aside first and put back once the new tables carry the same ids; document locks on these
 * collections are released (an editor who has one open locks it again on the next edit).
 */
type Db = MigrateUpArgs['db']

async function keepRowsReferencingRebuiltTables(db: Db) {
  await db.run(
    sql`CREATE TEMP TABLE \`__kept_questions_rels\` AS SELECT * FROM \`questions_rels\`;`,
  )
  await db.run(sql`DELETE FROM \`questions_rels\`;`)
  await db.run(
    sql`DELETE FROM \`payload_locked_documents_rels\` WHERE \`questions_id\` IS NOT NULL OR \`consultation_comments_id\` IS NOT NULL;`,
  )
}

async function restoreRowsReferencingRebuiltTables(db: Db) {
  await db.run(sql`INSERT INTO \`questions_rels\` SELECT * FROM \`__kept_questions_rels\`;`)
  await db.run(sql`DROP TABLE \`__kept_questions_rels\`;`)
}

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await keepRowsReferencingRebuiltTables(db)
  await db.run(sql`CREATE TABLE \`__new_questions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`question\` text NOT NULL,
  	\`topic_id\` integer NOT NULL,
  	\`language\` text DEFAULT 'vi' NOT NULL,
  	\`name\` text,
  	\`email\` text,
  	\`answer\` text,
  	\`answering_unit\` text,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`received_at\` text,
  	\`published_at\` text,
  	\`answer_emailed_at\` text,
  	\`personal_data_erased_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`topic_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_questions\`("id", "question", "topic_id", "language", "name", "email", "answer", "answering_unit", "status", "received_at", "published_at", "answer_emailed_at", "personal_data_erased_at", "updated_at", "created_at") SELECT "id", "question", "topic_id", "language", "name", "email", "answer", "answering_unit", "status", "received_at", "published_at", "answer_emailed_at", NULL, "updated_at", "created_at" FROM \`questions\`;`,
  )
  await db.run(sql`DROP TABLE \`questions\`;`)
  await db.run(sql`ALTER TABLE \`__new_questions\` RENAME TO \`questions\`;`)
  await db.run(sql`CREATE INDEX \`questions_topic_idx\` ON \`questions\` (\`topic_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_email_idx\` ON \`questions\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`questions_status_idx\` ON \`questions\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`questions_received_at_idx\` ON \`questions\` (\`received_at\`);`)
  await db.run(
    sql`CREATE INDEX \`questions_published_at_idx\` ON \`questions\` (\`published_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`questions_updated_at_idx\` ON \`questions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`questions_created_at_idx\` ON \`questions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_consultation_comments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`notice_id\` integer NOT NULL,
  	\`comment\` text NOT NULL,
  	\`name\` text,
  	\`email\` text,
  	\`language\` text DEFAULT 'vi' NOT NULL,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`received_at\` text,
  	\`personal_data_erased_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`notice_id\`) REFERENCES \`policy_notices\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_consultation_comments\`("id", "notice_id", "comment", "name", "email", "language", "status", "received_at", "personal_data_erased_at", "updated_at", "created_at") SELECT "id", "notice_id", "comment", "name", "email", "language", "status", "received_at", NULL, "updated_at", "created_at" FROM \`consultation_comments\`;`,
  )
  await db.run(sql`DROP TABLE \`consultation_comments\`;`)
  await db.run(
    sql`ALTER TABLE \`__new_consultation_comments\` RENAME TO \`consultation_comments\`;`,
  )
  await db.run(
    sql`CREATE INDEX \`consultation_comments_notice_idx\` ON \`consultation_comments\` (\`notice_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`consultation_comments_email_idx\` ON \`consultation_comments\` (\`email\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`consultation_comments_status_idx\` ON \`consultation_comments\` (\`status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`consultation_comments_received_at_idx\` ON \`consultation_comments\` (\`received_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`consultation_comments_updated_at_idx\` ON \`consultation_comments\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`consultation_comments_created_at_idx\` ON \`consultation_comments\` (\`created_at\`);`,
  )
  await restoreRowsReferencingRebuiltTables(db)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`meta\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await keepRowsReferencingRebuiltTables(db)
  await db.run(sql`CREATE TABLE \`__new_questions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`question\` text NOT NULL,
  	\`topic_id\` integer NOT NULL,
  	\`language\` text DEFAULT 'vi' NOT NULL,
  	\`name\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`answer\` text,
  	\`answering_unit\` text,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`received_at\` text,
  	\`published_at\` text,
  	\`answer_emailed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`topic_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_questions\`("id", "question", "topic_id", "language", "name", "email", "answer", "answering_unit", "status", "received_at", "published_at", "answer_emailed_at", "updated_at", "created_at") SELECT "id", "question", "topic_id", "language", COALESCE("name", ''), COALESCE("email", ''), "answer", "answering_unit", "status", "received_at", "published_at", "answer_emailed_at", "updated_at", "created_at" FROM \`questions\`;`,
  )
  await db.run(sql`DROP TABLE \`questions\`;`)
  await db.run(sql`ALTER TABLE \`__new_questions\` RENAME TO \`questions\`;`)
  await db.run(sql`CREATE INDEX \`questions_topic_idx\` ON \`questions\` (\`topic_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_email_idx\` ON \`questions\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`questions_status_idx\` ON \`questions\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`questions_received_at_idx\` ON \`questions\` (\`received_at\`);`)
  await db.run(
    sql`CREATE INDEX \`questions_published_at_idx\` ON \`questions\` (\`published_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`questions_updated_at_idx\` ON \`questions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`questions_created_at_idx\` ON \`questions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_consultation_comments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`notice_id\` integer NOT NULL,
  	\`comment\` text NOT NULL,
  	\`name\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`language\` text DEFAULT 'vi' NOT NULL,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`received_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`notice_id\`) REFERENCES \`policy_notices\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_consultation_comments\`("id", "notice_id", "comment", "name", "email", "language", "status", "received_at", "updated_at", "created_at") SELECT "id", "notice_id", "comment", COALESCE("name", ''), COALESCE("email", ''), "language", "status", "received_at", "updated_at", "created_at" FROM \`consultation_comments\`;`,
  )
  await db.run(sql`DROP TABLE \`consultation_comments\`;`)
  await db.run(
    sql`ALTER TABLE \`__new_consultation_comments\` RENAME TO \`consultation_comments\`;`,
  )
  await db.run(
    sql`CREATE INDEX \`consultation_comments_notice_idx\` ON \`consultation_comments\` (\`notice_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`consultation_comments_email_idx\` ON \`consultation_comments\` (\`email\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`consultation_comments_status_idx\` ON \`consultation_comments\` (\`status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`consultation_comments_received_at_idx\` ON \`consultation_comments\` (\`received_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`consultation_comments_updated_at_idx\` ON \`consultation_comments\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`consultation_comments_created_at_idx\` ON \`consultation_comments\` (\`created_at\`);`,
  )
  await restoreRowsReferencingRebuiltTables(db)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`meta\`;`)
}
