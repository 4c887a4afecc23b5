ALTER TABLE "round_conclusions" ADD COLUMN "level_from_mean" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "rounds" ADD COLUMN "reminded_at" timestamp with time zone;