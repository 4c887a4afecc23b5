CREATE TYPE "public"."option_status" AS ENUM('confirmed', 'waitlisted', 'pending');--> statement-breakpoint
CREATE TABLE "event_options" (
	"id" serial PRIMARY KEY NOT NULL,
	"event_id" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"name" text NOT NULL,
	"capacity" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registration_options" (
	"registration_id" integer NOT NULL,
	"option_id" integer NOT NULL,
	"status" "option_status" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"waitlisted_at" timestamp with time zone,
	CONSTRAINT "registration_options_registration_id_option_id_pk" PRIMARY KEY("registration_id","option_id")
);
--> statement-breakpoint
ALTER TABLE "event_options" ADD CONSTRAINT "event_options_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_options" ADD CONSTRAINT "registration_options_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_options" ADD CONSTRAINT "registration_options_option_id_event_options_id_fk" FOREIGN KEY ("option_id") REFERENCES "public"."event_options"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "event_options_event_idx" ON "event_options" USING btree ("event_id","position");--> statement-breakpoint
CREATE INDEX "registration_options_option_idx" ON "registration_options" USING btree ("option_id","status","waitlisted_at");