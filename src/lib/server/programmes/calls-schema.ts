/**
 * Calls (utlysninger), applications, review and decisions, and the county chapters' interest
 * in running a regional programme. A municipality has at most one live application per call
 * (a partial unique index); admissions never exceed the call's places (the admitting
 * transaction locks the call row).
 */
import {
	boolean,
	char,
	index,
	integer,
	pgEnum,
	pgTable,
	primaryKey,
	serial,
	smallint,
	text,
	uniqueIndex
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { editable, personLang, personLangCheck, timestamptz, tsvector } from '../db/types';
import { countyChapters, municipalities } from '../geo/schema';
import { municipalGroupRole, users } from '../accounts/schema';
import { programmes } from './schema';

export const programmeCalls = pgTable(
	'programme_calls',
	{
		id: serial('id').primaryKey(),
		programmeId: integer('programme_id')
			.notNull()
			.references(() => programmes.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		lead: text('lead').notNull().default(''),
		/** Markdown. */
		description: text('description').notNull().default(''),
		opensAt: timestamptz('opens_at').notNull(),
		closesAt: timestamptz('closes_at').notNull(),
		/** How many municipalities may be admitted. */
		places: integer('places').notNull(),
		/** Only municipalities in these county chapters may apply; empty: every member. */
		chapterIds: integer('chapter_ids')
			.array()
			.notNull()
			.default(sql`'{}'::integer[]`),
		/** The minimum composition of the group. */
		requiredRoles: municipalGroupRole('required_roles')
			.array()
			.notNull()
			.default(sql`'{skoleeier,kulturskoleleder,pedagogisk,annen_sektor}'`),
		/** What reviewers score (1–5), one per line in the form. */
		criteria: text('criteria')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		/** Searched by /sok (calls of programmes that are not drafts). */
		search: tsvector('search').generatedAlwaysAs(
			sql`to_tsvector('norwegian', coalesce(title, '') || ' ' || coalesce(lead, '') || ' ' || coalesce(description, ''))`
		),
		...editable()
	},
	(t) => [
		uniqueIndex('programme_calls_programme_uq').on(t.programmeId),
		index('programme_calls_search_idx').using('gin', t.search)
	]
);

export const applicationStatuses = ['utkast', 'sendt', 'trukket'] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];
export const applicationStatus = pgEnum('application_status', applicationStatuses);

export const decisions = ['ingen', 'tatt_opp', 'venteliste', 'avslag'] as const;
export type Decision = (typeof decisions)[number];
export const applicationDecision = pgEnum('application_decision', decisions);

export const applications = pgTable(
	'applications',
	{
		id: serial('id').primaryKey(),
		callId: integer('call_id')
			.notNull()
			.references(() => programmeCalls.id, { onDelete: 'cascade' }),
		status: applicationStatus('status').notNull().default('utkast'),
		decision: applicationDecision('decision').notNull().default('ingen'),
		motivation: text('motivation').notNull().default(''),
		focusArea: text('focus_area').notNull().default(''),
		/** Goals from the catalogue (fremtidsbilde goals). */
		goalIds: integer('goal_ids')
			.array()
			.notNull()
			.default(sql`'{}'::integer[]`),
		goalsText: text('goals_text').notNull().default(''),
		anchoringPlans: text('anchoring_plans').notNull().default(''),
		anchoringPolitical: text('anchoring_political').notNull().default(''),
		contactName: text('contact_name').notNull().default(''),
		contactEmail: text('contact_email').notNull().default(''),
		contactPhone: text('contact_phone').notNull().default(''),
		/** The language the application was written in: the contact's mails are in it. */
		lang: personLang(),
		createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
		updatedBy: integer('updated_by').references(() => users.id, { onDelete: 'set null' }),
		submittedAt: timestamptz('submitted_at'),
		withdrawnAt: timestamptz('withdrawn_at'),
		decidedAt: timestamptz('decided_at'),
		/** The decision the last decision mail told them (null: none sent). */
		sentDecision: applicationDecision('sent_decision'),
		decisionSentAt: timestamptz('decision_sent_at'),
		...editable()
	},
	(t) => [index('applications_call_idx').on(t.callId), personLangCheck('applications', t.lang)]
);

/** The municipalities an application is for; a withdrawn application frees them. */
export const applicationMunicipalities = pgTable(
	'application_municipalities',
	{
		applicationId: integer('application_id')
			.notNull()
			.references(() => applications.id, { onDelete: 'cascade' }),
		callId: integer('call_id')
			.notNull()
			.references(() => programmeCalls.id, { onDelete: 'cascade' }),
		municipalityNumber: char('municipality_number', { length: 4 })
			.notNull()
			.references(() => municipalities.number),
		withdrawn: boolean('withdrawn').notNull().default(false)
	},
	(t) => [
		primaryKey({ columns: [t.applicationId, t.municipalityNumber] }),
		uniqueIndex('application_municipalities_live_uq')
			.on(t.callId, t.municipalityNumber)
			.where(sql`not ${t.withdrawn}`)
	]
);

/** The group the application names (they are invited to the municipality's group when admitted). */
export const applicationMembers = pgTable(
	'application_members',
	{
		id: serial('id').primaryKey(),
		applicationId: integer('application_id')
			.notNull()
			.references(() => applications.id, { onDelete: 'cascade' }),
		position: integer('position').notNull().default(0),
		name: text('name').notNull(),
		email: text('email').notNull(),
		groupRole: municipalGroupRole('group_role').notNull(),
		municipalityNumber: char('municipality_number', { length: 4 })
			.notNull()
			.references(() => municipalities.number)
	},
	(t) => [
		index('application_members_app_idx').on(t.applicationId),
		index('application_members_email_idx').on(t.email)
	]
);

/** Internal scores (1–5) and comments, per criterion (its index in the call) and reviewer. */
export const applicationScores = pgTable(
	'application_scores',
	{
		applicationId: integer('application_id')
			.notNull()
			.references(() => applications.id, { onDelete: 'cascade' }),
		reviewerId: integer('reviewer_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		criterion: integer('criterion').notNull(),
		score: smallint('score'),
		comment: text('comment').notNull().default(''),
		updatedAt: timestamptz('updated_at').notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.applicationId, t.reviewerId, t.criterion] })]
);

/** The decision mails of a call, editable; {kommune} and {program} are filled in. */
export const decisionTemplates = pgTable(
	'decision_templates',
	{
		callId: integer('call_id')
			.notNull()
			.references(() => programmeCalls.id, { onDelete: 'cascade' }),
		decision: applicationDecision('decision').notNull(),
		subject: text('subject').notNull(),
		body: text('body').notNull(),
		updatedAt: timestamptz('updated_at').notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.callId, t.decision] })]
);

/** A county chapter's interest in running a regional programme. */
export const chapterInterests = pgTable('chapter_interests', {
	id: serial('id').primaryKey(),
	chapterId: integer('chapter_id')
		.notNull()
		.references(() => countyChapters.id, { onDelete: 'cascade' }),
	period: text('period').notNull(),
	municipalities: text('municipalities').notNull().default(''),
	contactName: text('contact_name').notNull(),
	contactEmail: text('contact_email').notNull(),
	comments: text('comments').notNull().default(''),
	createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
	createdAt: timestamptz('created_at').notNull().defaultNow()
});
