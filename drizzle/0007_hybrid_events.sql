CREATE TYPE "public"."attendance" AS ENUM('fysisk', 'digitalt');--> statement-breakpoint
ALTER TYPE "public"."event_format" ADD VALUE 'hybrid';--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "digital_capacity" integer;--> statement-breakpoint
ALTER TABLE "registrations" ADD COLUMN "attendance" "attendance";