ALTER TYPE "public"."token_purpose" ADD VALUE 'provider_link';--> statement-breakpoint
CREATE TABLE "provider_discovery" (
	"provider" text PRIMARY KEY NOT NULL,
	"issuer" text NOT NULL,
	"metadata" jsonb,
	"error" text,
	"checked_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "provider_flows" (
	"id" text PRIMARY KEY NOT NULL,
	"provider" text NOT NULL,
	"state" text NOT NULL,
	"nonce" text NOT NULL,
	"code_verifier" text NOT NULL,
	"next" text DEFAULT '/min-side' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"sub" text,
	"acr" text
);
--> statement-breakpoint
CREATE TABLE "provider_links" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"provider" text NOT NULL,
	"sub" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "provider_links" ADD CONSTRAINT "provider_links_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "provider_flows_expires_idx" ON "provider_flows" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "provider_links_sub_uq" ON "provider_links" USING btree ("provider","sub");--> statement-breakpoint
CREATE INDEX "provider_links_user_idx" ON "provider_links" USING btree ("user_id");