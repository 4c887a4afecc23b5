/** An event as registration needs it: its row and its questions, read in one query. */
import { asc, eq, sql } from 'drizzle-orm';
import { db, type DbOrTx } from '../../db/client';
import { eventQuestions, events } from '../schema';
import type { EventRow } from '../mail';
import type { FormQuestion } from '$lib/forms/events';

export type QuestionRow = typeof eventQuestions.$inferSelect;

export async function questionsOf(eventId: number, tx: DbOrTx = db): Promise<QuestionRow[]> {
	return tx
		.select()
		.from(eventQuestions)
		.where(eq(eventQuestions.eventId, eventId))
		.orderBy(asc(eventQuestions.position), asc(eventQuestions.id));
}

export const toFormQuestion = (q: QuestionRow): FormQuestion => ({
	id: q.id,
	kind: q.kind,
	label: q.label,
	help: q.help,
	required: q.required,
	options: q.options
});

export interface RegistrationTarget {
	event: EventRow;
	questions: FormQuestion[];
}

const questionsJson = sql<FormQuestion[]>`coalesce((
	select json_agg(json_build_object('id', q.id, 'kind', q.kind, 'label', q.label, 'help', q.help,
		'required', q.required, 'options', q.options) order by q.position, q.id)
	from ${eventQuestions} q where q.event_id = "events"."id"), '[]'::json)`;

// Built once (prepared statements): registration is the hot path of a burst.
let targetQueries:
	{ byId: ReturnType<typeof prepareTarget>; bySlug: ReturnType<typeof prepareTarget> } | undefined;

function prepareTarget(by: 'id' | 'slug') {
	return db
		.select({ event: events, questions: questionsJson })
		.from(events)
		.where(
			by === 'id'
				? eq(events.id, sql.placeholder('value'))
				: eq(events.slug, sql.placeholder('value'))
		)
		.prepare(`events_target_by_${by}`);
}

export async function registrationTarget(
	where: { id: number } | { slug: string }
): Promise<RegistrationTarget | null> {
	targetQueries ??= { byId: prepareTarget('id'), bySlug: prepareTarget('slug') };
	const [row] =
		'id' in where
			? await targetQueries.byId.execute({ value: where.id })
			: await targetQueries.bySlug.execute({ value: where.slug });
	return row ?? null;
}
