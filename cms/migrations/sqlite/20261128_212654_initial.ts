import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`articles_corrections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`articles_corrections_order_idx\` ON \`articles_corrections\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`articles_corrections_parent_id_idx\` ON \`articles_corrections\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`articles_corrections_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles_corrections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`articles_corrections_locales_locale_parent_id_unique\` ON \`articles_corrections_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`cover_id\` integer,
  	\`slug\` text,
  	\`published_at\` text,
  	\`outlet_id\` integer,
  	\`share_image_id\` integer,
  	\`workflow_status\` text DEFAULT 'draft',
  	\`review_note\` text,
  	\`created_by_id\` integer,
  	\`published_by_id\` integer,
  	\`last_published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`outlet_id\`) REFERENCES \`outlets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`share_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_cover_idx\` ON \`articles\` (\`cover_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_published_at_idx\` ON \`articles\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_outlet_idx\` ON \`articles\` (\`outlet_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_share_image_idx\` ON \`articles\` (\`share_image_id\`);`)
  await db.run(
    sql`CREATE INDEX \`articles_workflow_status_idx\` ON \`articles\` (\`workflow_status\`);`,
  )
  await db.run(sql`CREATE INDEX \`articles_created_by_idx\` ON \`articles\` (\`created_by_id\`);`)
  await db.run(
    sql`CREATE INDEX \`articles_published_by_idx\` ON \`articles\` (\`published_by_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`articles_locales\` (
  	\`title\` text,
  	\`sapo\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`articles_locales_locale_parent_id_unique\` ON \`articles_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`articles_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`features_id\` integer,
  	\`policy_notices_id\` integer,
  	\`events_id\` integer,
  	\`users_id\` integer,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`features_id\`) REFERENCES \`features\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_notices_id\`) REFERENCES \`policy_notices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_rels_order_idx\` ON \`articles_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_parent_idx\` ON \`articles_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_path_idx\` ON \`articles_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`articles_rels_articles_id_idx\` ON \`articles_rels\` (\`articles_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`articles_rels_features_id_idx\` ON \`articles_rels\` (\`features_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`articles_rels_policy_notices_id_idx\` ON \`articles_rels\` (\`policy_notices_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`articles_rels_events_id_idx\` ON \`articles_rels\` (\`events_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`articles_rels_users_id_idx\` ON \`articles_rels\` (\`users_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`articles_rels_topics_id_idx\` ON \`articles_rels\` (\`topics_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_articles_v_version_corrections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_corrections_order_idx\` ON \`_articles_v_version_corrections\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_corrections_parent_id_idx\` ON \`_articles_v_version_corrections\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_articles_v_version_corrections_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v_version_corrections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_articles_v_version_corrections_locales_locale_parent_id_uni\` ON \`_articles_v_version_corrections_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_articles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_cover_id\` integer,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_outlet_id\` integer,
  	\`version_share_image_id\` integer,
  	\`version_workflow_status\` text DEFAULT 'draft',
  	\`version_review_note\` text,
  	\`version_created_by_id\` integer,
  	\`version_published_by_id\` integer,
  	\`version_last_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_outlet_id\`) REFERENCES \`outlets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_share_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_cover_idx\` ON \`_articles_v\` (\`version_cover_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_published_at_idx\` ON \`_articles_v\` (\`version_published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_outlet_idx\` ON \`_articles_v\` (\`version_outlet_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_share_image_idx\` ON \`_articles_v\` (\`version_share_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_workflow_status_idx\` ON \`_articles_v\` (\`version_workflow_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_created_by_idx\` ON \`_articles_v\` (\`version_created_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_published_by_idx\` ON \`_articles_v\` (\`version_published_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`_articles_v_snapshot_idx\` ON \`_articles_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_articles_v_published_locale_idx\` ON \`_articles_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_autosave_idx\` ON \`_articles_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_locales\` (
  	\`version_title\` text,
  	\`version_sapo\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_articles_v_locales_locale_parent_id_unique\` ON \`_articles_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_articles_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`features_id\` integer,
  	\`policy_notices_id\` integer,
  	\`events_id\` integer,
  	\`users_id\` integer,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`features_id\`) REFERENCES \`features\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_notices_id\`) REFERENCES \`policy_notices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_articles_v_rels_order_idx\` ON \`_articles_v_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_rels_parent_idx\` ON \`_articles_v_rels\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_articles_v_rels_path_idx\` ON \`_articles_v_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`_articles_v_rels_articles_id_idx\` ON \`_articles_v_rels\` (\`articles_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_rels_features_id_idx\` ON \`_articles_v_rels\` (\`features_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_rels_policy_notices_id_idx\` ON \`_articles_v_rels\` (\`policy_notices_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_rels_events_id_idx\` ON \`_articles_v_rels\` (\`events_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_rels_users_id_idx\` ON \`_articles_v_rels\` (\`users_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_rels_topics_id_idx\` ON \`_articles_v_rels\` (\`topics_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`features_corrections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`features\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`features_corrections_order_idx\` ON \`features_corrections\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`features_corrections_parent_id_idx\` ON \`features_corrections\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`features_corrections_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`features_corrections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`features_corrections_locales_locale_parent_id_unique\` ON \`features_corrections_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`features\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`format\` text DEFAULT 'tv',
  	\`air_date\` text,
  	\`duration_seconds\` numeric,
  	\`edition_date\` text,
  	\`page\` text,
  	\`youtube_url\` text,
  	\`youtube_id\` text,
  	\`video_file_id\` integer,
  	\`cover_id\` integer,
  	\`slug\` text,
  	\`published_at\` text,
  	\`outlet_id\` integer,
  	\`share_image_id\` integer,
  	\`workflow_status\` text DEFAULT 'draft',
  	\`review_note\` text,
  	\`created_by_id\` integer,
  	\`published_by_id\` integer,
  	\`last_published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`video_file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`outlet_id\`) REFERENCES \`outlets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`share_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`features_format_idx\` ON \`features\` (\`format\`);`)
  await db.run(sql`CREATE INDEX \`features_video_file_idx\` ON \`features\` (\`video_file_id\`);`)
  await db.run(sql`CREATE INDEX \`features_cover_idx\` ON \`features\` (\`cover_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`features_slug_idx\` ON \`features\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`features_published_at_idx\` ON \`features\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`features_outlet_idx\` ON \`features\` (\`outlet_id\`);`)
  await db.run(sql`CREATE INDEX \`features_share_image_idx\` ON \`features\` (\`share_image_id\`);`)
  await db.run(
    sql`CREATE INDEX \`features_workflow_status_idx\` ON \`features\` (\`workflow_status\`);`,
  )
  await db.run(sql`CREATE INDEX \`features_created_by_idx\` ON \`features\` (\`created_by_id\`);`)
  await db.run(
    sql`CREATE INDEX \`features_published_by_idx\` ON \`features\` (\`published_by_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`features_updated_at_idx\` ON \`features\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`features_created_at_idx\` ON \`features\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`features__status_idx\` ON \`features\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`features_locales\` (
  	\`title\` text,
  	\`programme\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`transcript\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`features\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`features_locales_locale_parent_id_unique\` ON \`features_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`features_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`features_id\` integer,
  	\`policy_notices_id\` integer,
  	\`events_id\` integer,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`features\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`features_id\`) REFERENCES \`features\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_notices_id\`) REFERENCES \`policy_notices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`features_rels_order_idx\` ON \`features_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`features_rels_parent_idx\` ON \`features_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`features_rels_path_idx\` ON \`features_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`features_rels_articles_id_idx\` ON \`features_rels\` (\`articles_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`features_rels_features_id_idx\` ON \`features_rels\` (\`features_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`features_rels_policy_notices_id_idx\` ON \`features_rels\` (\`policy_notices_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`features_rels_events_id_idx\` ON \`features_rels\` (\`events_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`features_rels_topics_id_idx\` ON \`features_rels\` (\`topics_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_features_v_version_corrections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_features_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_features_v_version_corrections_order_idx\` ON \`_features_v_version_corrections\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_features_v_version_corrections_parent_id_idx\` ON \`_features_v_version_corrections\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_features_v_version_corrections_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_features_v_version_corrections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_features_v_version_corrections_locales_locale_parent_id_uni\` ON \`_features_v_version_corrections_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_features_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_format\` text DEFAULT 'tv',
  	\`version_air_date\` text,
  	\`version_duration_seconds\` numeric,
  	\`version_edition_date\` text,
  	\`version_page\` text,
  	\`version_youtube_url\` text,
  	\`version_youtube_id\` text,
  	\`version_video_file_id\` integer,
  	\`version_cover_id\` integer,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_outlet_id\` integer,
  	\`version_share_image_id\` integer,
  	\`version_workflow_status\` text DEFAULT 'draft',
  	\`version_review_note\` text,
  	\`version_created_by_id\` integer,
  	\`version_published_by_id\` integer,
  	\`version_last_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`features\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_video_file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_outlet_id\`) REFERENCES \`outlets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_share_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_features_v_parent_idx\` ON \`_features_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_features_v_version_version_format_idx\` ON \`_features_v\` (\`version_format\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_features_v_version_version_video_file_idx\` ON \`_features_v\` (\`version_video_file_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_features_v_version_version_cover_idx\` ON \`_features_v\` (\`version_cover_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_features_v_version_version_slug_idx\` ON \`_features_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_features_v_version_version_published_at_idx\` ON \`_features_v\` (\`version_published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_features_v_version_version_outlet_idx\` ON \`_features_v\` (\`version_outlet_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_features_v_version_version_share_image_idx\` ON \`_features_v\` (\`version_share_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_features_v_version_version_workflow_status_idx\` ON \`_features_v\` (\`version_workflow_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_features_v_version_version_created_by_idx\` ON \`_features_v\` (\`version_created_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_features_v_version_version_published_by_idx\` ON \`_features_v\` (\`version_published_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_features_v_version_version_updated_at_idx\` ON \`_features_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_features_v_version_version_created_at_idx\` ON \`_features_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_features_v_version_version__status_idx\` ON \`_features_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_features_v_created_at_idx\` ON \`_features_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_features_v_updated_at_idx\` ON \`_features_v\` (\`updated_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`_features_v_snapshot_idx\` ON \`_features_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_features_v_published_locale_idx\` ON \`_features_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_features_v_latest_idx\` ON \`_features_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_features_v_autosave_idx\` ON \`_features_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_features_v_locales\` (
  	\`version_title\` text,
  	\`version_programme\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_transcript\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_features_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_features_v_locales_locale_parent_id_unique\` ON \`_features_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_features_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`features_id\` integer,
  	\`policy_notices_id\` integer,
  	\`events_id\` integer,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_features_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`features_id\`) REFERENCES \`features\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_notices_id\`) REFERENCES \`policy_notices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_features_v_rels_order_idx\` ON \`_features_v_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_features_v_rels_parent_idx\` ON \`_features_v_rels\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_features_v_rels_path_idx\` ON \`_features_v_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`_features_v_rels_articles_id_idx\` ON \`_features_v_rels\` (\`articles_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_features_v_rels_features_id_idx\` ON \`_features_v_rels\` (\`features_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_features_v_rels_policy_notices_id_idx\` ON \`_features_v_rels\` (\`policy_notices_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_features_v_rels_events_id_idx\` ON \`_features_v_rels\` (\`events_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_features_v_rels_topics_id_idx\` ON \`_features_v_rels\` (\`topics_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`policy_notices_relations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`relation\` text,
  	\`notice_id\` integer,
  	FOREIGN KEY (\`notice_id\`) REFERENCES \`policy_notices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`policy_notices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`policy_notices_relations_order_idx\` ON \`policy_notices_relations\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`policy_notices_relations_parent_id_idx\` ON \`policy_notices_relations\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`policy_notices_relations_notice_idx\` ON \`policy_notices_relations\` (\`notice_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`policy_notices\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`document_number\` text,
  	\`document_type\` text,
  	\`issuing_body\` text,
  	\`field\` text,
  	\`signer_authority\` text,
  	\`signer_name\` text,
  	\`issue_date\` text,
  	\`effective_date\` text,
  	\`expiry_date\` text,
  	\`cover_id\` integer,
  	\`slug\` text,
  	\`legal_status\` text,
  	\`legal_status_override\` text,
  	\`published_at\` text,
  	\`outlet_id\` integer,
  	\`share_image_id\` integer,
  	\`workflow_status\` text DEFAULT 'draft',
  	\`review_note\` text,
  	\`created_by_id\` integer,
  	\`published_by_id\` integer,
  	\`last_published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`outlet_id\`) REFERENCES \`outlets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`share_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`policy_notices_document_number_idx\` ON \`policy_notices\` (\`document_number\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`policy_notices_document_type_idx\` ON \`policy_notices\` (\`document_type\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`policy_notices_issuing_body_idx\` ON \`policy_notices\` (\`issuing_body\`);`,
  )
  await db.run(sql`CREATE INDEX \`policy_notices_field_idx\` ON \`policy_notices\` (\`field\`);`)
  await db.run(
    sql`CREATE INDEX \`policy_notices_issue_date_idx\` ON \`policy_notices\` (\`issue_date\`);`,
  )
  await db.run(sql`CREATE INDEX \`policy_notices_cover_idx\` ON \`policy_notices\` (\`cover_id\`);`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`policy_notices_slug_idx\` ON \`policy_notices\` (\`slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`policy_notices_legal_status_idx\` ON \`policy_notices\` (\`legal_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`policy_notices_published_at_idx\` ON \`policy_notices\` (\`published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`policy_notices_outlet_idx\` ON \`policy_notices\` (\`outlet_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`policy_notices_share_image_idx\` ON \`policy_notices\` (\`share_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`policy_notices_workflow_status_idx\` ON \`policy_notices\` (\`workflow_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`policy_notices_created_by_idx\` ON \`policy_notices\` (\`created_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`policy_notices_published_by_idx\` ON \`policy_notices\` (\`published_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`policy_notices_updated_at_idx\` ON \`policy_notices\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`policy_notices_created_at_idx\` ON \`policy_notices\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`policy_notices__status_idx\` ON \`policy_notices\` (\`_status\`);`,
  )
  await db.run(sql`CREATE TABLE \`policy_notices_locales\` (
  	\`title\` text,
  	\`signer_on_behalf_of\` text,
  	\`signer_position\` text,
  	\`abstract\` text,
  	\`full_text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`policy_notices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`policy_notices_locales_locale_parent_id_unique\` ON \`policy_notices_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`policy_notices_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`documents_id\` integer,
  	\`articles_id\` integer,
  	\`features_id\` integer,
  	\`policy_notices_id\` integer,
  	\`events_id\` integer,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`policy_notices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`features_id\`) REFERENCES \`features\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_notices_id\`) REFERENCES \`policy_notices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`policy_notices_rels_order_idx\` ON \`policy_notices_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`policy_notices_rels_parent_idx\` ON \`policy_notices_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`policy_notices_rels_path_idx\` ON \`policy_notices_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`policy_notices_rels_documents_id_idx\` ON \`policy_notices_rels\` (\`documents_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`policy_notices_rels_articles_id_idx\` ON \`policy_notices_rels\` (\`articles_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`policy_notices_rels_features_id_idx\` ON \`policy_notices_rels\` (\`features_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`policy_notices_rels_policy_notices_id_idx\` ON \`policy_notices_rels\` (\`policy_notices_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`policy_notices_rels_events_id_idx\` ON \`policy_notices_rels\` (\`events_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`policy_notices_rels_topics_id_idx\` ON \`policy_notices_rels\` (\`topics_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_policy_notices_v_version_relations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`relation\` text,
  	\`notice_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`notice_id\`) REFERENCES \`policy_notices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_policy_notices_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_policy_notices_v_version_relations_order_idx\` ON \`_policy_notices_v_version_relations\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_policy_notices_v_version_relations_parent_id_idx\` ON \`_policy_notices_v_version_relations\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_policy_notices_v_version_relations_notice_idx\` ON \`_policy_notices_v_version_relations\` (\`notice_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_policy_notices_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_document_number\` text,
  	\`version_document_type\` text,
  	\`version_issuing_body\` text,
  	\`version_field\` text,
  	\`version_signer_authority\` text,
  	\`version_signer_name\` text,
  	\`version_issue_date\` text,
  	\`version_effective_date\` text,
  	\`version_expiry_date\` text,
  	\`version_cover_id\` integer,
  	\`version_slug\` text,
  	\`version_legal_status\` text,
  	\`version_legal_status_override\` text,
  	\`version_published_at\` text,
  	\`version_outlet_id\` integer,
  	\`version_share_image_id\` integer,
  	\`version_workflow_status\` text DEFAULT 'draft',
  	\`version_review_note\` text,
  	\`version_created_by_id\` integer,
  	\`version_published_by_id\` integer,
  	\`version_last_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`policy_notices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_outlet_id\`) REFERENCES \`outlets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_share_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_policy_notices_v_parent_idx\` ON \`_policy_notices_v\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_policy_notices_v_version_version_document_number_idx\` ON \`_policy_notices_v\` (\`version_document_number\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_policy_notices_v_version_version_document_type_idx\` ON \`_policy_notices_v\` (\`version_document_type\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_policy_notices_v_version_version_issuing_body_idx\` ON \`_policy_notices_v\` (\`version_issuing_body\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_policy_notices_v_version_version_field_idx\` ON \`_policy_notices_v\` (\`version_field\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_policy_notices_v_version_version_issue_date_idx\` ON \`_policy_notices_v\` (\`version_issue_date\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_policy_notices_v_version_version_cover_idx\` ON \`_policy_notices_v\` (\`version_cover_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_policy_notices_v_version_version_slug_idx\` ON \`_policy_notices_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_policy_notices_v_version_version_legal_status_idx\` ON \`_policy_notices_v\` (\`version_legal_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_policy_notices_v_version_version_published_at_idx\` ON \`_policy_notices_v\` (\`version_published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_policy_notices_v_version_version_outlet_idx\` ON \`_policy_notices_v\` (\`version_outlet_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_policy_notices_v_version_version_share_image_idx\` ON \`_policy_notices_v\` (\`version_share_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_policy_notices_v_version_version_workflow_status_idx\` ON \`_policy_notices_v\` (\`version_workflow_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_policy_notices_v_version_version_created_by_idx\` ON \`_policy_notices_v\` (\`version_created_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_policy_notices_v_version_version_published_by_idx\` ON \`_policy_notices_v\` (\`version_published_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_policy_notices_v_version_version_updated_at_idx\` ON \`_policy_notices_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_policy_notices_v_version_version_created_at_idx\` ON \`_policy_notices_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_policy_notices_v_version_version__status_idx\` ON \`_policy_notices_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_policy_notices_v_created_at_idx\` ON \`_policy_notices_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_policy_notices_v_updated_at_idx\` ON \`_policy_notices_v\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_policy_notices_v_snapshot_idx\` ON \`_policy_notices_v\` (\`snapshot\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_policy_notices_v_published_locale_idx\` ON \`_policy_notices_v\` (\`published_locale\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_policy_notices_v_latest_idx\` ON \`_policy_notices_v\` (\`latest\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_policy_notices_v_autosave_idx\` ON \`_policy_notices_v\` (\`autosave\`);`,
  )
  await db.run(sql`CREATE TABLE \`_policy_notices_v_locales\` (
  	\`version_title\` text,
  	\`version_signer_on_behalf_of\` text,
  	\`version_signer_position\` text,
  	\`version_abstract\` text,
  	\`version_full_text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_policy_notices_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_policy_notices_v_locales_locale_parent_id_unique\` ON \`_policy_notices_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_policy_notices_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`documents_id\` integer,
  	\`articles_id\` integer,
  	\`features_id\` integer,
  	\`policy_notices_id\` integer,
  	\`events_id\` integer,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_policy_notices_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`features_id\`) REFERENCES \`features\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_notices_id\`) REFERENCES \`policy_notices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_policy_notices_v_rels_order_idx\` ON \`_policy_notices_v_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_policy_notices_v_rels_parent_idx\` ON \`_policy_notices_v_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_policy_notices_v_rels_path_idx\` ON \`_policy_notices_v_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_policy_notices_v_rels_documents_id_idx\` ON \`_policy_notices_v_rels\` (\`documents_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_policy_notices_v_rels_articles_id_idx\` ON \`_policy_notices_v_rels\` (\`articles_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_policy_notices_v_rels_features_id_idx\` ON \`_policy_notices_v_rels\` (\`features_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_policy_notices_v_rels_policy_notices_id_idx\` ON \`_policy_notices_v_rels\` (\`policy_notices_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_policy_notices_v_rels_events_id_idx\` ON \`_policy_notices_v_rels\` (\`events_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_policy_notices_v_rels_topics_id_idx\` ON \`_policy_notices_v_rels\` (\`topics_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`events_corrections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`events_corrections_order_idx\` ON \`events_corrections\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`events_corrections_parent_id_idx\` ON \`events_corrections\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`events_corrections_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events_corrections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`events_corrections_locales_locale_parent_id_unique\` ON \`events_corrections_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`starts_at\` text,
  	\`startsat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`ends_at\` text,
  	\`endsat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`all_day\` integer DEFAULT false,
  	\`venue_address\` text,
  	\`venue_map_url\` text,
  	\`online_url\` text,
  	\`registration_url\` text,
  	\`registration_deadline\` text,
  	\`registrationdeadline_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`cover_id\` integer,
  	\`slug\` text,
  	\`event_status\` text DEFAULT 'scheduled',
  	\`published_at\` text,
  	\`outlet_id\` integer,
  	\`share_image_id\` integer,
  	\`workflow_status\` text DEFAULT 'draft',
  	\`review_note\` text,
  	\`created_by_id\` integer,
  	\`published_by_id\` integer,
  	\`last_published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`outlet_id\`) REFERENCES \`outlets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`share_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`events_starts_at_idx\` ON \`events\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`events_cover_idx\` ON \`events\` (\`cover_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`events_slug_idx\` ON \`events\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`events_event_status_idx\` ON \`events\` (\`event_status\`);`)
  await db.run(sql`CREATE INDEX \`events_published_at_idx\` ON \`events\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`events_outlet_idx\` ON \`events\` (\`outlet_id\`);`)
  await db.run(sql`CREATE INDEX \`events_share_image_idx\` ON \`events\` (\`share_image_id\`);`)
  await db.run(
    sql`CREATE INDEX \`events_workflow_status_idx\` ON \`events\` (\`workflow_status\`);`,
  )
  await db.run(sql`CREATE INDEX \`events_created_by_idx\` ON \`events\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`events_published_by_idx\` ON \`events\` (\`published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`events_updated_at_idx\` ON \`events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`events_created_at_idx\` ON \`events\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`events__status_idx\` ON \`events\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`events_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`venue_name\` text,
  	\`organiser\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`events_locales_locale_parent_id_unique\` ON \`events_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`events_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`features_id\` integer,
  	\`policy_notices_id\` integer,
  	\`events_id\` integer,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`features_id\`) REFERENCES \`features\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_notices_id\`) REFERENCES \`policy_notices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_rels_order_idx\` ON \`events_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_parent_idx\` ON \`events_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_path_idx\` ON \`events_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`events_rels_articles_id_idx\` ON \`events_rels\` (\`articles_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`events_rels_features_id_idx\` ON \`events_rels\` (\`features_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`events_rels_policy_notices_id_idx\` ON \`events_rels\` (\`policy_notices_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`events_rels_events_id_idx\` ON \`events_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_topics_id_idx\` ON \`events_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_version_corrections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_events_v_version_corrections_order_idx\` ON \`_events_v_version_corrections\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_corrections_parent_id_idx\` ON \`_events_v_version_corrections\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_events_v_version_corrections_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v_version_corrections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_events_v_version_corrections_locales_locale_parent_id_uniqu\` ON \`_events_v_version_corrections_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_events_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_starts_at\` text,
  	\`version_startsat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`version_ends_at\` text,
  	\`version_endsat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`version_all_day\` integer DEFAULT false,
  	\`version_venue_address\` text,
  	\`version_venue_map_url\` text,
  	\`version_online_url\` text,
  	\`version_registration_url\` text,
  	\`version_registration_deadline\` text,
  	\`version_registrationdeadline_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`version_cover_id\` integer,
  	\`version_slug\` text,
  	\`version_event_status\` text DEFAULT 'scheduled',
  	\`version_published_at\` text,
  	\`version_outlet_id\` integer,
  	\`version_share_image_id\` integer,
  	\`version_workflow_status\` text DEFAULT 'draft',
  	\`version_review_note\` text,
  	\`version_created_by_id\` integer,
  	\`version_published_by_id\` integer,
  	\`version_last_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_outlet_id\`) REFERENCES \`outlets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_share_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_parent_idx\` ON \`_events_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_starts_at_idx\` ON \`_events_v\` (\`version_starts_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_cover_idx\` ON \`_events_v\` (\`version_cover_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_slug_idx\` ON \`_events_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_event_status_idx\` ON \`_events_v\` (\`version_event_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_published_at_idx\` ON \`_events_v\` (\`version_published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_outlet_idx\` ON \`_events_v\` (\`version_outlet_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_share_image_idx\` ON \`_events_v\` (\`version_share_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_workflow_status_idx\` ON \`_events_v\` (\`version_workflow_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_created_by_idx\` ON \`_events_v\` (\`version_created_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_published_by_idx\` ON \`_events_v\` (\`version_published_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_updated_at_idx\` ON \`_events_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_created_at_idx\` ON \`_events_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version__status_idx\` ON \`_events_v\` (\`version__status\`);`,
  )
  await db.run(sql`CREATE INDEX \`_events_v_created_at_idx\` ON \`_events_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_updated_at_idx\` ON \`_events_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_snapshot_idx\` ON \`_events_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_events_v_published_locale_idx\` ON \`_events_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_events_v_latest_idx\` ON \`_events_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_autosave_idx\` ON \`_events_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_venue_name\` text,
  	\`version_organiser\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_events_v_locales_locale_parent_id_unique\` ON \`_events_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_events_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`features_id\` integer,
  	\`policy_notices_id\` integer,
  	\`events_id\` integer,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`features_id\`) REFERENCES \`features\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_notices_id\`) REFERENCES \`policy_notices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_rels_order_idx\` ON \`_events_v_rels\` (\`order\`);`)
  await db.run(
    sql`CREATE INDEX \`_events_v_rels_parent_idx\` ON \`_events_v_rels\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_events_v_rels_path_idx\` ON \`_events_v_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`_events_v_rels_articles_id_idx\` ON \`_events_v_rels\` (\`articles_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_rels_features_id_idx\` ON \`_events_v_rels\` (\`features_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_rels_policy_notices_id_idx\` ON \`_events_v_rels\` (\`policy_notices_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_rels_events_id_idx\` ON \`_events_v_rels\` (\`events_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_rels_topics_id_idx\` ON \`_events_v_rels\` (\`topics_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`credit\` text,
  	\`created_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_hero_url\` text,
  	\`sizes_hero_width\` numeric,
  	\`sizes_hero_height\` numeric,
  	\`sizes_hero_mime_type\` text,
  	\`sizes_hero_filesize\` numeric,
  	\`sizes_hero_filename\` text,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`media_created_by_idx\` ON \`media\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(
    sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`media_sizes_hero_sizes_hero_filename_idx\` ON \`media\` (\`sizes_hero_filename\`);`,
  )
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text NOT NULL,
  	\`caption\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`created_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`documents_created_by_idx\` ON \`documents\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_updated_at_idx\` ON \`documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`documents_created_at_idx\` ON \`documents\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`documents_filename_idx\` ON \`documents\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`documents_locales\` (
  	\`title\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`documents_locales_locale_parent_id_unique\` ON \`documents_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`topics\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`topics_slug_idx\` ON \`topics\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`topics_updated_at_idx\` ON \`topics\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`topics_created_at_idx\` ON \`topics\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`topics_locales\` (
  	\`name\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`topics_locales_locale_parent_id_unique\` ON \`topics_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`outlets\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`short_name\` text,
  	\`kind\` text NOT NULL,
  	\`website\` text,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`outlets_slug_idx\` ON \`outlets\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`outlets_updated_at_idx\` ON \`outlets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`outlets_created_at_idx\` ON \`outlets\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`outlets_locales\` (
  	\`name\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`outlets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`outlets_locales_locale_parent_id_unique\` ON \`outlets_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`role\` text DEFAULT 'contributor' NOT NULL,
  	\`outlet_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`outlet_id\`) REFERENCES \`outlets\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`users_outlet_idx\` ON \`users\` (\`outlet_id\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`workflow_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text NOT NULL,
  	\`item_title\` text,
  	\`actor_id\` integer,
  	\`author_id\` integer,
  	\`outlet_id\` integer,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`outlet_id\`) REFERENCES \`outlets\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`workflow_events_action_idx\` ON \`workflow_events\` (\`action\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`workflow_events_actor_idx\` ON \`workflow_events\` (\`actor_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`workflow_events_author_idx\` ON \`workflow_events\` (\`author_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`workflow_events_outlet_idx\` ON \`workflow_events\` (\`outlet_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`workflow_events_updated_at_idx\` ON \`workflow_events\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`workflow_events_created_at_idx\` ON \`workflow_events\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`workflow_events_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`features_id\` integer,
  	\`policy_notices_id\` integer,
  	\`events_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`workflow_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`features_id\`) REFERENCES \`features\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_notices_id\`) REFERENCES \`policy_notices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`workflow_events_rels_order_idx\` ON \`workflow_events_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`workflow_events_rels_parent_idx\` ON \`workflow_events_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`workflow_events_rels_path_idx\` ON \`workflow_events_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`workflow_events_rels_articles_id_idx\` ON \`workflow_events_rels\` (\`articles_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`workflow_events_rels_features_id_idx\` ON \`workflow_events_rels\` (\`features_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`workflow_events_rels_policy_notices_id_idx\` ON \`workflow_events_rels\` (\`policy_notices_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`workflow_events_rels_events_id_idx\` ON \`workflow_events_rels\` (\`events_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`,
  )
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(
    sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`articles_corrections\`;`)
  await db.run(sql`DROP TABLE \`articles_corrections_locales\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles_locales\`;`)
  await db.run(sql`DROP TABLE \`articles_rels\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_corrections\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_corrections_locales\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_rels\`;`)
  await db.run(sql`DROP TABLE \`features_corrections\`;`)
  await db.run(sql`DROP TABLE \`features_corrections_locales\`;`)
  await db.run(sql`DROP TABLE \`features\`;`)
  await db.run(sql`DROP TABLE \`features_locales\`;`)
  await db.run(sql`DROP TABLE \`features_rels\`;`)
  await db.run(sql`DROP TABLE \`_features_v_version_corrections\`;`)
  await db.run(sql`DROP TABLE \`_features_v_version_corrections_locales\`;`)
  await db.run(sql`DROP TABLE \`_features_v\`;`)
  await db.run(sql`DROP TABLE \`_features_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_features_v_rels\`;`)
  await db.run(sql`DROP TABLE \`policy_notices_relations\`;`)
  await db.run(sql`DROP TABLE \`policy_notices\`;`)
  await db.run(sql`DROP TABLE \`policy_notices_locales\`;`)
  await db.run(sql`DROP TABLE \`policy_notices_rels\`;`)
  await db.run(sql`DROP TABLE \`_policy_notices_v_version_relations\`;`)
  await db.run(sql`DROP TABLE \`_policy_notices_v\`;`)
  await db.run(sql`DROP TABLE \`_policy_notices_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_policy_notices_v_rels\`;`)
  await db.run(sql`DROP TABLE \`events_corrections\`;`)
  await db.run(sql`DROP TABLE \`events_corrections_locales\`;`)
  await db.run(sql`DROP TABLE \`events\`;`)
  await db.run(sql`DROP TABLE \`events_locales\`;`)
  await db.run(sql`DROP TABLE \`events_rels\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_corrections\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_corrections_locales\`;`)
  await db.run(sql`DROP TABLE \`_events_v\`;`)
  await db.run(sql`DROP TABLE \`_events_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_events_v_rels\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`documents\`;`)
  await db.run(sql`DROP TABLE \`documents_locales\`;`)
  await db.run(sql`DROP TABLE \`topics\`;`)
  await db.run(sql`DROP TABLE \`topics_locales\`;`)
  await db.run(sql`DROP TABLE \`outlets\`;`)
  await db.run(sql`DROP TABLE \`outlets_locales\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`workflow_events\`;`)
  await db.run(sql`DROP TABLE \`workflow_events_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
