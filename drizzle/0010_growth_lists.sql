DROP INDEX "registration_options_option_idx";--> statement-breakpoint
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
CREATE INDEX "faq_file_refs_idx" ON "faq_entries" USING gin ("fk_file_refs"("answer"));
