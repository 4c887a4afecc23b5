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
	text
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { editable, timestamptz } from '../db/types';
import { countyChapters, municipalities } from '../geo/schema';

export const programmeKinds = ['forpilot', 'pilot', 'regionalt', 'nasjonalt'] as const;
export type ProgrammeKind = (typeof programmeKinds)[number];
export const programmeKind = pgEnum('programme_kind', programmeKinds);

/** utkast: only staff see it; the rest are public. */
export const programmeStatuses = ['utkast', 'planlagt', 'pagar', 'avsluttet'] as const;
export type ProgrammeStatus = (typeof programmeStatuses)[number];
export const programmeStatus = pgEnum('programme_status', programmeStatuses);

export const programmes = pgTable('programmes', {
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
	...editable()
});

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
