import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/*
 * The ecosystem directory (startups, people, support organisations) and the programmes, the
 * outlets' `managesDirectory` mark, and `mentions` on articles, features and events.
 *
 * Relationship columns added to existing `_rels` tables are declared ON DELETE CASCADE by hand:
 * the generator writes `ALTER TABLE … ADD … REFERENCES t(id)` without the action Payload's schema
 * gives every `_rels` column (as in the tables it creates), so SQLite would refuse to delete a
 * profile that an article mentions, the editorial log links to or an editor has open.
 */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`startups_founders_consent_purposes\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`startups_founders\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`startups_founders_consent_purposes_order_idx\` ON \`startups_founders_consent_purposes\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`startups_founders_consent_purposes_parent_idx\` ON \`startups_founders_consent_purposes\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`startups_founders\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`email\` text,
  	\`phone\` text,
  	\`name_public\` integer DEFAULT false,
  	\`contact_public\` integer DEFAULT false,
  	\`consent_given\` integer DEFAULT false,
  	\`consent_given_by\` text,
  	\`consent_given_at\` text,
  	\`consent_method\` text,
  	\`consent_evidence\` text,
  	\`consent_withdrawn_at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`startups\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`startups_founders_order_idx\` ON \`startups_founders\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`startups_founders_parent_id_idx\` ON \`startups_founders\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`startups_founders_locales\` (
  	\`role\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`startups_founders\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`startups_founders_locales_locale_parent_id_unique\` ON \`startups_founders_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`startups_support_records\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`year\` numeric,
  	\`kind\` text,
  	\`provider_id\` integer,
  	FOREIGN KEY (\`provider_id\`) REFERENCES \`support_organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`startups\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`startups_support_records_order_idx\` ON \`startups_support_records\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`startups_support_records_parent_id_idx\` ON \`startups_support_records\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`startups_support_records_provider_idx\` ON \`startups_support_records\` (\`provider_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`startups_support_records_locales\` (
  	\`given\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`startups_support_records\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`startups_support_records_locales_locale_parent_id_unique\` ON \`startups_support_records_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`startups_funding_rounds\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`amount_vnd\` numeric,
  	\`other_investors\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`startups\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`startups_funding_rounds_order_idx\` ON \`startups_funding_rounds\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`startups_funding_rounds_parent_id_idx\` ON \`startups_funding_rounds\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`startups\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`logo_id\` integer,
  	\`sector\` text,
  	\`stage\` text,
  	\`district\` text,
  	\`registration_number\` text,
  	\`registration_date\` text,
  	\`website\` text,
  	\`slug\` text,
  	\`published_at\` text,
  	\`outlet_id\` integer,
  	\`workflow_status\` text DEFAULT 'draft',
  	\`review_note\` text,
  	\`created_by_id\` integer,
  	\`published_by_id\` integer,
  	\`last_published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`outlet_id\`) REFERENCES \`outlets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`startups_logo_idx\` ON \`startups\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`startups_sector_idx\` ON \`startups\` (\`sector\`);`)
  await db.run(sql`CREATE INDEX \`startups_stage_idx\` ON \`startups\` (\`stage\`);`)
  await db.run(sql`CREATE INDEX \`startups_district_idx\` ON \`startups\` (\`district\`);`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`startups_registration_number_idx\` ON \`startups\` (\`registration_number\`);`,
  )
  await db.run(sql`CREATE UNIQUE INDEX \`startups_slug_idx\` ON \`startups\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`startups_published_at_idx\` ON \`startups\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`startups_outlet_idx\` ON \`startups\` (\`outlet_id\`);`)
  await db.run(
    sql`CREATE INDEX \`startups_workflow_status_idx\` ON \`startups\` (\`workflow_status\`);`,
  )
  await db.run(sql`CREATE INDEX \`startups_created_by_idx\` ON \`startups\` (\`created_by_id\`);`)
  await db.run(
    sql`CREATE INDEX \`startups_published_by_idx\` ON \`startups\` (\`published_by_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`startups_updated_at_idx\` ON \`startups\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`startups_created_at_idx\` ON \`startups\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`startups__status_idx\` ON \`startups\` (\`_status\`);`)
  await db.run(
    sql`CREATE INDEX \`_status_publishedAt_2_idx\` ON \`startups\` (\`_status\`,\`published_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`startups_locales\` (
  	\`summary\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`startups\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`startups_locales_locale_parent_id_unique\` ON \`startups_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`startups_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`people_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`startups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`startups_rels_order_idx\` ON \`startups_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`startups_rels_parent_idx\` ON \`startups_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`startups_rels_path_idx\` ON \`startups_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`startups_rels_people_id_idx\` ON \`startups_rels\` (\`people_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_startups_v_version_founders_consent_purposes\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_startups_v_version_founders\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_startups_v_version_founders_consent_purposes_order_idx\` ON \`_startups_v_version_founders_consent_purposes\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_startups_v_version_founders_consent_purposes_parent_idx\` ON \`_startups_v_version_founders_consent_purposes\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_startups_v_version_founders\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`email\` text,
  	\`phone\` text,
  	\`name_public\` integer DEFAULT false,
  	\`contact_public\` integer DEFAULT false,
  	\`consent_given\` integer DEFAULT false,
  	\`consent_given_by\` text,
  	\`consent_given_at\` text,
  	\`consent_method\` text,
  	\`consent_evidence\` text,
  	\`consent_withdrawn_at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_startups_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_startups_v_version_founders_order_idx\` ON \`_startups_v_version_founders\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_startups_v_version_founders_parent_id_idx\` ON \`_startups_v_version_founders\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_startups_v_version_founders_locales\` (
  	\`role\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_startups_v_version_founders\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_startups_v_version_founders_locales_locale_parent_id_unique\` ON \`_startups_v_version_founders_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_startups_v_version_support_records\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`year\` numeric,
  	\`kind\` text,
  	\`provider_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`provider_id\`) REFERENCES \`support_organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_startups_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_startups_v_version_support_records_order_idx\` ON \`_startups_v_version_support_records\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_startups_v_version_support_records_parent_id_idx\` ON \`_startups_v_version_support_records\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_startups_v_version_support_records_provider_idx\` ON \`_startups_v_version_support_records\` (\`provider_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_startups_v_version_support_records_locales\` (
  	\`given\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_startups_v_version_support_records\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_startups_v_version_support_records_locales_locale_parent_id\` ON \`_startups_v_version_support_records_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_startups_v_version_funding_rounds\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`amount_vnd\` numeric,
  	\`other_investors\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_startups_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_startups_v_version_funding_rounds_order_idx\` ON \`_startups_v_version_funding_rounds\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_startups_v_version_funding_rounds_parent_id_idx\` ON \`_startups_v_version_funding_rounds\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_startups_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_logo_id\` integer,
  	\`version_sector\` text,
  	\`version_stage\` text,
  	\`version_district\` text,
  	\`version_registration_number\` text,
  	\`version_registration_date\` text,
  	\`version_website\` text,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_outlet_id\` integer,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`startups\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_outlet_id\`) REFERENCES \`outlets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_startups_v_parent_idx\` ON \`_startups_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_startups_v_version_version_logo_idx\` ON \`_startups_v\` (\`version_logo_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_startups_v_version_version_sector_idx\` ON \`_startups_v\` (\`version_sector\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_startups_v_version_version_stage_idx\` ON \`_startups_v\` (\`version_stage\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_startups_v_version_version_district_idx\` ON \`_startups_v\` (\`version_district\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_startups_v_version_version_registration_number_idx\` ON \`_startups_v\` (\`version_registration_number\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_startups_v_version_version_slug_idx\` ON \`_startups_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_startups_v_version_version_published_at_idx\` ON \`_startups_v\` (\`version_published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_startups_v_version_version_outlet_idx\` ON \`_startups_v\` (\`version_outlet_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_startups_v_version_version_workflow_status_idx\` ON \`_startups_v\` (\`version_workflow_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_startups_v_version_version_created_by_idx\` ON \`_startups_v\` (\`version_created_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_startups_v_version_version_published_by_idx\` ON \`_startups_v\` (\`version_published_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_startups_v_version_version_updated_at_idx\` ON \`_startups_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_startups_v_version_version_created_at_idx\` ON \`_startups_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_startups_v_version_version__status_idx\` ON \`_startups_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_startups_v_created_at_idx\` ON \`_startups_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_startups_v_updated_at_idx\` ON \`_startups_v\` (\`updated_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`_startups_v_snapshot_idx\` ON \`_startups_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_startups_v_published_locale_idx\` ON \`_startups_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_startups_v_latest_idx\` ON \`_startups_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_startups_v_autosave_idx\` ON \`_startups_v\` (\`autosave\`);`)
  await db.run(
    sql`CREATE INDEX \`version__status_version_publishedAt_2_idx\` ON \`_startups_v\` (\`version__status\`,\`version_published_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`_startups_v_locales\` (
  	\`version_summary\` text,
  	\`version_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_startups_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_startups_v_locales_locale_parent_id_unique\` ON \`_startups_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_startups_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`people_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_startups_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_startups_v_rels_order_idx\` ON \`_startups_v_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_startups_v_rels_parent_idx\` ON \`_startups_v_rels\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_startups_v_rels_path_idx\` ON \`_startups_v_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`_startups_v_rels_people_id_idx\` ON \`_startups_v_rels\` (\`people_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`people_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`people_roles_order_idx\` ON \`people_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`people_roles_parent_idx\` ON \`people_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`people_roles_value_idx\` ON \`people_roles\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`people_expertise\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`people_expertise_order_idx\` ON \`people_expertise\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`people_expertise_parent_idx\` ON \`people_expertise\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`people_consent_purposes\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`people_consent_purposes_order_idx\` ON \`people_consent_purposes\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`people_consent_purposes_parent_idx\` ON \`people_consent_purposes\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`people\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`reach\` text,
  	\`photo_id\` integer,
  	\`website\` text,
  	\`email\` text,
  	\`phone\` text,
  	\`contact_public\` integer DEFAULT false,
  	\`consent_given\` integer DEFAULT false,
  	\`consent_given_by\` text,
  	\`consent_given_at\` text,
  	\`consent_method\` text,
  	\`consent_evidence\` text,
  	\`consent_withdrawn_at\` text,
  	\`slug\` text,
  	\`published_at\` text,
  	\`outlet_id\` integer,
  	\`workflow_status\` text DEFAULT 'draft',
  	\`review_note\` text,
  	\`created_by_id\` integer,
  	\`published_by_id\` integer,
  	\`last_published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`outlet_id\`) REFERENCES \`outlets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`people_reach_idx\` ON \`people\` (\`reach\`);`)
  await db.run(sql`CREATE INDEX \`people_photo_idx\` ON \`people\` (\`photo_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`people_slug_idx\` ON \`people\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`people_published_at_idx\` ON \`people\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`people_outlet_idx\` ON \`people\` (\`outlet_id\`);`)
  await db.run(
    sql`CREATE INDEX \`people_workflow_status_idx\` ON \`people\` (\`workflow_status\`);`,
  )
  await db.run(sql`CREATE INDEX \`people_created_by_idx\` ON \`people\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`people_published_by_idx\` ON \`people\` (\`published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`people_updated_at_idx\` ON \`people\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`people_created_at_idx\` ON \`people\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`people__status_idx\` ON \`people\` (\`_status\`);`)
  await db.run(
    sql`CREATE INDEX \`_status_publishedAt_3_idx\` ON \`people\` (\`_status\`,\`published_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`people_locales\` (
  	\`organisation\` text,
  	\`position\` text,
  	\`bio\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`people_locales_locale_parent_id_unique\` ON \`people_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_people_v_version_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_people_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_people_v_version_roles_order_idx\` ON \`_people_v_version_roles\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_people_v_version_roles_parent_idx\` ON \`_people_v_version_roles\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_people_v_version_roles_value_idx\` ON \`_people_v_version_roles\` (\`value\`);`,
  )
  await db.run(sql`CREATE TABLE \`_people_v_version_expertise\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_people_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_people_v_version_expertise_order_idx\` ON \`_people_v_version_expertise\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_people_v_version_expertise_parent_idx\` ON \`_people_v_version_expertise\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_people_v_version_consent_purposes\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_people_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_people_v_version_consent_purposes_order_idx\` ON \`_people_v_version_consent_purposes\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_people_v_version_consent_purposes_parent_idx\` ON \`_people_v_version_consent_purposes\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_people_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_reach\` text,
  	\`version_photo_id\` integer,
  	\`version_website\` text,
  	\`version_email\` text,
  	\`version_phone\` text,
  	\`version_contact_public\` integer DEFAULT false,
  	\`version_consent_given\` integer DEFAULT false,
  	\`version_consent_given_by\` text,
  	\`version_consent_given_at\` text,
  	\`version_consent_method\` text,
  	\`version_consent_evidence\` text,
  	\`version_consent_withdrawn_at\` text,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_outlet_id\` integer,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_outlet_id\`) REFERENCES \`outlets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_people_v_parent_idx\` ON \`_people_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_people_v_version_version_reach_idx\` ON \`_people_v\` (\`version_reach\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_people_v_version_version_photo_idx\` ON \`_people_v\` (\`version_photo_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_people_v_version_version_slug_idx\` ON \`_people_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_people_v_version_version_published_at_idx\` ON \`_people_v\` (\`version_published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_people_v_version_version_outlet_idx\` ON \`_people_v\` (\`version_outlet_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_people_v_version_version_workflow_status_idx\` ON \`_people_v\` (\`version_workflow_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_people_v_version_version_created_by_idx\` ON \`_people_v\` (\`version_created_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_people_v_version_version_published_by_idx\` ON \`_people_v\` (\`version_published_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_people_v_version_version_updated_at_idx\` ON \`_people_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_people_v_version_version_created_at_idx\` ON \`_people_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_people_v_version_version__status_idx\` ON \`_people_v\` (\`version__status\`);`,
  )
  await db.run(sql`CREATE INDEX \`_people_v_created_at_idx\` ON \`_people_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_updated_at_idx\` ON \`_people_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_snapshot_idx\` ON \`_people_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_people_v_published_locale_idx\` ON \`_people_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_people_v_latest_idx\` ON \`_people_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_autosave_idx\` ON \`_people_v\` (\`autosave\`);`)
  await db.run(
    sql`CREATE INDEX \`version__status_version_publishedAt_3_idx\` ON \`_people_v\` (\`version__status\`,\`version_published_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`_people_v_locales\` (
  	\`version_organisation\` text,
  	\`version_position\` text,
  	\`version_bio\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_people_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_people_v_locales_locale_parent_id_unique\` ON \`_people_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`support_organizations_kinds\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`support_organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`support_organizations_kinds_order_idx\` ON \`support_organizations_kinds\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`support_organizations_kinds_parent_idx\` ON \`support_organizations_kinds\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`support_organizations_kinds_value_idx\` ON \`support_organizations_kinds\` (\`value\`);`,
  )
  await db.run(sql`CREATE TABLE \`support_organizations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`model\` text,
  	\`logo_id\` integer,
  	\`founded_year\` numeric,
  	\`upgraded_year\` numeric,
  	\`address\` text,
  	\`district\` text,
  	\`website\` text,
  	\`email\` text,
  	\`phone\` text,
  	\`slug\` text,
  	\`published_at\` text,
  	\`outlet_id\` integer,
  	\`workflow_status\` text DEFAULT 'draft',
  	\`review_note\` text,
  	\`created_by_id\` integer,
  	\`published_by_id\` integer,
  	\`last_published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`outlet_id\`) REFERENCES \`outlets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`support_organizations_model_idx\` ON \`support_organizations\` (\`model\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`support_organizations_logo_idx\` ON \`support_organizations\` (\`logo_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`support_organizations_district_idx\` ON \`support_organizations\` (\`district\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`support_organizations_slug_idx\` ON \`support_organizations\` (\`slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`support_organizations_published_at_idx\` ON \`support_organizations\` (\`published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`support_organizations_outlet_idx\` ON \`support_organizations\` (\`outlet_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`support_organizations_workflow_status_idx\` ON \`support_organizations\` (\`workflow_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`support_organizations_created_by_idx\` ON \`support_organizations\` (\`created_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`support_organizations_published_by_idx\` ON \`support_organizations\` (\`published_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`support_organizations_updated_at_idx\` ON \`support_organizations\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`support_organizations_created_at_idx\` ON \`support_organizations\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`support_organizations__status_idx\` ON \`support_organizations\` (\`_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_status_publishedAt_4_idx\` ON \`support_organizations\` (\`_status\`,\`published_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`support_organizations_locales\` (
  	\`name\` text,
  	\`summary\` text,
  	\`services\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`support_organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`support_organizations_locales_locale_parent_id_unique\` ON \`support_organizations_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_support_organizations_v_version_kinds\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_support_organizations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_support_organizations_v_version_kinds_order_idx\` ON \`_support_organizations_v_version_kinds\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_support_organizations_v_version_kinds_parent_idx\` ON \`_support_organizations_v_version_kinds\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_support_organizations_v_version_kinds_value_idx\` ON \`_support_organizations_v_version_kinds\` (\`value\`);`,
  )
  await db.run(sql`CREATE TABLE \`_support_organizations_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_model\` text,
  	\`version_logo_id\` integer,
  	\`version_founded_year\` numeric,
  	\`version_upgraded_year\` numeric,
  	\`version_address\` text,
  	\`version_district\` text,
  	\`version_website\` text,
  	\`version_email\` text,
  	\`version_phone\` text,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_outlet_id\` integer,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`support_organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_outlet_id\`) REFERENCES \`outlets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_support_organizations_v_parent_idx\` ON \`_support_organizations_v\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_support_organizations_v_version_version_model_idx\` ON \`_support_organizations_v\` (\`version_model\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_support_organizations_v_version_version_logo_idx\` ON \`_support_organizations_v\` (\`version_logo_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_support_organizations_v_version_version_district_idx\` ON \`_support_organizations_v\` (\`version_district\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_support_organizations_v_version_version_slug_idx\` ON \`_support_organizations_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_support_organizations_v_version_version_published_at_idx\` ON \`_support_organizations_v\` (\`version_published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_support_organizations_v_version_version_outlet_idx\` ON \`_support_organizations_v\` (\`version_outlet_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_support_organizations_v_version_version_workflow_status_idx\` ON \`_support_organizations_v\` (\`version_workflow_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_support_organizations_v_version_version_created_by_idx\` ON \`_support_organizations_v\` (\`version_created_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_support_organizations_v_version_version_published_by_idx\` ON \`_support_organizations_v\` (\`version_published_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_support_organizations_v_version_version_updated_at_idx\` ON \`_support_organizations_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_support_organizations_v_version_version_created_at_idx\` ON \`_support_organizations_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_support_organizations_v_version_version__status_idx\` ON \`_support_organizations_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_support_organizations_v_created_at_idx\` ON \`_support_organizations_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_support_organizations_v_updated_at_idx\` ON \`_support_organizations_v\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_support_organizations_v_snapshot_idx\` ON \`_support_organizations_v\` (\`snapshot\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_support_organizations_v_published_locale_idx\` ON \`_support_organizations_v\` (\`published_locale\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_support_organizations_v_latest_idx\` ON \`_support_organizations_v\` (\`latest\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_support_organizations_v_autosave_idx\` ON \`_support_organizations_v\` (\`autosave\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`version__status_version_publishedAt_4_idx\` ON \`_support_organizations_v\` (\`version__status\`,\`version_published_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`_support_organizations_v_locales\` (
  	\`version_name\` text,
  	\`version_summary\` text,
  	\`version_services\` text,
  	\`version_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_support_organizations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_support_organizations_v_locales_locale_parent_id_unique\` ON \`_support_organizations_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`programmes_targets_manual_figures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`value\` numeric,
  	\`as_of\` text,
  	\`source_notice_id\` integer,
  	FOREIGN KEY (\`source_notice_id\`) REFERENCES \`policy_notices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`programmes_targets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`programmes_targets_manual_figures_order_idx\` ON \`programmes_targets_manual_figures\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`programmes_targets_manual_figures_parent_id_idx\` ON \`programmes_targets_manual_figures\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`programmes_targets_manual_figures_source_notice_idx\` ON \`programmes_targets_manual_figures\` (\`source_notice_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`programmes_targets_manual_figures_locales\` (
  	\`source_text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`programmes_targets_manual_figures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`programmes_targets_manual_figures_locales_locale_parent_id_u\` ON \`programmes_targets_manual_figures_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`programmes_targets\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`measure\` text,
  	\`minimum\` numeric,
  	\`maximum\` numeric,
  	\`unit\` text,
  	\`deadline\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`programmes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`programmes_targets_order_idx\` ON \`programmes_targets\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`programmes_targets_parent_id_idx\` ON \`programmes_targets\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`programmes_targets_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`programmes_targets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`programmes_targets_locales_locale_parent_id_unique\` ON \`programmes_targets_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`programmes_final_results\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`target_key\` text,
  	\`achieved\` numeric,
  	\`as_of\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`programmes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`programmes_final_results_order_idx\` ON \`programmes_final_results\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`programmes_final_results_parent_id_idx\` ON \`programmes_final_results\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`programmes_final_results_locales\` (
  	\`source\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`programmes_final_results\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`programmes_final_results_locales_locale_parent_id_unique\` ON \`programmes_final_results_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`programmes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text,
  	\`status\` text,
  	\`period_start\` numeric,
  	\`period_end\` numeric,
  	\`legal_text_id\` integer,
  	\`slug\` text,
  	\`published_at\` text,
  	\`outlet_id\` integer,
  	\`workflow_status\` text DEFAULT 'draft',
  	\`review_note\` text,
  	\`created_by_id\` integer,
  	\`published_by_id\` integer,
  	\`last_published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`legal_text_id\`) REFERENCES \`policy_notices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`outlet_id\`) REFERENCES \`outlets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`programmes_code_idx\` ON \`programmes\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`programmes_status_idx\` ON \`programmes\` (\`status\`);`)
  await db.run(
    sql`CREATE INDEX \`programmes_legal_text_idx\` ON \`programmes\` (\`legal_text_id\`);`,
  )
  await db.run(sql`CREATE UNIQUE INDEX \`programmes_slug_idx\` ON \`programmes\` (\`slug\`);`)
  await db.run(
    sql`CREATE INDEX \`programmes_published_at_idx\` ON \`programmes\` (\`published_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`programmes_outlet_idx\` ON \`programmes\` (\`outlet_id\`);`)
  await db.run(
    sql`CREATE INDEX \`programmes_workflow_status_idx\` ON \`programmes\` (\`workflow_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`programmes_created_by_idx\` ON \`programmes\` (\`created_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`programmes_published_by_idx\` ON \`programmes\` (\`published_by_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`programmes_updated_at_idx\` ON \`programmes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`programmes_created_at_idx\` ON \`programmes\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`programmes__status_idx\` ON \`programmes\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`programmes_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`programmes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`programmes_locales_locale_parent_id_unique\` ON \`programmes_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_programmes_v_version_targets_manual_figures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`value\` numeric,
  	\`as_of\` text,
  	\`source_notice_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`source_notice_id\`) REFERENCES \`policy_notices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_programmes_v_version_targets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_programmes_v_version_targets_manual_figures_order_idx\` ON \`_programmes_v_version_targets_manual_figures\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_programmes_v_version_targets_manual_figures_parent_id_idx\` ON \`_programmes_v_version_targets_manual_figures\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_programmes_v_version_targets_manual_figures_source_noti_idx\` ON \`_programmes_v_version_targets_manual_figures\` (\`source_notice_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_programmes_v_version_targets_manual_figures_locales\` (
  	\`source_text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_programmes_v_version_targets_manual_figures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_programmes_v_version_targets_manual_figures_locales_locale_\` ON \`_programmes_v_version_targets_manual_figures_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_programmes_v_version_targets\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`measure\` text,
  	\`minimum\` numeric,
  	\`maximum\` numeric,
  	\`unit\` text,
  	\`deadline\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_programmes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_programmes_v_version_targets_order_idx\` ON \`_programmes_v_version_targets\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_programmes_v_version_targets_parent_id_idx\` ON \`_programmes_v_version_targets\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_programmes_v_version_targets_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_programmes_v_version_targets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_programmes_v_version_targets_locales_locale_parent_id_uniqu\` ON \`_programmes_v_version_targets_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_programmes_v_version_final_results\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`target_key\` text,
  	\`achieved\` numeric,
  	\`as_of\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_programmes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_programmes_v_version_final_results_order_idx\` ON \`_programmes_v_version_final_results\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_programmes_v_version_final_results_parent_id_idx\` ON \`_programmes_v_version_final_results\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_programmes_v_version_final_results_locales\` (
  	\`source\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_programmes_v_version_final_results\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_programmes_v_version_final_results_locales_locale_parent_id\` ON \`_programmes_v_version_final_results_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_programmes_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_code\` text,
  	\`version_status\` text,
  	\`version_period_start\` numeric,
  	\`version_period_end\` numeric,
  	\`version_legal_text_id\` integer,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_outlet_id\` integer,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`programmes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_legal_text_id\`) REFERENCES \`policy_notices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_outlet_id\`) REFERENCES \`outlets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_programmes_v_parent_idx\` ON \`_programmes_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_programmes_v_version_version_code_idx\` ON \`_programmes_v\` (\`version_code\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_programmes_v_version_version_status_idx\` ON \`_programmes_v\` (\`version_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_programmes_v_version_version_legal_text_idx\` ON \`_programmes_v\` (\`version_legal_text_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_programmes_v_version_version_slug_idx\` ON \`_programmes_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_programmes_v_version_version_published_at_idx\` ON \`_programmes_v\` (\`version_published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_programmes_v_version_version_outlet_idx\` ON \`_programmes_v\` (\`version_outlet_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_programmes_v_version_version_workflow_status_idx\` ON \`_programmes_v\` (\`version_workflow_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_programmes_v_version_version_created_by_idx\` ON \`_programmes_v\` (\`version_created_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_programmes_v_version_version_published_by_idx\` ON \`_programmes_v\` (\`version_published_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_programmes_v_version_version_updated_at_idx\` ON \`_programmes_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_programmes_v_version_version_created_at_idx\` ON \`_programmes_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_programmes_v_version_version__status_idx\` ON \`_programmes_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_programmes_v_created_at_idx\` ON \`_programmes_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_programmes_v_updated_at_idx\` ON \`_programmes_v\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_programmes_v_snapshot_idx\` ON \`_programmes_v\` (\`snapshot\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_programmes_v_published_locale_idx\` ON \`_programmes_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_programmes_v_latest_idx\` ON \`_programmes_v\` (\`latest\`);`)
  await db.run(
    sql`CREATE INDEX \`_programmes_v_autosave_idx\` ON \`_programmes_v\` (\`autosave\`);`,
  )
  await db.run(sql`CREATE TABLE \`_programmes_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_programmes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_programmes_v_locales_locale_parent_id_unique\` ON \`_programmes_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`articles_rels\` ADD \`startups_id\` integer REFERENCES startups(id) ON UPDATE no action ON DELETE cascade;`,
  )
  await db.run(
    sql`ALTER TABLE \`articles_rels\` ADD \`people_id\` integer REFERENCES people(id) ON UPDATE no action ON DELETE cascade;`,
  )
  await db.run(
    sql`ALTER TABLE \`articles_rels\` ADD \`support_organizations_id\` integer REFERENCES support_organizations(id) ON UPDATE no action ON DELETE cascade;`,
  )
  await db.run(
    sql`CREATE INDEX \`articles_rels_startups_id_idx\` ON \`articles_rels\` (\`startups_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`articles_rels_people_id_idx\` ON \`articles_rels\` (\`people_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`articles_rels_support_organizations_id_idx\` ON \`articles_rels\` (\`support_organizations_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`_articles_v_rels\` ADD \`startups_id\` integer REFERENCES startups(id) ON UPDATE no action ON DELETE cascade;`,
  )
  await db.run(
    sql`ALTER TABLE \`_articles_v_rels\` ADD \`people_id\` integer REFERENCES people(id) ON UPDATE no action ON DELETE cascade;`,
  )
  await db.run(
    sql`ALTER TABLE \`_articles_v_rels\` ADD \`support_organizations_id\` integer REFERENCES support_organizations(id) ON UPDATE no action ON DELETE cascade;`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_rels_startups_id_idx\` ON \`_articles_v_rels\` (\`startups_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_rels_people_id_idx\` ON \`_articles_v_rels\` (\`people_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_rels_support_organizations_id_idx\` ON \`_articles_v_rels\` (\`support_organizations_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`features_rels\` ADD \`startups_id\` integer REFERENCES startups(id) ON UPDATE no action ON DELETE cascade;`,
  )
  await db.run(
    sql`ALTER TABLE \`features_rels\` ADD \`people_id\` integer REFERENCES people(id) ON UPDATE no action ON DELETE cascade;`,
  )
  await db.run(
    sql`ALTER TABLE \`features_rels\` ADD \`support_organizations_id\` integer REFERENCES support_organizations(id) ON UPDATE no action ON DELETE cascade;`,
  )
  await db.run(
    sql`CREATE INDEX \`features_rels_startups_id_idx\` ON \`features_rels\` (\`startups_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`features_rels_people_id_idx\` ON \`features_rels\` (\`people_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`features_rels_support_organizations_id_idx\` ON \`features_rels\` (\`support_organizations_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`_features_v_rels\` ADD \`startups_id\` integer REFERENCES startups(id) ON UPDATE no action ON DELETE cascade;`,
  )
  await db.run(
    sql`ALTER TABLE \`_features_v_rels\` ADD \`people_id\` integer REFERENCES people(id) ON UPDATE no action ON DELETE cascade;`,
  )
  await db.run(
    sql`ALTER TABLE \`_features_v_rels\` ADD \`support_organizations_id\` integer REFERENCES support_organizations(id) ON UPDATE no action ON DELETE cascade;`,
  )
  await db.run(
    sql`CREATE INDEX \`_features_v_rels_startups_id_idx\` ON \`_features_v_rels\` (\`startups_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_features_v_rels_people_id_idx\` ON \`_features_v_rels\` (\`people_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_features_v_rels_support_organizations_id_idx\` ON \`_features_v_rels\` (\`support_organizations_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`events_rels\` ADD \`startups_id\` integer REFERENCES startups(id) ON UPDATE no action ON DELETE cascade;`,
  )
  await db.run(
    sql`ALTER TABLE \`events_rels\` ADD \`people_id\` integer REFERENCES people(id) ON UPDATE no action ON DELETE cascade;`,
  )
  await db.run(
    sql`ALTER TABLE \`events_rels\` ADD \`support_organizations_id\` integer REFERENCES support_organizations(id) ON UPDATE no action ON DELETE cascade;`,
  )
  await db.run(
    sql`CREATE INDEX \`events_rels_startups_id_idx\` ON \`events_rels\` (\`startups_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`events_rels_people_id_idx\` ON \`events_rels\` (\`people_id\`);`)
  await db.run(
    sql`CREATE INDEX \`events_rels_support_organizations_id_idx\` ON \`events_rels\` (\`support_organizations_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`_events_v_rels\` ADD \`startups_id\` integer REFERENCES startups(id) ON UPDATE no action ON DELETE cascade;`,
  )
  await db.run(
    sql`ALTER TABLE \`_events_v_rels\` ADD \`people_id\` integer REFERENCES people(id) ON UPDATE no action ON DELETE cascade;`,
  )
  await db.run(
    sql`ALTER TABLE \`_events_v_rels\` ADD \`support_organizations_id\` integer REFERENCES support_organizations(id) ON UPDATE no action ON DELETE cascade;`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_rels_startups_id_idx\` ON \`_events_v_rels\` (\`startups_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_rels_people_id_idx\` ON \`_events_v_rels\` (\`people_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_rels_support_organizations_id_idx\` ON \`_events_v_rels\` (\`support_organizations_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`outlets\` ADD \`manages_directory\` integer DEFAULT false;`)
  await db.run(
    sql`ALTER TABLE \`workflow_events_rels\` ADD \`startups_id\` integer REFERENCES startups(id) ON UPDATE no action ON DELETE cascade;`,
  )
  await db.run(
    sql`ALTER TABLE \`workflow_events_rels\` ADD \`people_id\` integer REFERENCES people(id) ON UPDATE no action ON DELETE cascade;`,
  )
  await db.run(
    sql`ALTER TABLE \`workflow_events_rels\` ADD \`support_organizations_id\` integer REFERENCES support_organizations(id) ON UPDATE no action ON DELETE cascade;`,
  )
  await db.run(
    sql`ALTER TABLE \`workflow_events_rels\` ADD \`programmes_id\` integer REFERENCES programmes(id) ON UPDATE no action ON DELETE cascade;`,
  )
  await db.run(
    sql`CREATE INDEX \`workflow_events_rels_startups_id_idx\` ON \`workflow_events_rels\` (\`startups_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`workflow_events_rels_people_id_idx\` ON \`workflow_events_rels\` (\`people_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`workflow_events_rels_support_organizations_id_idx\` ON \`workflow_events_rels\` (\`support_organizations_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`workflow_events_rels_programmes_id_idx\` ON \`workflow_events_rels\` (\`programmes_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`startups_id\` integer REFERENCES startups(id) ON UPDATE no action ON DELETE cascade;`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`people_id\` integer REFERENCES people(id) ON UPDATE no action ON DELETE cascade;`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`support_organizations_id\` integer REFERENCES support_organizations(id) ON UPDATE no action ON DELETE cascade;`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`programmes_id\` integer REFERENCES programmes(id) ON UPDATE no action ON DELETE cascade;`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_startups_id_idx\` ON \`payload_locked_documents_rels\` (\`startups_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_people_id_idx\` ON \`payload_locked_documents_rels\` (\`people_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_support_organizations_id_idx\` ON \`payload_locked_documents_rels\` (\`support_organizations_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_programmes_id_idx\` ON \`payload_locked_documents_rels\` (\`programmes_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles_rels\` (
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
  await db.run(
    sql`INSERT INTO \`__new_articles_rels\`("id", "order", "parent_id", "path", "articles_id", "features_id", "policy_notices_id", "events_id", "users_id", "topics_id") SELECT "id", "order", "parent_id", "path", "articles_id", "features_id", "policy_notices_id", "events_id", "users_id", "topics_id" FROM \`articles_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`articles_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles_rels\` RENAME TO \`articles_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`CREATE TABLE \`__new__articles_v_rels\` (
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
    sql`INSERT INTO \`__new__articles_v_rels\`("id", "order", "parent_id", "path", "articles_id", "features_id", "policy_notices_id", "events_id", "users_id", "topics_id") SELECT "id", "order", "parent_id", "path", "articles_id", "features_id", "policy_notices_id", "events_id", "users_id", "topics_id" FROM \`_articles_v_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`_articles_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v_rels\` RENAME TO \`_articles_v_rels\`;`)
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
  await db.run(sql`CREATE TABLE \`__new_features_rels\` (
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
  await db.run(
    sql`INSERT INTO \`__new_features_rels\`("id", "order", "parent_id", "path", "articles_id", "features_id", "policy_notices_id", "events_id", "topics_id") SELECT "id", "order", "parent_id", "path", "articles_id", "features_id", "policy_notices_id", "events_id", "topics_id" FROM \`features_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`features_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_features_rels\` RENAME TO \`features_rels\`;`)
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
  await db.run(sql`CREATE TABLE \`__new__features_v_rels\` (
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
    sql`INSERT INTO \`__new__features_v_rels\`("id", "order", "parent_id", "path", "articles_id", "features_id", "policy_notices_id", "events_id", "topics_id") SELECT "id", "order", "parent_id", "path", "articles_id", "features_id", "policy_notices_id", "events_id", "topics_id" FROM \`_features_v_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`_features_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__features_v_rels\` RENAME TO \`_features_v_rels\`;`)
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
  await db.run(sql`CREATE TABLE \`__new_events_rels\` (
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
  await db.run(
    sql`INSERT INTO \`__new_events_rels\`("id", "order", "parent_id", "path", "articles_id", "features_id", "policy_notices_id", "events_id", "topics_id") SELECT "id", "order", "parent_id", "path", "articles_id", "features_id", "policy_notices_id", "events_id", "topics_id" FROM \`events_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`events_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_events_rels\` RENAME TO \`events_rels\`;`)
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
  await db.run(sql`CREATE TABLE \`__new__events_v_rels\` (
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
  await db.run(
    sql`INSERT INTO \`__new__events_v_rels\`("id", "order", "parent_id", "path", "articles_id", "features_id", "policy_notices_id", "events_id", "topics_id") SELECT "id", "order", "parent_id", "path", "articles_id", "features_id", "policy_notices_id", "events_id", "topics_id" FROM \`_events_v_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`_events_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__events_v_rels\` RENAME TO \`_events_v_rels\`;`)
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
  await db.run(sql`CREATE TABLE \`__new_workflow_events_rels\` (
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
    sql`INSERT INTO \`__new_workflow_events_rels\`("id", "order", "parent_id", "path", "articles_id", "features_id", "policy_notices_id", "events_id") SELECT "id", "order", "parent_id", "path", "articles_id", "features_id", "policy_notices_id", "events_id" FROM \`workflow_events_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`workflow_events_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_workflow_events_rels\` RENAME TO \`workflow_events_rels\`;`)
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
  	\`page_views_id\` integer,
  	\`questions_id\` integer,
  	\`consultation_comments_id\` integer,
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
  	FOREIGN KEY (\`workflow_events_id\`) REFERENCES \`workflow_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`page_views_id\`) REFERENCES \`page_views\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`questions_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`consultation_comments_id\`) REFERENCES \`consultation_comments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "features_id", "policy_notices_id", "events_id", "media_id", "documents_id", "topics_id", "outlets_id", "users_id", "workflow_events_id", "page_views_id", "questions_id", "consultation_comments_id") SELECT "id", "order", "parent_id", "path", "articles_id", "features_id", "policy_notices_id", "events_id", "media_id", "documents_id", "topics_id", "outlets_id", "users_id", "workflow_events_id", "page_views_id", "questions_id", "consultation_comments_id" FROM \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(
    sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`,
  )
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
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_page_views_id_idx\` ON \`payload_locked_documents_rels\` (\`page_views_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_questions_id_idx\` ON \`payload_locked_documents_rels\` (\`questions_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_consultation_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`consultation_comments_id\`);`,
  )
  // The new tables go last: a rels table still referencing them would fail SQLite's
  // foreign-key work when they are dropped.
  await db.run(sql`DROP TABLE \`startups_founders_consent_purposes\`;`)
  await db.run(sql`DROP TABLE \`startups_founders\`;`)
  await db.run(sql`DROP TABLE \`startups_founders_locales\`;`)
  await db.run(sql`DROP TABLE \`startups_support_records\`;`)
  await db.run(sql`DROP TABLE \`startups_support_records_locales\`;`)
  await db.run(sql`DROP TABLE \`startups_funding_rounds\`;`)
  await db.run(sql`DROP TABLE \`startups\`;`)
  await db.run(sql`DROP TABLE \`startups_locales\`;`)
  await db.run(sql`DROP TABLE \`startups_rels\`;`)
  await db.run(sql`DROP TABLE \`_startups_v_version_founders_consent_purposes\`;`)
  await db.run(sql`DROP TABLE \`_startups_v_version_founders\`;`)
  await db.run(sql`DROP TABLE \`_startups_v_version_founders_locales\`;`)
  await db.run(sql`DROP TABLE \`_startups_v_version_support_records\`;`)
  await db.run(sql`DROP TABLE \`_startups_v_version_support_records_locales\`;`)
  await db.run(sql`DROP TABLE \`_startups_v_version_funding_rounds\`;`)
  await db.run(sql`DROP TABLE \`_startups_v\`;`)
  await db.run(sql`DROP TABLE \`_startups_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_startups_v_rels\`;`)
  await db.run(sql`DROP TABLE \`people_roles\`;`)
  await db.run(sql`DROP TABLE \`people_expertise\`;`)
  await db.run(sql`DROP TABLE \`people_consent_purposes\`;`)
  await db.run(sql`DROP TABLE \`people\`;`)
  await db.run(sql`DROP TABLE \`people_locales\`;`)
  await db.run(sql`DROP TABLE \`_people_v_version_roles\`;`)
  await db.run(sql`DROP TABLE \`_people_v_version_expertise\`;`)
  await db.run(sql`DROP TABLE \`_people_v_version_consent_purposes\`;`)
  await db.run(sql`DROP TABLE \`_people_v\`;`)
  await db.run(sql`DROP TABLE \`_people_v_locales\`;`)
  await db.run(sql`DROP TABLE \`support_organizations_kinds\`;`)
  await db.run(sql`DROP TABLE \`support_organizations\`;`)
  await db.run(sql`DROP TABLE \`support_organizations_locales\`;`)
  await db.run(sql`DROP TABLE \`_support_organizations_v_version_kinds\`;`)
  await db.run(sql`DROP TABLE \`_support_organizations_v\`;`)
  await db.run(sql`DROP TABLE \`_support_organizations_v_locales\`;`)
  await db.run(sql`DROP TABLE \`programmes_targets_manual_figures\`;`)
  await db.run(sql`DROP TABLE \`programmes_targets_manual_figures_locales\`;`)
  await db.run(sql`DROP TABLE \`programmes_targets\`;`)
  await db.run(sql`DROP TABLE \`programmes_targets_locales\`;`)
  await db.run(sql`DROP TABLE \`programmes_final_results\`;`)
  await db.run(sql`DROP TABLE \`programmes_final_results_locales\`;`)
  await db.run(sql`DROP TABLE \`programmes\`;`)
  await db.run(sql`DROP TABLE \`programmes_locales\`;`)
  await db.run(sql`DROP TABLE \`_programmes_v_version_targets_manual_figures\`;`)
  await db.run(sql`DROP TABLE \`_programmes_v_version_targets_manual_figures_locales\`;`)
  await db.run(sql`DROP TABLE \`_programmes_v_version_targets\`;`)
  await db.run(sql`DROP TABLE \`_programmes_v_version_targets_locales\`;`)
  await db.run(sql`DROP TABLE \`_programmes_v_version_final_results\`;`)
  await db.run(sql`DROP TABLE \`_programmes_v_version_final_results_locales\`;`)
  await db.run(sql`DROP TABLE \`_programmes_v\`;`)
  await db.run(sql`DROP TABLE \`_programmes_v_locales\`;`)
  await db.run(sql`ALTER TABLE \`outlets\` DROP COLUMN \`manages_directory\`;`)
}
