CREATE TYPE "public"."indicator_kind" AS ENUM('antall', 'prosent');--> statement-breakpoint
CREATE TABLE "action_indicators" (
	"action_id" integer NOT NULL,
	"indicator_id" integer NOT NULL,
	CONSTRAINT "action_indicators_action_id_indicator_id_pk" PRIMARY KEY("action_id","indicator_id")
);
--> statement-breakpoint
CREATE TABLE "indicator_values" (
	"id" serial PRIMARY KEY NOT NULL,
	"indicator_id" integer NOT NULL,
	"value" numeric(14, 2) NOT NULL,
	"measured_on" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" serial PRIMARY KEY NOT NULL,
	"municipality_number" char(4) NOT NULL,
	"workspace_goal_id" integer NOT NULL,
	"sign" text NOT NULL,
	"name" text NOT NULL,
	"kind" "indicator_kind" DEFAULT 'antall' NOT NULL,
	"unit" text DEFAULT '' NOT NULL,
	"baseline_value" numeric(14, 2) NOT NULL,
	"baseline_on" date NOT NULL,
	"target_value" numeric(14, 2) NOT NULL,
	"target_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "action_indicators" ADD CONSTRAINT "action_indicators_action_id_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_indicators" ADD CONSTRAINT "action_indicators_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_municipality_number_workspaces_municipality_number_fk" FOREIGN KEY ("municipality_number") REFERENCES "public"."workspaces"("municipality_number") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_workspace_goal_id_workspace_goals_id_fk" FOREIGN KEY ("workspace_goal_id") REFERENCES "public"."workspace_goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "action_indicators_indicator_idx" ON "action_indicators" USING btree ("indicator_id");--> statement-breakpoint
CREATE INDEX "indicator_values_indicator_idx" ON "indicator_values" USING btree ("indicator_id","measured_on");--> statement-breakpoint
CREATE INDEX "indicators_municipality_idx" ON "indicators" USING btree ("municipality_number","workspace_goal_id");