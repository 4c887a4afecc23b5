CREATE TYPE "public"."content_review_state" AS ENUM('venter', 'sendt-tilbake');--> statement-breakpoint
ALTER TYPE "public"."global_role" ADD VALUE 'bidragsyter';--> statement-breakpoint
CREATE TABLE "content_reviews" (
	"id" serial PRIMARY KEY NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" integer NOT NULL,
	"state" "content_review_state" DEFAULT 'venter' NOT NULL,
	"submitted_by" integer,
	"submitted_by_name" text DEFAULT '' NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"reviewed_by" integer,
	"reviewed_by_name" text,
	"reviewed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "content_working_copies" (
	"id" serial PRIMARY KEY NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" integer NOT NULL,
	"data" jsonb NOT NULL,
	"author_id" integer,
	"author_name" text DEFAULT '' NOT NULL,
	"update_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "news_articles" ADD COLUMN "unpublish_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "pages" ADD COLUMN "unpublish_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "resources" ADD COLUMN "unpublish_at" timestamp with time zone;--> statement-breakpoint
CREATE UNIQUE INDEX "content_reviews_item_uq" ON "content_reviews" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE UNIQUE INDEX "content_working_copies_item_uq" ON "content_working_copies" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "content_working_copies_due_idx" ON "content_working_copies" USING btree ("update_at") WHERE "content_working_copies"."update_at" is not null;