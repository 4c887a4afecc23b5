CREATE TYPE "public"."content_review_state" AS ENUM('venter', 'sendt-tilbake');--> statement-breakpoint
CREATE TYPE "public"."indicator_kind" AS ENUM('antall', 'prosent');--> statement-breakpoint
ALTER TYPE "public"."global_role" ADD VALUE 'bidragsyter';--> statement-breakpoint
ALTER TYPE "public"."token_purpose" ADD VALUE 'provider_link';--> statement-breakpoint
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
CREATE TABLE "item_images" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"item_id" integer NOT NULL,
	"file_id" integer NOT NULL,
	"alt" text DEFAULT '' NOT NULL,
	"decorative" boolean DEFAULT false NOT NULL,
	"caption" text DEFAULT '' NOT NULL,
	"credit" text DEFAULT '' NOT NULL,
	"focus_x" integer DEFAULT 50 NOT NULL,
	"focus_y" integer DEFAULT 50 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "media_image_variants" (
	"id" serial PRIMARY KEY NOT NULL,
	"file_id" integer NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"format" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"data" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "media_images" (
	"file_id" integer PRIMARY KEY NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"alt" text DEFAULT '' NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "action_indicators" (
	"action_id" integer NOT NULL,
	"indicator_id" integer NOT NULL,
	CONSTRAINT "action_indicators_action_id_indicator_id_pk" PRIMARY KEY("action_id","indicator_id")
);
--> statement-breakpoint
CREATE TABLE "indicator_values" (
	"id" serial PRIMARY KEY NOT NULL,
	"indicator_id" integer NOT NULL,
	"value" numeric(14, 2) NOT NULL,
	"measured_on" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" serial PRIMARY KEY NOT NULL,
	"municipality_number" char(4) NOT NULL,
	"workspace_goal_id" integer NOT NULL,
	"sign" text NOT NULL,
	"name" text NOT NULL,
	"kind" "indicator_kind" DEFAULT 'antall' NOT NULL,
	"unit" text DEFAULT '' NOT NULL,
	"baseline_value" numeric(14, 2) NOT NULL,
	"baseline_on" date NOT NULL,
	"target_value" numeric(14, 2) NOT NULL,
	"target_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "provider_discovery" (
	"provider" text PRIMARY KEY NOT NULL,
	"issuer" text NOT NULL,
	"metadata" jsonb,
	"error" text,
	"checked_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "provider_flows" (
	"id" text PRIMARY KEY NOT NULL,
	"provider" text NOT NULL,
	"state" text NOT NULL,
	"nonce" text NOT NULL,
	"code_verifier" text NOT NULL,
	"next" text DEFAULT '/min-side' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"sub" text,
	"acr" text
);
--> statement-breakpoint
CREATE TABLE "provider_links" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"provider" text NOT NULL,
	"sub" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone
);
--> statement-breakpoint
DROP INDEX "registration_options_option_idx";--> statement-breakpoint
ALTER TABLE "news_articles" ADD COLUMN "seo_title" text;--> statement-breakpoint
ALTER TABLE "news_articles" ADD COLUMN "seo_description" text;--> statement-breakpoint
ALTER TABLE "news_articles" ADD COLUMN "social_image" text;--> statement-breakpoint
ALTER TABLE "news_articles" ADD COLUMN "noindex" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "news_articles" ADD COLUMN "unpublish_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "pages" ADD COLUMN "seo_title" text;--> statement-breakpoint
ALTER TABLE "pages" ADD COLUMN "seo_description" text;--> statement-breakpoint
ALTER TABLE "pages" ADD COLUMN "social_image" text;--> statement-breakpoint
ALTER TABLE "pages" ADD COLUMN "noindex" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "pages" ADD COLUMN "unpublish_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "resources" ADD COLUMN "seo_title" text;--> statement-breakpoint
ALTER TABLE "resources" ADD COLUMN "seo_description" text;--> statement-breakpoint
ALTER TABLE "resources" ADD COLUMN "social_image" text;--> statement-breakpoint
ALTER TABLE "resources" ADD COLUMN "noindex" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "resources" ADD COLUMN "unpublish_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "actions" ADD COLUMN "partner_sectors" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "item_images" ADD CONSTRAINT "item_images_file_id_media_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media_files"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media_image_variants" ADD CONSTRAINT "media_image_variants_file_id_media_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media_files"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media_images" ADD CONSTRAINT "media_images_file_id_media_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media_files"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_indicators" ADD CONSTRAINT "action_indicators_action_id_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_indicators" ADD CONSTRAINT "action_indicators_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_municipality_number_workspaces_municipality_number_fk" FOREIGN KEY ("municipality_number") REFERENCES "public"."workspaces"("municipality_number") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_workspace_goal_id_workspace_goals_id_fk" FOREIGN KEY ("workspace_goal_id") REFERENCES "public"."workspace_goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provider_links" ADD CONSTRAINT "provider_links_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "content_reviews_item_uq" ON "content_reviews" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE UNIQUE INDEX "content_working_copies_item_uq" ON "content_working_copies" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "content_working_copies_due_idx" ON "content_working_copies" USING btree ("update_at") WHERE "content_working_copies"."update_at" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "item_images_item_uq" ON "item_images" USING btree ("kind","item_id");--> statement-breakpoint
CREATE INDEX "item_images_file_idx" ON "item_images" USING btree ("file_id");--> statement-breakpoint
CREATE UNIQUE INDEX "media_image_variants_uq" ON "media_image_variants" USING btree ("file_id","width","format");--> statement-breakpoint
CREATE INDEX "action_indicators_indicator_idx" ON "action_indicators" USING btree ("indicator_id");--> statement-breakpoint
CREATE INDEX "indicator_values_indicator_idx" ON "indicator_values" USING btree ("indicator_id","measured_on");--> statement-breakpoint
CREATE INDEX "indicators_municipality_idx" ON "indicators" USING btree ("municipality_number","workspace_goal_id");--> statement-breakpoint
CREATE INDEX "provider_flows_expires_idx" ON "provider_flows" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "provider_links_sub_uq" ON "provider_links" USING btree ("provider","sub");--> statement-breakpoint
CREATE INDEX "provider_links_user_idx" ON "provider_links" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "content_versions_key_idx" ON "content_versions" USING btree ("entity_type",coalesce("data"->>'path', "data"->>'slug'));--> statement-breakpoint
CREATE INDEX "news_updated_idx" ON "news_articles" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "resources_updated_idx" ON "resources" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "resources_file_idx" ON "resources" USING btree ("file_id");--> statement-breakpoint
CREATE INDEX "resources_public_order_idx" ON "resources" USING btree ("featured" DESC NULLS FIRST,"year" DESC NULLS FIRST,"title","id") WHERE status = 'published';--> statement-breakpoint
CREATE INDEX "resources_public_facets_idx" ON "resources" USING btree ("kind","year","published_at") WHERE status = 'published';--> statement-breakpoint
CREATE INDEX "audit_type_at_idx" ON "audit_log" USING btree ("entity_type","at");--> statement-breakpoint
CREATE INDEX "mail_status_id_idx" ON "mail_messages" USING btree ("status","id");--> statement-breakpoint
CREATE INDEX "registrations_event_name_idx" ON "registrations" USING btree ("event_id","status","name","id");--> statement-breakpoint
CREATE INDEX "registrations_event_export_idx" ON "registrations" USING btree ("event_id","status","registered_at","id");--> statement-breakpoint
CREATE INDEX "registrations_attended_idx" ON "registrations" USING btree ("event_id") WHERE status = 'confirmed' and attended_at is not null;--> statement-breakpoint
CREATE INDEX "registration_options_option_idx" ON "registration_options" USING btree ("option_id","status","waitlisted_at","registration_id");--> statement-breakpoint
-- Once: the sectors the insight view used to guess from the partners' names (the same words).
UPDATE "actions" SET "partner_sectors" = CASE
	WHEN "partners" ~ '^\s*$' THEN '{}'::text[]
	ELSE coalesce(nullif(array_remove(ARRAY[
		CASE WHEN "partners" ~* 'skole|oppvekst|sfo|aks\y|elev' THEN 'skole' END,
		CASE WHEN "partners" ~* 'barnehage' THEN 'barnehage' END,
		CASE WHEN "partners" ~* 'helse|psykisk|lege|omsorg|flyktning|introduks' THEN 'helse' END,
		CASE WHEN "partners" ~* '\ynav\y' THEN 'nav' END,
		CASE WHEN "partners" ~* 'bibliotek' THEN 'bibliotek' END,
		CASE WHEN "partners" ~* 'frivillig|lag\y|forening|idrett|korps|menighet' THEN 'frivillighet' END,
		CASE WHEN "partners" ~* 'kultur|kino|museum|kunst' THEN 'kultur' END
	]::text[], NULL), '{}'::text[]), ARRAY['annet']::text[])
END;--> statement-breakpoint
-- /admin/filer's "used by": the files a text links or shows (/filer/<id>/…), as an array an
-- expression index can hold, so finding the texts that use a page of files is an index lookup
-- instead of reading every text that mentions /filer/. (Not in the Drizzle schema: an index on
-- a function; see docs/vekst.md.)
CREATE OR REPLACE FUNCTION "fk_file_refs"(t text) RETURNS integer[]
	LANGUAGE sql IMMUTABLE PARALLEL SAFE
	AS $$ SELECT coalesce(array_agg(DISTINCT m[1]::integer), '{}') FROM regexp_matches(coalesce(t, ''), '/filer/(\d{1,9})/', 'g') AS m $$;--> statement-breakpoint
CREATE INDEX "pages_file_refs_idx" ON "pages" USING gin ("fk_file_refs"("body"));--> statement-breakpoint
CREATE INDEX "news_file_refs_idx" ON "news_articles" USING gin ("fk_file_refs"("body"));--> statement-breakpoint
CREATE INDEX "resources_file_refs_idx" ON "resources" USING gin ("fk_file_refs"("description"));--> statement-breakpoint
CREATE INDEX "faq_file_refs_idx" ON "faq_entries" USING gin ("fk_file_refs"("answer"));--> statement-breakpoint
-- A main image goes with its item: deleting a page, news item, resource, event or story (by
-- any path, a cascade included) deletes its row in item_images in the same transaction, so
-- the image file is no longer counted as used. item_images.item_id points into five tables.
CREATE FUNCTION "delete_item_images"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	DELETE FROM "item_images" WHERE "kind" = TG_ARGV[0] AND "item_id" = OLD."id";
	RETURN OLD;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "pages_images_delete" AFTER DELETE ON "pages" FOR EACH ROW EXECUTE FUNCTION "delete_item_images"('side');
--> statement-breakpoint
CREATE TRIGGER "news_articles_images_delete" AFTER DELETE ON "news_articles" FOR EACH ROW EXECUTE FUNCTION "delete_item_images"('nyhet');
--> statement-breakpoint
CREATE TRIGGER "resources_images_delete" AFTER DELETE ON "resources" FOR EACH ROW EXECUTE FUNCTION "delete_item_images"('ressurs');
--> statement-breakpoint
CREATE TRIGGER "events_images_delete" AFTER DELETE ON "events" FOR EACH ROW EXECUTE FUNCTION "delete_item_images"('arrangement');
--> statement-breakpoint
CREATE TRIGGER "stories_images_delete" AFTER DELETE ON "stories" FOR EACH ROW EXECUTE FUNCTION "delete_item_images"('erfaring');
