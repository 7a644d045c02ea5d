import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/*
 * Generated (npm run migrate:create). By hand: the `down` drops the new tables with CASCADE,
 * which already removes the foreign keys other tables had to them, so dropping those keys
 * afterwards says IF EXISTS.
 */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_startups_founders_consent_purposes" AS ENUM('profile', 'founder-name', 'public-contact');
  CREATE TYPE "public"."enum_startups_founders_consent_method" AS ENUM('form', 'email', 'paper');
  CREATE TYPE "public"."enum_startups_support_records_kind" AS ENUM('service', 'direct');
  CREATE TYPE "public"."enum_startups_sector" AS ENUM('logistics', 'manufacturing', 'digital', 'marine', 'agriculture', 'tourism-trade', 'fintech', 'education', 'health', 'environment', 'other');
  CREATE TYPE "public"."enum_startups_stage" AS ENUM('idea', 'prototype', 'fundraising', 'growth');
  CREATE TYPE "public"."enum_startups_district" AS ENUM('hong-bang', 'ngo-quyen', 'le-chan', 'hai-an', 'kien-an', 'do-son', 'duong-kinh', 'an-duong', 'thuy-nguyen', 'an-lao', 'kien-thuy', 'tien-lang', 'vinh-bao', 'cat-hai', 'bach-long-vi', 'former-hai-duong', 'outside');
  CREATE TYPE "public"."enum_startups_workflow_status" AS ENUM('draft', 'submitted', 'returned', 'published');
  CREATE TYPE "public"."enum_startups_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__startups_v_version_founders_consent_purposes" AS ENUM('profile', 'founder-name', 'public-contact');
  CREATE TYPE "public"."enum__startups_v_version_founders_consent_method" AS ENUM('form', 'email', 'paper');
  CREATE TYPE "public"."enum__startups_v_version_support_records_kind" AS ENUM('service', 'direct');
  CREATE TYPE "public"."enum__startups_v_version_sector" AS ENUM('logistics', 'manufacturing', 'digital', 'marine', 'agriculture', 'tourism-trade', 'fintech', 'education', 'health', 'environment', 'other');
  CREATE TYPE "public"."enum__startups_v_version_stage" AS ENUM('idea', 'prototype', 'fundraising', 'growth');
  CREATE TYPE "public"."enum__startups_v_version_district" AS ENUM('hong-bang', 'ngo-quyen', 'le-chan', 'hai-an', 'kien-an', 'do-son', 'duong-kinh', 'an-duong', 'thuy-nguyen', 'an-lao', 'kien-thuy', 'tien-lang', 'vinh-bao', 'cat-hai', 'bach-long-vi', 'former-hai-duong', 'outside');
  CREATE TYPE "public"."enum__startups_v_version_workflow_status" AS ENUM('draft', 'submitted', 'returned', 'published');
  CREATE TYPE "public"."enum__startups_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__startups_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_people_roles" AS ENUM('coach', 'mentor', 'expert', 'investor');
  CREATE TYPE "public"."enum_people_expertise" AS ENUM('logistics', 'manufacturing', 'digital', 'marine', 'agriculture', 'tourism-trade', 'fintech', 'education', 'health', 'environment', 'other');
  CREATE TYPE "public"."enum_people_consent_purposes" AS ENUM('profile', 'founder-name', 'public-contact');
  CREATE TYPE "public"."enum_people_reach" AS ENUM('domestic', 'international');
  CREATE TYPE "public"."enum_people_consent_method" AS ENUM('form', 'email', 'paper');
  CREATE TYPE "public"."enum_people_workflow_status" AS ENUM('draft', 'submitted', 'returned', 'published');
  CREATE TYPE "public"."enum_people_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__people_v_version_roles" AS ENUM('coach', 'mentor', 'expert', 'investor');
  CREATE TYPE "public"."enum__people_v_version_expertise" AS ENUM('logistics', 'manufacturing', 'digital', 'marine', 'agriculture', 'tourism-trade', 'fintech', 'education', 'health', 'environment', 'other');
  CREATE TYPE "public"."enum__people_v_version_consent_purposes" AS ENUM('profile', 'founder-name', 'public-contact');
  CREATE TYPE "public"."enum__people_v_version_reach" AS ENUM('domestic', 'international');
  CREATE TYPE "public"."enum__people_v_version_consent_method" AS ENUM('form', 'email', 'paper');
  CREATE TYPE "public"."enum__people_v_version_workflow_status" AS ENUM('draft', 'submitted', 'returned', 'published');
  CREATE TYPE "public"."enum__people_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__people_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_support_organizations_kinds" AS ENUM('support-centre', 'startup-club', 'incubator', 'coworking', 'fund');
  CREATE TYPE "public"."enum_support_organizations_model" AS ENUM('public', 'socialised', 'public-private');
  CREATE TYPE "public"."enum_support_organizations_district" AS ENUM('hong-bang', 'ngo-quyen', 'le-chan', 'hai-an', 'kien-an', 'do-son', 'duong-kinh', 'an-duong', 'thuy-nguyen', 'an-lao', 'kien-thuy', 'tien-lang', 'vinh-bao', 'cat-hai', 'bach-long-vi', 'former-hai-duong', 'outside');
  CREATE TYPE "public"."enum_support_organizations_workflow_status" AS ENUM('draft', 'submitted', 'returned', 'published');
  CREATE TYPE "public"."enum_support_organizations_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__support_organizations_v_version_kinds" AS ENUM('support-centre', 'startup-club', 'incubator', 'coworking', 'fund');
  CREATE TYPE "public"."enum__support_organizations_v_version_model" AS ENUM('public', 'socialised', 'public-private');
  CREATE TYPE "public"."enum__support_organizations_v_version_district" AS ENUM('hong-bang', 'ngo-quyen', 'le-chan', 'hai-an', 'kien-an', 'do-son', 'duong-kinh', 'an-duong', 'thuy-nguyen', 'an-lao', 'kien-thuy', 'tien-lang', 'vinh-bao', 'cat-hai', 'bach-long-vi', 'former-hai-duong', 'outside');
  CREATE TYPE "public"."enum__support_organizations_v_version_workflow_status" AS ENUM('draft', 'submitted', 'returned', 'published');
  CREATE TYPE "public"."enum__support_organizations_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__support_organizations_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_programmes_targets_measure" AS ENUM('supportedProjects', 'serviceSupported', 'directSupported', 'directWithFundingShare', 'centresDeveloped', 'networkPeople', 'manual');
  CREATE TYPE "public"."enum_programmes_targets_unit" AS ENUM('project', 'person', 'organisation', 'percent');
  CREATE TYPE "public"."enum_programmes_programme_status" AS ENUM('current', 'finished', 'successor');
  CREATE TYPE "public"."enum_programmes_workflow_status" AS ENUM('draft', 'submitted', 'returned', 'published');
  CREATE TYPE "public"."enum_programmes_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__programmes_v_version_targets_measure" AS ENUM('supportedProjects', 'serviceSupported', 'directSupported', 'directWithFundingShare', 'centresDeveloped', 'networkPeople', 'manual');
  CREATE TYPE "public"."enum__programmes_v_version_targets_unit" AS ENUM('project', 'person', 'organisation', 'percent');
  CREATE TYPE "public"."enum__programmes_v_version_workflow_status" AS ENUM('draft', 'submitted', 'returned', 'published');
  CREATE TYPE "public"."enum__programmes_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__programmes_v_published_locale" AS ENUM('vi', 'en');
  CREATE TABLE "startups_founders_consent_purposes" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_startups_founders_consent_purposes",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "startups_founders" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"email" varchar,
  	"phone" varchar,
  	"name_public" boolean DEFAULT false,
  	"contact_public" boolean DEFAULT false,
  	"consent_given" boolean DEFAULT false,
  	"consent_given_by" varchar,
  	"consent_given_at" timestamp(3) with time zone,
  	"consent_method" "enum_startups_founders_consent_method",
  	"consent_evidence" varchar,
  	"consent_withdrawn_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "startups_founders_locales" (
  	"role" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "startups_support_records" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"year" numeric,
  	"kind" "enum_startups_support_records_kind",
  	"provider_id" integer
  );
  
  CREATE TABLE "startups_support_records_locales" (
  	"given" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "startups_funding_rounds" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"amount_vnd" numeric,
  	"other_investors" varchar
  );
  
  CREATE TABLE "startups" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"logo_id" integer,
  	"sector" "enum_startups_sector",
  	"stage" "enum_startups_stage",
  	"district" "enum_startups_district",
  	"registration_number" varchar,
  	"registration_date" timestamp(3) with time zone,
  	"website" varchar,
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"outlet_id" integer,
  	"workflow_status" "enum_startups_workflow_status" DEFAULT 'draft',
  	"review_note" varchar,
  	"created_by_id" integer,
  	"published_by_id" integer,
  	"last_published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_startups_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "startups_locales" (
  	"summary" varchar,
  	"description" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "startups_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"people_id" integer
  );
  
  CREATE TABLE "_startups_v_version_founders_consent_purposes" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__startups_v_version_founders_consent_purposes",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_startups_v_version_founders" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"email" varchar,
  	"phone" varchar,
  	"name_public" boolean DEFAULT false,
  	"contact_public" boolean DEFAULT false,
  	"consent_given" boolean DEFAULT false,
  	"consent_given_by" varchar,
  	"consent_given_at" timestamp(3) with time zone,
  	"consent_method" "enum__startups_v_version_founders_consent_method",
  	"consent_evidence" varchar,
  	"consent_withdrawn_at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_startups_v_version_founders_locales" (
  	"role" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_startups_v_version_support_records" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"year" numeric,
  	"kind" "enum__startups_v_version_support_records_kind",
  	"provider_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_startups_v_version_support_records_locales" (
  	"given" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_startups_v_version_funding_rounds" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"amount_vnd" numeric,
  	"other_investors" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_startups_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_logo_id" integer,
  	"version_sector" "enum__startups_v_version_sector",
  	"version_stage" "enum__startups_v_version_stage",
  	"version_district" "enum__startups_v_version_district",
  	"version_registration_number" varchar,
  	"version_registration_date" timestamp(3) with time zone,
  	"version_website" varchar,
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_outlet_id" integer,
  	"version_workflow_status" "enum__startups_v_version_workflow_status" DEFAULT 'draft',
  	"version_review_note" varchar,
  	"version_created_by_id" integer,
  	"version_published_by_id" integer,
  	"version_last_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__startups_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__startups_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_startups_v_locales" (
  	"version_summary" varchar,
  	"version_description" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_startups_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"people_id" integer
  );
  
  CREATE TABLE "people_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_people_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "people_expertise" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_people_expertise",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "people_consent_purposes" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_people_consent_purposes",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "people" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"reach" "enum_people_reach",
  	"photo_id" integer,
  	"website" varchar,
  	"email" varchar,
  	"phone" varchar,
  	"contact_public" boolean DEFAULT false,
  	"consent_given" boolean DEFAULT false,
  	"consent_given_by" varchar,
  	"consent_given_at" timestamp(3) with time zone,
  	"consent_method" "enum_people_consent_method",
  	"consent_evidence" varchar,
  	"consent_withdrawn_at" timestamp(3) with time zone,
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"outlet_id" integer,
  	"workflow_status" "enum_people_workflow_status" DEFAULT 'draft',
  	"review_note" varchar,
  	"created_by_id" integer,
  	"published_by_id" integer,
  	"last_published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_people_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "people_locales" (
  	"organisation" varchar,
  	"position" varchar,
  	"bio" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_people_v_version_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__people_v_version_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_people_v_version_expertise" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__people_v_version_expertise",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_people_v_version_consent_purposes" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__people_v_version_consent_purposes",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_people_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_reach" "enum__people_v_version_reach",
  	"version_photo_id" integer,
  	"version_website" varchar,
  	"version_email" varchar,
  	"version_phone" varchar,
  	"version_contact_public" boolean DEFAULT false,
  	"version_consent_given" boolean DEFAULT false,
  	"version_consent_given_by" varchar,
  	"version_consent_given_at" timestamp(3) with time zone,
  	"version_consent_method" "enum__people_v_version_consent_method",
  	"version_consent_evidence" varchar,
  	"version_consent_withdrawn_at" timestamp(3) with time zone,
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_outlet_id" integer,
  	"version_workflow_status" "enum__people_v_version_workflow_status" DEFAULT 'draft',
  	"version_review_note" varchar,
  	"version_created_by_id" integer,
  	"version_published_by_id" integer,
  	"version_last_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__people_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__people_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_people_v_locales" (
  	"version_organisation" varchar,
  	"version_position" varchar,
  	"version_bio" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "support_organizations_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_support_organizations_kinds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "support_organizations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"model" "enum_support_organizations_model",
  	"logo_id" integer,
  	"founded_year" numeric,
  	"upgraded_year" numeric,
  	"address" varchar,
  	"district" "enum_support_organizations_district",
  	"website" varchar,
  	"email" varchar,
  	"phone" varchar,
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"outlet_id" integer,
  	"workflow_status" "enum_support_organizations_workflow_status" DEFAULT 'draft',
  	"review_note" varchar,
  	"created_by_id" integer,
  	"published_by_id" integer,
  	"last_published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_support_organizations_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "support_organizations_locales" (
  	"name" varchar,
  	"summary" varchar,
  	"services" varchar,
  	"description" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_support_organizations_v_version_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__support_organizations_v_version_kinds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_support_organizations_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_model" "enum__support_organizations_v_version_model",
  	"version_logo_id" integer,
  	"version_founded_year" numeric,
  	"version_upgraded_year" numeric,
  	"version_address" varchar,
  	"version_district" "enum__support_organizations_v_version_district",
  	"version_website" varchar,
  	"version_email" varchar,
  	"version_phone" varchar,
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_outlet_id" integer,
  	"version_workflow_status" "enum__support_organizations_v_version_workflow_status" DEFAULT 'draft',
  	"version_review_note" varchar,
  	"version_created_by_id" integer,
  	"version_published_by_id" integer,
  	"version_last_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__support_organizations_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__support_organizations_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_support_organizations_v_locales" (
  	"version_name" varchar,
  	"version_summary" varchar,
  	"version_services" varchar,
  	"version_description" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "programmes_targets_manual_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"value" numeric,
  	"as_of" timestamp(3) with time zone,
  	"source_notice_id" integer
  );
  
  CREATE TABLE "programmes_targets_manual_figures_locales" (
  	"source_text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "programmes_targets" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"measure" "enum_programmes_targets_measure",
  	"minimum" numeric,
  	"maximum" numeric,
  	"unit" "enum_programmes_targets_unit",
  	"deadline" timestamp(3) with time zone
  );
  
  CREATE TABLE "programmes_targets_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "programmes_final_results" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"target_key" varchar,
  	"achieved" numeric,
  	"as_of" timestamp(3) with time zone
  );
  
  CREATE TABLE "programmes_final_results_locales" (
  	"source" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "programmes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar,
  	"status" "enum_programmes_programme_status",
  	"period_start" numeric,
  	"period_end" numeric,
  	"legal_text_id" integer,
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"outlet_id" integer,
  	"workflow_status" "enum_programmes_workflow_status" DEFAULT 'draft',
  	"review_note" varchar,
  	"created_by_id" integer,
  	"published_by_id" integer,
  	"last_published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_programmes_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "programmes_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_programmes_v_version_targets_manual_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"value" numeric,
  	"as_of" timestamp(3) with time zone,
  	"source_notice_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_programmes_v_version_targets_manual_figures_locales" (
  	"source_text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_programmes_v_version_targets" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"measure" "enum__programmes_v_version_targets_measure",
  	"minimum" numeric,
  	"maximum" numeric,
  	"unit" "enum__programmes_v_version_targets_unit",
  	"deadline" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_programmes_v_version_targets_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_programmes_v_version_final_results" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"target_key" varchar,
  	"achieved" numeric,
  	"as_of" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_programmes_v_version_final_results_locales" (
  	"source" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_programmes_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_code" varchar,
  	"version_status" "enum_programmes_programme_status",
  	"version_period_start" numeric,
  	"version_period_end" numeric,
  	"version_legal_text_id" integer,
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_outlet_id" integer,
  	"version_workflow_status" "enum__programmes_v_version_workflow_status" DEFAULT 'draft',
  	"version_review_note" varchar,
  	"version_created_by_id" integer,
  	"version_published_by_id" integer,
  	"version_last_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__programmes_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__programmes_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_programmes_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "articles_rels" ADD COLUMN "startups_id" integer;
  ALTER TABLE "articles_rels" ADD COLUMN "people_id" integer;
  ALTER TABLE "articles_rels" ADD COLUMN "support_organizations_id" integer;
  ALTER TABLE "_articles_v_rels" ADD COLUMN "startups_id" integer;
  ALTER TABLE "_articles_v_rels" ADD COLUMN "people_id" integer;
  ALTER TABLE "_articles_v_rels" ADD COLUMN "support_organizations_id" integer;
  ALTER TABLE "features_rels" ADD COLUMN "startups_id" integer;
  ALTER TABLE "features_rels" ADD COLUMN "people_id" integer;
  ALTER TABLE "features_rels" ADD COLUMN "support_organizations_id" integer;
  ALTER TABLE "_features_v_rels" ADD COLUMN "startups_id" integer;
  ALTER TABLE "_features_v_rels" ADD COLUMN "people_id" integer;
  ALTER TABLE "_features_v_rels" ADD COLUMN "support_organizations_id" integer;
  ALTER TABLE "events_rels" ADD COLUMN "startups_id" integer;
  ALTER TABLE "events_rels" ADD COLUMN "people_id" integer;
  ALTER TABLE "events_rels" ADD COLUMN "support_organizations_id" integer;
  ALTER TABLE "_events_v_rels" ADD COLUMN "startups_id" integer;
  ALTER TABLE "_events_v_rels" ADD COLUMN "people_id" integer;
  ALTER TABLE "_events_v_rels" ADD COLUMN "support_organizations_id" integer;
  ALTER TABLE "outlets" ADD COLUMN "manages_directory" boolean DEFAULT false;
  ALTER TABLE "workflow_events_rels" ADD COLUMN "startups_id" integer;
  ALTER TABLE "workflow_events_rels" ADD COLUMN "people_id" integer;
  ALTER TABLE "workflow_events_rels" ADD COLUMN "support_organizations_id" integer;
  ALTER TABLE "workflow_events_rels" ADD COLUMN "programmes_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "startups_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "people_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "support_organizations_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "programmes_id" integer;
  ALTER TABLE "startups_founders_consent_purposes" ADD CONSTRAINT "startups_founders_consent_purposes_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."startups_founders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "startups_founders" ADD CONSTRAINT "startups_founders_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."startups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "startups_founders_locales" ADD CONSTRAINT "startups_founders_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."startups_founders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "startups_support_records" ADD CONSTRAINT "startups_support_records_provider_id_support_organizations_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."support_organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "startups_support_records" ADD CONSTRAINT "startups_support_records_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."startups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "startups_support_records_locales" ADD CONSTRAINT "startups_support_records_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."startups_support_records"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "startups_funding_rounds" ADD CONSTRAINT "startups_funding_rounds_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."startups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "startups" ADD CONSTRAINT "startups_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "startups" ADD CONSTRAINT "startups_outlet_id_outlets_id_fk" FOREIGN KEY ("outlet_id") REFERENCES "public"."outlets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "startups" ADD CONSTRAINT "startups_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "startups" ADD CONSTRAINT "startups_published_by_id_users_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "startups_locales" ADD CONSTRAINT "startups_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."startups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "startups_rels" ADD CONSTRAINT "startups_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."startups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "startups_rels" ADD CONSTRAINT "startups_rels_people_fk" FOREIGN KEY ("people_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_startups_v_version_founders_consent_purposes" ADD CONSTRAINT "_startups_v_version_founders_consent_purposes_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_startups_v_version_founders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_startups_v_version_founders" ADD CONSTRAINT "_startups_v_version_founders_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_startups_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_startups_v_version_founders_locales" ADD CONSTRAINT "_startups_v_version_founders_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_startups_v_version_founders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_startups_v_version_support_records" ADD CONSTRAINT "_startups_v_version_support_records_provider_id_support_organizations_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."support_organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_startups_v_version_support_records" ADD CONSTRAINT "_startups_v_version_support_records_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_startups_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_startups_v_version_support_records_locales" ADD CONSTRAINT "_startups_v_version_support_records_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_startups_v_version_support_records"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_startups_v_version_funding_rounds" ADD CONSTRAINT "_startups_v_version_funding_rounds_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_startups_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_startups_v" ADD CONSTRAINT "_startups_v_parent_id_startups_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."startups"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_startups_v" ADD CONSTRAINT "_startups_v_version_logo_id_media_id_fk" FOREIGN KEY ("version_logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_startups_v" ADD CONSTRAINT "_startups_v_version_outlet_id_outlets_id_fk" FOREIGN KEY ("version_outlet_id") REFERENCES "public"."outlets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_startups_v" ADD CONSTRAINT "_startups_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_startups_v" ADD CONSTRAINT "_startups_v_version_published_by_id_users_id_fk" FOREIGN KEY ("version_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_startups_v_locales" ADD CONSTRAINT "_startups_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_startups_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_startups_v_rels" ADD CONSTRAINT "_startups_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_startups_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_startups_v_rels" ADD CONSTRAINT "_startups_v_rels_people_fk" FOREIGN KEY ("people_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "people_roles" ADD CONSTRAINT "people_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "people_expertise" ADD CONSTRAINT "people_expertise_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "people_consent_purposes" ADD CONSTRAINT "people_consent_purposes_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "people" ADD CONSTRAINT "people_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "people" ADD CONSTRAINT "people_outlet_id_outlets_id_fk" FOREIGN KEY ("outlet_id") REFERENCES "public"."outlets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "people" ADD CONSTRAINT "people_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "people" ADD CONSTRAINT "people_published_by_id_users_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "people_locales" ADD CONSTRAINT "people_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_people_v_version_roles" ADD CONSTRAINT "_people_v_version_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_people_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_people_v_version_expertise" ADD CONSTRAINT "_people_v_version_expertise_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_people_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_people_v_version_consent_purposes" ADD CONSTRAINT "_people_v_version_consent_purposes_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_people_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_people_v" ADD CONSTRAINT "_people_v_parent_id_people_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_people_v" ADD CONSTRAINT "_people_v_version_photo_id_media_id_fk" FOREIGN KEY ("version_photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_people_v" ADD CONSTRAINT "_people_v_version_outlet_id_outlets_id_fk" FOREIGN KEY ("version_outlet_id") REFERENCES "public"."outlets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_people_v" ADD CONSTRAINT "_people_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_people_v" ADD CONSTRAINT "_people_v_version_published_by_id_users_id_fk" FOREIGN KEY ("version_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_people_v_locales" ADD CONSTRAINT "_people_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_people_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "support_organizations_kinds" ADD CONSTRAINT "support_organizations_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."support_organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "support_organizations" ADD CONSTRAINT "support_organizations_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "support_organizations" ADD CONSTRAINT "support_organizations_outlet_id_outlets_id_fk" FOREIGN KEY ("outlet_id") REFERENCES "public"."outlets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "support_organizations" ADD CONSTRAINT "support_organizations_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "support_organizations" ADD CONSTRAINT "support_organizations_published_by_id_users_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "support_organizations_locales" ADD CONSTRAINT "support_organizations_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."support_organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_support_organizations_v_version_kinds" ADD CONSTRAINT "_support_organizations_v_version_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_support_organizations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_support_organizations_v" ADD CONSTRAINT "_support_organizations_v_parent_id_support_organizations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."support_organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_support_organizations_v" ADD CONSTRAINT "_support_organizations_v_version_logo_id_media_id_fk" FOREIGN KEY ("version_logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_support_organizations_v" ADD CONSTRAINT "_support_organizations_v_version_outlet_id_outlets_id_fk" FOREIGN KEY ("version_outlet_id") REFERENCES "public"."outlets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_support_organizations_v" ADD CONSTRAINT "_support_organizations_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_support_organizations_v" ADD CONSTRAINT "_support_organizations_v_version_published_by_id_users_id_fk" FOREIGN KEY ("version_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_support_organizations_v_locales" ADD CONSTRAINT "_support_organizations_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_support_organizations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programmes_targets_manual_figures" ADD CONSTRAINT "programmes_targets_manual_figures_source_notice_id_policy_notices_id_fk" FOREIGN KEY ("source_notice_id") REFERENCES "public"."policy_notices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "programmes_targets_manual_figures" ADD CONSTRAINT "programmes_targets_manual_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."programmes_targets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programmes_targets_manual_figures_locales" ADD CONSTRAINT "programmes_targets_manual_figures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."programmes_targets_manual_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programmes_targets" ADD CONSTRAINT "programmes_targets_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programmes_targets_locales" ADD CONSTRAINT "programmes_targets_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."programmes_targets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programmes_final_results" ADD CONSTRAINT "programmes_final_results_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programmes_final_results_locales" ADD CONSTRAINT "programmes_final_results_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."programmes_final_results"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programmes" ADD CONSTRAINT "programmes_legal_text_id_policy_notices_id_fk" FOREIGN KEY ("legal_text_id") REFERENCES "public"."policy_notices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "programmes" ADD CONSTRAINT "programmes_outlet_id_outlets_id_fk" FOREIGN KEY ("outlet_id") REFERENCES "public"."outlets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "programmes" ADD CONSTRAINT "programmes_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "programmes" ADD CONSTRAINT "programmes_published_by_id_users_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "programmes_locales" ADD CONSTRAINT "programmes_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_programmes_v_version_targets_manual_figures" ADD CONSTRAINT "_programmes_v_version_targets_manual_figures_source_notice_id_policy_notices_id_fk" FOREIGN KEY ("source_notice_id") REFERENCES "public"."policy_notices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_programmes_v_version_targets_manual_figures" ADD CONSTRAINT "_programmes_v_version_targets_manual_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_programmes_v_version_targets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_programmes_v_version_targets_manual_figures_locales" ADD CONSTRAINT "_programmes_v_version_targets_manual_figures_locales_pare_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_programmes_v_version_targets_manual_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_programmes_v_version_targets" ADD CONSTRAINT "_programmes_v_version_targets_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_programmes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_programmes_v_version_targets_locales" ADD CONSTRAINT "_programmes_v_version_targets_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_programmes_v_version_targets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_programmes_v_version_final_results" ADD CONSTRAINT "_programmes_v_version_final_results_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_programmes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_programmes_v_version_final_results_locales" ADD CONSTRAINT "_programmes_v_version_final_results_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_programmes_v_version_final_results"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_programmes_v" ADD CONSTRAINT "_programmes_v_parent_id_programmes_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."programmes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_programmes_v" ADD CONSTRAINT "_programmes_v_version_legal_text_id_policy_notices_id_fk" FOREIGN KEY ("version_legal_text_id") REFERENCES "public"."policy_notices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_programmes_v" ADD CONSTRAINT "_programmes_v_version_outlet_id_outlets_id_fk" FOREIGN KEY ("version_outlet_id") REFERENCES "public"."outlets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_programmes_v" ADD CONSTRAINT "_programmes_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_programmes_v" ADD CONSTRAINT "_programmes_v_version_published_by_id_users_id_fk" FOREIGN KEY ("version_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_programmes_v_locales" ADD CONSTRAINT "_programmes_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_programmes_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "startups_founders_consent_purposes_order_idx" ON "startups_founders_consent_purposes" USING btree ("order");
  CREATE INDEX "startups_founders_consent_purposes_parent_idx" ON "startups_founders_consent_purposes" USING btree ("parent_id");
  CREATE INDEX "startups_founders_order_idx" ON "startups_founders" USING btree ("_order");
  CREATE INDEX "startups_founders_parent_id_idx" ON "startups_founders" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "startups_founders_locales_locale_parent_id_unique" ON "startups_founders_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "startups_support_records_order_idx" ON "startups_support_records" USING btree ("_order");
  CREATE INDEX "startups_support_records_parent_id_idx" ON "startups_support_records" USING btree ("_parent_id");
  CREATE INDEX "startups_support_records_provider_idx" ON "startups_support_records" USING btree ("provider_id");
  CREATE UNIQUE INDEX "startups_support_records_locales_locale_parent_id_unique" ON "startups_support_records_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "startups_funding_rounds_order_idx" ON "startups_funding_rounds" USING btree ("_order");
  CREATE INDEX "startups_funding_rounds_parent_id_idx" ON "startups_funding_rounds" USING btree ("_parent_id");
  CREATE INDEX "startups_logo_idx" ON "startups" USING btree ("logo_id");
  CREATE INDEX "startups_sector_idx" ON "startups" USING btree ("sector");
  CREATE INDEX "startups_stage_idx" ON "startups" USING btree ("stage");
  CREATE INDEX "startups_district_idx" ON "startups" USING btree ("district");
  CREATE UNIQUE INDEX "startups_registration_number_idx" ON "startups" USING btree ("registration_number");
  CREATE UNIQUE INDEX "startups_slug_idx" ON "startups" USING btree ("slug");
  CREATE INDEX "startups_published_at_idx" ON "startups" USING btree ("published_at");
  CREATE INDEX "startups_outlet_idx" ON "startups" USING btree ("outlet_id");
  CREATE INDEX "startups_workflow_status_idx" ON "startups" USING btree ("workflow_status");
  CREATE INDEX "startups_created_by_idx" ON "startups" USING btree ("created_by_id");
  CREATE INDEX "startups_published_by_idx" ON "startups" USING btree ("published_by_id");
  CREATE INDEX "startups_updated_at_idx" ON "startups" USING btree ("updated_at");
  CREATE INDEX "startups_created_at_idx" ON "startups" USING btree ("created_at");
  CREATE INDEX "startups__status_idx" ON "startups" USING btree ("_status");
  CREATE INDEX "_status_publishedAt_2_idx" ON "startups" USING btree ("_status","published_at");
  CREATE UNIQUE INDEX "startups_locales_locale_parent_id_unique" ON "startups_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "startups_rels_order_idx" ON "startups_rels" USING btree ("order");
  CREATE INDEX "startups_rels_parent_idx" ON "startups_rels" USING btree ("parent_id");
  CREATE INDEX "startups_rels_path_idx" ON "startups_rels" USING btree ("path");
  CREATE INDEX "startups_rels_people_id_idx" ON "startups_rels" USING btree ("people_id");
  CREATE INDEX "_startups_v_version_founders_consent_purposes_order_idx" ON "_startups_v_version_founders_consent_purposes" USING btree ("order");
  CREATE INDEX "_startups_v_version_founders_consent_purposes_parent_idx" ON "_startups_v_version_founders_consent_purposes" USING btree ("parent_id");
  CREATE INDEX "_startups_v_version_founders_order_idx" ON "_startups_v_version_founders" USING btree ("_order");
  CREATE INDEX "_startups_v_version_founders_parent_id_idx" ON "_startups_v_version_founders" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_startups_v_version_founders_locales_locale_parent_id_unique" ON "_startups_v_version_founders_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_startups_v_version_support_records_order_idx" ON "_startups_v_version_support_records" USING btree ("_order");
  CREATE INDEX "_startups_v_version_support_records_parent_id_idx" ON "_startups_v_version_support_records" USING btree ("_parent_id");
  CREATE INDEX "_startups_v_version_support_records_provider_idx" ON "_startups_v_version_support_records" USING btree ("provider_id");
  CREATE UNIQUE INDEX "_startups_v_version_support_records_locales_locale_parent_id" ON "_startups_v_version_support_records_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_startups_v_version_funding_rounds_order_idx" ON "_startups_v_version_funding_rounds" USING btree ("_order");
  CREATE INDEX "_startups_v_version_funding_rounds_parent_id_idx" ON "_startups_v_version_funding_rounds" USING btree ("_parent_id");
  CREATE INDEX "_startups_v_parent_idx" ON "_startups_v" USING btree ("parent_id");
  CREATE INDEX "_startups_v_version_version_logo_idx" ON "_startups_v" USING btree ("version_logo_id");
  CREATE INDEX "_startups_v_version_version_sector_idx" ON "_startups_v" USING btree ("version_sector");
  CREATE INDEX "_startups_v_version_version_stage_idx" ON "_startups_v" USING btree ("version_stage");
  CREATE INDEX "_startups_v_version_version_district_idx" ON "_startups_v" USING btree ("version_district");
  CREATE INDEX "_startups_v_version_version_registration_number_idx" ON "_startups_v" USING btree ("version_registration_number");
  CREATE INDEX "_startups_v_version_version_slug_idx" ON "_startups_v" USING btree ("version_slug");
  CREATE INDEX "_startups_v_version_version_published_at_idx" ON "_startups_v" USING btree ("version_published_at");
  CREATE INDEX "_startups_v_version_version_outlet_idx" ON "_startups_v" USING btree ("version_outlet_id");
  CREATE INDEX "_startups_v_version_version_workflow_status_idx" ON "_startups_v" USING btree ("version_workflow_status");
  CREATE INDEX "_startups_v_version_version_created_by_idx" ON "_startups_v" USING btree ("version_created_by_id");
  CREATE INDEX "_startups_v_version_version_published_by_idx" ON "_startups_v" USING btree ("version_published_by_id");
  CREATE INDEX "_startups_v_version_version_updated_at_idx" ON "_startups_v" USING btree ("version_updated_at");
  CREATE INDEX "_startups_v_version_version_created_at_idx" ON "_startups_v" USING btree ("version_created_at");
  CREATE INDEX "_startups_v_version_version__status_idx" ON "_startups_v" USING btree ("version__status");
  CREATE INDEX "_startups_v_created_at_idx" ON "_startups_v" USING btree ("created_at");
  CREATE INDEX "_startups_v_updated_at_idx" ON "_startups_v" USING btree ("updated_at");
  CREATE INDEX "_startups_v_snapshot_idx" ON "_startups_v" USING btree ("snapshot");
  CREATE INDEX "_startups_v_published_locale_idx" ON "_startups_v" USING btree ("published_locale");
  CREATE INDEX "_startups_v_latest_idx" ON "_startups_v" USING btree ("latest");
  CREATE INDEX "_startups_v_autosave_idx" ON "_startups_v" USING btree ("autosave");
  CREATE INDEX "version__status_version_publishedAt_2_idx" ON "_startups_v" USING btree ("version__status","version_published_at");
  CREATE UNIQUE INDEX "_startups_v_locales_locale_parent_id_unique" ON "_startups_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_startups_v_rels_order_idx" ON "_startups_v_rels" USING btree ("order");
  CREATE INDEX "_startups_v_rels_parent_idx" ON "_startups_v_rels" USING btree ("parent_id");
  CREATE INDEX "_startups_v_rels_path_idx" ON "_startups_v_rels" USING btree ("path");
  CREATE INDEX "_startups_v_rels_people_id_idx" ON "_startups_v_rels" USING btree ("people_id");
  CREATE INDEX "people_roles_order_idx" ON "people_roles" USING btree ("order");
  CREATE INDEX "people_roles_parent_idx" ON "people_roles" USING btree ("parent_id");
  CREATE INDEX "people_roles_value_idx" ON "people_roles" USING btree ("value");
  CREATE INDEX "people_expertise_order_idx" ON "people_expertise" USING btree ("order");
  CREATE INDEX "people_expertise_parent_idx" ON "people_expertise" USING btree ("parent_id");
  CREATE INDEX "people_consent_purposes_order_idx" ON "people_consent_purposes" USING btree ("order");
  CREATE INDEX "people_consent_purposes_parent_idx" ON "people_consent_purposes" USING btree ("parent_id");
  CREATE INDEX "people_reach_idx" ON "people" USING btree ("reach");
  CREATE INDEX "people_photo_idx" ON "people" USING btree ("photo_id");
  CREATE UNIQUE INDEX "people_slug_idx" ON "people" USING btree ("slug");
  CREATE INDEX "people_published_at_idx" ON "people" USING btree ("published_at");
  CREATE INDEX "people_outlet_idx" ON "people" USING btree ("outlet_id");
  CREATE INDEX "people_workflow_status_idx" ON "people" USING btree ("workflow_status");
  CREATE INDEX "people_created_by_idx" ON "people" USING btree ("created_by_id");
  CREATE INDEX "people_published_by_idx" ON "people" USING btree ("published_by_id");
  CREATE INDEX "people_updated_at_idx" ON "people" USING btree ("updated_at");
  CREATE INDEX "people_created_at_idx" ON "people" USING btree ("created_at");
  CREATE INDEX "people__status_idx" ON "people" USING btree ("_status");
  CREATE INDEX "_status_publishedAt_3_idx" ON "people" USING btree ("_status","published_at");
  CREATE UNIQUE INDEX "people_locales_locale_parent_id_unique" ON "people_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_people_v_version_roles_order_idx" ON "_people_v_version_roles" USING btree ("order");
  CREATE INDEX "_people_v_version_roles_parent_idx" ON "_people_v_version_roles" USING btree ("parent_id");
  CREATE INDEX "_people_v_version_roles_value_idx" ON "_people_v_version_roles" USING btree ("value");
  CREATE INDEX "_people_v_version_expertise_order_idx" ON "_people_v_version_expertise" USING btree ("order");
  CREATE INDEX "_people_v_version_expertise_parent_idx" ON "_people_v_version_expertise" USING btree ("parent_id");
  CREATE INDEX "_people_v_version_consent_purposes_order_idx" ON "_people_v_version_consent_purposes" USING btree ("order");
  CREATE INDEX "_people_v_version_consent_purposes_parent_idx" ON "_people_v_version_consent_purposes" USING btree ("parent_id");
  CREATE INDEX "_people_v_parent_idx" ON "_people_v" USING btree ("parent_id");
  CREATE INDEX "_people_v_version_version_reach_idx" ON "_people_v" USING btree ("version_reach");
  CREATE INDEX "_people_v_version_version_photo_idx" ON "_people_v" USING btree ("version_photo_id");
  CREATE INDEX "_people_v_version_version_slug_idx" ON "_people_v" USING btree ("version_slug");
  CREATE INDEX "_people_v_version_version_published_at_idx" ON "_people_v" USING btree ("version_published_at");
  CREATE INDEX "_people_v_version_version_outlet_idx" ON "_people_v" USING btree ("version_outlet_id");
  CREATE INDEX "_people_v_version_version_workflow_status_idx" ON "_people_v" USING btree ("version_workflow_status");
  CREATE INDEX "_people_v_version_version_created_by_idx" ON "_people_v" USING btree ("version_created_by_id");
  CREATE INDEX "_people_v_version_version_published_by_idx" ON "_people_v" USING btree ("version_published_by_id");
  CREATE INDEX "_people_v_version_version_updated_at_idx" ON "_people_v" USING btree ("version_updated_at");
  CREATE INDEX "_people_v_version_version_created_at_idx" ON "_people_v" USING btree ("version_created_at");
  CREATE INDEX "_people_v_version_version__status_idx" ON "_people_v" USING btree ("version__status");
  CREATE INDEX "_people_v_created_at_idx" ON "_people_v" USING btree ("created_at");
  CREATE INDEX "_people_v_updated_at_idx" ON "_people_v" USING btree ("updated_at");
  CREATE INDEX "_people_v_snapshot_idx" ON "_people_v" USING btree ("snapshot");
  CREATE INDEX "_people_v_published_locale_idx" ON "_people_v" USING btree ("published_locale");
  CREATE INDEX "_people_v_latest_idx" ON "_people_v" USING btree ("latest");
  CREATE INDEX "_people_v_autosave_idx" ON "_people_v" USING btree ("autosave");
  CREATE INDEX "version__status_version_publishedAt_3_idx" ON "_people_v" USING btree ("version__status","version_published_at");
  CREATE UNIQUE INDEX "_people_v_locales_locale_parent_id_unique" ON "_people_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "support_organizations_kinds_order_idx" ON "support_organizations_kinds" USING btree ("order");
  CREATE INDEX "support_organizations_kinds_parent_idx" ON "support_organizations_kinds" USING btree ("parent_id");
  CREATE INDEX "support_organizations_kinds_value_idx" ON "support_organizations_kinds" USING btree ("value");
  CREATE INDEX "support_organizations_model_idx" ON "support_organizations" USING btree ("model");
  CREATE INDEX "support_organizations_logo_idx" ON "support_organizations" USING btree ("logo_id");
  CREATE INDEX "support_organizations_district_idx" ON "support_organizations" USING btree ("district");
  CREATE UNIQUE INDEX "support_organizations_slug_idx" ON "support_organizations" USING btree ("slug");
  CREATE INDEX "support_organizations_published_at_idx" ON "support_organizations" USING btree ("published_at");
  CREATE INDEX "support_organizations_outlet_idx" ON "support_organizations" USING btree ("outlet_id");
  CREATE INDEX "support_organizations_workflow_status_idx" ON "support_organizations" USING btree ("workflow_status");
  CREATE INDEX "support_organizations_created_by_idx" ON "support_organizations" USING btree ("created_by_id");
  CREATE INDEX "support_organizations_published_by_idx" ON "support_organizations" USING btree ("published_by_id");
  CREATE INDEX "support_organizations_updated_at_idx" ON "support_organizations" USING btree ("updated_at");
  CREATE INDEX "support_organizations_created_at_idx" ON "support_organizations" USING btree ("created_at");
  CREATE INDEX "support_organizations__status_idx" ON "support_organizations" USING btree ("_status");
  CREATE INDEX "_status_publishedAt_4_idx" ON "support_organizations" USING btree ("_status","published_at");
  CREATE UNIQUE INDEX "support_organizations_locales_locale_parent_id_unique" ON "support_organizations_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_support_organizations_v_version_kinds_order_idx" ON "_support_organizations_v_version_kinds" USING btree ("order");
  CREATE INDEX "_support_organizations_v_version_kinds_parent_idx" ON "_support_organizations_v_version_kinds" USING btree ("parent_id");
  CREATE INDEX "_support_organizations_v_version_kinds_value_idx" ON "_support_organizations_v_version_kinds" USING btree ("value");
  CREATE INDEX "_support_organizations_v_parent_idx" ON "_support_organizations_v" USING btree ("parent_id");
  CREATE INDEX "_support_organizations_v_version_version_model_idx" ON "_support_organizations_v" USING btree ("version_model");
  CREATE INDEX "_support_organizations_v_version_version_logo_idx" ON "_support_organizations_v" USING btree ("version_logo_id");
  CREATE INDEX "_support_organizations_v_version_version_district_idx" ON "_support_organizations_v" USING btree ("version_district");
  CREATE INDEX "_support_organizations_v_version_version_slug_idx" ON "_support_organizations_v" USING btree ("version_slug");
  CREATE INDEX "_support_organizations_v_version_version_published_at_idx" ON "_support_organizations_v" USING btree ("version_published_at");
  CREATE INDEX "_support_organizations_v_version_version_outlet_idx" ON "_support_organizations_v" USING btree ("version_outlet_id");
  CREATE INDEX "_support_organizations_v_version_version_workflow_status_idx" ON "_support_organizations_v" USING btree ("version_workflow_status");
  CREATE INDEX "_support_organizations_v_version_version_created_by_idx" ON "_support_organizations_v" USING btree ("version_created_by_id");
  CREATE INDEX "_support_organizations_v_version_version_published_by_idx" ON "_support_organizations_v" USING btree ("version_published_by_id");
  CREATE INDEX "_support_organizations_v_version_version_updated_at_idx" ON "_support_organizations_v" USING btree ("version_updated_at");
  CREATE INDEX "_support_organizations_v_version_version_created_at_idx" ON "_support_organizations_v" USING btree ("version_created_at");
  CREATE INDEX "_support_organizations_v_version_version__status_idx" ON "_support_organizations_v" USING btree ("version__status");
  CREATE INDEX "_support_organizations_v_created_at_idx" ON "_support_organizations_v" USING btree ("created_at");
  CREATE INDEX "_support_organizations_v_updated_at_idx" ON "_support_organizations_v" USING btree ("updated_at");
  CREATE INDEX "_support_organizations_v_snapshot_idx" ON "_support_organizations_v" USING btree ("snapshot");
  CREATE INDEX "_support_organizations_v_published_locale_idx" ON "_support_organizations_v" USING btree ("published_locale");
  CREATE INDEX "_support_organizations_v_latest_idx" ON "_support_organizations_v" USING btree ("latest");
  CREATE INDEX "_support_organizations_v_autosave_idx" ON "_support_organizations_v" USING btree ("autosave");
  CREATE INDEX "version__status_version_publishedAt_4_idx" ON "_support_organizations_v" USING btree ("version__status","version_published_at");
  CREATE UNIQUE INDEX "_support_organizations_v_locales_locale_parent_id_unique" ON "_support_organizations_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "programmes_targets_manual_figures_order_idx" ON "programmes_targets_manual_figures" USING btree ("_order");
  CREATE INDEX "programmes_targets_manual_figures_parent_id_idx" ON "programmes_targets_manual_figures" USING btree ("_parent_id");
  CREATE INDEX "programmes_targets_manual_figures_source_notice_idx" ON "programmes_targets_manual_figures" USING btree ("source_notice_id");
  CREATE UNIQUE INDEX "programmes_targets_manual_figures_locales_locale_parent_id_u" ON "programmes_targets_manual_figures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "programmes_targets_order_idx" ON "programmes_targets" USING btree ("_order");
  CREATE INDEX "programmes_targets_parent_id_idx" ON "programmes_targets" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "programmes_targets_locales_locale_parent_id_unique" ON "programmes_targets_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "programmes_final_results_order_idx" ON "programmes_final_results" USING btree ("_order");
  CREATE INDEX "programmes_final_results_parent_id_idx" ON "programmes_final_results" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "programmes_final_results_locales_locale_parent_id_unique" ON "programmes_final_results_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "programmes_code_idx" ON "programmes" USING btree ("code");
  CREATE INDEX "programmes_status_idx" ON "programmes" USING btree ("status");
  CREATE INDEX "programmes_legal_text_idx" ON "programmes" USING btree ("legal_text_id");
  CREATE UNIQUE INDEX "programmes_slug_idx" ON "programmes" USING btree ("slug");
  CREATE INDEX "programmes_published_at_idx" ON "programmes" USING btree ("published_at");
  CREATE INDEX "programmes_outlet_idx" ON "programmes" USING btree ("outlet_id");
  CREATE INDEX "programmes_workflow_status_idx" ON "programmes" USING btree ("workflow_status");
  CREATE INDEX "programmes_created_by_idx" ON "programmes" USING btree ("created_by_id");
  CREATE INDEX "programmes_published_by_idx" ON "programmes" USING btree ("published_by_id");
  CREATE INDEX "programmes_updated_at_idx" ON "programmes" USING btree ("updated_at");
  CREATE INDEX "programmes_created_at_idx" ON "programmes" USING btree ("created_at");
  CREATE INDEX "programmes__status_idx" ON "programmes" USING btree ("_status");
  CREATE UNIQUE INDEX "programmes_locales_locale_parent_id_unique" ON "programmes_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_programmes_v_version_targets_manual_figures_order_idx" ON "_programmes_v_version_targets_manual_figures" USING btree ("_order");
  CREATE INDEX "_programmes_v_version_targets_manual_figures_parent_id_idx" ON "_programmes_v_version_targets_manual_figures" USING btree ("_parent_id");
  CREATE INDEX "_programmes_v_version_targets_manual_figures_source_noti_idx" ON "_programmes_v_version_targets_manual_figures" USING btree ("source_notice_id");
  CREATE UNIQUE INDEX "_programmes_v_version_targets_manual_figures_locales_locale_" ON "_programmes_v_version_targets_manual_figures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_programmes_v_version_targets_order_idx" ON "_programmes_v_version_targets" USING btree ("_order");
  CREATE INDEX "_programmes_v_version_targets_parent_id_idx" ON "_programmes_v_version_targets" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_programmes_v_version_targets_locales_locale_parent_id_uniqu" ON "_programmes_v_version_targets_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_programmes_v_version_final_results_order_idx" ON "_programmes_v_version_final_results" USING btree ("_order");
  CREATE INDEX "_programmes_v_version_final_results_parent_id_idx" ON "_programmes_v_version_final_results" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_programmes_v_version_final_results_locales_locale_parent_id" ON "_programmes_v_version_final_results_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_programmes_v_parent_idx" ON "_programmes_v" USING btree ("parent_id");
  CREATE INDEX "_programmes_v_version_version_code_idx" ON "_programmes_v" USING btree ("version_code");
  CREATE INDEX "_programmes_v_version_version_status_idx" ON "_programmes_v" USING btree ("version_status");
  CREATE INDEX "_programmes_v_version_version_legal_text_idx" ON "_programmes_v" USING btree ("version_legal_text_id");
  CREATE INDEX "_programmes_v_version_version_slug_idx" ON "_programmes_v" USING btree ("version_slug");
  CREATE INDEX "_programmes_v_version_version_published_at_idx" ON "_programmes_v" USING btree ("version_published_at");
  CREATE INDEX "_programmes_v_version_version_outlet_idx" ON "_programmes_v" USING btree ("version_outlet_id");
  CREATE INDEX "_programmes_v_version_version_workflow_status_idx" ON "_programmes_v" USING btree ("version_workflow_status");
  CREATE INDEX "_programmes_v_version_version_created_by_idx" ON "_programmes_v" USING btree ("version_created_by_id");
  CREATE INDEX "_programmes_v_version_version_published_by_idx" ON "_programmes_v" USING btree ("version_published_by_id");
  CREATE INDEX "_programmes_v_version_version_updated_at_idx" ON "_programmes_v" USING btree ("version_updated_at");
  CREATE INDEX "_programmes_v_version_version_created_at_idx" ON "_programmes_v" USING btree ("version_created_at");
  CREATE INDEX "_programmes_v_version_version__status_idx" ON "_programmes_v" USING btree ("version__status");
  CREATE INDEX "_programmes_v_created_at_idx" ON "_programmes_v" USING btree ("created_at");
  CREATE INDEX "_programmes_v_updated_at_idx" ON "_programmes_v" USING btree ("updated_at");
  CREATE INDEX "_programmes_v_snapshot_idx" ON "_programmes_v" USING btree ("snapshot");
  CREATE INDEX "_programmes_v_published_locale_idx" ON "_programmes_v" USING btree ("published_locale");
  CREATE INDEX "_programmes_v_latest_idx" ON "_programmes_v" USING btree ("latest");
  CREATE INDEX "_programmes_v_autosave_idx" ON "_programmes_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_programmes_v_locales_locale_parent_id_unique" ON "_programmes_v_locales" USING btree ("_locale","_parent_id");
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_startups_fk" FOREIGN KEY ("startups_id") REFERENCES "public"."startups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_people_fk" FOREIGN KEY ("people_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_support_organizations_fk" FOREIGN KEY ("support_organizations_id") REFERENCES "public"."support_organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_startups_fk" FOREIGN KEY ("startups_id") REFERENCES "public"."startups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_people_fk" FOREIGN KEY ("people_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_support_organizations_fk" FOREIGN KEY ("support_organizations_id") REFERENCES "public"."support_organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "features_rels" ADD CONSTRAINT "features_rels_startups_fk" FOREIGN KEY ("startups_id") REFERENCES "public"."startups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "features_rels" ADD CONSTRAINT "features_rels_people_fk" FOREIGN KEY ("people_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "features_rels" ADD CONSTRAINT "features_rels_support_organizations_fk" FOREIGN KEY ("support_organizations_id") REFERENCES "public"."support_organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_features_v_rels" ADD CONSTRAINT "_features_v_rels_startups_fk" FOREIGN KEY ("startups_id") REFERENCES "public"."startups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_features_v_rels" ADD CONSTRAINT "_features_v_rels_people_fk" FOREIGN KEY ("people_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_features_v_rels" ADD CONSTRAINT "_features_v_rels_support_organizations_fk" FOREIGN KEY ("support_organizations_id") REFERENCES "public"."support_organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_startups_fk" FOREIGN KEY ("startups_id") REFERENCES "public"."startups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_people_fk" FOREIGN KEY ("people_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_support_organizations_fk" FOREIGN KEY ("support_organizations_id") REFERENCES "public"."support_organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_startups_fk" FOREIGN KEY ("startups_id") REFERENCES "public"."startups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_people_fk" FOREIGN KEY ("people_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_support_organizations_fk" FOREIGN KEY ("support_organizations_id") REFERENCES "public"."support_organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workflow_events_rels" ADD CONSTRAINT "workflow_events_rels_startups_fk" FOREIGN KEY ("startups_id") REFERENCES "public"."startups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workflow_events_rels" ADD CONSTRAINT "workflow_events_rels_people_fk" FOREIGN KEY ("people_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workflow_events_rels" ADD CONSTRAINT "workflow_events_rels_support_organizations_fk" FOREIGN KEY ("support_organizations_id") REFERENCES "public"."support_organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workflow_events_rels" ADD CONSTRAINT "workflow_events_rels_programmes_fk" FOREIGN KEY ("programmes_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_startups_fk" FOREIGN KEY ("startups_id") REFERENCES "public"."startups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_people_fk" FOREIGN KEY ("people_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_support_organizations_fk" FOREIGN KEY ("support_organizations_id") REFERENCES "public"."support_organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_programmes_fk" FOREIGN KEY ("programmes_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_rels_startups_id_idx" ON "articles_rels" USING btree ("startups_id");
  CREATE INDEX "articles_rels_people_id_idx" ON "articles_rels" USING btree ("people_id");
  CREATE INDEX "articles_rels_support_organizations_id_idx" ON "articles_rels" USING btree ("support_organizations_id");
  CREATE INDEX "_articles_v_rels_startups_id_idx" ON "_articles_v_rels" USING btree ("startups_id");
  CREATE INDEX "_articles_v_rels_people_id_idx" ON "_articles_v_rels" USING btree ("people_id");
  CREATE INDEX "_articles_v_rels_support_organizations_id_idx" ON "_articles_v_rels" USING btree ("support_organizations_id");
  CREATE INDEX "features_rels_startups_id_idx" ON "features_rels" USING btree ("startups_id");
  CREATE INDEX "features_rels_people_id_idx" ON "features_rels" USING btree ("people_id");
  CREATE INDEX "features_rels_support_organizations_id_idx" ON "features_rels" USING btree ("support_organizations_id");
  CREATE INDEX "_features_v_rels_startups_id_idx" ON "_features_v_rels" USING btree ("startups_id");
  CREATE INDEX "_features_v_rels_people_id_idx" ON "_features_v_rels" USING btree ("people_id");
  CREATE INDEX "_features_v_rels_support_organizations_id_idx" ON "_features_v_rels" USING btree ("support_organizations_id");
  CREATE INDEX "events_rels_startups_id_idx" ON "events_rels" USING btree ("startups_id");
  CREATE INDEX "events_rels_people_id_idx" ON "events_rels" USING btree ("people_id");
  CREATE INDEX "events_rels_support_organizations_id_idx" ON "events_rels" USING btree ("support_organizations_id");
  CREATE INDEX "_events_v_rels_startups_id_idx" ON "_events_v_rels" USING btree ("startups_id");
  CREATE INDEX "_events_v_rels_people_id_idx" ON "_events_v_rels" USING btree ("people_id");
  CREATE INDEX "_events_v_rels_support_organizations_id_idx" ON "_events_v_rels" USING btree ("support_organizations_id");
  CREATE INDEX "workflow_events_rels_startups_id_idx" ON "workflow_events_rels" USING btree ("startups_id");
  CREATE INDEX "workflow_events_rels_people_id_idx" ON "workflow_events_rels" USING btree ("people_id");
  CREATE INDEX "workflow_events_rels_support_organizations_id_idx" ON "workflow_events_rels" USING btree ("support_organizations_id");
  CREATE INDEX "workflow_events_rels_programmes_id_idx" ON "workflow_events_rels" USING btree ("programmes_id");
  CREATE INDEX "payload_locked_documents_rels_startups_id_idx" ON "payload_locked_documents_rels" USING btree ("startups_id");
  CREATE INDEX "payload_locked_documents_rels_people_id_idx" ON "payload_locked_documents_rels" USING btree ("people_id");
  CREATE INDEX "payload_locked_documents_rels_support_organizations_id_idx" ON "payload_locked_documents_rels" USING btree ("support_organizations_id");
  CREATE INDEX "payload_locked_documents_rels_programmes_id_idx" ON "payload_locked_documents_rels" USING btree ("programmes_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "startups_founders_consent_purposes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "startups_founders" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "startups_founders_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "startups_support_records" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "startups_support_records_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "startups_funding_rounds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "startups" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "startups_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "startups_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_startups_v_version_founders_consent_purposes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_startups_v_version_founders" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_startups_v_version_founders_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_startups_v_version_support_records" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_startups_v_version_support_records_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_startups_v_version_funding_rounds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_startups_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_startups_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_startups_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "people_roles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "people_expertise" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "people_consent_purposes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "people" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "people_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_people_v_version_roles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_people_v_version_expertise" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_people_v_version_consent_purposes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_people_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_people_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "support_organizations_kinds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "support_organizations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "support_organizations_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_support_organizations_v_version_kinds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_support_organizations_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_support_organizations_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "programmes_targets_manual_figures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "programmes_targets_manual_figures_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "programmes_targets" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "programmes_targets_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "programmes_final_results" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "programmes_final_results_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "programmes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "programmes_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_programmes_v_version_targets_manual_figures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_programmes_v_version_targets_manual_figures_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_programmes_v_version_targets" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_programmes_v_version_targets_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_programmes_v_version_final_results" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_programmes_v_version_final_results_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_programmes_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_programmes_v_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "startups_founders_consent_purposes" CASCADE;
  DROP TABLE "startups_founders" CASCADE;
  DROP TABLE "startups_founders_locales" CASCADE;
  DROP TABLE "startups_support_records" CASCADE;
  DROP TABLE "startups_support_records_locales" CASCADE;
  DROP TABLE "startups_funding_rounds" CASCADE;
  DROP TABLE "startups" CASCADE;
  DROP TABLE "startups_locales" CASCADE;
  DROP TABLE "startups_rels" CASCADE;
  DROP TABLE "_startups_v_version_founders_consent_purposes" CASCADE;
  DROP TABLE "_startups_v_version_founders" CASCADE;
  DROP TABLE "_startups_v_version_founders_locales" CASCADE;
  DROP TABLE "_startups_v_version_support_records" CASCADE;
  DROP TABLE "_startups_v_version_support_records_locales" CASCADE;
  DROP TABLE "_startups_v_version_funding_rounds" CASCADE;
  DROP TABLE "_startups_v" CASCADE;
  DROP TABLE "_startups_v_locales" CASCADE;
  DROP TABLE "_startups_v_rels" CASCADE;
  DROP TABLE "people_roles" CASCADE;
  DROP TABLE "people_expertise" CASCADE;
  DROP TABLE "people_consent_purposes" CASCADE;
  DROP TABLE "people" CASCADE;
  DROP TABLE "people_locales" CASCADE;
  DROP TABLE "_people_v_version_roles" CASCADE;
  DROP TABLE "_people_v_version_expertise" CASCADE;
  DROP TABLE "_people_v_version_consent_purposes" CASCADE;
  DROP TABLE "_people_v" CASCADE;
  DROP TABLE "_people_v_locales" CASCADE;
  DROP TABLE "support_organizations_kinds" CASCADE;
  DROP TABLE "support_organizations" CASCADE;
  DROP TABLE "support_organizations_locales" CASCADE;
  DROP TABLE "_support_organizations_v_version_kinds" CASCADE;
  DROP TABLE "_support_organizations_v" CASCADE;
  DROP TABLE "_support_organizations_v_locales" CASCADE;
  DROP TABLE "programmes_targets_manual_figures" CASCADE;
  DROP TABLE "programmes_targets_manual_figures_locales" CASCADE;
  DROP TABLE "programmes_targets" CASCADE;
  DROP TABLE "programmes_targets_locales" CASCADE;
  DROP TABLE "programmes_final_results" CASCADE;
  DROP TABLE "programmes_final_results_locales" CASCADE;
  DROP TABLE "programmes" CASCADE;
  DROP TABLE "programmes_locales" CASCADE;
  DROP TABLE "_programmes_v_version_targets_manual_figures" CASCADE;
  DROP TABLE "_programmes_v_version_targets_manual_figures_locales" CASCADE;
  DROP TABLE "_programmes_v_version_targets" CASCADE;
  DROP TABLE "_programmes_v_version_targets_locales" CASCADE;
  DROP TABLE "_programmes_v_version_final_results" CASCADE;
  DROP TABLE "_programmes_v_version_final_results_locales" CASCADE;
  DROP TABLE "_programmes_v" CASCADE;
  DROP TABLE "_programmes_v_locales" CASCADE;
  ALTER TABLE "articles_rels" DROP CONSTRAINT IF EXISTS "articles_rels_startups_fk";
  
  ALTER TABLE "articles_rels" DROP CONSTRAINT IF EXISTS "articles_rels_people_fk";
  
  ALTER TABLE "articles_rels" DROP CONSTRAINT IF EXISTS "articles_rels_support_organizations_fk";
  
  ALTER TABLE "_articles_v_rels" DROP CONSTRAINT IF EXISTS "_articles_v_rels_startups_fk";
  
  ALTER TABLE "_articles_v_rels" DROP CONSTRAINT IF EXISTS "_articles_v_rels_people_fk";
  
  ALTER TABLE "_articles_v_rels" DROP CONSTRAINT IF EXISTS "_articles_v_rels_support_organizations_fk";
  
  ALTER TABLE "features_rels" DROP CONSTRAINT IF EXISTS "features_rels_startups_fk";
  
  ALTER TABLE "features_rels" DROP CONSTRAINT IF EXISTS "features_rels_people_fk";
  
  ALTER TABLE "features_rels" DROP CONSTRAINT IF EXISTS "features_rels_support_organizations_fk";
  
  ALTER TABLE "_features_v_rels" DROP CONSTRAINT IF EXISTS "_features_v_rels_startups_fk";
  
  ALTER TABLE "_features_v_rels" DROP CONSTRAINT IF EXISTS "_features_v_rels_people_fk";
  
  ALTER TABLE "_features_v_rels" DROP CONSTRAINT IF EXISTS "_features_v_rels_support_organizations_fk";
  
  ALTER TABLE "events_rels" DROP CONSTRAINT IF EXISTS "events_rels_startups_fk";
  
  ALTER TABLE "events_rels" DROP CONSTRAINT IF EXISTS "events_rels_people_fk";
  
  ALTER TABLE "events_rels" DROP CONSTRAINT IF EXISTS "events_rels_support_organizations_fk";
  
  ALTER TABLE "_events_v_rels" DROP CONSTRAINT IF EXISTS "_events_v_rels_startups_fk";
  
  ALTER TABLE "_events_v_rels" DROP CONSTRAINT IF EXISTS "_events_v_rels_people_fk";
  
  ALTER TABLE "_events_v_rels" DROP CONSTRAINT IF EXISTS "_events_v_rels_support_organizations_fk";
  
  ALTER TABLE "workflow_events_rels" DROP CONSTRAINT IF EXISTS "workflow_events_rels_startups_fk";
  
  ALTER TABLE "workflow_events_rels" DROP CONSTRAINT IF EXISTS "workflow_events_rels_people_fk";
  
  ALTER TABLE "workflow_events_rels" DROP CONSTRAINT IF EXISTS "workflow_events_rels_support_organizations_fk";
  
  ALTER TABLE "workflow_events_rels" DROP CONSTRAINT IF EXISTS "workflow_events_rels_programmes_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_startups_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_people_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_support_organizations_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_programmes_fk";
  
  DROP INDEX "articles_rels_startups_id_idx";
  DROP INDEX "articles_rels_people_id_idx";
  DROP INDEX "articles_rels_support_organizations_id_idx";
  DROP INDEX "_articles_v_rels_startups_id_idx";
  DROP INDEX "_articles_v_rels_people_id_idx";
  DROP INDEX "_articles_v_rels_support_organizations_id_idx";
  DROP INDEX "features_rels_startups_id_idx";
  DROP INDEX "features_rels_people_id_idx";
  DROP INDEX "features_rels_support_organizations_id_idx";
  DROP INDEX "_features_v_rels_startups_id_idx";
  DROP INDEX "_features_v_rels_people_id_idx";
  DROP INDEX "_features_v_rels_support_organizations_id_idx";
  DROP INDEX "events_rels_startups_id_idx";
  DROP INDEX "events_rels_people_id_idx";
  DROP INDEX "events_rels_support_organizations_id_idx";
  DROP INDEX "_events_v_rels_startups_id_idx";
  DROP INDEX "_events_v_rels_people_id_idx";
  DROP INDEX "_events_v_rels_support_organizations_id_idx";
  DROP INDEX "workflow_events_rels_startups_id_idx";
  DROP INDEX "workflow_events_rels_people_id_idx";
  DROP INDEX "workflow_events_rels_support_organizations_id_idx";
  DROP INDEX "workflow_events_rels_programmes_id_idx";
  DROP INDEX "payload_locked_documents_rels_startups_id_idx";
  DROP INDEX "payload_locked_documents_rels_people_id_idx";
  DROP INDEX "payload_locked_documents_rels_support_organizations_id_idx";
  DROP INDEX "payload_locked_documents_rels_programmes_id_idx";
  ALTER TABLE "articles_rels" DROP COLUMN "startups_id";
  ALTER TABLE "articles_rels" DROP COLUMN "people_id";
  ALTER TABLE "articles_rels" DROP COLUMN "support_organizations_id";
  ALTER TABLE "_articles_v_rels" DROP COLUMN "startups_id";
  ALTER TABLE "_articles_v_rels" DROP COLUMN "people_id";
  ALTER TABLE "_articles_v_rels" DROP COLUMN "support_organizations_id";
  ALTER TABLE "features_rels" DROP COLUMN "startups_id";
  ALTER TABLE "features_rels" DROP COLUMN "people_id";
  ALTER TABLE "features_rels" DROP COLUMN "support_organizations_id";
  ALTER TABLE "_features_v_rels" DROP COLUMN "startups_id";
  ALTER TABLE "_features_v_rels" DROP COLUMN "people_id";
  ALTER TABLE "_features_v_rels" DROP COLUMN "support_organizations_id";
  ALTER TABLE "events_rels" DROP COLUMN "startups_id";
  ALTER TABLE "events_rels" DROP COLUMN "people_id";
  ALTER TABLE "events_rels" DROP COLUMN "support_organizations_id";
  ALTER TABLE "_events_v_rels" DROP COLUMN "startups_id";
  ALTER TABLE "_events_v_rels" DROP COLUMN "people_id";
  ALTER TABLE "_events_v_rels" DROP COLUMN "support_organizations_id";
  ALTER TABLE "outlets" DROP COLUMN "manages_directory";
  ALTER TABLE "workflow_events_rels" DROP COLUMN "startups_id";
  ALTER TABLE "workflow_events_rels" DROP COLUMN "people_id";
  ALTER TABLE "workflow_events_rels" DROP COLUMN "support_organizations_id";
  ALTER TABLE "workflow_events_rels" DROP COLUMN "programmes_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "startups_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "people_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "support_organizations_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "programmes_id";
  DROP TYPE "public"."enum_startups_founders_consent_purposes";
  DROP TYPE "public"."enum_startups_founders_consent_method";
  DROP TYPE "public"."enum_startups_support_records_kind";
  DROP TYPE "public"."enum_startups_sector";
  DROP TYPE "public"."enum_startups_stage";
  DROP TYPE "public"."enum_startups_district";
  DROP TYPE "public"."enum_startups_workflow_status";
  DROP TYPE "public"."enum_startups_status";
  DROP TYPE "public"."enum__startups_v_version_founders_consent_purposes";
  DROP TYPE "public"."enum__startups_v_version_founders_consent_method";
  DROP TYPE "public"."enum__startups_v_version_support_records_kind";
  DROP TYPE "public"."enum__startups_v_version_sector";
  DROP TYPE "public"."enum__startups_v_version_stage";
  DROP TYPE "public"."enum__startups_v_version_district";
  DROP TYPE "public"."enum__startups_v_version_workflow_status";
  DROP TYPE "public"."enum__startups_v_version_status";
  DROP TYPE "public"."enum__startups_v_published_locale";
  DROP TYPE "public"."enum_people_roles";
  DROP TYPE "public"."enum_people_expertise";
  DROP TYPE "public"."enum_people_consent_purposes";
  DROP TYPE "public"."enum_people_reach";
  DROP TYPE "public"."enum_people_consent_method";
  DROP TYPE "public"."enum_people_workflow_status";
  DROP TYPE "public"."enum_people_status";
  DROP TYPE "public"."enum__people_v_version_roles";
  DROP TYPE "public"."enum__people_v_version_expertise";
  DROP TYPE "public"."enum__people_v_version_consent_purposes";
  DROP TYPE "public"."enum__people_v_version_reach";
  DROP TYPE "public"."enum__people_v_version_consent_method";
  DROP TYPE "public"."enum__people_v_version_workflow_status";
  DROP TYPE "public"."enum__people_v_version_status";
  DROP TYPE "public"."enum__people_v_published_locale";
  DROP TYPE "public"."enum_support_organizations_kinds";
  DROP TYPE "public"."enum_support_organizations_model";
  DROP TYPE "public"."enum_support_organizations_district";
  DROP TYPE "public"."enum_support_organizations_workflow_status";
  DROP TYPE "public"."enum_support_organizations_status";
  DROP TYPE "public"."enum__support_organizations_v_version_kinds";
  DROP TYPE "public"."enum__support_organizations_v_version_model";
  DROP TYPE "public"."enum__support_organizations_v_version_district";
  DROP TYPE "public"."enum__support_organizations_v_version_workflow_status";
  DROP TYPE "public"."enum__support_organizations_v_version_status";
  DROP TYPE "public"."enum__support_organizations_v_published_locale";
  DROP TYPE "public"."enum_programmes_targets_measure";
  DROP TYPE "public"."enum_programmes_targets_unit";
  DROP TYPE "public"."enum_programmes_programme_status";
  DROP TYPE "public"."enum_programmes_workflow_status";
  DROP TYPE "public"."enum_programmes_status";
  DROP TYPE "public"."enum__programmes_v_version_targets_measure";
  DROP TYPE "public"."enum__programmes_v_version_targets_unit";
  DROP TYPE "public"."enum__programmes_v_version_workflow_status";
  DROP TYPE "public"."enum__programmes_v_version_status";
  DROP TYPE "public"."enum__programmes_v_published_locale";`)
}
