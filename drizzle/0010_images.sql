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
ALTER TABLE "item_images" ADD CONSTRAINT "item_images_file_id_media_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media_files"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media_image_variants" ADD CONSTRAINT "media_image_variants_file_id_media_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media_files"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media_images" ADD CONSTRAINT "media_images_file_id_media_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media_files"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "item_images_item_uq" ON "item_images" USING btree ("kind","item_id");--> statement-breakpoint
CREATE INDEX "item_images_file_idx" ON "item_images" USING btree ("file_id");--> statement-breakpoint
CREATE UNIQUE INDEX "media_image_variants_uq" ON "media_image_variants" USING btree ("file_id","width","format");--> statement-breakpoint
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
