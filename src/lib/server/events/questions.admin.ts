/** The question builder: the questions an event asks on its registration form. */
import { and, asc, eq, max } from 'drizzle-orm';
import { db } from '../db/client';
import { eventQuestions } from './schema';
import type { Actor } from '../accounts/actor';
import { recordAudit, storedText } from '../accounts/audit';
import { invalidatePublic } from '../cache/public-cache';
import { InvalidError, FieldError, NotFoundError } from '../errors';

import { now } from '../clock';
import type { QuestionInput } from '$lib/forms/events';
import { lockManaged } from './events.admin';
import { questionsOf } from './registration/target';

export const MAX_QUESTIONS = 20;

function optionsFrom(input: QuestionInput): string[] {
	if (input.kind !== 'single' && input.kind !== 'multiple') return [];
	const list = [
		...new Set(
			input.options
				.split('\n')
				.map((s) => s.trim())
				.filter(Boolean)
		)
	];
	if (list.length < 2) throw new FieldError('options', 'problems.events.optionsMin');
	if (list.length > 30) throw new FieldError('options', 'problems.events.optionsMax');
	const long = list.find((o) => o.length > 200);
	if (long)
		throw new FieldError('options', 'problems.events.optionTooLong', { start: long.slice(0, 30) });
	return list;
}

export async function addQuestion(actor: Actor, eventId: number, input: QuestionInput) {
	const options = optionsFrom(input);
	await db.transaction(async (tx) => {
		const ev = await lockManaged(tx, actor, eventId);
		const existing = await questionsOf(eventId, tx);
		if (existing.length >= MAX_QUESTIONS)
			throw new InvalidError('problems.events.questionsMax', { max: MAX_QUESTIONS });
		const [{ last }] = await tx
			.select({ last: max(eventQuestions.position) })
			.from(eventQuestions)
			.where(eq(eventQuestions.eventId, eventId));
		const at = now();
		const [q] = await tx
			.insert(eventQuestions)
			.values({
				eventId,
				position: (last ?? -1) + 1,
				kind: input.kind,
				label: input.label,
				help: input.help,
				required: input.required,
				options,
				createdAt: at,
				updatedAt: at
			})
			.returning();
		await recordAudit(tx, actor, {
			action: 'arrangement.sporsmal-lagt-til',
			entityType: 'arrangement',
			entityId: eventId,
			summary: storedText('admin.auditLog.questionAdded', { label: q.label, title: ev.title }),
			after: q
		});
	});
	invalidatePublic();
}

export async function updateQuestion(
	actor: Actor,
	eventId: number,
	questionId: number,
	input: QuestionInput
) {
	const options = optionsFrom(input);
	await db.transaction(async (tx) => {
		const ev = await lockManaged(tx, actor, eventId);
		const [before] = await tx
			.select()
			.from(eventQuestions)
			.where(and(eq(eventQuestions.id, questionId), eq(eventQuestions.eventId, eventId)));
		if (!before) throw new NotFoundError('problems.events.questionNotFound');
		const [after] = await tx
			.update(eventQuestions)
			.set({
				kind: input.kind,
				label: input.label,
				help: input.help,
				required: input.required,
				options,
				updatedAt: now()
			})
			.where(eq(eventQuestions.id, questionId))
			.returning();
		await recordAudit(tx, actor, {
			action: 'arrangement.sporsmal-endret',
			entityType: 'arrangement',
			entityId: eventId,
			summary: storedText('admin.auditLog.questionChanged', {
				label: after.label,
				title: ev.title
			}),
			before,
			after
		});
	});
	invalidatePublic();
}

export async function deleteQuestion(actor: Actor, eventId: number, questionId: number) {
	await db.transaction(async (tx) => {
		const ev = await lockManaged(tx, actor, eventId);
		const [before] = await tx
			.delete(eventQuestions)
			.where(and(eq(eventQuestions.id, questionId), eq(eventQuestions.eventId, eventId)))
			.returning();
		if (!before) throw new NotFoundError('problems.events.questionNotFound');
		await recordAudit(tx, actor, {
			action: 'arrangement.sporsmal-slettet',
			entityType: 'arrangement',
			entityId: eventId,
			summary: storedText('admin.auditLog.questionDeleted', {
				label: before.label,
				title: ev.title
			}),
			before
		});
	});
	invalidatePublic();
}

/** Moves a question one place up or down. */
export async function moveQuestion(
	actor: Actor,
	eventId: number,
	questionId: number,
	direction: 'opp' | 'ned'
) {
	await db.transaction(async (tx) => {
		const ev = await lockManaged(tx, actor, eventId);
		const list = await tx
			.select()
			.from(eventQuestions)
			.where(eq(eventQuestions.eventId, eventId))
			.orderBy(asc(eventQuestions.position), asc(eventQuestions.id));
		const i = list.findIndex((q) => q.id === questionId);
		if (i < 0) throw new NotFoundError('problems.events.questionNotFound');
		const j = direction === 'opp' ? i - 1 : i + 1;
		if (j < 0 || j >= list.length) return;
		[list[i], list[j]] = [list[j], list[i]];
		for (const [position, q] of list.entries())
			await tx.update(eventQuestions).set({ position }).where(eq(eventQuestions.id, q.id));
		await recordAudit(tx, actor, {
			action: 'arrangement.sporsmal-flyttet',
			entityType: 'arrangement',
			entityId: eventId,
			summary: storedText(
				direction === 'opp' ? 'admin.auditLog.questionMovedUp' : 'admin.auditLog.questionMovedDown',
				{ label: list[j].label, title: ev.title }
			)
		});
	});
	invalidatePublic();
}
