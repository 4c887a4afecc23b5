/** The editorial desk's people (listed on /personer): create, edit, reorder within a group, delete, restore. */
import { asc, eq, ilike, or } from 'drizzle-orm';
import { db } from '../db/client';
import { people } from './schema';
import type { Actor } from '../accounts/actor';
import { authorize, can } from '../accounts/permissions';
import {
	deleteEditable,
	moveEditable,
	nextPosition,
	restoreEditable,
	saveEditable,
	snapNullable,
	snapText,
	type Direction,
	type EditableSpec
} from './editing';
import type { PersonInput } from '$lib/forms/content';

export type PersonRow = typeof people.$inferSelect;

const PEOPLE: EditableSpec<typeof people> = {
	table: people,
	type: 'person',
	name: (row) => row.name
};

/** In the order /personer shows them: by position (groups in the order of their first member), then name. */
const order = [asc(people.position), asc(people.name), asc(people.id)];

/** People grouped as on /personer, optionally filtered by name, role or organisation. */
export async function listPeopleAdmin(actor: Actor, filter: { q?: string } = {}) {
	authorize(actor, can.editContent, 'person.liste');
	const q = filter.q?.trim();
	const rows = await db
		.select()
		.from(people)
		.where(
			q
				? or(
						ilike(people.name, `%${q}%`),
						ilike(people.role, `%${q}%`),
						ilike(people.organisation, `%${q}%`),
						ilike(people.grouping, `%${q}%`)
					)
				: undefined
		)
		.orderBy(...order);
	return groupBy(rows, (p) => p.grouping);
}

/** Items grouped by a key, groups in the order of their first item. */
export function groupBy<T>(rows: T[], key: (row: T) => string): { heading: string; items: T[] }[] {
	const groups = new Map<string, T[]>();
	for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
	return [...groups].map(([heading, items]) => ({ heading, items }));
}

/** Headings already in use, for the form's suggestions. */
export async function peopleGroupings(): Promise<string[]> {
	const rows = await db
		.selectDistinct({ grouping: people.grouping })
		.from(people)
		.orderBy(asc(people.grouping));
	return rows.map((r) => r.grouping);
}

export async function getPerson(actor: Actor, id: number): Promise<PersonRow | null> {
	authorize(actor, can.editContent, 'person.les', id);
	const [row] = await db.select().from(people).where(eq(people.id, id));
	return row ?? null;
}

export function personToForm(row: PersonRow | null): Partial<PersonInput> {
	if (!row) return { version: 0, grouping: 'Prosjektledelse' };
	return {
		name: row.name,
		role: row.role,
		organisation: row.organisation,
		email: row.email ?? '',
		grouping: row.grouping,
		version: row.version
	};
}

/** Creates (id null, last in the list) or updates a person; returns the id. */
export async function savePerson(actor: Actor, id: number | null, input: PersonInput) {
	authorize(actor, can.editContent, 'person.lagre', id);
	return saveEditable(actor, PEOPLE, id, {
		version: input.version,
		values: async (tx, before) => ({
			name: input.name,
			role: input.role,
			organisation: input.organisation,
			email: input.email || null,
			grouping: input.grouping,
			...(before ? {} : { position: await nextPosition(tx, people, people.position) })
		})
	});
}

/** Moves a person one step up or down among the people of the same group. */
export async function movePerson(actor: Actor, id: number, direction: Direction) {
	authorize(actor, can.editContent, 'person.flytt', id);
	return moveEditable(actor, PEOPLE, id, direction, (tx, row) =>
		tx
			.select({ id: people.id, position: people.position })
			.from(people)
			.where(eq(people.grouping, row.grouping))
			.orderBy(...order)
			.for('update')
	);
}

export async function deletePerson(actor: Actor, id: number, version: number) {
	authorize(actor, can.editContent, 'person.slett', id);
	await deleteEditable(actor, PEOPLE, id, version);
}

export async function restorePerson(actor: Actor, id: number, version: number) {
	authorize(actor, can.editContent, 'person.gjenopprett', id);
	await restoreEditable(actor, PEOPLE, id, version, (d, before) => ({
		name: snapText(d, 'name', before.name),
		role: snapText(d, 'role'),
		organisation: snapText(d, 'organisation'),
		email: snapNullable(d, 'email'),
		grouping: snapText(d, 'grouping', before.grouping)
	}));
}
