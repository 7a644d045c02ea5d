import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`programme_tasks\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`programme\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`programme_tasks_order_idx\` ON \`programme_tasks\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`programme_tasks_parent_id_idx\` ON \`programme_tasks\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`programme_tasks_locales\` (
  	\`title\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`programme_tasks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`programme_tasks_locales_locale_parent_id_unique\` ON \`programme_tasks_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
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
  await db.run(sql`CREATE TABLE \`programme_partners\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`website\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`programme\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`programme_partners_order_idx\` ON \`programme_partners\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`programme_partners_parent_id_idx\` ON \`programme_partners\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`programme_partners_locales\` (
  	\`name\` text NOT NULL,
  	\`role\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`programme_partners\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`programme_partners_locales_locale_parent_id_unique\` ON \`programme_partners_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`programme\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`lead_agency_address\` text,
  	\`lead_agency_phone\` text,
  	\`lead_agency_email\` text,
  	\`lead_agency_website\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`programme_locales\` (
  	\`intro\` text,
  	\`lead_agency_name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`programme\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`programme_locales_locale_parent_id_unique\` ON \`programme_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`portal_links_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`url\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`portal_links\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`portal_links_links_order_idx\` ON \`portal_links_links\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`portal_links_links_parent_id_idx\` ON \`portal_links_links\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`portal_links_links_locales\` (
  	\`label\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`portal_links_links\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`portal_links_links_locales_locale_parent_id_unique\` ON \`portal_links_links_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`portal_links\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`programme_tasks\`;`)
  await db.run(sql`DROP TABLE \`programme_tasks_locales\`;`)
  await db.run(sql`DROP TABLE \`programme_targets\`;`)
  await db.run(sql`DROP TABLE \`programme_targets_locales\`;`)
  await db.run(sql`DROP TABLE \`programme_partners\`;`)
  await db.run(sql`DROP TABLE \`programme_partners_locales\`;`)
  await db.run(sql`DROP TABLE \`programme\`;`)
  await db.run(sql`DROP TABLE \`programme_locales\`;`)
  await db.run(sql`DROP TABLE \`portal_links_links\`;`)
  await db.run(sql`DROP TABLE \`portal_links_links_locales\`;`)
  await db.run(sql`DROP TABLE \`portal_links\`;`)
}
