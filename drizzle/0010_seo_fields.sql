ALTER TABLE "news_articles" ADD COLUMN "seo_title" text;--> statement-breakpoint
ALTER TABLE "news_articles" ADD COLUMN "seo_description" text;--> statement-breakpoint
ALTER TABLE "news_articles" ADD COLUMN "social_image" text;--> statement-breakpoint
ALTER TABLE "news_articles" ADD COLUMN "noindex" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "pages" ADD COLUMN "seo_title" text;--> statement-breakpoint
ALTER TABLE "pages" ADD COLUMN "seo_description" text;--> statement-breakpoint
ALTER TABLE "pages" ADD COLUMN "social_image" text;--> statement-breakpoint
ALTER TABLE "pages" ADD COLUMN "noindex" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "resources" ADD COLUMN "seo_title" text;--> statement-breakpoint
ALTER TABLE "resources" ADD COLUMN "seo_description" text;--> statement-breakpoint
ALTER TABLE "resources" ADD COLUMN "social_image" text;--> statement-breakpoint
ALTER TABLE "resources" ADD COLUMN "noindex" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "content_versions_key_idx" ON "content_versions" USING btree ("entity_type",coalesce("data"->>'path', "data"->>'slug'));