CREATE TYPE "public"."content_status" AS ENUM('draft', 'published');--> statement-breakpoint
CREATE TYPE "public"."resource_kind" AS ENUM('rapport', 'temapakke', 'film', 'opptak', 'dokument', 'lenke');--> statement-breakpoint
CREATE TYPE "public"."action_status" AS ENUM('planlagt', 'i_gang', 'fullfort', 'avbrutt');--> statement-breakpoint
CREATE TYPE "public"."learning_phase" AS ENUM('plan', 'handling', 'observasjon', 'refleksjon');--> statement-breakpoint
CREATE TYPE "public"."plan_kind" AS ENUM('samfunnsdel', 'oppvekstplan', 'kulturplan', 'folkehelseplan', 'annen');--> statement-breakpoint
CREATE TYPE "public"."stakeholder_role" AS ENUM('eier', 'ved_bordet', 'bidrar');--> statement-breakpoint
CREATE TYPE "public"."story_status" AS ENUM('utkast', 'foreslatt', 'publisert');--> statement-breakpoint
CREATE TYPE "public"."global_role" AS ENUM('admin', 'redaktor');--> statement-breakpoint
CREATE TYPE "public"."municipal_group_role" AS ENUM('skoleeier', 'kulturskoleleder', 'pedagogisk', 'annen_sektor', 'politiker');--> statement-breakpoint
CREATE TYPE "public"."municipal_role" AS ENUM('koordinator', 'medlem');--> statement-breakpoint
CREATE TYPE "public"."token_purpose" AS ENUM('setup', 'login', 'reset', 'invite');--> statement-breakpoint
CREATE TYPE "public"."mail_status" AS ENUM('queued', 'sent', 'outbox', 'failed');--> statement-breakpoint
CREATE TYPE "public"."event_format" AS ENUM('fysisk', 'digitalt');--> statement-breakpoint
CREATE TYPE "public"."event_status" AS ENUM('draft', 'published', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."event_type" AS ENUM('webinar', 'nettmote', 'seminar', 'verksted', 'temamote', 'samling', 'konferanse');--> statement-breakpoint
CREATE TYPE "public"."question_kind" AS ENUM('text', 'single', 'multiple', 'yesno');--> statement-breakpoint
CREATE TYPE "public"."registration_status" AS ENUM('confirmed', 'waitlisted', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."participant_status" AS ENUM('deltar', 'fullfort', 'trukket');--> statement-breakpoint
CREATE TYPE "public"."programme_kind" AS ENUM('forpilot', 'pilot', 'regionalt', 'nasjonalt');--> statement-breakpoint
CREATE TYPE "public"."programme_status" AS ENUM('utkast', 'planlagt', 'pagar', 'avsluttet');--> statement-breakpoint
CREATE TYPE "public"."application_decision" AS ENUM('ingen', 'tatt_opp', 'venteliste', 'avslag');--> statement-breakpoint
CREATE TYPE "public"."application_status" AS ENUM('utkast', 'sendt', 'trukket');--> statement-breakpoint
CREATE TABLE "counties" (
	"number" char(2) PRIMARY KEY NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "county_chapter_counties" (
	"chapter_id" integer NOT NULL,
	"county_number" char(2) NOT NULL,
	CONSTRAINT "county_chapter_counties_chapter_id_county_number_pk" PRIMARY KEY("chapter_id","county_number")
);
--> statement-breakpoint
CREATE TABLE "county_chapters" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "county_chapters_slug_unique" UNIQUE("slug"),
	CONSTRAINT "county_chapters_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "municipalities" (
	"number" char(4) PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"county_number" char(2) NOT NULL,
	"nk_member" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "app_settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "content_versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" integer NOT NULL,
	"version" integer NOT NULL,
	"data" jsonb NOT NULL,
	"author_id" integer,
	"author_name" text DEFAULT '' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "faq_entries" (
	"id" serial PRIMARY KEY NOT NULL,
	"question" text NOT NULL,
	"answer" text NOT NULL,
	"topic" text DEFAULT 'Generelt' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('norwegian', coalesce(question, '') || ' ' || coalesce(answer, ''))) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "media_files" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"mime" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"data" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" integer
);
--> statement-breakpoint
CREATE TABLE "news_articles" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"lead" text DEFAULT '' NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"dateline" text,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"read_more_url" text,
	"read_more_label" text,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('norwegian', coalesce(title, '') || ' ' || coalesce(lead, '') || ' ' || coalesce(body, ''))) STORED,
	"status" "content_status" DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"publish_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pages" (
	"id" serial PRIMARY KEY NOT NULL,
	"parent_id" integer,
	"position" integer DEFAULT 0 NOT NULL,
	"slug" text NOT NULL,
	"path" text NOT NULL,
	"title" text NOT NULL,
	"menu_title" text,
	"lead" text DEFAULT '' NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"show_in_menu" boolean DEFAULT true NOT NULL,
	"link_url" text,
	"listing" text,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('norwegian', coalesce(title, '') || ' ' || coalesce(lead, '') || ' ' || coalesce(body, ''))) STORED,
	"status" "content_status" DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"publish_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"role" text DEFAULT '' NOT NULL,
	"organisation" text DEFAULT '' NOT NULL,
	"email" text,
	"grouping" text DEFAULT 'Prosjektledelse' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "redirects" (
	"id" serial PRIMARY KEY NOT NULL,
	"from_path" text NOT NULL,
	"to_path" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "redirects_from_path_unique" UNIQUE("from_path")
);
--> statement-breakpoint
CREATE TABLE "resources" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"kind" "resource_kind" NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"year" integer,
	"file_id" integer,
	"url" text,
	"video_url" text,
	"video_url_subtitled" text,
	"duration_seconds" integer,
	"featured" boolean DEFAULT false NOT NULL,
	"transcript" text,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('norwegian', coalesce(title, '') || ' ' || coalesce(description, '') || ' ' || coalesce(transcript, ''))) STORED,
	"status" "content_status" DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"publish_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "actions" (
	"id" serial PRIMARY KEY NOT NULL,
	"municipality_number" char(4) NOT NULL,
	"workspace_goal_id" integer NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"responsible_id" integer,
	"partners" text DEFAULT '' NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"status" "action_status" DEFAULT 'planlagt' NOT NULL,
	"gap_answered" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "drafts" (
	"user_id" integer NOT NULL,
	"municipality_number" char(4) NOT NULL,
	"key" text NOT NULL,
	"text" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "drafts_user_id_municipality_number_key_pk" PRIMARY KEY("user_id","municipality_number","key")
);
--> statement-breakpoint
CREATE TABLE "goal_statements" (
	"id" serial PRIMARY KEY NOT NULL,
	"goal_id" integer NOT NULL,
	"text" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "goals" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"sdgs" integer[] DEFAULT '{}' NOT NULL,
	"theme_page_id" integer,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "goals_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "local_plans" (
	"id" serial PRIMARY KEY NOT NULL,
	"municipality_number" char(4) NOT NULL,
	"name" text NOT NULL,
	"kind" "plan_kind" NOT NULL,
	"url" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "log_entries" (
	"id" serial PRIMARY KEY NOT NULL,
	"municipality_number" char(4) NOT NULL,
	"cycle" integer DEFAULT 1 NOT NULL,
	"phase" "learning_phase" NOT NULL,
	"happened_on" date NOT NULL,
	"author_id" integer,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "log_entry_actions" (
	"entry_id" integer NOT NULL,
	"action_id" integer NOT NULL,
	CONSTRAINT "log_entry_actions_entry_id_action_id_pk" PRIMARY KEY("entry_id","action_id")
);
--> statement-breakpoint
CREATE TABLE "ratings" (
	"response_id" integer NOT NULL,
	"round_statement_id" integer NOT NULL,
	"value" smallint,
	"comment" text DEFAULT '' NOT NULL,
	CONSTRAINT "ratings_response_id_round_statement_id_pk" PRIMARY KEY("response_id","round_statement_id")
);
--> statement-breakpoint
CREATE TABLE "responses" (
	"id" serial PRIMARY KEY NOT NULL,
	"round_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "round_conclusions" (
	"round_id" integer NOT NULL,
	"goal_id" integer NOT NULL,
	"agreed_level" smallint,
	"narrative" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by_id" integer,
	CONSTRAINT "round_conclusions_round_id_goal_id_pk" PRIMARY KEY("round_id","goal_id")
);
--> statement-breakpoint
CREATE TABLE "round_statements" (
	"id" serial PRIMARY KEY NOT NULL,
	"round_id" integer NOT NULL,
	"goal_id" integer NOT NULL,
	"text" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rounds" (
	"id" serial PRIMARY KEY NOT NULL,
	"municipality_number" char(4) NOT NULL,
	"title" text NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"deadline" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"opened_by_id" integer,
	"results" jsonb,
	"answers_deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "stakeholders" (
	"id" serial PRIMARY KEY NOT NULL,
	"workspace_goal_id" integer NOT NULL,
	"actor" text NOT NULL,
	"role" "stakeholder_role" NOT NULL,
	"involved" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stories" (
	"id" serial PRIMARY KEY NOT NULL,
	"municipality_number" char(4) NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"photo_id" integer,
	"photo_alt" text DEFAULT '' NOT NULL,
	"status" "story_status" DEFAULT 'utkast' NOT NULL,
	"review_note" text DEFAULT '' NOT NULL,
	"proposed_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"created_by_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workspace_goals" (
	"id" serial PRIMARY KEY NOT NULL,
	"municipality_number" char(4) NOT NULL,
	"goal_id" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"target_picture" text DEFAULT '' NOT NULL,
	"signs" text[] DEFAULT '{}'::text[] NOT NULL,
	"target_level" smallint DEFAULT 5 NOT NULL,
	"gap" text DEFAULT '' NOT NULL,
	"removed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workspaces" (
	"municipality_number" char(4) PRIMARY KEY NOT NULL,
	"focus_area" text DEFAULT '' NOT NULL,
	"shared_at" timestamp with time zone,
	"shared_by_id" integer,
	"shared_note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" serial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" integer,
	"actor_name" text DEFAULT '' NOT NULL,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text,
	"summary" text DEFAULT '' NOT NULL,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "auth_tokens" (
	"id" text PRIMARY KEY NOT NULL,
	"purpose" "token_purpose" NOT NULL,
	"user_id" integer,
	"email" text NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "chapter_leaders" (
	"user_id" integer NOT NULL,
	"chapter_id" integer NOT NULL,
	CONSTRAINT "chapter_leaders_user_id_chapter_id_pk" PRIMARY KEY("user_id","chapter_id")
);
--> statement-breakpoint
CREATE TABLE "form_stash" (
	"id" text PRIMARY KEY NOT NULL,
	"path" text NOT NULL,
	"action" text DEFAULT '' NOT NULL,
	"data" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "municipality_members" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"municipality_number" char(4) NOT NULL,
	"role" "municipal_role" DEFAULT 'medlem' NOT NULL,
	"group_role" "municipal_group_role",
	"sector" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	"blocked_until" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"device" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" serial PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"organisation" text DEFAULT '' NOT NULL,
	"password_hash" text,
	"global_role" "global_role",
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_login_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "mail_messages" (
	"id" serial PRIMARY KEY NOT NULL,
	"to" text NOT NULL,
	"subject" text NOT NULL,
	"text" text NOT NULL,
	"html" text NOT NULL,
	"template" text NOT NULL,
	"idempotency_key" text,
	"attachments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" "mail_status" DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"next_attempt_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "event_messages" (
	"id" serial PRIMARY KEY NOT NULL,
	"event_id" integer NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"audience" text NOT NULL,
	"recipients" integer DEFAULT 0 NOT NULL,
	"sent_by_id" integer,
	"sent_by_name" text DEFAULT '' NOT NULL,
	"nonce" text NOT NULL,
	"sent_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_questions" (
	"id" serial PRIMARY KEY NOT NULL,
	"event_id" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"kind" "question_kind" NOT NULL,
	"label" text NOT NULL,
	"help" text DEFAULT '' NOT NULL,
	"required" boolean DEFAULT false NOT NULL,
	"options" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"type" "event_type" NOT NULL,
	"title" text NOT NULL,
	"lead" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"agenda" text DEFAULT '' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"format" "event_format" DEFAULT 'fysisk' NOT NULL,
	"venue" text DEFAULT '' NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"meeting_url" text,
	"audience" text DEFAULT '' NOT NULL,
	"organisers" text[] DEFAULT '{}'::text[] NOT NULL,
	"capacity" integer,
	"confirmed_count" integer DEFAULT 0 NOT NULL,
	"waitlisted_count" integer DEFAULT 0 NOT NULL,
	"registration_opens_at" timestamp with time zone,
	"registration_closes_at" timestamp with time zone,
	"status" "event_status" DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"cancel_reason" text,
	"recording_url" text,
	"resources" text DEFAULT '' NOT NULL,
	"chapter_id" integer,
	"programme_id" integer,
	"cohort_only" boolean DEFAULT false NOT NULL,
	"sequence" integer DEFAULT 0 NOT NULL,
	"creation_key" text,
	"reminder_day_for" timestamp with time zone,
	"reminder_hour_for" timestamp with time zone,
	"follow_up_sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registration_tokens" (
	"hash" text PRIMARY KEY NOT NULL,
	"registration_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registrations" (
	"id" serial PRIMARY KEY NOT NULL,
	"event_id" integer NOT NULL,
	"status" "registration_status" NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"email" text,
	"municipality_number" char(4),
	"county_number" char(2),
	"organisation" text,
	"role" text DEFAULT '' NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"dietary" text,
	"dietary_consent_at" timestamp with time zone,
	"registered_at" timestamp with time zone NOT NULL,
	"confirmed_at" timestamp with time zone,
	"waitlisted_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"attended_at" timestamp with time zone,
	"sequence" integer DEFAULT 0 NOT NULL,
	"anonymised_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_chapters" (
	"programme_id" integer NOT NULL,
	"chapter_id" integer NOT NULL,
	CONSTRAINT "programme_chapters_programme_id_chapter_id_pk" PRIMARY KEY("programme_id","chapter_id")
);
--> statement-breakpoint
CREATE TABLE "programme_participants" (
	"programme_id" integer NOT NULL,
	"municipality_number" char(4) NOT NULL,
	"status" "participant_status" DEFAULT 'deltar' NOT NULL,
	"application_id" integer,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programme_participants_programme_id_municipality_number_pk" PRIMARY KEY("programme_id","municipality_number")
);
--> statement-breakpoint
CREATE TABLE "programme_resources" (
	"programme_id" integer NOT NULL,
	"resource_id" integer NOT NULL,
	CONSTRAINT "programme_resources_programme_id_resource_id_pk" PRIMARY KEY("programme_id","resource_id")
);
--> statement-breakpoint
CREATE TABLE "programme_tasks" (
	"id" serial PRIMARY KEY NOT NULL,
	"programme_id" integer NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"due_on" date NOT NULL,
	"event_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programmes" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"kind" "programme_kind" NOT NULL,
	"lead" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"owners" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" "programme_status" DEFAULT 'utkast' NOT NULL,
	"applications_reported" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "programmes_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "task_answer_files" (
	"id" serial PRIMARY KEY NOT NULL,
	"answer_id" integer NOT NULL,
	"name" text NOT NULL,
	"mime" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"data" "bytea" NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "task_answers" (
	"id" serial PRIMARY KEY NOT NULL,
	"task_id" integer NOT NULL,
	"municipality_number" char(4) NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"handed_in_at" timestamp with time zone,
	"handed_in_by_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "application_members" (
	"id" serial PRIMARY KEY NOT NULL,
	"application_id" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"group_role" "municipal_group_role" NOT NULL,
	"municipality_number" char(4) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "application_municipalities" (
	"application_id" integer NOT NULL,
	"call_id" integer NOT NULL,
	"municipality_number" char(4) NOT NULL,
	"withdrawn" boolean DEFAULT false NOT NULL,
	CONSTRAINT "application_municipalities_application_id_municipality_number_pk" PRIMARY KEY("application_id","municipality_number")
);
--> statement-breakpoint
CREATE TABLE "application_scores" (
	"application_id" integer NOT NULL,
	"reviewer_id" integer NOT NULL,
	"criterion" integer NOT NULL,
	"score" smallint,
	"comment" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "application_scores_application_id_reviewer_id_criterion_pk" PRIMARY KEY("application_id","reviewer_id","criterion")
);
--> statement-breakpoint
CREATE TABLE "applications" (
	"id" serial PRIMARY KEY NOT NULL,
	"call_id" integer NOT NULL,
	"status" "application_status" DEFAULT 'utkast' NOT NULL,
	"decision" "application_decision" DEFAULT 'ingen' NOT NULL,
	"motivation" text DEFAULT '' NOT NULL,
	"focus_area" text DEFAULT '' NOT NULL,
	"goal_ids" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"goals_text" text DEFAULT '' NOT NULL,
	"anchoring_plans" text DEFAULT '' NOT NULL,
	"anchoring_political" text DEFAULT '' NOT NULL,
	"contact_name" text DEFAULT '' NOT NULL,
	"contact_email" text DEFAULT '' NOT NULL,
	"contact_phone" text DEFAULT '' NOT NULL,
	"created_by" integer,
	"updated_by" integer,
	"submitted_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"sent_decision" "application_decision",
	"decision_sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "chapter_interests" (
	"id" serial PRIMARY KEY NOT NULL,
	"chapter_id" integer NOT NULL,
	"period" text NOT NULL,
	"municipalities" text DEFAULT '' NOT NULL,
	"contact_name" text NOT NULL,
	"contact_email" text NOT NULL,
	"comments" text DEFAULT '' NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "decision_templates" (
	"call_id" integer NOT NULL,
	"decision" "application_decision" NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "decision_templates_call_id_decision_pk" PRIMARY KEY("call_id","decision")
);
--> statement-breakpoint
CREATE TABLE "programme_calls" (
	"id" serial PRIMARY KEY NOT NULL,
	"programme_id" integer NOT NULL,
	"title" text NOT NULL,
	"lead" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"places" integer NOT NULL,
	"chapter_ids" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"required_roles" "municipal_group_role"[] DEFAULT '{skoleeier,kulturskoleleder,pedagogisk,annen_sektor}' NOT NULL,
	"criteria" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "county_chapter_counties" ADD CONSTRAINT "county_chapter_counties_chapter_id_county_chapters_id_fk" FOREIGN KEY ("chapter_id") REFERENCES "public"."county_chapters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "county_chapter_counties" ADD CONSTRAINT "county_chapter_counties_county_number_counties_number_fk" FOREIGN KEY ("county_number") REFERENCES "public"."counties"("number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipalities" ADD CONSTRAINT "municipalities_county_number_counties_number_fk" FOREIGN KEY ("county_number") REFERENCES "public"."counties"("number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pages" ADD CONSTRAINT "pages_parent_id_pages_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resources" ADD CONSTRAINT "resources_file_id_media_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media_files"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_municipality_number_workspaces_municipality_number_fk" FOREIGN KEY ("municipality_number") REFERENCES "public"."workspaces"("municipality_number") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_workspace_goal_id_workspace_goals_id_fk" FOREIGN KEY ("workspace_goal_id") REFERENCES "public"."workspace_goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_responsible_id_users_id_fk" FOREIGN KEY ("responsible_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drafts" ADD CONSTRAINT "drafts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_statements" ADD CONSTRAINT "goal_statements_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_theme_page_id_pages_id_fk" FOREIGN KEY ("theme_page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "local_plans" ADD CONSTRAINT "local_plans_municipality_number_workspaces_municipality_number_fk" FOREIGN KEY ("municipality_number") REFERENCES "public"."workspaces"("municipality_number") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "log_entries" ADD CONSTRAINT "log_entries_municipality_number_workspaces_municipality_number_fk" FOREIGN KEY ("municipality_number") REFERENCES "public"."workspaces"("municipality_number") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "log_entries" ADD CONSTRAINT "log_entries_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "log_entry_actions" ADD CONSTRAINT "log_entry_actions_entry_id_log_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."log_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "log_entry_actions" ADD CONSTRAINT "log_entry_actions_action_id_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_response_id_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_round_statement_id_round_statements_id_fk" FOREIGN KEY ("round_statement_id") REFERENCES "public"."round_statements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_conclusions" ADD CONSTRAINT "round_conclusions_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_conclusions" ADD CONSTRAINT "round_conclusions_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_conclusions" ADD CONSTRAINT "round_conclusions_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_statements" ADD CONSTRAINT "round_statements_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_statements" ADD CONSTRAINT "round_statements_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rounds" ADD CONSTRAINT "rounds_municipality_number_workspaces_municipality_number_fk" FOREIGN KEY ("municipality_number") REFERENCES "public"."workspaces"("municipality_number") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rounds" ADD CONSTRAINT "rounds_opened_by_id_users_id_fk" FOREIGN KEY ("opened_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stakeholders" ADD CONSTRAINT "stakeholders_workspace_goal_id_workspace_goals_id_fk" FOREIGN KEY ("workspace_goal_id") REFERENCES "public"."workspace_goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stories" ADD CONSTRAINT "stories_municipality_number_workspaces_municipality_number_fk" FOREIGN KEY ("municipality_number") REFERENCES "public"."workspaces"("municipality_number") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stories" ADD CONSTRAINT "stories_photo_id_media_files_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media_files"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stories" ADD CONSTRAINT "stories_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workspace_goals" ADD CONSTRAINT "workspace_goals_municipality_number_workspaces_municipality_number_fk" FOREIGN KEY ("municipality_number") REFERENCES "public"."workspaces"("municipality_number") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workspace_goals" ADD CONSTRAINT "workspace_goals_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workspaces" ADD CONSTRAINT "workspaces_municipality_number_municipalities_number_fk" FOREIGN KEY ("municipality_number") REFERENCES "public"."municipalities"("number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workspaces" ADD CONSTRAINT "workspaces_shared_by_id_users_id_fk" FOREIGN KEY ("shared_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "auth_tokens" ADD CONSTRAINT "auth_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chapter_leaders" ADD CONSTRAINT "chapter_leaders_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chapter_leaders" ADD CONSTRAINT "chapter_leaders_chapter_id_county_chapters_id_fk" FOREIGN KEY ("chapter_id") REFERENCES "public"."county_chapters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipality_members" ADD CONSTRAINT "municipality_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipality_members" ADD CONSTRAINT "municipality_members_municipality_number_municipalities_number_fk" FOREIGN KEY ("municipality_number") REFERENCES "public"."municipalities"("number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_messages" ADD CONSTRAINT "event_messages_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_messages" ADD CONSTRAINT "event_messages_sent_by_id_users_id_fk" FOREIGN KEY ("sent_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_questions" ADD CONSTRAINT "event_questions_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_chapter_id_county_chapters_id_fk" FOREIGN KEY ("chapter_id") REFERENCES "public"."county_chapters"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_tokens" ADD CONSTRAINT "registration_tokens_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_municipality_number_municipalities_number_fk" FOREIGN KEY ("municipality_number") REFERENCES "public"."municipalities"("number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_chapters" ADD CONSTRAINT "programme_chapters_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_chapters" ADD CONSTRAINT "programme_chapters_chapter_id_county_chapters_id_fk" FOREIGN KEY ("chapter_id") REFERENCES "public"."county_chapters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_participants" ADD CONSTRAINT "programme_participants_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_participants" ADD CONSTRAINT "programme_participants_municipality_number_municipalities_number_fk" FOREIGN KEY ("municipality_number") REFERENCES "public"."municipalities"("number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_resources" ADD CONSTRAINT "programme_resources_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_resources" ADD CONSTRAINT "programme_resources_resource_id_resources_id_fk" FOREIGN KEY ("resource_id") REFERENCES "public"."resources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_tasks" ADD CONSTRAINT "programme_tasks_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_tasks" ADD CONSTRAINT "programme_tasks_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_answer_files" ADD CONSTRAINT "task_answer_files_answer_id_task_answers_id_fk" FOREIGN KEY ("answer_id") REFERENCES "public"."task_answers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_answers" ADD CONSTRAINT "task_answers_task_id_programme_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."programme_tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_answers" ADD CONSTRAINT "task_answers_municipality_number_municipalities_number_fk" FOREIGN KEY ("municipality_number") REFERENCES "public"."municipalities"("number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_answers" ADD CONSTRAINT "task_answers_handed_in_by_id_users_id_fk" FOREIGN KEY ("handed_in_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_members" ADD CONSTRAINT "application_members_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_members" ADD CONSTRAINT "application_members_municipality_number_municipalities_number_fk" FOREIGN KEY ("municipality_number") REFERENCES "public"."municipalities"("number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_municipalities" ADD CONSTRAINT "application_municipalities_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_municipalities" ADD CONSTRAINT "application_municipalities_call_id_programme_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."programme_calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_municipalities" ADD CONSTRAINT "application_municipalities_municipality_number_municipalities_number_fk" FOREIGN KEY ("municipality_number") REFERENCES "public"."municipalities"("number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_scores" ADD CONSTRAINT "application_scores_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_scores" ADD CONSTRAINT "application_scores_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_call_id_programme_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."programme_calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chapter_interests" ADD CONSTRAINT "chapter_interests_chapter_id_county_chapters_id_fk" FOREIGN KEY ("chapter_id") REFERENCES "public"."county_chapters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chapter_interests" ADD CONSTRAINT "chapter_interests_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_templates" ADD CONSTRAINT "decision_templates_call_id_programme_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."programme_calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_calls" ADD CONSTRAINT "programme_calls_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "content_versions_entity_idx" ON "content_versions" USING btree ("entity_type","entity_id","version");--> statement-breakpoint
CREATE INDEX "faq_search_idx" ON "faq_entries" USING gin ("search");--> statement-breakpoint
CREATE INDEX "media_files_sha_idx" ON "media_files" USING btree ("sha256");--> statement-breakpoint
CREATE UNIQUE INDEX "news_slug_uq" ON "news_articles" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "news_published_idx" ON "news_articles" USING btree ("status","published_at");--> statement-breakpoint
CREATE INDEX "news_search_idx" ON "news_articles" USING gin ("search");--> statement-breakpoint
CREATE UNIQUE INDEX "pages_path_uq" ON "pages" USING btree ("path");--> statement-breakpoint
CREATE INDEX "pages_parent_idx" ON "pages" USING btree ("parent_id","position");--> statement-breakpoint
CREATE INDEX "pages_search_idx" ON "pages" USING gin ("search");--> statement-breakpoint
CREATE UNIQUE INDEX "resources_slug_uq" ON "resources" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "resources_kind_year_idx" ON "resources" USING btree ("kind","year");--> statement-breakpoint
CREATE INDEX "resources_search_idx" ON "resources" USING gin ("search");--> statement-breakpoint
CREATE INDEX "actions_municipality_idx" ON "actions" USING btree ("municipality_number");--> statement-breakpoint
CREATE INDEX "goal_statements_goal_idx" ON "goal_statements" USING btree ("goal_id","position");--> statement-breakpoint
CREATE INDEX "log_entries_municipality_idx" ON "log_entries" USING btree ("municipality_number","cycle");--> statement-breakpoint
CREATE UNIQUE INDEX "responses_uq" ON "responses" USING btree ("round_id","user_id");--> statement-breakpoint
CREATE INDEX "rounds_municipality_idx" ON "rounds" USING btree ("municipality_number","opened_at");--> statement-breakpoint
CREATE UNIQUE INDEX "stories_slug_uq" ON "stories" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "stories_status_idx" ON "stories" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "workspace_goals_uq" ON "workspace_goals" USING btree ("municipality_number","goal_id");--> statement-breakpoint
CREATE INDEX "audit_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "auth_tokens_email_idx" ON "auth_tokens" USING btree ("email");--> statement-breakpoint
CREATE UNIQUE INDEX "municipality_members_uq" ON "municipality_members" USING btree ("user_id","municipality_number");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_uq" ON "users" USING btree ("email");--> statement-breakpoint
CREATE UNIQUE INDEX "mail_idempotency_uq" ON "mail_messages" USING btree ("idempotency_key");--> statement-breakpoint
CREATE INDEX "mail_status_idx" ON "mail_messages" USING btree ("status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "event_messages_nonce_uq" ON "event_messages" USING btree ("event_id","nonce");--> statement-breakpoint
CREATE INDEX "event_questions_event_idx" ON "event_questions" USING btree ("event_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "events_slug_uq" ON "events" USING btree ("slug");--> statement-breakpoint
CREATE UNIQUE INDEX "events_creation_key_uq" ON "events" USING btree ("creation_key");--> statement-breakpoint
CREATE INDEX "events_status_start_idx" ON "events" USING btree ("status","starts_at");--> statement-breakpoint
CREATE INDEX "events_chapter_idx" ON "events" USING btree ("chapter_id");--> statement-breakpoint
CREATE INDEX "registration_tokens_reg_idx" ON "registration_tokens" USING btree ("registration_id");--> statement-breakpoint
CREATE UNIQUE INDEX "registrations_active_email_uq" ON "registrations" USING btree ("event_id","email") WHERE status <> 'cancelled';--> statement-breakpoint
CREATE INDEX "registrations_event_status_idx" ON "registrations" USING btree ("event_id","status","waitlisted_at","id");--> statement-breakpoint
CREATE INDEX "programme_participants_municipality_idx" ON "programme_participants" USING btree ("municipality_number");--> statement-breakpoint
CREATE INDEX "programme_tasks_programme_idx" ON "programme_tasks" USING btree ("programme_id","due_on");--> statement-breakpoint
CREATE INDEX "task_answer_files_answer_idx" ON "task_answer_files" USING btree ("answer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "task_answers_task_municipality_uq" ON "task_answers" USING btree ("task_id","municipality_number");--> statement-breakpoint
CREATE INDEX "application_members_app_idx" ON "application_members" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "application_members_email_idx" ON "application_members" USING btree ("email");--> statement-breakpoint
CREATE UNIQUE INDEX "application_municipalities_live_uq" ON "application_municipalities" USING btree ("call_id","municipality_number") WHERE not "application_municipalities"."withdrawn";--> statement-breakpoint
CREATE INDEX "applications_call_idx" ON "applications" USING btree ("call_id");--> statement-breakpoint
CREATE UNIQUE INDEX "programme_calls_programme_uq" ON "programme_calls" USING btree ("programme_id");