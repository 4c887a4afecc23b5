/**
 * What every editable content type shares: optimistic locking (a version number per row),
 * version history with restore, publish/schedule/unpublish, unique slugs, and redirects
 * from old addresses. Each type's admin service (news.admin.ts, pages.admin.ts …) uses these.
 */
import { and, asc, desc, eq, like, ne, or, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../db/client';
import { db } from '../db/client';
import { contentVersions, redirects } from './schema';
import { ServiceError } from '../errors';
import type { Actor } from '../accounts/actor';
import { uniqueSlug } from './slug';
import { now } from '../clock';
import { formatDateTime } from '$lib/i18n';

export type EditableType = 'side' | 'nyhet' | 'ressurs' | 'person' | 'sporsmal';

/** Someone else saved the item after the editor opened it. Carries their version to show. */
export class ConflictError extends ServiceError {
	constructor(
		public current: Record<string, unknown>,
		public currentVersion: number
	) {
		super(
			'conflict',
			`Noen andre lagret denne etter at du åpnet den (versjon ${currentVersion}, ${formatDateTime(current.updatedAt as Date)}). Det du skrev er ikke lagret ennå. Sammenlign med den lagrede versjonen under, og lagre igjen for å erstatte den.`
		);
	}
}

export class NotFoundError extends ServiceError {
	constructor(what = 'Fant ikke det du ba om. Det kan være slettet.') {
		super('not-found', what);
	}
}

/** Throws ConflictError unless the row still has the version the editor started from. */
export function assertVersion(
	row: { version: number } & Record<string, unknown>,
	expected: number
) {
	if (row.version !== expected) throw new ConflictError(row, row.version);
}

// ——— Publishing ———

export type PublishIntent = 'lagre' | 'publiser' | 'planlegg' | 'avpubliser';

export interface PublishState {
	status: 'draft' | 'published';
	publishedAt: Date | null;
	publishAt: Date | null;
}

/** The publishing fields after an editor's choice. */
export function applyIntent(
	current: PublishState | null,
	intent: PublishIntent,
	scheduleAt: Date | null,
	at = now()
): PublishState {
	const base: PublishState = current
		? { status: current.status, publishedAt: current.publishedAt, publishAt: current.publishAt }
		: { status: 'draft', publishedAt: null, publishAt: null };
	switch (intent) {
		case 'publiser':
			return { status: 'published', publishedAt: base.publishedAt ?? at, publishAt: null };
		case 'planlegg':
			if (!scheduleAt)
				throw new ServiceError('schedule', 'Velg når det skal publiseres', 'publishAt');
			if (scheduleAt.getTime() <= at.getTime())
				throw new ServiceError(
					'schedule',
					'Tidspunktet for publisering må være fram i tid',
					'publishAt'
				);
			if (base.status === 'published')
				throw new ServiceError(
					'schedule',
					'Dette er allerede publisert. Avpubliser først hvis det skal publiseres på nytt senere.',
					'publishAt'
				);
			return { status: 'draft', publishedAt: base.publishedAt, publishAt: scheduleAt };
		case 'avpubliser':
			return { status: 'draft', publishedAt: base.publishedAt, publishAt: null };
		default:
			return base;
	}
}

export function publishLabel(s: PublishState): string {
	if (s.status === 'published') return 'Publisert';
	if (s.publishAt) return `Planlagt ${formatDateTime(s.publishAt)}`;
	return 'Utkast';
}

// ——— Slugs and redirects ———

/** A slug unique in `column` (excluding row `exceptId`), adding -2, -3 … when taken. */
export async function freeSlug(
	tx: DbOrTx,
	table: PgTable,
	column: PgColumn,
	idColumn: PgColumn,
	slug: string,
	exceptId: number | null,
	extra?: ReturnType<typeof eq>
) {
	const rows = (await tx
		.select({ v: column })
		.from(table)
		.where(
			and(
				or(eq(column, slug), like(column, `${slug}-%`)),
				exceptId === null ? undefined : ne(idColumn, exceptId),
				extra
			)
		)) as {
		v: string;
	}[];
	const taken = new Set(rows.map((r) => r.v));
	return uniqueSlug(slug, (s) => taken.has(s));
}

/** Old address → new address: earlier redirects to the old address follow along; the new address stops redirecting. */
export async function recordMove(tx: DbOrTx, fromPath: string, toPath: string) {
	if (fromPath === toPath) return;
	await tx.delete(redirects).where(eq(redirects.fromPath, toPath));
	await tx.update(redirects).set({ toPath }).where(eq(redirects.toPath, fromPath));
	await tx
		.insert(redirects)
		.values({ fromPath, toPath, createdAt: now() })
		.onConflictDoUpdate({ target: redirects.fromPath, set: { toPath, createdAt: now() } });
}

/** Content now lives at `path`: any redirect away from it is dropped. */
export async function claimPath(tx: DbOrTx, path: string) {
	await tx.delete(redirects).where(eq(redirects.fromPath, path));
}

// ——— Versions ———

function snapshotOf(row: Record<string, unknown>) {
	return Object.fromEntries(
		Object.entries(row)
			.filter(([k]) => k !== 'search')
			.map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v])
	);
}

export async function saveVersion(
	tx: DbOrTx,
	type: EditableType,
	row: { id: number; version: number } & Record<string, unknown>,
	actor: Pick<Actor, 'id' | 'name'> | null,
	note = ''
) {
	await tx.insert(contentVersions).values({
		entityType: type,
		entityId: row.id,
		version: row.version,
		data: snapshotOf(row),
		authorId: actor?.id ?? null,
		authorName: actor?.name ?? 'Systemet',
		note,
		createdAt: now()
	});
}

export async function listVersions(type: EditableType, id: number) {
	return db
		.select({
			id: contentVersions.id,
			version: contentVersions.version,
			authorName: contentVersions.authorName,
			note: contentVersions.note,
			createdAt: contentVersions.createdAt
		})
		.from(contentVersions)
		.where(and(eq(contentVersions.entityType, type), eq(contentVersions.entityId, id)))
		.orderBy(desc(contentVersions.version), desc(contentVersions.id));
}

export async function getVersion(type: EditableType, id: number, version: number) {
	const [row] = await db
		.select()
		.from(contentVersions)
		.where(
			and(
				eq(contentVersions.entityType, type),
				eq(contentVersions.entityId, id),
				eq(contentVersions.version, version)
			)
		)
		.orderBy(asc(contentVersions.id))
		.limit(1);
	return row ?? null;
}

/** Parses a timestamp field of a stored snapshot back into a Date. */
export function snapshotDate(v: unknown): Date | null {
	return typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? new Date(v) : null;
}

export const nextVersion = sql`version + 1`;
