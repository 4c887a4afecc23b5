ALTER TABLE "round_conclusions" ADD COLUMN "level_from_mean" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "rounds" ADD COLUMN "reminded_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "media_files_created_idx" ON "media_files" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "pages_menu_idx" ON "pages" USING btree ("parent_id","position") WHERE "pages"."show_in_menu";--> statement-breakpoint
CREATE INDEX "users_name_idx" ON "users" USING btree ("name","id");