/**
 * The editors' redirects (/admin/omdirigeringer): old public addresses that answer 301 to where
 * the content lives now. Renames and moves add theirs automatically (`recordMove` in
 * editing.ts); here editors list them with their hits, add their own, change and delete them.
 * Every change is audited in the same transaction.
 */
import { asc, count, eq, sql } from 'drizzle-orm';
import { db } from '../db/client';
import { redirects } from './schema';
import type { Actor } from '../accounts/actor';
import { authorize, can } from '../accounts/permissions';
import { recordAudit, storedText } from '../accounts/audit';
import { FieldError, NotFoundError } from '../errors';
import { now } from '../clock';

export const REDIRECTS_PAGE_SIZE = 50;

export type RedirectRow = typeof redirects.$inferSelect;

/** Addresses that are the application's own, never content: they cannot be redirected. */
const RESERVED =
	/^\/(admin|min-side|kommuner|logg-inn|logg-ut|filer|helse|metrics|test-api|nn|en|nb)(\/|$)/;

/**
 * A path on the site as the redirects table keeps it: starts with one /, no spaces, query or
 * fragment, no trailing / (except the front page), at most 500 characters.
 */
export function normalisePath(field: 'fromPath' | 'toPath', raw: string): string {
	const p = raw.trim();
	if (!/^\/(?!\/)[^\s?#\\]*$/.test(p) || p.length > 500 || p.includes('/../') || p.endsWith('/..'))
		throw new FieldError(field, 'redirects.problems.path');
	return p.length > 1 ? p.replace(/\/+$/, '') : p;
}

/** The redirects, by old address, a page at a time, with the total. */
export async function listRedirects(actor: Actor, { page = 1 }: { page?: number } = {}) {
	authorize(actor, can.editContent, 'omdirigering.liste');
	const current = Math.max(1, Math.floor(page));
	const [rows, [total]] = await Promise.all([
		db
			.select()
			.from(redirects)
			.orderBy(asc(redirects.fromPath))
			.limit(REDIRECTS_PAGE_SIZE)
			.offset((current - 1) * REDIRECTS_PAGE_SIZE),
		db.select({ n: count() }).from(redirects)
	]);
	const n = total?.n ?? 0;
	return {
		redirects: rows,
		total: n,
		page: current,
		pages: Math.max(1, Math.ceil(n / REDIRECTS_PAGE_SIZE))
	};
}

export async function getRedirect(actor: Actor, id: number): Promise<RedirectRow> {
	authorize(actor, can.editContent, 'omdirigering.les');
	const [row] = await db.select().from(redirects).where(eq(redirects.id, id));
	if (!row) throw new NotFoundError('redirects.problems.missing');
	return row;
}

export interface RedirectInput {
	fromPath: string;
	toPath: string;
}

/** Adds a redirect (`id` null) or changes one. */
export async function saveRedirect(
	actor: Actor,
	id: number | null,
	input: RedirectInput
): Promise<RedirectRow> {
	authorize(actor, can.editContent, id === null ? 'omdirigering.ny' : 'omdirigering.endre');
	const fromPath = normalisePath('fromPath', input.fromPath);
	const toPath = normalisePath('toPath', input.toPath);
	if (fromPath === '/' || RESERVED.test(fromPath))
		throw new FieldError('fromPath', 'redirects.problems.reserved');
	if (fromPath === toPath) throw new FieldError('toPath', 'redirects.problems.same');
	return db.transaction(async (tx) => {
		// One editor at a time decides about these two addresses (the unique index is the last word).
		await tx.execute(sql`select pg_advisory_xact_lock(hashtext('redirects'))`);
		const [taken] = await tx.select().from(redirects).where(eq(redirects.fromPath, fromPath));
		if (taken && taken.id !== id) throw new FieldError('fromPath', 'redirects.problems.taken');
		const [onward] = await tx.select().from(redirects).where(eq(redirects.fromPath, toPath));
		if (onward && onward.id !== id) throw new FieldError('toPath', 'redirects.problems.chain');
		let before: RedirectRow | undefined;
		if (id !== null) {
			[before] = await tx.select().from(redirects).where(eq(redirects.id, id)).for('update');
			if (!before) throw new NotFoundError('redirects.problems.missing');
		}
		const [row] =
			id === null
				? await tx.insert(redirects).values({ fromPath, toPath, createdAt: now() }).returning()
				: await tx
						.update(redirects)
						.set({ fromPath, toPath })
						.where(eq(redirects.id, id))
						.returning();
		await recordAudit(tx, actor, {
			action: id === null ? 'omdirigering.ny' : 'omdirigering.endre',
			entityType: 'omdirigering',
			entityId: row!.id,
			summary: storedText(id === null ? 'redirects.audit.added' : 'redirects.audit.changed', {
				from: fromPath,
				to: toPath
			}),
			before,
			after: row
		});
		return row!;
	});
}

export async function deleteRedirect(actor: Actor, id: number): Promise<void> {
	authorize(actor, can.editContent, 'omdirigering.slett');
	await db.transaction(async (tx) => {
		const [before] = await tx.delete(redirects).where(eq(redirects.id, id)).returning();
		if (!before) throw new NotFoundError('redirects.problems.missing');
		await recordAudit(tx, actor, {
			action: 'omdirigering.slett',
			entityType: 'omdirigering',
			entityId: id,
			summary: storedText('redirects.audit.deleted', { from: before.fromPath }),
			before
		});
	});
}
