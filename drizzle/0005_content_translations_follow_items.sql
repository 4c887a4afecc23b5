ALTER TABLE "content_translations" ADD COLUMN "source_hash" text;--> statement-breakpoint
-- A translation goes with its item: deleting a page, news item, resource, FAQ entry, event,
-- programme, call or story (by any path: a service, a cascade from its programme or
-- municipality, a retention job) deletes its rows in content_translations, in the same
-- transaction. content_translations.item_id points into eight tables, so a foreign key
-- cannot say this; one trigger per table can.
CREATE FUNCTION "delete_content_translations"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	DELETE FROM "content_translations" WHERE "kind" = TG_ARGV[0] AND "item_id" = OLD."id";
	RETURN OLD;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "pages_translations_delete" AFTER DELETE ON "pages" FOR EACH ROW EXECUTE FUNCTION "delete_content_translations"('side');
--> statement-breakpoint
CREATE TRIGGER "news_articles_translations_delete" AFTER DELETE ON "news_articles" FOR EACH ROW EXECUTE FUNCTION "delete_content_translations"('nyhet');
--> statement-breakpoint
CREATE TRIGGER "resources_translations_delete" AFTER DELETE ON "resources" FOR EACH ROW EXECUTE FUNCTION "delete_content_translations"('ressurs');
--> statement-breakpoint
CREATE TRIGGER "faq_entries_translations_delete" AFTER DELETE ON "faq_entries" FOR EACH ROW EXECUTE FUNCTION "delete_content_translations"('sporsmal');
--> statement-breakpoint
CREATE TRIGGER "events_translations_delete" AFTER DELETE ON "events" FOR EACH ROW EXECUTE FUNCTION "delete_content_translations"('arrangement');
--> statement-breakpoint
CREATE TRIGGER "programmes_translations_delete" AFTER DELETE ON "programmes" FOR EACH ROW EXECUTE FUNCTION "delete_content_translations"('program');
--> statement-breakpoint
CREATE TRIGGER "programme_calls_translations_delete" AFTER DELETE ON "programme_calls" FOR EACH ROW EXECUTE FUNCTION "delete_content_translations"('utlysing');
--> statement-breakpoint
CREATE TRIGGER "stories_translations_delete" AFTER DELETE ON "stories" FOR EACH ROW EXECUTE FUNCTION "delete_content_translations"('erfaring');
