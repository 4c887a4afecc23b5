/** The editorial desk's questions and answers (/sporsmal-og-svar): create, edit, reorder within a topic, delete, restore. */
import { asc, eq, ilike, or } from 'drizzle-orm';
import { db } from '../db/client';
import { faqEntries } from './schema';
import type { Actor } from '../accounts/actor';
import { authorize, can } from '../accounts/permissions';
import {
	assertAltTexts,
	deleteEditable,
	moveEditable,
	nextPosition,
	restoreEditable,
	saveEditable,
	snapText,
	type Direction,
	type EditableSpec
} from './editing';
import { groupBy } from './people.admin';
import type { FaqInput } from '$lib/forms/content';

export type FaqRow = typeof faqEntries.$inferSelect;

const FAQ: EditableSpec<typeof faqEntries> = {
	table: faqEntries,
	type: 'sporsmal',
	name: (row) => row.question
};

/** The order /sporsmal-og-svar shows (faq.service.ts). */
const order = [asc(faqEntries.position), asc(faqEntries.id)];

export async function listFaqAdmin(actor: Actor, filter: { q?: string; topic?: string } = {}) {
	authorize(actor, can.editContent, 'sporsmal.liste');
	const q = filter.q?.trim();
	const rows = await db
		.select({
			id: faqEntries.id,
			question: faqEntries.question,
			topic: faqEntries.topic,
			position: faqEntries.position,
			updatedAt: faqEntries.updatedAt
		})
		.from(faqEntries)
		.where(
			q ? or(ilike(faqEntries.question, `%${q}%`), ilike(faqEntries.answer, `%${q}%`)) : undefined
		)
		.orderBy(...order);
	return groupBy(
		rows.filter((r) => !filter.topic || r.topic === filter.topic),
		(r) => r.topic
	);
}

export async function faqTopics(): Promise<string[]> {
	const rows = await db
		.selectDistinct({ topic: faqEntries.topic })
		.from(faqEntries)
		.orderBy(asc(faqEntries.topic));
	return rows.map((r) => r.topic);
}

export async function getFaq(actor: Actor, id: number): Promise<FaqRow | null> {
	authorize(actor, can.editContent, 'sporsmal.les', id);
	const [row] = await db.select().from(faqEntries).where(eq(faqEntries.id, id));
	return row ?? null;
}

export function faqToForm(row: FaqRow | null): Partial<FaqInput> {
	if (!row) return { version: 0, topic: 'Generelt' };
	return { question: row.question, answer: row.answer, topic: row.topic, version: row.version };
}

export async function saveFaq(actor: Actor, id: number | null, input: FaqInput) {
	authorize(actor, can.editContent, 'sporsmal.lagre', id);
	assertAltTexts(input.answer, 'answer');
	return saveEditable(actor, FAQ, id, {
		version: input.version,
		values: async (tx, before) => ({
			question: input.question,
			answer: input.answer,
			topic: input.topic,
			...(before ? {} : { position: await nextPosition(tx, faqEntries, faqEntries.position) })
		})
	});
}

/** Moves a question one step up or down among the questions of the same topic. */
export async function moveFaq(actor: Actor, id: number, direction: Direction) {
	authorize(actor, can.editContent, 'sporsmal.flytt', id);
	return moveEditable(actor, FAQ, id, direction, (tx, row) =>
		tx
			.select({ id: faqEntries.id, position: faqEntries.position })
			.from(faqEntries)
			.where(eq(faqEntries.topic, row.topic))
			.orderBy(...order)
			.for('update')
	);
}

export async function deleteFaq(actor: Actor, id: number, version: number) {
	authorize(actor, can.editContent, 'sporsmal.slett', id);
	await deleteEditable(actor, FAQ, id, version);
}

export async function restoreFaq(actor: Actor, id: number, version: number) {
	authorize(actor, can.editContent, 'sporsmal.gjenopprett', id);
	await restoreEditable(actor, FAQ, id, version, (d, before) => ({
		question: snapText(d, 'question', before.question),
		answer: snapText(d, 'answer', before.answer),
		topic: snapText(d, 'topic', before.topic)
	}));
}
