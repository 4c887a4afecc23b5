CREATE TYPE "public"."translation_lang" AS ENUM('nn', 'en');--> statement-breakpoint
CREATE TABLE "content_translations" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"item_id" integer NOT NULL,
	"lang" "translation_lang" NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"menu_title" text,
	"lead" text DEFAULT '' NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"source_version" integer NOT NULL,
	"source_updated_at" timestamp with time zone NOT NULL,
	"status" "content_status" DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector(case when lang = 'en' then 'english'::regconfig else 'norwegian'::regconfig end, coalesce(title, '') || ' ' || coalesce(lead, '') || ' ' || coalesce(body, ''))) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "lang" text DEFAULT 'nb' NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "lang_chosen_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "registrations" ADD COLUMN "lang" text DEFAULT 'nb' NOT NULL;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "lang" text DEFAULT 'nb' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "content_translations_item_uq" ON "content_translations" USING btree ("kind","item_id","lang");--> statement-breakpoint
CREATE INDEX "content_translations_search_idx" ON "content_translations" USING gin ("search");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_lang_check" CHECK ("users"."lang" in ('nb', 'nn', 'en'));--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_lang_check" CHECK ("registrations"."lang" in ('nb', 'nn', 'en'));--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_lang_check" CHECK ("applications"."lang" in ('nb', 'nn', 'en'));