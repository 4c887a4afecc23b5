/**
 * After the event: the certificate's hours, the evaluation's questions, who has answered it
 * and the answers. An answer is stored without anyone's id: a separate mark only records
 * that a person has answered (so no one answers twice), and nothing links the two.
 */
import { sql } from 'drizzle-orm';
import { index, integer, jsonb, numeric, pgTable, serial, text } from 'drizzle-orm/pg-core';
import { timestamptz } from '../db/types';
import { events, registrations } from './schema';

export const EVALUATION_KINDS = ['scale', 'text'] as const;
export type EvaluationKind = (typeof EVALUATION_KINDS)[number];

/** Per event: the certificate's hours (null: from start and end) and when the invitations went. */
export const eventAfter = pgTable('event_after', {
	eventId: integer('event_id')
		.primaryKey()
		.references(() => events.id, { onDelete: 'cascade' }),
	certificateHours: numeric('certificate_hours', { precision: 5, scale: 1 }),
	evaluationInvitedAt: timestamptz('evaluation_invited_at'),
	updatedAt: timestamptz('updated_at').notNull().defaultNow()
});

export const evaluationQuestions = pgTable(
	'evaluation_questions',
	{
		id: serial('id').primaryKey(),
		eventId: integer('event_id')
			.notNull()
			.references(() => events.id, { onDelete: 'cascade' }),
		position: integer('position').notNull().default(0),
		kind: text('kind').$type<EvaluationKind>().notNull(),
		label: text('label').notNull(),
		createdAt: timestamptz('created_at').notNull().defaultNow()
	},
	(t) => [index('evaluation_questions_event_idx').on(t.eventId, t.position)]
);

/**
 * Who has answered (so no one answers twice): the registration only, with no time, so the
 * mark cannot be matched to an answer. Gone with the registration.
 */
export const evaluationAnswered = pgTable(
	'evaluation_answered',
	{
		registrationId: integer('registration_id')
			.primaryKey()
			.references(() => registrations.id, { onDelete: 'cascade' }),
		eventId: integer('event_id')
			.notNull()
			.references(() => events.id, { onDelete: 'cascade' })
	},
	(t) => [index('evaluation_answered_event_idx').on(t.eventId)]
);

/** Answers by question id (1–5 or text). No person, no time: anonymous by design. */
export type EvaluationAnswers = Record<string, number | string>;

export const evaluationResponses = pgTable(
	'evaluation_responses',
	{
		id: serial('id').primaryKey(),
		eventId: integer('event_id')
			.notNull()
			.references(() => events.id, { onDelete: 'cascade' }),
		answers: jsonb('answers')
			.$type<EvaluationAnswers>()
			.notNull()
			.default(sql`'{}'::jsonb`)
	},
	(t) => [index('evaluation_responses_event_idx').on(t.eventId)]
);
