import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
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
  await db.run(sql`ALTER TABLE \`_policy_notices_v\` ADD \`version_official_source\` text;`)
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
  await db.run(sql`DROP TABLE \`public_information_items\`;`)
  await db.run(sql`DROP TABLE \`public_information_items_locales\`;`)
  await db.run(sql`DROP TABLE \`public_information\`;`)
  await db.run(sql`DROP TABLE \`public_information_locales\`;`)
  await db.run(sql`DROP TABLE \`startup_procedures_procedures\`;`)
  await db.run(sql`DROP TABLE \`startup_procedures_procedures_locales\`;`)
  await db.run(sql`DROP TABLE \`startup_procedures\`;`)
  await db.run(sql`DROP TABLE \`startup_procedures_locales\`;`)
  await db.run(sql`ALTER TABLE \`policy_notices\` DROP COLUMN \`official_source\`;`)
  await db.run(sql`ALTER TABLE \`_policy_notices_v\` DROP COLUMN \`version_official_source\`;`)
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
