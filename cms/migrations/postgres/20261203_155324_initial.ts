import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_articles_workflow_status" AS ENUM('draft', 'submitted', 'returned', 'published');
  CREATE TYPE "public"."enum_articles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_version_workflow_status" AS ENUM('draft', 'submitted', 'returned', 'published');
  CREATE TYPE "public"."enum__articles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_features_format" AS ENUM('tv', 'newspaper', 'radio', 'online');
  CREATE TYPE "public"."enum_features_workflow_status" AS ENUM('draft', 'submitted', 'returned', 'published');
  CREATE TYPE "public"."enum_features_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__features_v_version_format" AS ENUM('tv', 'newspaper', 'radio', 'online');
  CREATE TYPE "public"."enum__features_v_version_workflow_status" AS ENUM('draft', 'submitted', 'returned', 'published');
  CREATE TYPE "public"."enum__features_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__features_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_policy_notices_relations_relation" AS ENUM('implements', 'based-on', 'amends', 'replaces', 'guides');
  CREATE TYPE "public"."enum_policy_notices_document_type" AS ENUM('law', 'decree', 'resolution', 'decision', 'directive', 'circular', 'plan', 'announcement', 'official-letter', 'report', 'other');
  CREATE TYPE "public"."enum_policy_notices_field" AS ENUM('enterprise', 'science-technology', 'investment', 'finance', 'ict', 'education', 'trade', 'administration', 'other');
  CREATE TYPE "public"."enum_policy_notices_signer_authority" AS ENUM('KT.', 'TM.', 'TL.', 'TUQ.', 'Q.');
  CREATE TYPE "public"."enum_policy_notices_legal_status" AS ENUM('not-yet-effective', 'in-force', 'expired');
  CREATE TYPE "public"."enum_policy_notices_legal_status_override" AS ENUM('not-yet-effective', 'in-force', 'expired');
  CREATE TYPE "public"."enum_policy_notices_workflow_status" AS ENUM('draft', 'submitted', 'returned', 'published');
  CREATE TYPE "public"."enum_policy_notices_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__policy_notices_v_version_relations_relation" AS ENUM('implements', 'based-on', 'amends', 'replaces', 'guides');
  CREATE TYPE "public"."enum__policy_notices_v_version_document_type" AS ENUM('law', 'decree', 'resolution', 'decision', 'directive', 'circular', 'plan', 'announcement', 'official-letter', 'report', 'other');
  CREATE TYPE "public"."enum__policy_notices_v_version_field" AS ENUM('enterprise', 'science-technology', 'investment', 'finance', 'ict', 'education', 'trade', 'administration', 'other');
  CREATE TYPE "public"."enum__policy_notices_v_version_signer_authority" AS ENUM('KT.', 'TM.', 'TL.', 'TUQ.', 'Q.');
  CREATE TYPE "public"."enum__policy_notices_v_version_legal_status" AS ENUM('not-yet-effective', 'in-force', 'expired');
  CREATE TYPE "public"."enum__policy_notices_v_version_legal_status_override" AS ENUM('not-yet-effective', 'in-force', 'expired');
  CREATE TYPE "public"."enum__policy_notices_v_version_workflow_status" AS ENUM('draft', 'submitted', 'returned', 'published');
  CREATE TYPE "public"."enum__policy_notices_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__policy_notices_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_events_startsat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_events_endsat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_events_registrationdeadline_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_events_event_status" AS ENUM('scheduled', 'postponed', 'cancelled');
  CREATE TYPE "public"."enum_events_workflow_status" AS ENUM('draft', 'submitted', 'returned', 'published');
  CREATE TYPE "public"."enum_events_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__events_v_version_startsat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__events_v_version_endsat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__events_v_version_registrationdeadline_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__events_v_version_event_status" AS ENUM('scheduled', 'postponed', 'cancelled');
  CREATE TYPE "public"."enum__events_v_version_workflow_status" AS ENUM('draft', 'submitted', 'returned', 'published');
  CREATE TYPE "public"."enum__events_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__events_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_outlets_kind" AS ENUM('newspaper', 'broadcaster', 'agency', 'other');
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'chief', 'editor', 'contributor');
  CREATE TYPE "public"."enum_workflow_events_action" AS ENUM('submitted', 'returned', 'published', 'unpublished', 'corrected', 'deleted');
  CREATE TYPE "public"."enum_questions_language" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_questions_status" AS ENUM('pending', 'answered', 'published', 'rejected');
  CREATE TYPE "public"."enum_consultation_comments_language" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_consultation_comments_status" AS ENUM('pending', 'approved', 'rejected');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'erasePersonalData', 'rebuildSite', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'erasePersonalData', 'rebuildSite', 'schedulePublish');
  CREATE TYPE "public"."enum_public_information_items_point" AS ENUM('a', 'b', 'c', 'd', 'dd', 'e', 'g', 'h');
  CREATE TYPE "public"."enum_public_information_items_frequency" AS ENUM('on-issue', 'continuous', 'monthly', 'quarterly', 'yearly');
  CREATE TYPE "public"."enum_site_status_state" AS ENUM('idle', 'queued', 'building', 'live', 'failed');
  CREATE TABLE "articles_corrections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone
  );
  
  CREATE TABLE "articles_corrections_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "articles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"cover_id" integer,
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"outlet_id" integer,
  	"share_image_id" integer,
  	"workflow_status" "enum_articles_workflow_status" DEFAULT 'draft',
  	"review_note" varchar,
  	"created_by_id" integer,
  	"published_by_id" integer,
  	"last_published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_articles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "articles_locales" (
  	"title" varchar,
  	"sapo" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "articles_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"features_id" integer,
  	"policy_notices_id" integer,
  	"events_id" integer,
  	"users_id" integer,
  	"topics_id" integer
  );
  
  CREATE TABLE "_articles_v_version_corrections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_articles_v_version_corrections_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_articles_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_cover_id" integer,
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_outlet_id" integer,
  	"version_share_image_id" integer,
  	"version_workflow_status" "enum__articles_v_version_workflow_status" DEFAULT 'draft',
  	"version_review_note" varchar,
  	"version_created_by_id" integer,
  	"version_published_by_id" integer,
  	"version_last_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__articles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__articles_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_articles_v_locales" (
  	"version_title" varchar,
  	"version_sapo" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_articles_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"features_id" integer,
  	"policy_notices_id" integer,
  	"events_id" integer,
  	"users_id" integer,
  	"topics_id" integer
  );
  
  CREATE TABLE "features_corrections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone
  );
  
  CREATE TABLE "features_corrections_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "features" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"format" "enum_features_format" DEFAULT 'tv',
  	"air_date" timestamp(3) with time zone,
  	"duration_seconds" numeric,
  	"edition_date" timestamp(3) with time zone,
  	"page" varchar,
  	"youtube_url" varchar,
  	"youtube_id" varchar,
  	"video_file_id" integer,
  	"cover_id" integer,
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"outlet_id" integer,
  	"share_image_id" integer,
  	"workflow_status" "enum_features_workflow_status" DEFAULT 'draft',
  	"review_note" varchar,
  	"created_by_id" integer,
  	"published_by_id" integer,
  	"last_published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_features_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "features_locales" (
  	"title" varchar,
  	"programme" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"transcript" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "features_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"features_id" integer,
  	"policy_notices_id" integer,
  	"events_id" integer,
  	"topics_id" integer
  );
  
  CREATE TABLE "_features_v_version_corrections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_features_v_version_corrections_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_features_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_format" "enum__features_v_version_format" DEFAULT 'tv',
  	"version_air_date" timestamp(3) with time zone,
  	"version_duration_seconds" numeric,
  	"version_edition_date" timestamp(3) with time zone,
  	"version_page" varchar,
  	"version_youtube_url" varchar,
  	"version_youtube_id" varchar,
  	"version_video_file_id" integer,
  	"version_cover_id" integer,
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_outlet_id" integer,
  	"version_share_image_id" integer,
  	"version_workflow_status" "enum__features_v_version_workflow_status" DEFAULT 'draft',
  	"version_review_note" varchar,
  	"version_created_by_id" integer,
  	"version_published_by_id" integer,
  	"version_last_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__features_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__features_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_features_v_locales" (
  	"version_title" varchar,
  	"version_programme" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_transcript" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_features_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"features_id" integer,
  	"policy_notices_id" integer,
  	"events_id" integer,
  	"topics_id" integer
  );
  
  CREATE TABLE "policy_notices_relations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"relation" "enum_policy_notices_relations_relation",
  	"notice_id" integer
  );
  
  CREATE TABLE "policy_notices" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"document_number" varchar,
  	"document_type" "enum_policy_notices_document_type",
  	"issuing_body" varchar,
  	"field" "enum_policy_notices_field",
  	"document_key" varchar,
  	"signer_authority" "enum_policy_notices_signer_authority",
  	"signer_name" varchar,
  	"issue_date" timestamp(3) with time zone,
  	"effective_date" timestamp(3) with time zone,
  	"expiry_date" timestamp(3) with time zone,
  	"official_source" varchar,
  	"cover_id" integer,
  	"slug" varchar,
  	"legal_status" "enum_policy_notices_legal_status",
  	"legal_status_override" "enum_policy_notices_legal_status_override",
  	"consultation_opens_at" timestamp(3) with time zone,
  	"consultation_closes_at" timestamp(3) with time zone,
  	"published_at" timestamp(3) with time zone,
  	"outlet_id" integer,
  	"share_image_id" integer,
  	"workflow_status" "enum_policy_notices_workflow_status" DEFAULT 'draft',
  	"review_note" varchar,
  	"created_by_id" integer,
  	"published_by_id" integer,
  	"last_published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_policy_notices_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "policy_notices_locales" (
  	"title" varchar,
  	"signer_on_behalf_of" varchar,
  	"signer_position" varchar,
  	"abstract" varchar,
  	"full_text" jsonb,
  	"consultation_summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "policy_notices_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"documents_id" integer,
  	"articles_id" integer,
  	"features_id" integer,
  	"policy_notices_id" integer,
  	"events_id" integer,
  	"topics_id" integer
  );
  
  CREATE TABLE "_policy_notices_v_version_relations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"relation" "enum__policy_notices_v_version_relations_relation",
  	"notice_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_policy_notices_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_document_number" varchar,
  	"version_document_type" "enum__policy_notices_v_version_document_type",
  	"version_issuing_body" varchar,
  	"version_field" "enum__policy_notices_v_version_field",
  	"version_document_key" varchar,
  	"version_signer_authority" "enum__policy_notices_v_version_signer_authority",
  	"version_signer_name" varchar,
  	"version_issue_date" timestamp(3) with time zone,
  	"version_effective_date" timestamp(3) with time zone,
  	"version_expiry_date" timestamp(3) with time zone,
  	"version_official_source" varchar,
  	"version_cover_id" integer,
  	"version_slug" varchar,
  	"version_legal_status" "enum__policy_notices_v_version_legal_status",
  	"version_legal_status_override" "enum__policy_notices_v_version_legal_status_override",
  	"version_consultation_opens_at" timestamp(3) with time zone,
  	"version_consultation_closes_at" timestamp(3) with time zone,
  	"version_published_at" timestamp(3) with time zone,
  	"version_outlet_id" integer,
  	"version_share_image_id" integer,
  	"version_workflow_status" "enum__policy_notices_v_version_workflow_status" DEFAULT 'draft',
  	"version_review_note" varchar,
  	"version_created_by_id" integer,
  	"version_published_by_id" integer,
  	"version_last_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__policy_notices_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__policy_notices_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_policy_notices_v_locales" (
  	"version_title" varchar,
  	"version_signer_on_behalf_of" varchar,
  	"version_signer_position" varchar,
  	"version_abstract" varchar,
  	"version_full_text" jsonb,
  	"version_consultation_summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_policy_notices_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"documents_id" integer,
  	"articles_id" integer,
  	"features_id" integer,
  	"policy_notices_id" integer,
  	"events_id" integer,
  	"topics_id" integer
  );
  
  CREATE TABLE "events_corrections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone
  );
  
  CREATE TABLE "events_corrections_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"starts_at" timestamp(3) with time zone,
  	"startsat_tz" "enum_events_startsat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"ends_at" timestamp(3) with time zone,
  	"endsat_tz" "enum_events_endsat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"all_day" boolean DEFAULT false,
  	"venue_address" varchar,
  	"venue_map_url" varchar,
  	"online_url" varchar,
  	"registration_url" varchar,
  	"registration_deadline" timestamp(3) with time zone,
  	"registrationdeadline_tz" "enum_events_registrationdeadline_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"cover_id" integer,
  	"slug" varchar,
  	"event_status" "enum_events_event_status" DEFAULT 'scheduled',
  	"published_at" timestamp(3) with time zone,
  	"outlet_id" integer,
  	"share_image_id" integer,
  	"workflow_status" "enum_events_workflow_status" DEFAULT 'draft',
  	"review_note" varchar,
  	"created_by_id" integer,
  	"published_by_id" integer,
  	"last_published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_events_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "events_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"venue_name" varchar,
  	"organiser" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "events_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"features_id" integer,
  	"policy_notices_id" integer,
  	"events_id" integer,
  	"topics_id" integer
  );
  
  CREATE TABLE "_events_v_version_corrections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_events_v_version_corrections_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_events_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_starts_at" timestamp(3) with time zone,
  	"version_startsat_tz" "enum__events_v_version_startsat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"version_ends_at" timestamp(3) with time zone,
  	"version_endsat_tz" "enum__events_v_version_endsat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"version_all_day" boolean DEFAULT false,
  	"version_venue_address" varchar,
  	"version_venue_map_url" varchar,
  	"version_online_url" varchar,
  	"version_registration_url" varchar,
  	"version_registration_deadline" timestamp(3) with time zone,
  	"version_registrationdeadline_tz" "enum__events_v_version_registrationdeadline_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"version_cover_id" integer,
  	"version_slug" varchar,
  	"version_event_status" "enum__events_v_version_event_status" DEFAULT 'scheduled',
  	"version_published_at" timestamp(3) with time zone,
  	"version_outlet_id" integer,
  	"version_share_image_id" integer,
  	"version_workflow_status" "enum__events_v_version_workflow_status" DEFAULT 'draft',
  	"version_review_note" varchar,
  	"version_created_by_id" integer,
  	"version_published_by_id" integer,
  	"version_last_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__events_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__events_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_events_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_venue_name" varchar,
  	"version_organiser" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_events_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"features_id" integer,
  	"policy_notices_id" integer,
  	"events_id" integer,
  	"topics_id" integer
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"credit" varchar,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_hero_url" varchar,
  	"sizes_hero_width" numeric,
  	"sizes_hero_height" numeric,
  	"sizes_hero_mime_type" varchar,
  	"sizes_hero_filesize" numeric,
  	"sizes_hero_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar NOT NULL,
  	"caption" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "documents_locales" (
  	"title" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "topics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "topics_locales" (
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "outlets" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"short_name" varchar,
  	"kind" "enum_outlets_kind" NOT NULL,
  	"website" varchar,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "outlets_locales" (
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"role" "enum_users_role" DEFAULT 'contributor' NOT NULL,
  	"outlet_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "workflow_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum_workflow_events_action" NOT NULL,
  	"item_title" varchar,
  	"actor_id" integer,
  	"author_id" integer,
  	"outlet_id" integer,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "workflow_events_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"features_id" integer,
  	"policy_notices_id" integer,
  	"events_id" integer
  );
  
  CREATE TABLE "page_views" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"path" varchar NOT NULL,
  	"day" varchar NOT NULL,
  	"count" numeric DEFAULT 0 NOT NULL
  );
  
  CREATE TABLE "questions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"question" varchar NOT NULL,
  	"topic_id" integer NOT NULL,
  	"language" "enum_questions_language" DEFAULT 'vi' NOT NULL,
  	"name" varchar,
  	"email" varchar,
  	"answer" varchar,
  	"answering_unit" varchar,
  	"status" "enum_questions_status" DEFAULT 'pending' NOT NULL,
  	"received_at" timestamp(3) with time zone,
  	"published_at" timestamp(3) with time zone,
  	"answer_emailed_at" timestamp(3) with time zone,
  	"personal_data_erased_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "questions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"policy_notices_id" integer
  );
  
  CREATE TABLE "consultation_comments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"notice_id" integer NOT NULL,
  	"comment" varchar NOT NULL,
  	"name" varchar,
  	"email" varchar,
  	"language" "enum_consultation_comments_language" DEFAULT 'vi' NOT NULL,
  	"status" "enum_consultation_comments_status" DEFAULT 'pending' NOT NULL,
  	"received_at" timestamp(3) with time zone,
  	"personal_data_erased_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"features_id" integer,
  	"policy_notices_id" integer,
  	"events_id" integer,
  	"media_id" integer,
  	"documents_id" integer,
  	"topics_id" integer,
  	"outlets_id" integer,
  	"users_id" integer,
  	"workflow_events_id" integer,
  	"page_views_id" integer,
  	"questions_id" integer,
  	"consultation_comments_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "programme_tasks" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "programme_tasks_locales" (
  	"title" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
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
  
  CREATE TABLE "programme_partners" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"website" varchar
  );
  
  CREATE TABLE "programme_partners_locales" (
  	"name" varchar NOT NULL,
  	"role" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "programme" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"lead_agency_address" varchar,
  	"lead_agency_phone" varchar,
  	"lead_agency_email" varchar,
  	"lead_agency_website" varchar,
  	"lead_agency_responsible_name" varchar,
  	"lead_agency_contact_officer_name" varchar,
  	"lead_agency_contact_officer_phone" varchar,
  	"lead_agency_contact_officer_email" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "programme_locales" (
  	"intro" varchar,
  	"lead_agency_name" varchar,
  	"lead_agency_responsible_position" varchar,
  	"lead_agency_contact_officer_position" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "portal_links_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar NOT NULL
  );
  
  CREATE TABLE "portal_links_links_locales" (
  	"label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "portal_links" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "public_information_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"point" "enum_public_information_items_point",
  	"frequency" "enum_public_information_items_frequency" NOT NULL,
  	"location" varchar NOT NULL
  );
  
  CREATE TABLE "public_information_items_locales" (
  	"title" varchar NOT NULL,
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "public_information" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "public_information_locales" (
  	"intro" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "startup_procedures_procedures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"national_url" varchar,
  	"city_url" varchar
  );
  
  CREATE TABLE "startup_procedures_procedures_locales" (
  	"name" varchar NOT NULL,
  	"agency" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "startup_procedures" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "startup_procedures_locales" (
  	"intro" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "site_status" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"state" "enum_site_status_state" DEFAULT 'idle',
  	"summary" varchar,
  	"trigger" varchar,
  	"queued_at" timestamp(3) with time zone,
  	"started_at" timestamp(3) with time zone,
  	"live_at" timestamp(3) with time zone,
  	"failed_at" timestamp(3) with time zone,
  	"failure_reason" varchar,
  	"log_excerpt" varchar,
  	"duration_seconds" numeric,
  	"pages_rendered" numeric,
  	"pages_reused" numeric,
  	"pages_total" numeric,
  	"published_items" numeric,
  	"release" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "articles_corrections" ADD CONSTRAINT "articles_corrections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_corrections_locales" ADD CONSTRAINT "articles_corrections_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles_corrections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_outlet_id_outlets_id_fk" FOREIGN KEY ("outlet_id") REFERENCES "public"."outlets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_share_image_id_media_id_fk" FOREIGN KEY ("share_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_published_by_id_users_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_locales" ADD CONSTRAINT "articles_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_features_fk" FOREIGN KEY ("features_id") REFERENCES "public"."features"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_policy_notices_fk" FOREIGN KEY ("policy_notices_id") REFERENCES "public"."policy_notices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_corrections" ADD CONSTRAINT "_articles_v_version_corrections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_corrections_locales" ADD CONSTRAINT "_articles_v_version_corrections_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v_version_corrections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_parent_id_articles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_outlet_id_outlets_id_fk" FOREIGN KEY ("version_outlet_id") REFERENCES "public"."outlets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_share_image_id_media_id_fk" FOREIGN KEY ("version_share_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_published_by_id_users_id_fk" FOREIGN KEY ("version_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_locales" ADD CONSTRAINT "_articles_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_features_fk" FOREIGN KEY ("features_id") REFERENCES "public"."features"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_policy_notices_fk" FOREIGN KEY ("policy_notices_id") REFERENCES "public"."policy_notices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "features_corrections" ADD CONSTRAINT "features_corrections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."features"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "features_corrections_locales" ADD CONSTRAINT "features_corrections_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."features_corrections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "features" ADD CONSTRAINT "features_video_file_id_media_id_fk" FOREIGN KEY ("video_file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "features" ADD CONSTRAINT "features_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "features" ADD CONSTRAINT "features_outlet_id_outlets_id_fk" FOREIGN KEY ("outlet_id") REFERENCES "public"."outlets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "features" ADD CONSTRAINT "features_share_image_id_media_id_fk" FOREIGN KEY ("share_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "features" ADD CONSTRAINT "features_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "features" ADD CONSTRAINT "features_published_by_id_users_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "features_locales" ADD CONSTRAINT "features_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."features"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "features_rels" ADD CONSTRAINT "features_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."features"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "features_rels" ADD CONSTRAINT "features_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "features_rels" ADD CONSTRAINT "features_rels_features_fk" FOREIGN KEY ("features_id") REFERENCES "public"."features"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "features_rels" ADD CONSTRAINT "features_rels_policy_notices_fk" FOREIGN KEY ("policy_notices_id") REFERENCES "public"."policy_notices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "features_rels" ADD CONSTRAINT "features_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "features_rels" ADD CONSTRAINT "features_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_features_v_version_corrections" ADD CONSTRAINT "_features_v_version_corrections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_features_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_features_v_version_corrections_locales" ADD CONSTRAINT "_features_v_version_corrections_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_features_v_version_corrections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_features_v" ADD CONSTRAINT "_features_v_parent_id_features_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."features"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_features_v" ADD CONSTRAINT "_features_v_version_video_file_id_media_id_fk" FOREIGN KEY ("version_video_file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_features_v" ADD CONSTRAINT "_features_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_features_v" ADD CONSTRAINT "_features_v_version_outlet_id_outlets_id_fk" FOREIGN KEY ("version_outlet_id") REFERENCES "public"."outlets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_features_v" ADD CONSTRAINT "_features_v_version_share_image_id_media_id_fk" FOREIGN KEY ("version_share_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_features_v" ADD CONSTRAINT "_features_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_features_v" ADD CONSTRAINT "_features_v_version_published_by_id_users_id_fk" FOREIGN KEY ("version_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_features_v_locales" ADD CONSTRAINT "_features_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_features_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_features_v_rels" ADD CONSTRAINT "_features_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_features_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_features_v_rels" ADD CONSTRAINT "_features_v_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_features_v_rels" ADD CONSTRAINT "_features_v_rels_features_fk" FOREIGN KEY ("features_id") REFERENCES "public"."features"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_features_v_rels" ADD CONSTRAINT "_features_v_rels_policy_notices_fk" FOREIGN KEY ("policy_notices_id") REFERENCES "public"."policy_notices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_features_v_rels" ADD CONSTRAINT "_features_v_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_features_v_rels" ADD CONSTRAINT "_features_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policy_notices_relations" ADD CONSTRAINT "policy_notices_relations_notice_id_policy_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."policy_notices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policy_notices_relations" ADD CONSTRAINT "policy_notices_relations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."policy_notices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policy_notices" ADD CONSTRAINT "policy_notices_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policy_notices" ADD CONSTRAINT "policy_notices_outlet_id_outlets_id_fk" FOREIGN KEY ("outlet_id") REFERENCES "public"."outlets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policy_notices" ADD CONSTRAINT "policy_notices_share_image_id_media_id_fk" FOREIGN KEY ("share_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policy_notices" ADD CONSTRAINT "policy_notices_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policy_notices" ADD CONSTRAINT "policy_notices_published_by_id_users_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policy_notices_locales" ADD CONSTRAINT "policy_notices_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."policy_notices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policy_notices_rels" ADD CONSTRAINT "policy_notices_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."policy_notices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policy_notices_rels" ADD CONSTRAINT "policy_notices_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policy_notices_rels" ADD CONSTRAINT "policy_notices_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policy_notices_rels" ADD CONSTRAINT "policy_notices_rels_features_fk" FOREIGN KEY ("features_id") REFERENCES "public"."features"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policy_notices_rels" ADD CONSTRAINT "policy_notices_rels_policy_notices_fk" FOREIGN KEY ("policy_notices_id") REFERENCES "public"."policy_notices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policy_notices_rels" ADD CONSTRAINT "policy_notices_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policy_notices_rels" ADD CONSTRAINT "policy_notices_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policy_notices_v_version_relations" ADD CONSTRAINT "_policy_notices_v_version_relations_notice_id_policy_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."policy_notices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policy_notices_v_version_relations" ADD CONSTRAINT "_policy_notices_v_version_relations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_policy_notices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policy_notices_v" ADD CONSTRAINT "_policy_notices_v_parent_id_policy_notices_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."policy_notices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policy_notices_v" ADD CONSTRAINT "_policy_notices_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policy_notices_v" ADD CONSTRAINT "_policy_notices_v_version_outlet_id_outlets_id_fk" FOREIGN KEY ("version_outlet_id") REFERENCES "public"."outlets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policy_notices_v" ADD CONSTRAINT "_policy_notices_v_version_share_image_id_media_id_fk" FOREIGN KEY ("version_share_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policy_notices_v" ADD CONSTRAINT "_policy_notices_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policy_notices_v" ADD CONSTRAINT "_policy_notices_v_version_published_by_id_users_id_fk" FOREIGN KEY ("version_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policy_notices_v_locales" ADD CONSTRAINT "_policy_notices_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_policy_notices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policy_notices_v_rels" ADD CONSTRAINT "_policy_notices_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_policy_notices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policy_notices_v_rels" ADD CONSTRAINT "_policy_notices_v_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policy_notices_v_rels" ADD CONSTRAINT "_policy_notices_v_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policy_notices_v_rels" ADD CONSTRAINT "_policy_notices_v_rels_features_fk" FOREIGN KEY ("features_id") REFERENCES "public"."features"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policy_notices_v_rels" ADD CONSTRAINT "_policy_notices_v_rels_policy_notices_fk" FOREIGN KEY ("policy_notices_id") REFERENCES "public"."policy_notices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policy_notices_v_rels" ADD CONSTRAINT "_policy_notices_v_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policy_notices_v_rels" ADD CONSTRAINT "_policy_notices_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_corrections" ADD CONSTRAINT "events_corrections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_corrections_locales" ADD CONSTRAINT "events_corrections_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events_corrections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_outlet_id_outlets_id_fk" FOREIGN KEY ("outlet_id") REFERENCES "public"."outlets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_share_image_id_media_id_fk" FOREIGN KEY ("share_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_published_by_id_users_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events_locales" ADD CONSTRAINT "events_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_features_fk" FOREIGN KEY ("features_id") REFERENCES "public"."features"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_policy_notices_fk" FOREIGN KEY ("policy_notices_id") REFERENCES "public"."policy_notices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_corrections" ADD CONSTRAINT "_events_v_version_corrections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_corrections_locales" ADD CONSTRAINT "_events_v_version_corrections_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v_version_corrections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_parent_id_events_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_outlet_id_outlets_id_fk" FOREIGN KEY ("version_outlet_id") REFERENCES "public"."outlets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_share_image_id_media_id_fk" FOREIGN KEY ("version_share_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_published_by_id_users_id_fk" FOREIGN KEY ("version_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v_locales" ADD CONSTRAINT "_events_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_features_fk" FOREIGN KEY ("features_id") REFERENCES "public"."features"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_policy_notices_fk" FOREIGN KEY ("policy_notices_id") REFERENCES "public"."policy_notices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents_locales" ADD CONSTRAINT "documents_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_locales" ADD CONSTRAINT "topics_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "outlets_locales" ADD CONSTRAINT "outlets_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."outlets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_outlet_id_outlets_id_fk" FOREIGN KEY ("outlet_id") REFERENCES "public"."outlets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workflow_events" ADD CONSTRAINT "workflow_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workflow_events" ADD CONSTRAINT "workflow_events_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workflow_events" ADD CONSTRAINT "workflow_events_outlet_id_outlets_id_fk" FOREIGN KEY ("outlet_id") REFERENCES "public"."outlets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workflow_events_rels" ADD CONSTRAINT "workflow_events_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."workflow_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workflow_events_rels" ADD CONSTRAINT "workflow_events_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workflow_events_rels" ADD CONSTRAINT "workflow_events_rels_features_fk" FOREIGN KEY ("features_id") REFERENCES "public"."features"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workflow_events_rels" ADD CONSTRAINT "workflow_events_rels_policy_notices_fk" FOREIGN KEY ("policy_notices_id") REFERENCES "public"."policy_notices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workflow_events_rels" ADD CONSTRAINT "workflow_events_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "questions" ADD CONSTRAINT "questions_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "questions_rels" ADD CONSTRAINT "questions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "questions_rels" ADD CONSTRAINT "questions_rels_policy_notices_fk" FOREIGN KEY ("policy_notices_id") REFERENCES "public"."policy_notices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "consultation_comments" ADD CONSTRAINT "consultation_comments_notice_id_policy_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."policy_notices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_features_fk" FOREIGN KEY ("features_id") REFERENCES "public"."features"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_policy_notices_fk" FOREIGN KEY ("policy_notices_id") REFERENCES "public"."policy_notices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_outlets_fk" FOREIGN KEY ("outlets_id") REFERENCES "public"."outlets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_workflow_events_fk" FOREIGN KEY ("workflow_events_id") REFERENCES "public"."workflow_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_page_views_fk" FOREIGN KEY ("page_views_id") REFERENCES "public"."page_views"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_questions_fk" FOREIGN KEY ("questions_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_consultation_comments_fk" FOREIGN KEY ("consultation_comments_id") REFERENCES "public"."consultation_comments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programme_tasks" ADD CONSTRAINT "programme_tasks_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programme_tasks_locales" ADD CONSTRAINT "programme_tasks_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."programme_tasks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programme_targets" ADD CONSTRAINT "programme_targets_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programme_targets_locales" ADD CONSTRAINT "programme_targets_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."programme_targets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programme_partners" ADD CONSTRAINT "programme_partners_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programme_partners_locales" ADD CONSTRAINT "programme_partners_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."programme_partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programme_locales" ADD CONSTRAINT "programme_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "portal_links_links" ADD CONSTRAINT "portal_links_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."portal_links"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "portal_links_links_locales" ADD CONSTRAINT "portal_links_links_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."portal_links_links"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "public_information_items" ADD CONSTRAINT "public_information_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."public_information"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "public_information_items_locales" ADD CONSTRAINT "public_information_items_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."public_information_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "public_information_locales" ADD CONSTRAINT "public_information_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."public_information"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "startup_procedures_procedures" ADD CONSTRAINT "startup_procedures_procedures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."startup_procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "startup_procedures_procedures_locales" ADD CONSTRAINT "startup_procedures_procedures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."startup_procedures_procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "startup_procedures_locales" ADD CONSTRAINT "startup_procedures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."startup_procedures"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_corrections_order_idx" ON "articles_corrections" USING btree ("_order");
  CREATE INDEX "articles_corrections_parent_id_idx" ON "articles_corrections" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "articles_corrections_locales_locale_parent_id_unique" ON "articles_corrections_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "articles_cover_idx" ON "articles" USING btree ("cover_id");
  CREATE UNIQUE INDEX "articles_slug_idx" ON "articles" USING btree ("slug");
  CREATE INDEX "articles_published_at_idx" ON "articles" USING btree ("published_at");
  CREATE INDEX "articles_outlet_idx" ON "articles" USING btree ("outlet_id");
  CREATE INDEX "articles_share_image_idx" ON "articles" USING btree ("share_image_id");
  CREATE INDEX "articles_workflow_status_idx" ON "articles" USING btree ("workflow_status");
  CREATE INDEX "articles_created_by_idx" ON "articles" USING btree ("created_by_id");
  CREATE INDEX "articles_published_by_idx" ON "articles" USING btree ("published_by_id");
  CREATE INDEX "articles_updated_at_idx" ON "articles" USING btree ("updated_at");
  CREATE INDEX "articles_created_at_idx" ON "articles" USING btree ("created_at");
  CREATE INDEX "articles__status_idx" ON "articles" USING btree ("_status");
  CREATE INDEX "_status_publishedAt_idx" ON "articles" USING btree ("_status","published_at");
  CREATE UNIQUE INDEX "articles_locales_locale_parent_id_unique" ON "articles_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "articles_rels_order_idx" ON "articles_rels" USING btree ("order");
  CREATE INDEX "articles_rels_parent_idx" ON "articles_rels" USING btree ("parent_id");
  CREATE INDEX "articles_rels_path_idx" ON "articles_rels" USING btree ("path");
  CREATE INDEX "articles_rels_articles_id_idx" ON "articles_rels" USING btree ("articles_id");
  CREATE INDEX "articles_rels_features_id_idx" ON "articles_rels" USING btree ("features_id");
  CREATE INDEX "articles_rels_policy_notices_id_idx" ON "articles_rels" USING btree ("policy_notices_id");
  CREATE INDEX "articles_rels_events_id_idx" ON "articles_rels" USING btree ("events_id");
  CREATE INDEX "articles_rels_users_id_idx" ON "articles_rels" USING btree ("users_id");
  CREATE INDEX "articles_rels_topics_id_idx" ON "articles_rels" USING btree ("topics_id");
  CREATE INDEX "_articles_v_version_corrections_order_idx" ON "_articles_v_version_corrections" USING btree ("_order");
  CREATE INDEX "_articles_v_version_corrections_parent_id_idx" ON "_articles_v_version_corrections" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_articles_v_version_corrections_locales_locale_parent_id_uni" ON "_articles_v_version_corrections_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_articles_v_parent_idx" ON "_articles_v" USING btree ("parent_id");
  CREATE INDEX "_articles_v_version_version_cover_idx" ON "_articles_v" USING btree ("version_cover_id");
  CREATE INDEX "_articles_v_version_version_slug_idx" ON "_articles_v" USING btree ("version_slug");
  CREATE INDEX "_articles_v_version_version_published_at_idx" ON "_articles_v" USING btree ("version_published_at");
  CREATE INDEX "_articles_v_version_version_outlet_idx" ON "_articles_v" USING btree ("version_outlet_id");
  CREATE INDEX "_articles_v_version_version_share_image_idx" ON "_articles_v" USING btree ("version_share_image_id");
  CREATE INDEX "_articles_v_version_version_workflow_status_idx" ON "_articles_v" USING btree ("version_workflow_status");
  CREATE INDEX "_articles_v_version_version_created_by_idx" ON "_articles_v" USING btree ("version_created_by_id");
  CREATE INDEX "_articles_v_version_version_published_by_idx" ON "_articles_v" USING btree ("version_published_by_id");
  CREATE INDEX "_articles_v_version_version_updated_at_idx" ON "_articles_v" USING btree ("version_updated_at");
  CREATE INDEX "_articles_v_version_version_created_at_idx" ON "_articles_v" USING btree ("version_created_at");
  CREATE INDEX "_articles_v_version_version__status_idx" ON "_articles_v" USING btree ("version__status");
  CREATE INDEX "_articles_v_created_at_idx" ON "_articles_v" USING btree ("created_at");
  CREATE INDEX "_articles_v_updated_at_idx" ON "_articles_v" USING btree ("updated_at");
  CREATE INDEX "_articles_v_snapshot_idx" ON "_articles_v" USING btree ("snapshot");
  CREATE INDEX "_articles_v_published_locale_idx" ON "_articles_v" USING btree ("published_locale");
  CREATE INDEX "_articles_v_latest_idx" ON "_articles_v" USING btree ("latest");
  CREATE INDEX "_articles_v_autosave_idx" ON "_articles_v" USING btree ("autosave");
  CREATE INDEX "version__status_version_publishedAt_idx" ON "_articles_v" USING btree ("version__status","version_published_at");
  CREATE UNIQUE INDEX "_articles_v_locales_locale_parent_id_unique" ON "_articles_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_articles_v_rels_order_idx" ON "_articles_v_rels" USING btree ("order");
  CREATE INDEX "_articles_v_rels_parent_idx" ON "_articles_v_rels" USING btree ("parent_id");
  CREATE INDEX "_articles_v_rels_path_idx" ON "_articles_v_rels" USING btree ("path");
  CREATE INDEX "_articles_v_rels_articles_id_idx" ON "_articles_v_rels" USING btree ("articles_id");
  CREATE INDEX "_articles_v_rels_features_id_idx" ON "_articles_v_rels" USING btree ("features_id");
  CREATE INDEX "_articles_v_rels_policy_notices_id_idx" ON "_articles_v_rels" USING btree ("policy_notices_id");
  CREATE INDEX "_articles_v_rels_events_id_idx" ON "_articles_v_rels" USING btree ("events_id");
  CREATE INDEX "_articles_v_rels_users_id_idx" ON "_articles_v_rels" USING btree ("users_id");
  CREATE INDEX "_articles_v_rels_topics_id_idx" ON "_articles_v_rels" USING btree ("topics_id");
  CREATE INDEX "features_corrections_order_idx" ON "features_corrections" USING btree ("_order");
  CREATE INDEX "features_corrections_parent_id_idx" ON "features_corrections" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "features_corrections_locales_locale_parent_id_unique" ON "features_corrections_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "features_format_idx" ON "features" USING btree ("format");
  CREATE INDEX "features_video_file_idx" ON "features" USING btree ("video_file_id");
  CREATE INDEX "features_cover_idx" ON "features" USING btree ("cover_id");
  CREATE UNIQUE INDEX "features_slug_idx" ON "features" USING btree ("slug");
  CREATE INDEX "features_published_at_idx" ON "features" USING btree ("published_at");
  CREATE INDEX "features_outlet_idx" ON "features" USING btree ("outlet_id");
  CREATE INDEX "features_share_image_idx" ON "features" USING btree ("share_image_id");
  CREATE INDEX "features_workflow_status_idx" ON "features" USING btree ("workflow_status");
  CREATE INDEX "features_created_by_idx" ON "features" USING btree ("created_by_id");
  CREATE INDEX "features_published_by_idx" ON "features" USING btree ("published_by_id");
  CREATE INDEX "features_updated_at_idx" ON "features" USING btree ("updated_at");
  CREATE INDEX "features_created_at_idx" ON "features" USING btree ("created_at");
  CREATE INDEX "features__status_idx" ON "features" USING btree ("_status");
  CREATE INDEX "_status_publishedAt_1_idx" ON "features" USING btree ("_status","published_at");
  CREATE UNIQUE INDEX "features_locales_locale_parent_id_unique" ON "features_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "features_rels_order_idx" ON "features_rels" USING btree ("order");
  CREATE INDEX "features_rels_parent_idx" ON "features_rels" USING btree ("parent_id");
  CREATE INDEX "features_rels_path_idx" ON "features_rels" USING btree ("path");
  CREATE INDEX "features_rels_articles_id_idx" ON "features_rels" USING btree ("articles_id");
  CREATE INDEX "features_rels_features_id_idx" ON "features_rels" USING btree ("features_id");
  CREATE INDEX "features_rels_policy_notices_id_idx" ON "features_rels" USING btree ("policy_notices_id");
  CREATE INDEX "features_rels_events_id_idx" ON "features_rels" USING btree ("events_id");
  CREATE INDEX "features_rels_topics_id_idx" ON "features_rels" USING btree ("topics_id");
  CREATE INDEX "_features_v_version_corrections_order_idx" ON "_features_v_version_corrections" USING btree ("_order");
  CREATE INDEX "_features_v_version_corrections_parent_id_idx" ON "_features_v_version_corrections" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_features_v_version_corrections_locales_locale_parent_id_uni" ON "_features_v_version_corrections_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_features_v_parent_idx" ON "_features_v" USING btree ("parent_id");
  CREATE INDEX "_features_v_version_version_format_idx" ON "_features_v" USING btree ("version_format");
  CREATE INDEX "_features_v_version_version_video_file_idx" ON "_features_v" USING btree ("version_video_file_id");
  CREATE INDEX "_features_v_version_version_cover_idx" ON "_features_v" USING btree ("version_cover_id");
  CREATE INDEX "_features_v_version_version_slug_idx" ON "_features_v" USING btree ("version_slug");
  CREATE INDEX "_features_v_version_version_published_at_idx" ON "_features_v" USING btree ("version_published_at");
  CREATE INDEX "_features_v_version_version_outlet_idx" ON "_features_v" USING btree ("version_outlet_id");
  CREATE INDEX "_features_v_version_version_share_image_idx" ON "_features_v" USING btree ("version_share_image_id");
  CREATE INDEX "_features_v_version_version_workflow_status_idx" ON "_features_v" USING btree ("version_workflow_status");
  CREATE INDEX "_features_v_version_version_created_by_idx" ON "_features_v" USING btree ("version_created_by_id");
  CREATE INDEX "_features_v_version_version_published_by_idx" ON "_features_v" USING btree ("version_published_by_id");
  CREATE INDEX "_features_v_version_version_updated_at_idx" ON "_features_v" USING btree ("version_updated_at");
  CREATE INDEX "_features_v_version_version_created_at_idx" ON "_features_v" USING btree ("version_created_at");
  CREATE INDEX "_features_v_version_version__status_idx" ON "_features_v" USING btree ("version__status");
  CREATE INDEX "_features_v_created_at_idx" ON "_features_v" USING btree ("created_at");
  CREATE INDEX "_features_v_updated_at_idx" ON "_features_v" USING btree ("updated_at");
  CREATE INDEX "_features_v_snapshot_idx" ON "_features_v" USING btree ("snapshot");
  CREATE INDEX "_features_v_published_locale_idx" ON "_features_v" USING btree ("published_locale");
  CREATE INDEX "_features_v_latest_idx" ON "_features_v" USING btree ("latest");
  CREATE INDEX "_features_v_autosave_idx" ON "_features_v" USING btree ("autosave");
  CREATE INDEX "version__status_version_publishedAt_1_idx" ON "_features_v" USING btree ("version__status","version_published_at");
  CREATE UNIQUE INDEX "_features_v_locales_locale_parent_id_unique" ON "_features_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_features_v_rels_order_idx" ON "_features_v_rels" USING btree ("order");
  CREATE INDEX "_features_v_rels_parent_idx" ON "_features_v_rels" USING btree ("parent_id");
  CREATE INDEX "_features_v_rels_path_idx" ON "_features_v_rels" USING btree ("path");
  CREATE INDEX "_features_v_rels_articles_id_idx" ON "_features_v_rels" USING btree ("articles_id");
  CREATE INDEX "_features_v_rels_features_id_idx" ON "_features_v_rels" USING btree ("features_id");
  CREATE INDEX "_features_v_rels_policy_notices_id_idx" ON "_features_v_rels" USING btree ("policy_notices_id");
  CREATE INDEX "_features_v_rels_events_id_idx" ON "_features_v_rels" USING btree ("events_id");
  CREATE INDEX "_features_v_rels_topics_id_idx" ON "_features_v_rels" USING btree ("topics_id");
  CREATE INDEX "policy_notices_relations_order_idx" ON "policy_notices_relations" USING btree ("_order");
  CREATE INDEX "policy_notices_relations_parent_id_idx" ON "policy_notices_relations" USING btree ("_parent_id");
  CREATE INDEX "policy_notices_relations_notice_idx" ON "policy_notices_relations" USING btree ("notice_id");
  CREATE INDEX "policy_notices_document_number_idx" ON "policy_notices" USING btree ("document_number");
  CREATE INDEX "policy_notices_document_type_idx" ON "policy_notices" USING btree ("document_type");
  CREATE INDEX "policy_notices_issuing_body_idx" ON "policy_notices" USING btree ("issuing_body");
  CREATE INDEX "policy_notices_field_idx" ON "policy_notices" USING btree ("field");
  CREATE INDEX "policy_notices_document_key_idx" ON "policy_notices" USING btree ("document_key");
  CREATE INDEX "policy_notices_issue_date_idx" ON "policy_notices" USING btree ("issue_date");
  CREATE INDEX "policy_notices_cover_idx" ON "policy_notices" USING btree ("cover_id");
  CREATE UNIQUE INDEX "policy_notices_slug_idx" ON "policy_notices" USING btree ("slug");
  CREATE INDEX "policy_notices_legal_status_idx" ON "policy_notices" USING btree ("legal_status");
  CREATE INDEX "policy_notices_published_at_idx" ON "policy_notices" USING btree ("published_at");
  CREATE INDEX "policy_notices_outlet_idx" ON "policy_notices" USING btree ("outlet_id");
  CREATE INDEX "policy_notices_share_image_idx" ON "policy_notices" USING btree ("share_image_id");
  CREATE INDEX "policy_notices_workflow_status_idx" ON "policy_notices" USING btree ("workflow_status");
  CREATE INDEX "policy_notices_created_by_idx" ON "policy_notices" USING btree ("created_by_id");
  CREATE INDEX "policy_notices_published_by_idx" ON "policy_notices" USING btree ("published_by_id");
  CREATE INDEX "policy_notices_updated_at_idx" ON "policy_notices" USING btree ("updated_at");
  CREATE INDEX "policy_notices_created_at_idx" ON "policy_notices" USING btree ("created_at");
  CREATE INDEX "policy_notices__status_idx" ON "policy_notices" USING btree ("_status");
  CREATE UNIQUE INDEX "policy_notices_locales_locale_parent_id_unique" ON "policy_notices_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "policy_notices_rels_order_idx" ON "policy_notices_rels" USING btree ("order");
  CREATE INDEX "policy_notices_rels_parent_idx" ON "policy_notices_rels" USING btree ("parent_id");
  CREATE INDEX "policy_notices_rels_path_idx" ON "policy_notices_rels" USING btree ("path");
  CREATE INDEX "policy_notices_rels_documents_id_idx" ON "policy_notices_rels" USING btree ("documents_id");
  CREATE INDEX "policy_notices_rels_articles_id_idx" ON "policy_notices_rels" USING btree ("articles_id");
  CREATE INDEX "policy_notices_rels_features_id_idx" ON "policy_notices_rels" USING btree ("features_id");
  CREATE INDEX "policy_notices_rels_policy_notices_id_idx" ON "policy_notices_rels" USING btree ("policy_notices_id");
  CREATE INDEX "policy_notices_rels_events_id_idx" ON "policy_notices_rels" USING btree ("events_id");
  CREATE INDEX "policy_notices_rels_topics_id_idx" ON "policy_notices_rels" USING btree ("topics_id");
  CREATE INDEX "_policy_notices_v_version_relations_order_idx" ON "_policy_notices_v_version_relations" USING btree ("_order");
  CREATE INDEX "_policy_notices_v_version_relations_parent_id_idx" ON "_policy_notices_v_version_relations" USING btree ("_parent_id");
  CREATE INDEX "_policy_notices_v_version_relations_notice_idx" ON "_policy_notices_v_version_relations" USING btree ("notice_id");
  CREATE INDEX "_policy_notices_v_parent_idx" ON "_policy_notices_v" USING btree ("parent_id");
  CREATE INDEX "_policy_notices_v_version_version_document_number_idx" ON "_policy_notices_v" USING btree ("version_document_number");
  CREATE INDEX "_policy_notices_v_version_version_document_type_idx" ON "_policy_notices_v" USING btree ("version_document_type");
  CREATE INDEX "_policy_notices_v_version_version_issuing_body_idx" ON "_policy_notices_v" USING btree ("version_issuing_body");
  CREATE INDEX "_policy_notices_v_version_version_field_idx" ON "_policy_notices_v" USING btree ("version_field");
  CREATE INDEX "_policy_notices_v_version_version_document_key_idx" ON "_policy_notices_v" USING btree ("version_document_key");
  CREATE INDEX "_policy_notices_v_version_version_issue_date_idx" ON "_policy_notices_v" USING btree ("version_issue_date");
  CREATE INDEX "_policy_notices_v_version_version_cover_idx" ON "_policy_notices_v" USING btree ("version_cover_id");
  CREATE INDEX "_policy_notices_v_version_version_slug_idx" ON "_policy_notices_v" USING btree ("version_slug");
  CREATE INDEX "_policy_notices_v_version_version_legal_status_idx" ON "_policy_notices_v" USING btree ("version_legal_status");
  CREATE INDEX "_policy_notices_v_version_version_published_at_idx" ON "_policy_notices_v" USING btree ("version_published_at");
  CREATE INDEX "_policy_notices_v_version_version_outlet_idx" ON "_policy_notices_v" USING btree ("version_outlet_id");
  CREATE INDEX "_policy_notices_v_version_version_share_image_idx" ON "_policy_notices_v" USING btree ("version_share_image_id");
  CREATE INDEX "_policy_notices_v_version_version_workflow_status_idx" ON "_policy_notices_v" USING btree ("version_workflow_status");
  CREATE INDEX "_policy_notices_v_version_version_created_by_idx" ON "_policy_notices_v" USING btree ("version_created_by_id");
  CREATE INDEX "_policy_notices_v_version_version_published_by_idx" ON "_policy_notices_v" USING btree ("version_published_by_id");
  CREATE INDEX "_policy_notices_v_version_version_updated_at_idx" ON "_policy_notices_v" USING btree ("version_updated_at");
  CREATE INDEX "_policy_notices_v_version_version_created_at_idx" ON "_policy_notices_v" USING btree ("version_created_at");
  CREATE INDEX "_policy_notices_v_version_version__status_idx" ON "_policy_notices_v" USING btree ("version__status");
  CREATE INDEX "_policy_notices_v_created_at_idx" ON "_policy_notices_v" USING btree ("created_at");
  CREATE INDEX "_policy_notices_v_updated_at_idx" ON "_policy_notices_v" USING btree ("updated_at");
  CREATE INDEX "_policy_notices_v_snapshot_idx" ON "_policy_notices_v" USING btree ("snapshot");
  CREATE INDEX "_policy_notices_v_published_locale_idx" ON "_policy_notices_v" USING btree ("published_locale");
  CREATE INDEX "_policy_notices_v_latest_idx" ON "_policy_notices_v" USING btree ("latest");
  CREATE INDEX "_policy_notices_v_autosave_idx" ON "_policy_notices_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_policy_notices_v_locales_locale_parent_id_unique" ON "_policy_notices_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_policy_notices_v_rels_order_idx" ON "_policy_notices_v_rels" USING btree ("order");
  CREATE INDEX "_policy_notices_v_rels_parent_idx" ON "_policy_notices_v_rels" USING btree ("parent_id");
  CREATE INDEX "_policy_notices_v_rels_path_idx" ON "_policy_notices_v_rels" USING btree ("path");
  CREATE INDEX "_policy_notices_v_rels_documents_id_idx" ON "_policy_notices_v_rels" USING btree ("documents_id");
  CREATE INDEX "_policy_notices_v_rels_articles_id_idx" ON "_policy_notices_v_rels" USING btree ("articles_id");
  CREATE INDEX "_policy_notices_v_rels_features_id_idx" ON "_policy_notices_v_rels" USING btree ("features_id");
  CREATE INDEX "_policy_notices_v_rels_policy_notices_id_idx" ON "_policy_notices_v_rels" USING btree ("policy_notices_id");
  CREATE INDEX "_policy_notices_v_rels_events_id_idx" ON "_policy_notices_v_rels" USING btree ("events_id");
  CREATE INDEX "_policy_notices_v_rels_topics_id_idx" ON "_policy_notices_v_rels" USING btree ("topics_id");
  CREATE INDEX "events_corrections_order_idx" ON "events_corrections" USING btree ("_order");
  CREATE INDEX "events_corrections_parent_id_idx" ON "events_corrections" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "events_corrections_locales_locale_parent_id_unique" ON "events_corrections_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "events_starts_at_idx" ON "events" USING btree ("starts_at");
  CREATE INDEX "events_cover_idx" ON "events" USING btree ("cover_id");
  CREATE UNIQUE INDEX "events_slug_idx" ON "events" USING btree ("slug");
  CREATE INDEX "events_event_status_idx" ON "events" USING btree ("event_status");
  CREATE INDEX "events_published_at_idx" ON "events" USING btree ("published_at");
  CREATE INDEX "events_outlet_idx" ON "events" USING btree ("outlet_id");
  CREATE INDEX "events_share_image_idx" ON "events" USING btree ("share_image_id");
  CREATE INDEX "events_workflow_status_idx" ON "events" USING btree ("workflow_status");
  CREATE INDEX "events_created_by_idx" ON "events" USING btree ("created_by_id");
  CREATE INDEX "events_published_by_idx" ON "events" USING btree ("published_by_id");
  CREATE INDEX "events_updated_at_idx" ON "events" USING btree ("updated_at");
  CREATE INDEX "events_created_at_idx" ON "events" USING btree ("created_at");
  CREATE INDEX "events__status_idx" ON "events" USING btree ("_status");
  CREATE INDEX "_status_startsAt_idx" ON "events" USING btree ("_status","starts_at");
  CREATE UNIQUE INDEX "events_locales_locale_parent_id_unique" ON "events_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "events_rels_order_idx" ON "events_rels" USING btree ("order");
  CREATE INDEX "events_rels_parent_idx" ON "events_rels" USING btree ("parent_id");
  CREATE INDEX "events_rels_path_idx" ON "events_rels" USING btree ("path");
  CREATE INDEX "events_rels_articles_id_idx" ON "events_rels" USING btree ("articles_id");
  CREATE INDEX "events_rels_features_id_idx" ON "events_rels" USING btree ("features_id");
  CREATE INDEX "events_rels_policy_notices_id_idx" ON "events_rels" USING btree ("policy_notices_id");
  CREATE INDEX "events_rels_events_id_idx" ON "events_rels" USING btree ("events_id");
  CREATE INDEX "events_rels_topics_id_idx" ON "events_rels" USING btree ("topics_id");
  CREATE INDEX "_events_v_version_corrections_order_idx" ON "_events_v_version_corrections" USING btree ("_order");
  CREATE INDEX "_events_v_version_corrections_parent_id_idx" ON "_events_v_version_corrections" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_events_v_version_corrections_locales_locale_parent_id_uniqu" ON "_events_v_version_corrections_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_events_v_parent_idx" ON "_events_v" USING btree ("parent_id");
  CREATE INDEX "_events_v_version_version_starts_at_idx" ON "_events_v" USING btree ("version_starts_at");
  CREATE INDEX "_events_v_version_version_cover_idx" ON "_events_v" USING btree ("version_cover_id");
  CREATE INDEX "_events_v_version_version_slug_idx" ON "_events_v" USING btree ("version_slug");
  CREATE INDEX "_events_v_version_version_event_status_idx" ON "_events_v" USING btree ("version_event_status");
  CREATE INDEX "_events_v_version_version_published_at_idx" ON "_events_v" USING btree ("version_published_at");
  CREATE INDEX "_events_v_version_version_outlet_idx" ON "_events_v" USING btree ("version_outlet_id");
  CREATE INDEX "_events_v_version_version_share_image_idx" ON "_events_v" USING btree ("version_share_image_id");
  CREATE INDEX "_events_v_version_version_workflow_status_idx" ON "_events_v" USING btree ("version_workflow_status");
  CREATE INDEX "_events_v_version_version_created_by_idx" ON "_events_v" USING btree ("version_created_by_id");
  CREATE INDEX "_events_v_version_version_published_by_idx" ON "_events_v" USING btree ("version_published_by_id");
  CREATE INDEX "_events_v_version_version_updated_at_idx" ON "_events_v" USING btree ("version_updated_at");
  CREATE INDEX "_events_v_version_version_created_at_idx" ON "_events_v" USING btree ("version_created_at");
  CREATE INDEX "_events_v_version_version__status_idx" ON "_events_v" USING btree ("version__status");
  CREATE INDEX "_events_v_created_at_idx" ON "_events_v" USING btree ("created_at");
  CREATE INDEX "_events_v_updated_at_idx" ON "_events_v" USING btree ("updated_at");
  CREATE INDEX "_events_v_snapshot_idx" ON "_events_v" USING btree ("snapshot");
  CREATE INDEX "_events_v_published_locale_idx" ON "_events_v" USING btree ("published_locale");
  CREATE INDEX "_events_v_latest_idx" ON "_events_v" USING btree ("latest");
  CREATE INDEX "_events_v_autosave_idx" ON "_events_v" USING btree ("autosave");
  CREATE INDEX "version__status_version_startsAt_idx" ON "_events_v" USING btree ("version__status","version_starts_at");
  CREATE UNIQUE INDEX "_events_v_locales_locale_parent_id_unique" ON "_events_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_events_v_rels_order_idx" ON "_events_v_rels" USING btree ("order");
  CREATE INDEX "_events_v_rels_parent_idx" ON "_events_v_rels" USING btree ("parent_id");
  CREATE INDEX "_events_v_rels_path_idx" ON "_events_v_rels" USING btree ("path");
  CREATE INDEX "_events_v_rels_articles_id_idx" ON "_events_v_rels" USING btree ("articles_id");
  CREATE INDEX "_events_v_rels_features_id_idx" ON "_events_v_rels" USING btree ("features_id");
  CREATE INDEX "_events_v_rels_policy_notices_id_idx" ON "_events_v_rels" USING btree ("policy_notices_id");
  CREATE INDEX "_events_v_rels_events_id_idx" ON "_events_v_rels" USING btree ("events_id");
  CREATE INDEX "_events_v_rels_topics_id_idx" ON "_events_v_rels" USING btree ("topics_id");
  CREATE INDEX "media_created_by_idx" ON "media" USING btree ("created_by_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_hero_sizes_hero_filename_idx" ON "media" USING btree ("sizes_hero_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "documents_created_by_idx" ON "documents" USING btree ("created_by_id");
  CREATE INDEX "documents_updated_at_idx" ON "documents" USING btree ("updated_at");
  CREATE INDEX "documents_created_at_idx" ON "documents" USING btree ("created_at");
  CREATE UNIQUE INDEX "documents_filename_idx" ON "documents" USING btree ("filename");
  CREATE UNIQUE INDEX "documents_locales_locale_parent_id_unique" ON "documents_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "topics_slug_idx" ON "topics" USING btree ("slug");
  CREATE INDEX "topics_updated_at_idx" ON "topics" USING btree ("updated_at");
  CREATE INDEX "topics_created_at_idx" ON "topics" USING btree ("created_at");
  CREATE UNIQUE INDEX "topics_locales_locale_parent_id_unique" ON "topics_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "outlets_slug_idx" ON "outlets" USING btree ("slug");
  CREATE INDEX "outlets_updated_at_idx" ON "outlets" USING btree ("updated_at");
  CREATE INDEX "outlets_created_at_idx" ON "outlets" USING btree ("created_at");
  CREATE UNIQUE INDEX "outlets_locales_locale_parent_id_unique" ON "outlets_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_outlet_idx" ON "users" USING btree ("outlet_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "workflow_events_action_idx" ON "workflow_events" USING btree ("action");
  CREATE INDEX "workflow_events_actor_idx" ON "workflow_events" USING btree ("actor_id");
  CREATE INDEX "workflow_events_author_idx" ON "workflow_events" USING btree ("author_id");
  CREATE INDEX "workflow_events_outlet_idx" ON "workflow_events" USING btree ("outlet_id");
  CREATE INDEX "workflow_events_updated_at_idx" ON "workflow_events" USING btree ("updated_at");
  CREATE INDEX "workflow_events_created_at_idx" ON "workflow_events" USING btree ("created_at");
  CREATE INDEX "workflow_events_rels_order_idx" ON "workflow_events_rels" USING btree ("order");
  CREATE INDEX "workflow_events_rels_parent_idx" ON "workflow_events_rels" USING btree ("parent_id");
  CREATE INDEX "workflow_events_rels_path_idx" ON "workflow_events_rels" USING btree ("path");
  CREATE INDEX "workflow_events_rels_articles_id_idx" ON "workflow_events_rels" USING btree ("articles_id");
  CREATE INDEX "workflow_events_rels_features_id_idx" ON "workflow_events_rels" USING btree ("features_id");
  CREATE INDEX "workflow_events_rels_policy_notices_id_idx" ON "workflow_events_rels" USING btree ("policy_notices_id");
  CREATE INDEX "workflow_events_rels_events_id_idx" ON "workflow_events_rels" USING btree ("events_id");
  CREATE INDEX "page_views_day_idx" ON "page_views" USING btree ("day");
  CREATE UNIQUE INDEX "path_day_idx" ON "page_views" USING btree ("path","day");
  CREATE INDEX "questions_topic_idx" ON "questions" USING btree ("topic_id");
  CREATE INDEX "questions_email_idx" ON "questions" USING btree ("email");
  CREATE INDEX "questions_status_idx" ON "questions" USING btree ("status");
  CREATE INDEX "questions_received_at_idx" ON "questions" USING btree ("received_at");
  CREATE INDEX "questions_published_at_idx" ON "questions" USING btree ("published_at");
  CREATE INDEX "questions_updated_at_idx" ON "questions" USING btree ("updated_at");
  CREATE INDEX "questions_created_at_idx" ON "questions" USING btree ("created_at");
  CREATE INDEX "questions_rels_order_idx" ON "questions_rels" USING btree ("order");
  CREATE INDEX "questions_rels_parent_idx" ON "questions_rels" USING btree ("parent_id");
  CREATE INDEX "questions_rels_path_idx" ON "questions_rels" USING btree ("path");
  CREATE INDEX "questions_rels_policy_notices_id_idx" ON "questions_rels" USING btree ("policy_notices_id");
  CREATE INDEX "consultation_comments_notice_idx" ON "consultation_comments" USING btree ("notice_id");
  CREATE INDEX "consultation_comments_email_idx" ON "consultation_comments" USING btree ("email");
  CREATE INDEX "consultation_comments_status_idx" ON "consultation_comments" USING btree ("status");
  CREATE INDEX "consultation_comments_received_at_idx" ON "consultation_comments" USING btree ("received_at");
  CREATE INDEX "consultation_comments_updated_at_idx" ON "consultation_comments" USING btree ("updated_at");
  CREATE INDEX "consultation_comments_created_at_idx" ON "consultation_comments" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_articles_id_idx" ON "payload_locked_documents_rels" USING btree ("articles_id");
  CREATE INDEX "payload_locked_documents_rels_features_id_idx" ON "payload_locked_documents_rels" USING btree ("features_id");
  CREATE INDEX "payload_locked_documents_rels_policy_notices_id_idx" ON "payload_locked_documents_rels" USING btree ("policy_notices_id");
  CREATE INDEX "payload_locked_documents_rels_events_id_idx" ON "payload_locked_documents_rels" USING btree ("events_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("documents_id");
  CREATE INDEX "payload_locked_documents_rels_topics_id_idx" ON "payload_locked_documents_rels" USING btree ("topics_id");
  CREATE INDEX "payload_locked_documents_rels_outlets_id_idx" ON "payload_locked_documents_rels" USING btree ("outlets_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_workflow_events_id_idx" ON "payload_locked_documents_rels" USING btree ("workflow_events_id");
  CREATE INDEX "payload_locked_documents_rels_page_views_id_idx" ON "payload_locked_documents_rels" USING btree ("page_views_id");
  CREATE INDEX "payload_locked_documents_rels_questions_id_idx" ON "payload_locked_documents_rels" USING btree ("questions_id");
  CREATE INDEX "payload_locked_documents_rels_consultation_comments_id_idx" ON "payload_locked_documents_rels" USING btree ("consultation_comments_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "programme_tasks_order_idx" ON "programme_tasks" USING btree ("_order");
  CREATE INDEX "programme_tasks_parent_id_idx" ON "programme_tasks" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "programme_tasks_locales_locale_parent_id_unique" ON "programme_tasks_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "programme_targets_order_idx" ON "programme_targets" USING btree ("_order");
  CREATE INDEX "programme_targets_parent_id_idx" ON "programme_targets" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "programme_targets_locales_locale_parent_id_unique" ON "programme_targets_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "programme_partners_order_idx" ON "programme_partners" USING btree ("_order");
  CREATE INDEX "programme_partners_parent_id_idx" ON "programme_partners" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "programme_partners_locales_locale_parent_id_unique" ON "programme_partners_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "programme_locales_locale_parent_id_unique" ON "programme_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "portal_links_links_order_idx" ON "portal_links_links" USING btree ("_order");
  CREATE INDEX "portal_links_links_parent_id_idx" ON "portal_links_links" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "portal_links_links_locales_locale_parent_id_unique" ON "portal_links_links_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "public_information_items_order_idx" ON "public_information_items" USING btree ("_order");
  CREATE INDEX "public_information_items_parent_id_idx" ON "public_information_items" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "public_information_items_locales_locale_parent_id_unique" ON "public_information_items_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "public_information_locales_locale_parent_id_unique" ON "public_information_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "startup_procedures_procedures_order_idx" ON "startup_procedures_procedures" USING btree ("_order");
  CREATE INDEX "startup_procedures_procedures_parent_id_idx" ON "startup_procedures_procedures" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "startup_procedures_procedures_locales_locale_parent_id_uniqu" ON "startup_procedures_procedures_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "startup_procedures_locales_locale_parent_id_unique" ON "startup_procedures_locales" USING btree ("_locale","_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "articles_corrections" CASCADE;
  DROP TABLE "articles_corrections_locales" CASCADE;
  DROP TABLE "articles" CASCADE;
  DROP TABLE "articles_locales" CASCADE;
  DROP TABLE "articles_rels" CASCADE;
  DROP TABLE "_articles_v_version_corrections" CASCADE;
  DROP TABLE "_articles_v_version_corrections_locales" CASCADE;
  DROP TABLE "_articles_v" CASCADE;
  DROP TABLE "_articles_v_locales" CASCADE;
  DROP TABLE "_articles_v_rels" CASCADE;
  DROP TABLE "features_corrections" CASCADE;
  DROP TABLE "features_corrections_locales" CASCADE;
  DROP TABLE "features" CASCADE;
  DROP TABLE "features_locales" CASCADE;
  DROP TABLE "features_rels" CASCADE;
  DROP TABLE "_features_v_version_corrections" CASCADE;
  DROP TABLE "_features_v_version_corrections_locales" CASCADE;
  DROP TABLE "_features_v" CASCADE;
  DROP TABLE "_features_v_locales" CASCADE;
  DROP TABLE "_features_v_rels" CASCADE;
  DROP TABLE "policy_notices_relations" CASCADE;
  DROP TABLE "policy_notices" CASCADE;
  DROP TABLE "policy_notices_locales" CASCADE;
  DROP TABLE "policy_notices_rels" CASCADE;
  DROP TABLE "_policy_notices_v_version_relations" CASCADE;
  DROP TABLE "_policy_notices_v" CASCADE;
  DROP TABLE "_policy_notices_v_locales" CASCADE;
  DROP TABLE "_policy_notices_v_rels" CASCADE;
  DROP TABLE "events_corrections" CASCADE;
  DROP TABLE "events_corrections_locales" CASCADE;
  DROP TABLE "events" CASCADE;
  DROP TABLE "events_locales" CASCADE;
  DROP TABLE "events_rels" CASCADE;
  DROP TABLE "_events_v_version_corrections" CASCADE;
  DROP TABLE "_events_v_version_corrections_locales" CASCADE;
  DROP TABLE "_events_v" CASCADE;
  DROP TABLE "_events_v_locales" CASCADE;
  DROP TABLE "_events_v_rels" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "documents" CASCADE;
  DROP TABLE "documents_locales" CASCADE;
  DROP TABLE "topics" CASCADE;
  DROP TABLE "topics_locales" CASCADE;
  DROP TABLE "outlets" CASCADE;
  DROP TABLE "outlets_locales" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "workflow_events" CASCADE;
  DROP TABLE "workflow_events_rels" CASCADE;
  DROP TABLE "page_views" CASCADE;
  DROP TABLE "questions" CASCADE;
  DROP TABLE "questions_rels" CASCADE;
  DROP TABLE "consultation_comments" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "programme_tasks" CASCADE;
  DROP TABLE "programme_tasks_locales" CASCADE;
  DROP TABLE "programme_targets" CASCADE;
  DROP TABLE "programme_targets_locales" CASCADE;
  DROP TABLE "programme_partners" CASCADE;
  DROP TABLE "programme_partners_locales" CASCADE;
  DROP TABLE "programme" CASCADE;
  DROP TABLE "programme_locales" CASCADE;
  DROP TABLE "portal_links_links" CASCADE;
  DROP TABLE "portal_links_links_locales" CASCADE;
  DROP TABLE "portal_links" CASCADE;
  DROP TABLE "public_information_items" CASCADE;
  DROP TABLE "public_information_items_locales" CASCADE;
  DROP TABLE "public_information" CASCADE;
  DROP TABLE "public_information_locales" CASCADE;
  DROP TABLE "startup_procedures_procedures" CASCADE;
  DROP TABLE "startup_procedures_procedures_locales" CASCADE;
  DROP TABLE "startup_procedures" CASCADE;
  DROP TABLE "startup_procedures_locales" CASCADE;
  DROP TABLE "site_status" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_articles_workflow_status";
  DROP TYPE "public"."enum_articles_status";
  DROP TYPE "public"."enum__articles_v_version_workflow_status";
  DROP TYPE "public"."enum__articles_v_version_status";
  DROP TYPE "public"."enum__articles_v_published_locale";
  DROP TYPE "public"."enum_features_format";
  DROP TYPE "public"."enum_features_workflow_status";
  DROP TYPE "public"."enum_features_status";
  DROP TYPE "public"."enum__features_v_version_format";
  DROP TYPE "public"."enum__features_v_version_workflow_status";
  DROP TYPE "public"."enum__features_v_version_status";
  DROP TYPE "public"."enum__features_v_published_locale";
  DROP TYPE "public"."enum_policy_notices_relations_relation";
  DROP TYPE "public"."enum_policy_notices_document_type";
  DROP TYPE "public"."enum_policy_notices_field";
  DROP TYPE "public"."enum_policy_notices_signer_authority";
  DROP TYPE "public"."enum_policy_notices_legal_status";
  DROP TYPE "public"."enum_policy_notices_legal_status_override";
  DROP TYPE "public"."enum_policy_notices_workflow_status";
  DROP TYPE "public"."enum_policy_notices_status";
  DROP TYPE "public"."enum__policy_notices_v_version_relations_relation";
  DROP TYPE "public"."enum__policy_notices_v_version_document_type";
  DROP TYPE "public"."enum__policy_notices_v_version_field";
  DROP TYPE "public"."enum__policy_notices_v_version_signer_authority";
  DROP TYPE "public"."enum__policy_notices_v_version_legal_status";
  DROP TYPE "public"."enum__policy_notices_v_version_legal_status_override";
  DROP TYPE "public"."enum__policy_notices_v_version_workflow_status";
  DROP TYPE "public"."enum__policy_notices_v_version_status";
  DROP TYPE "public"."enum__policy_notices_v_published_locale";
  DROP TYPE "public"."enum_events_startsat_tz";
  DROP TYPE "public"."enum_events_endsat_tz";
  DROP TYPE "public"."enum_events_registrationdeadline_tz";
  DROP TYPE "public"."enum_events_event_status";
  DROP TYPE "public"."enum_events_workflow_status";
  DROP TYPE "public"."enum_events_status";
  DROP TYPE "public"."enum__events_v_version_startsat_tz";
  DROP TYPE "public"."enum__events_v_version_endsat_tz";
  DROP TYPE "public"."enum__events_v_version_registrationdeadline_tz";
  DROP TYPE "public"."enum__events_v_version_event_status";
  DROP TYPE "public"."enum__events_v_version_workflow_status";
  DROP TYPE "public"."enum__events_v_version_status";
  DROP TYPE "public"."enum__events_v_published_locale";
  DROP TYPE "public"."enum_outlets_kind";
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_workflow_events_action";
  DROP TYPE "public"."enum_questions_language";
  DROP TYPE "public"."enum_questions_status";
  DROP TYPE "public"."enum_consultation_comments_language";
  DROP TYPE "public"."enum_consultation_comments_status";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  DROP TYPE "public"."enum_public_information_items_point";
  DROP TYPE "public"."enum_public_information_items_frequency";
  DROP TYPE "public"."enum_site_status_state";`)
}
