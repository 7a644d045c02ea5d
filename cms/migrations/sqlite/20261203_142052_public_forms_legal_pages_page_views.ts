import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`page_views\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`path\` text NOT NULL,
  	\`day\` text NOT NULL,
  	\`count\` numeric DEFAULT 0 NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`page_views_day_idx\` ON \`page_views\` (\`day\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`path_day_idx\` ON \`page_views\` (\`path\`,\`day\`);`)
  await db.run(sql`CREATE TABLE \`questions\` (
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
  await db.run(sql`CREATE INDEX \`questions_topic_idx\` ON \`questions\` (\`topic_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_email_idx\` ON \`questions\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`questions_status_idx\` ON \`questions\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`questions_received_at_idx\` ON \`questions\` (\`received_at\`);`)
  await db.run(
    sql`CREATE INDEX \`questions_published_at_idx\` ON \`questions\` (\`published_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`questions_updated_at_idx\` ON \`questions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`questions_created_at_idx\` ON \`questions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`questions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`policy_notices_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_notices_id\`) REFERENCES \`policy_notices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`questions_rels_order_idx\` ON \`questions_rels\` (\`order\`);`)
  await db.run(
    sql`CREATE INDEX \`questions_rels_parent_idx\` ON \`questions_rels\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`questions_rels_path_idx\` ON \`questions_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`questions_rels_policy_notices_id_idx\` ON \`questions_rels\` (\`policy_notices_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`consultation_comments\` (
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
  await db.run(sql`CREATE TABLE \`public_information_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`point\` text,
  	\`frequency\` text NOT NULL,
  	\`location\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`public_information\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`public_information_items_order_idx\` ON \`public_information_items\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`public_information_items_parent_id_idx\` ON \`public_information_items\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`public_information_items_locales\` (
  	\`title\` text NOT NULL,
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`public_information_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`public_information_items_locales_locale_parent_id_unique\` ON \`public_information_items_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`public_information\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`public_information_locales\` (
  	\`intro\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`public_information\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`public_information_locales_locale_parent_id_unique\` ON \`public_information_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`startup_procedures_procedures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`national_url\` text,
  	\`city_url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`startup_procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`startup_procedures_procedures_order_idx\` ON \`startup_procedures_procedures\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`startup_procedures_procedures_parent_id_idx\` ON \`startup_procedures_procedures\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`startup_procedures_procedures_locales\` (
  	\`name\` text NOT NULL,
  	\`agency\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`startup_procedures_procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`startup_procedures_procedures_locales_locale_parent_id_uniqu\` ON \`startup_procedures_procedures_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`startup_procedures\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`startup_procedures_locales\` (
  	\`intro\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`startup_procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`startup_procedures_locales_locale_parent_id_unique\` ON \`startup_procedures_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`policy_notices\` ADD \`official_source\` text;`)
  await db.run(sql`ALTER TABLE \`policy_notices\` ADD \`consultation_opens_at\` text;`)
  await db.run(sql`ALTER TABLE \`policy_notices\` ADD \`consultation_closes_at\` text;`)
  await db.run(sql`ALTER TABLE \`policy_notices_locales\` ADD \`consultation_summary\` text;`)
  await db.run(sql`ALTER TABLE \`_policy_notices_v\` ADD \`version_official_source\` text;`)
  await db.run(sql`ALTER TABLE \`_policy_notices_v\` ADD \`version_consultation_opens_at\` text;`)
  await db.run(sql`ALTER TABLE \`_policy_notices_v\` ADD \`version_consultation_closes_at\` text;`)
  await db.run(
    sql`ALTER TABLE \`_policy_notices_v_locales\` ADD \`version_consultation_summary\` text;`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`page_views_id\` integer REFERENCES page_views(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`questions_id\` integer REFERENCES questions(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`consultation_comments_id\` integer REFERENCES consultation_comments(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_page_views_id_idx\` ON \`payload_locked_documents_rels\` (\`page_views_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_questions_id_idx\` ON \`payload_locked_documents_rels\` (\`questions_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_consultation_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`consultation_comments_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`programme\` ADD \`lead_agency_responsible_name\` text;`)
  await db.run(sql`ALTER TABLE \`programme\` ADD \`lead_agency_contact_officer_name\` text;`)
  await db.run(sql`ALTER TABLE \`programme\` ADD \`lead_agency_contact_officer_phone\` text;`)
  await db.run(sql`ALTER TABLE \`programme\` ADD \`lead_agency_contact_officer_email\` text;`)
  await db.run(
    sql`ALTER TABLE \`programme_locales\` ADD \`lead_agency_responsible_position\` text;`,
  )
  await db.run(
    sql`ALTER TABLE \`programme_locales\` ADD \`lead_agency_contact_officer_position\` text;`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`page_views\`;`)
  await db.run(sql`DROP TABLE \`questions\`;`)
  await db.run(sql`DROP TABLE \`questions_rels\`;`)
  await db.run(sql`DROP TABLE \`consultation_comments\`;`)
  await db.run(sql`DROP TABLE \`public_information_items\`;`)
  await db.run(sql`DROP TABLE \`public_information_items_locales\`;`)
  await db.run(sql`DROP TABLE \`public_information\`;`)
  await db.run(sql`DROP TABLE \`public_information_locales\`;`)
  await db.run(sql`DROP TABLE \`startup_procedures_procedures\`;`)
  await db.run(sql`DROP TABLE \`startup_procedures_procedures_locales\`;`)
  await db.run(sql`DROP TABLE \`startup_procedures\`;`)
  await db.run(sql`DROP TABLE \`startup_procedures_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`features_id\` integer,
  	\`policy_notices_id\` integer,
  	\`events_id\` integer,
  	\`media_id\` integer,
  	\`documents_id\` integer,
  	\`topics_id\` integer,
  	\`outlets_id\` integer,
  	\`users_id\` integer,
  	\`workflow_events_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`features_id\`) REFERENCES \`features\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_notices_id\`) REFERENCES \`policy_notices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`outlets_id\`) REFERENCES \`outlets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`workflow_events_id\`) REFERENCES \`workflow_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "features_id", "policy_notices_id", "events_id", "media_id", "documents_id", "topics_id", "outlets_id", "users_id", "workflow_events_id") SELECT "id", "order", "parent_id", "path", "articles_id", "features_id", "policy_notices_id", "events_id", "media_id", "documents_id", "topics_id", "outlets_id", "users_id", "workflow_events_id" FROM \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(
    sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_features_id_idx\` ON \`payload_locked_documents_rels\` (\`features_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_policy_notices_id_idx\` ON \`payload_locked_documents_rels\` (\`policy_notices_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_outlets_id_idx\` ON \`payload_locked_documents_rels\` (\`outlets_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_workflow_events_id_idx\` ON \`payload_locked_documents_rels\` (\`workflow_events_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`policy_notices\` DROP COLUMN \`official_source\`;`)
  await db.run(sql`ALTER TABLE \`policy_notices\` DROP COLUMN \`consultation_opens_at\`;`)
  await db.run(sql`ALTER TABLE \`policy_notices\` DROP COLUMN \`consultation_closes_at\`;`)
  await db.run(sql`ALTER TABLE \`policy_notices_locales\` DROP COLUMN \`consultation_summary\`;`)
  await db.run(sql`ALTER TABLE \`_policy_notices_v\` DROP COLUMN \`version_official_source\`;`)
  await db.run(
    sql`ALTER TABLE \`_policy_notices_v\` DROP COLUMN \`version_consultation_opens_at\`;`,
  )
  await db.run(
    sql`ALTER TABLE \`_policy_notices_v\` DROP COLUMN \`version_consultation_closes_at\`;`,
  )
  await db.run(
    sql`ALTER TABLE \`_policy_notices_v_locales\` DROP COLUMN \`version_consultation_summary\`;`,
  )
  await db.run(sql`ALTER TABLE \`programme\` DROP COLUMN \`lead_agency_responsible_name\`;`)
  await db.run(sql`ALTER TABLE \`programme\` DROP COLUMN \`lead_agency_contact_officer_name\`;`)
  await db.run(sql`ALTER TABLE \`programme\` DROP COLUMN \`lead_agency_contact_officer_phone\`;`)
  await db.run(sql`ALTER TABLE \`programme\` DROP COLUMN \`lead_agency_contact_officer_email\`;`)
  await db.run(
    sql`ALTER TABLE \`programme_locales\` DROP COLUMN \`lead_agency_responsible_position\`;`,
  )
  await db.run(
    sql`ALTER TABLE \`programme_locales\` DROP COLUMN \`lead_agency_contact_officer_position\`;`,
  )
}
