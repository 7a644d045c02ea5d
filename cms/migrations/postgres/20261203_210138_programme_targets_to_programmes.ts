import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/** As the SQLite migration of the same name: the old targets text is logged, then dropped. */
export async function up({ db, payload }: MigrateUpArgs): Promise<void> {
  const { rows } = await db.execute(
    sql`SELECT t.figure, l._locale AS locale, l.label FROM programme_targets t LEFT JOIN programme_targets_locales l ON l._parent_id = t.id ORDER BY t._order`,
  )
  if (rows.length) payload.logger.warn({ removedProgrammeTargets: rows }, REMOVED)
  await db.execute(sql`
   DROP TABLE "programme_targets" CASCADE;
  DROP TABLE "programme_targets_locales" CASCADE;`)
}

const REMOVED =
  'The about page now shows the current programme’s targets (Hệ sinh thái → Chương trình, kế hoạch); the old targets text of the programme global is removed. Its rows are logged here.'

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "programme_targets" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"figure" varchar NOT NULL
  );
  
  CREATE TABLE "programme_targets_locales" (
  	"label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  ALTER TABLE "programme_targets" ADD CONSTRAINT "programme_targets_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programme_targets_locales" ADD CONSTRAINT "programme_targets_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."programme_targets"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "programme_targets_order_idx" ON "programme_targets" USING btree ("_order");
  CREATE INDEX "programme_targets_parent_id_idx" ON "programme_targets" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "programme_targets_locales_locale_parent_id_unique" ON "programme_targets_locales" USING btree ("_locale","_parent_id");`)
}
