/**
 * Working copies of published items (pages, news, resources): what an editor saved since the
 * item was published, kept beside it (`content_working_copies`) until «Publiser endringene»
 * or a scheduled update writes it into the row. The public reads only the row.
 */
import { and, eq } from 'drizzle-orm';
import { db, type DbOrTx } from '../db/client';
import { contentWorkingCopies } from './schema';
import type { EditableType } from './editing';

export type WorkingCopy = typeof contentWorkingCopies.$inferSelect;

/** The row's own publishing state: never part of a working copy. */
const PUBLISH_KEYS = new Set(['status', 'publishedAt', 'publishAt', 'unpublishAt']);
/**
 * The address (and the page tree's place): changed only when an item is published, so a
 * working copy never holds it and a scheduled update never moves anything.
 */
export const ADDRESS_KEYS = ['slug', 'parentId', 'path', 'position'] as const;

/** The item's working copy, or null; `lock` takes its row lock (after the item's). */
export async function workingCopyOf(
	tx: DbOrTx,
	type: EditableType,
	id: number,
	lock = false
): Promise<WorkingCopy | null> {
	const q = tx
		.select()
		.from(contentWorkingCopies)
		.where(and(eq(contentWorkingCopies.entityType, type), eq(contentWorkingCopies.entityId, id)));
	const [row] = lock ? await q.for('update') : await q;
	return row ?? null;
}

/** The columns of a save that a working copy holds (not the publishing state, not the address). */
export function contentOf(values: Record<string, unknown>): Record<string, unknown> {
	const address: readonly string[] = ADDRESS_KEYS;
	return Object.fromEntries(
		Object.entries(values).filter(([k]) => !PUBLISH_KEYS.has(k) && !address.includes(k))
	);
}

const stored = (v: unknown) => (v instanceof Date ? v.toISOString() : v);

/** Values as jsonb keeps them (dates as ISO strings). */
export function toStored(values: Record<string, unknown>): Record<string, unknown> {
	return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, stored(v)]));
}

/** Whether two column values are the same once stored. */
export const sameValue = (a: unknown, b: unknown) =>
	JSON.stringify(stored(a) ?? null) === JSON.stringify(stored(b) ?? null);

/** Whether `content` changes anything in `row`. */
export const changes = (row: Record<string, unknown>, content: Record<string, unknown>) =>
	Object.entries(content).some(([k, v]) => k in row && !sameValue(row[k], v));

/** The row as the working copy has it (dates back as dates); columns it does not hold stay. */
export function overlay<R extends Record<string, unknown>>(
	row: R,
	data: Record<string, unknown>
): R {
	const out: Record<string, unknown> = { ...row };
	for (const [k, v] of Object.entries(data)) {
		if (!(k in row) || PUBLISH_KEYS.has(k)) continue;
		out[k] = row[k] instanceof Date && typeof v === 'string' ? new Date(v) : v;
	}
	return out as R;
}

/** The item as its editors see it: with its working copy's changes, if it has one. */
export async function withWorkingCopy<R extends { id: number } & Record<string, unknown>>(
	type: EditableType,
	row: R | null
): Promise<R | null> {
	if (!row) return null;
	const copy = await workingCopyOf(db, type, row.id);
	return copy ? overlay(row, copy.data) : row;
}

/** What the editor's notice says about a working copy: who, when, planned update, what changed. */
export interface WorkingCopyInfo {
	authorName: string;
	updatedAt: Date;
	updateAt: Date | null;
	/** The text fields that differ from the published version (title, lead, body, description). */
	changed: { field: string; published: string; working: string }[];
}

const SHOWN_FIELDS = ['title', 'lead', 'body', 'description', 'menuTitle'];

export function describeWorkingCopy(
	row: Record<string, unknown>,
	copy: WorkingCopy
): WorkingCopyInfo {
	return {
		authorName: copy.authorName,
		updatedAt: copy.updatedAt,
		updateAt: copy.updateAt,
		changed: SHOWN_FIELDS.filter((k) => k in copy.data && !sameValue(row[k], copy.data[k])).map(
			(k) => ({
				field: k,
				published: String(row[k] ?? ''),
				working: String(copy.data[k] ?? '')
			})
		)
	};
}
