CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TABLE "search_words" (
	"word" text NOT NULL,
	"lang" text NOT NULL,
	"items" integer NOT NULL,
	CONSTRAINT "search_words_word_lang_pk" PRIMARY KEY("word","lang")
);
--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (to_tsvector('norwegian', coalesce(name, '') || ' ' || coalesce(role, '') || ' ' || coalesce(organisation, ''))) STORED;--> statement-breakpoint
ALTER TABLE "redirects" ADD COLUMN "hits" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "redirects" ADD COLUMN "last_hit_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "stories" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (to_tsvector('norwegian', coalesce(title, '') || ' ' || coalesce(body, ''))) STORED;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (to_tsvector('norwegian', coalesce(title, '') || ' ' || coalesce(lead, '') || ' ' || coalesce(description, '') || ' ' || coalesce(venue, ''))) STORED;--> statement-breakpoint
ALTER TABLE "programmes" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (to_tsvector('norwegian', coalesce(name, '') || ' ' || coalesce(lead, '') || ' ' || coalesce(description, ''))) STORED;--> statement-breakpoint
ALTER TABLE "programme_calls" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (to_tsvector('norwegian', coalesce(title, '') || ' ' || coalesce(lead, '') || ' ' || coalesce(description, ''))) STORED;--> statement-breakpoint
CREATE INDEX "search_words_trgm_idx" ON "search_words" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "pages_published_idx" ON "pages" USING btree ("status","published_at");--> statement-breakpoint
CREATE INDEX "people_search_idx" ON "people" USING gin ("search");--> statement-breakpoint
CREATE INDEX "resources_published_idx" ON "resources" USING btree ("status","published_at");--> statement-breakpoint
CREATE INDEX "stories_search_idx" ON "stories" USING gin ("search");--> statement-breakpoint
CREATE INDEX "events_search_idx" ON "events" USING gin ("search");--> statement-breakpoint
CREATE INDEX "programmes_search_idx" ON "programmes" USING gin ("search");--> statement-breakpoint
CREATE INDEX "programme_calls_search_idx" ON "programme_calls" USING gin ("search");