ALTER TABLE "users" ADD COLUMN "lang" text DEFAULT 'nb' NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "lang_chosen_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "registrations" ADD COLUMN "lang" text DEFAULT 'nb' NOT NULL;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "lang" text DEFAULT 'nb' NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_lang_check" CHECK ("users"."lang" in ('nb', 'nn', 'en'));--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_lang_check" CHECK ("registrations"."lang" in ('nb', 'nn', 'en'));--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_lang_check" CHECK ("applications"."lang" in ('nb', 'nn', 'en'));