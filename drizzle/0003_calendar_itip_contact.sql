CREATE TABLE "calendar_sequences" (
	"event_id" integer NOT NULL,
	"person" text NOT NULL,
	"sequence" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "mail_messages" ADD COLUMN "reply_to" text;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "contact_name" text;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "contact_email" text;--> statement-breakpoint
ALTER TABLE "calendar_sequences" ADD CONSTRAINT "calendar_sequences_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_sequences_uq" ON "calendar_sequences" USING btree ("event_id","person");