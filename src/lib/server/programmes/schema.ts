/**
 * Development programmes and who takes part. The programme runs in rounds: a pre-pilot, a
 * pilot, then regional programmes that county chapters run (and national ones). A
 * municipality becomes a participant when it is admitted through the programme's call
 * (calls and applications live in ./calls-schema.ts) or is entered by staff.
 */
import {
	char,
	date,
	index,
	integer,
	pgEnum,
	pgTable,
	primaryKey,
	serial,
	text,
	uniqueIndex
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { bytea, editable, timestamptz, tsvector } from '../db/types';
import { countyChapters, municipalities } from '../geo/schema';
import { resources } from '../content/schema';
import { users } from '../accounts/schema';
import { events } from '../events/schema';

export const programmeKinds = ['forpilot', 'pilot', 'regionalt', 'nasjonalt'] as const;
export type ProgrammeKind = (typeof programmeKinds)[number];
export const programmeKind = pgEnum('programme_kind', programmeKinds);

/** utkast: only staff see it; the rest are public. */
export const programmeStatuses = ['utkast', 'planlagt', 'pagar', 'avsluttet'] as const;
export type ProgrammeStatus = (typeof programmeStatuses)[number];
export const programmeStatus = pgEnum('programme_status', programmeStatuses);

export const programmes = pgTable(
	'programmes',
	{
		id: serial('id').primaryKey(),
		slug: text('slug').notNull().unique(),
		name: text('name').notNull(),
		kind: programmeKind('kind').notNull(),
		lead: text('lead').notNull().default(''),
		/** Markdown. */
		description: text('description').notNull().default(''),
		startsOn: date('starts_on', { mode: 'string' }),
		endsOn: date('ends_on', { mode: 'string' }),
		/** Owner organisations ("Norsk kulturskoleråd", "KS"). */
		owners: text('owners')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		status: programmeStatus('status').notNull().default('utkast'),
		/**
		 * How many applied, for rounds whose applications are not in the system (the pilot had
		 * 55); null means count the applications instead.
		 */
		applicationsReported: integer('applications_reported'),
		/** Searched by /sok (programmes that are not drafts). */
		search: tsvector('search').generatedAlwaysAs(
			sql`to_tsvector('norwegian', coalesce(name, '') || ' ' || coalesce(lead, '') || ' ' || coalesce(description, ''))`
		),
		...editable()
	},
	(t) => [index('programmes_search_idx').using('gin', t.search)]
);

/** The county chapter(s) that run a regional programme. */
export const programmeChapters = pgTable(
	'programme_chapters',
	{
		programmeId: integer('programme_id')
			.notNull()
			.references(() => programmes.id, { onDelete: 'cascade' }),
		chapterId: integer('chapter_id')
			.notNull()
			.references(() => countyChapters.id)
	},
	(t) => [primaryKey({ columns: [t.programmeId, t.chapterId] })]
);

/** deltar: in the cohort now; fullfort: completed the round; trukket: left before the end. */
export const participantStatuses = ['deltar', 'fullfort', 'trukket'] as const;
export type ParticipantStatus = (typeof participantStatuses)[number];
export const participantStatus = pgEnum('participant_status', participantStatuses);

export const programmeParticipants = pgTable(
	'programme_participants',
	{
		programmeId: integer('programme_id')
			.notNull()
			.references(() => programmes.id, { onDelete: 'cascade' }),
		municipalityNumber: char('municipality_number', { length: 4 })
			.notNull()
			.references(() => municipalities.number),
		status: participantStatus('status').notNull().default('deltar'),
		/** The application that admitted it (null for rounds entered by staff). */
		applicationId: integer('application_id'),
		joinedAt: timestamptz('joined_at').notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.programmeId, t.municipalityNumber] }),
		index('programme_participants_municipality_idx').on(t.municipalityNumber)
	]
);

/** Resources (reports, films, theme packages) shown on the programme's public page. */
export const programmeResources = pgTable(
	'programme_resources',
	{
		programmeId: integer('programme_id')
			.notNull()
			.references(() => programmes.id, { onDelete: 'cascade' }),
		resourceId: integer('resource_id')
			.notNull()
			.references(() => resources.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.programmeId, t.resourceId] })]
);

/**
 * Mellomarbeid (between-work): a task the municipalities of a programme do at home between
 * gatherings, with a due date, optionally tied to the gathering it prepares.
 */
export const programmeTasks = pgTable(
	'programme_tasks',
	{
		id: serial('id').primaryKey(),
		programmeId: integer('programme_id')
			.notNull()
			.references(() => programmes.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		/** Markdown. */
		description: text('description').notNull().default(''),
		dueOn: date('due_on', { mode: 'string' }).notNull(),
		eventId: integer('event_id').references(() => events.id, { onDelete: 'set null' }),
		...editable()
	},
	(t) => [index('programme_tasks_programme_idx').on(t.programmeId, t.dueOn)]
);

/**
 * A municipality's answer to a task: text and files, editable until handed in. Answers are
 * the group's work notes; they are deleted with the files three years after the programme
 * ended (programmes/jobs.ts), since they may name people.
 */
export const taskAnswers = pgTable(
	'task_answers',
	{
		id: serial('id').primaryKey(),
		taskId: integer('task_id')
			.notNull()
			.references(() => programmeTasks.id, { onDelete: 'cascade' }),
		municipalityNumber: char('municipality_number', { length: 4 })
			.notNull()
			.references(() => municipalities.number),
		text: text('text').notNull().default(''),
		handedInAt: timestamptz('handed_in_at'),
		handedInById: integer('handed_in_by_id').references(() => users.id, { onDelete: 'set null' }),
		...editable()
	},
	(t) => [uniqueIndex('task_answers_task_municipality_uq').on(t.taskId, t.municipalityNumber)]
);

/** Files attached to an answer: private to the municipality and programme staff. */
export const taskAnswerFiles = pgTable(
	'task_answer_files',
	{
		id: serial('id').primaryKey(),
		answerId: integer('answer_id')
			.notNull()
			.references(() => taskAnswers.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		mime: text('mime').notNull(),
		size: integer('size').notNull(),
		sha256: text('sha256').notNull(),
		data: bytea('data').notNull(),
		uploadedAt: timestamptz('uploaded_at').notNull()
	},
	(t) => [index('task_answer_files_answer_idx').on(t.answerId)]
);
