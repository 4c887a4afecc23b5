CREATE TYPE "public"."content_status" AS ENUM('draft', 'published');--> statement-breakpoint
CREATE TYPE "public"."resource_kind" AS ENUM('rapport', 'temapakke', 'film', 'opptak', 'dokument', 'lenke');--> statement-breakpoint
CREATE TABLE "counties" (
	"number" char(2) PRIMARY KEY NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "county_chapter_counties" (
	"chapter_id" integer NOT NULL,
	"county_number" char(2) NOT NULL,
	CONSTRAINT "county_chapter_counties_chapter_id_county_number_pk" PRIMARY KEY("chapter_id","county_number")
);
--> statement-breakpoint
CREATE TABLE "county_chapters" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "county_chapters_slug_unique" UNIQUE("slug"),
	CONSTRAINT "county_chapters_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "municipalities" (
	"number" char(4) PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"county_number" char(2) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "app_settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "faq_entries" (
	"id" serial PRIMARY KEY NOT NULL,
	"question" text NOT NULL,
	"answer" text NOT NULL,
	"topic" text DEFAULT 'Generelt' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('norwegian', coalesce(question, '') || ' ' || coalesce(answer, ''))) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "media_files" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"mime" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"data" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" integer
);
--> statement-breakpoint
CREATE TABLE "news_articles" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"lead" text DEFAULT '' NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"dateline" text,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"read_more_url" text,
	"read_more_label" text,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('norwegian', coalesce(title, '') || ' ' || coalesce(lead, '') || ' ' || coalesce(body, ''))) STORED,
	"status" "content_status" DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"publish_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pages" (
	"id" serial PRIMARY KEY NOT NULL,
	"parent_id" integer,
	"position" integer DEFAULT 0 NOT NULL,
	"slug" text NOT NULL,
	"path" text NOT NULL,
	"title" text NOT NULL,
	"menu_title" text,
	"lead" text DEFAULT '' NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"show_in_menu" boolean DEFAULT true NOT NULL,
	"link_url" text,
	"listing" text,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('norwegian', coalesce(title, '') || ' ' || coalesce(lead, '') || ' ' || coalesce(body, ''))) STORED,
	"status" "content_status" DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"publish_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"role" text DEFAULT '' NOT NULL,
	"organisation" text DEFAULT '' NOT NULL,
	"email" text,
	"grouping" text DEFAULT 'Prosjektledelse' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "redirects" (
	"id" serial PRIMARY KEY NOT NULL,
	"from_path" text NOT NULL,
	"to_path" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "redirects_from_path_unique" UNIQUE("from_path")
);
--> statement-breakpoint
CREATE TABLE "resources" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"kind" "resource_kind" NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"year" integer,
	"file_id" integer,
	"url" text,
	"video_url" text,
	"video_url_subtitled" text,
	"duration_seconds" integer,
	"featured" boolean DEFAULT false NOT NULL,
	"transcript" text,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('norwegian', coalesce(title, '') || ' ' || coalesce(description, '') || ' ' || coalesce(transcript, ''))) STORED,
	"status" "content_status" DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"publish_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "goals" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"sdgs" integer[] DEFAULT '{}' NOT NULL,
	"theme_page_id" integer,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "goals_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "county_chapter_counties" ADD CONSTRAINT "county_chapter_counties_chapter_id_county_chapters_id_fk" FOREIGN KEY ("chapter_id") REFERENCES "public"."county_chapters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "county_chapter_counties" ADD CONSTRAINT "county_chapter_counties_county_number_counties_number_fk" FOREIGN KEY ("county_number") REFERENCES "public"."counties"("number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipalities" ADD CONSTRAINT "municipalities_county_number_counties_number_fk" FOREIGN KEY ("county_number") REFERENCES "public"."counties"("number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pages" ADD CONSTRAINT "pages_parent_id_pages_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resources" ADD CONSTRAINT "resources_file_id_media_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media_files"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_theme_page_id_pages_id_fk" FOREIGN KEY ("theme_page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "faq_search_idx" ON "faq_entries" USING gin ("search");--> statement-breakpoint
CREATE INDEX "media_files_sha_idx" ON "media_files" USING btree ("sha256");--> statement-breakpoint
CREATE UNIQUE INDEX "news_slug_uq" ON "news_articles" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "news_published_idx" ON "news_articles" USING btree ("status","published_at");--> statement-breakpoint
CREATE INDEX "news_search_idx" ON "news_articles" USING gin ("search");--> statement-breakpoint
CREATE UNIQUE INDEX "pages_path_uq" ON "pages" USING btree ("path");--> statement-breakpoint
CREATE INDEX "pages_parent_idx" ON "pages" USING btree ("parent_id","position");--> statement-breakpoint
CREATE INDEX "pages_search_idx" ON "pages" USING gin ("search");--> statement-breakpoint
CREATE UNIQUE INDEX "resources_slug_uq" ON "resources" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "resources_kind_year_idx" ON "resources" USING btree ("kind","year");--> statement-breakpoint
CREATE INDEX "resources_search_idx" ON "resources" USING gin ("search");