/**
 * What every editable content type shares: optimistic locking (a version number per row),
 * version history with restore, publish/schedule/unpublish, unique slugs, and redirects
 * from old addresses. Each type's admin service (news.admin.ts, pages.admin.ts …) uses these.
 */
import { and, asc, desc, eq, like, ne, or, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx, Tx } from '../db/client';
import { db } from '../db/client';
import { contentVersions, contentWorkingCopies, redirects } from './schema';
import { FieldError, NotFoundError, ConflictError } from '../errors';
import type { Actor } from '../accounts/actor';
import { authorize, can } from '../accounts/permissions';
import {
	recordAudit,
	storedColumns,
	storedText,
	shownText,
	actorLabel,
	SYSTEM_ACTOR,
	type StoredText
} from '../accounts/audit';
import { invalidatePublic } from '../cache/public-cache';
import { imagesWithoutAlt } from './markdown';
import { uniqueSlug } from './slug';
import {
	ADDRESS_KEYS,
	changes,
	contentOf,
	overlay,
	sameValue,
	toStored,
	workingCopyOf
} from './working-copy';
import { closeReview, submitForReview } from './review';
import { kickMail } from '../mail/send';
import { now } from '../clock';
import { formatDateTime, parseOsloLocal } from '$lib/i18n';

export type EditableType = 'side' | 'nyhet' | 'ressurs' | 'person' | 'sporsmal';

/** Someone else saved the item after the editor opened it. Carries their version to show. */
export class EditConflictError extends ConflictError {
	constructor(
		public current: Record<string, unknown>,
		public currentVersion: number
	) {
		super('problems.content.editConflict', {
			version: currentVersion,
			at: formatDateTime(current.updatedAt as Date)
		});
	}
}

/** Throws EditConflictError unless the row still has the version the editor started from. */
export function assertVersion(
	row: { version: number } & Record<string, unknown>,
	expected: number
) {
	if (row.version !== expected) throw new EditConflictError(row, row.version);
}

// ——— Publishing ———

export type PublishIntent =
	| 'lagre'
	| 'publiser'
	| 'planlegg'
	| 'avpubliser'
	| 'forkast'
	| 'planlegg-endring'
	| 'planlegg-avpublisering'
	| 'avbryt-plan'
	| 'send';

/**
 * The choices that leave a published item's row (what the public sees) as it is: the
 * editor's text goes to the item's working copy (working-copy.ts) instead.
 */
const WORKING_COPY_INTENTS: ReadonlySet<PublishIntent> = new Set([
	'lagre',
	'send',
	'forkast',
	'planlegg-endring',
	'planlegg-avpublisering',
	'avbryt-plan'
]);

/** A scheduled time must be given and be in the future. */
export function futureTime(scheduleAt: Date | null, at = now()): Date {
	if (!scheduleAt) throw new FieldError('publishAt', 'problems.content.scheduleMissing');
	if (scheduleAt.getTime() <= at.getTime())
		throw new FieldError('publishAt', 'problems.content.schedulePast');
	return scheduleAt;
}

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
			if (!scheduleAt) throw new FieldError('publishAt', 'problems.content.scheduleMissing');
			if (scheduleAt.getTime() <= at.getTime())
				throw new FieldError('publishAt', 'problems.content.schedulePast');
			if (base.status === 'published')
				throw new FieldError('publishAt', 'problems.content.schedulePublished');
			return { status: 'draft', publishedAt: base.publishedAt, publishAt: scheduleAt };
		case 'avpubliser':
			return { status: 'draft', publishedAt: base.publishedAt, publishAt: null };
		case 'avbryt-plan':
			return { ...base, publishAt: null };
		case 'forkast':
		case 'planlegg-endring':
		case 'planlegg-avpublisering':
			if (base.status !== 'published')
				throw new FieldError('publishAt', 'workflow.problems.notPublished');
			return base;
		default:
			return base;
	}
}

/** What a version and the audit log call an editor's choice (stored as its message key). */
export function intentNote(intent: PublishIntent): StoredText {
	return storedText(
		(
			{
				lagre: 'admin.versionNote.saved',
				publiser: 'admin.versionNote.published',
				planlegg: 'admin.versionNote.scheduled',
				avpubliser: 'admin.versionNote.unpublished',
				forkast: 'workflow.note.discarded',
				'planlegg-endring': 'workflow.note.updateScheduled',
				'planlegg-avpublisering': 'workflow.note.unpublishScheduled',
				'avbryt-plan': 'workflow.note.planCancelled',
				send: 'workflow.note.submitted'
			} as const
		)[intent]
	);
}

/** The chosen publishing time from a form's datetime-local value (Oslo time), or null when empty. */
export function scheduleFrom(value: string): Date | null {
	if (!value) return null;
	const at = parseOsloLocal(value);
	if (!at) throw new FieldError('publishAt', 'problems.content.dateFormat');
	return at;
}

/** Refuses Markdown whose images lack alternative text. */
export function assertAltTexts(markdown: string | null | undefined, field: string) {
	const missing = imagesWithoutAlt(markdown ?? '');
	if (missing.length)
		throw new FieldError(field, 'problems.altMissing', { images: missing.join(', ') });
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
	note: string | StoredText = ''
) {
	const stored = storedColumns(note);
	await tx.insert(contentVersions).values({
		entityType: type,
		entityId: row.id,
		version: row.version,
		data: snapshotOf(row),
		authorId: actor?.id ?? null,
		authorName: actor?.name ?? SYSTEM_ACTOR,
		note: stored.text,
		noteMessage: stored.message,
		createdAt: now()
	});
}

export async function listVersions(actor: Actor, type: EditableType, id: number) {
	authorize(actor, can.writeContent, `${type}.versjoner`, id);
	const rows = await db
		.select({
			id: contentVersions.id,
			version: contentVersions.version,
			authorName: contentVersions.authorName,
			note: contentVersions.note,
			noteMessage: contentVersions.noteMessage,
			createdAt: contentVersions.createdAt
		})
		.from(contentVersions)
		.where(and(eq(contentVersions.entityType, type), eq(contentVersions.entityId, id)))
		.orderBy(desc(contentVersions.version), desc(contentVersions.id));
	// The note in the reader's language (older rows have only the bokmål text).
	return rows.map(({ noteMessage, ...v }) => ({
		...v,
		authorName: actorLabel(v.authorName),
		note: shownText(noteMessage, v.note)
	}));
}

export async function getVersion(actor: Actor, type: EditableType, id: number, version: number) {
	authorize(actor, can.writeContent, `${type}.versjon`, id);
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

// ——— Order ———

export type Direction = 'opp' | 'ned';

/**
 * New positions after moving `id` one step up or down among `siblings` (given in the order
 * they are shown). The siblings keep the position numbers they had between them (made
 * strictly increasing), so items of other groups sharing the column stay where they are.
 * Returns null when the item is already first (up) or last (down).
 */
export function reorder(
	siblings: { id: number; position: number }[],
	id: number,
	direction: Direction
): { id: number; position: number }[] | null {
	const i = siblings.findIndex((s) => s.id === id);
	if (i < 0) return null;
	const j = direction === 'opp' ? i - 1 : i + 1;
	if (j < 0 || j >= siblings.length) return null;
	const order = siblings.map((s) => s.id);
	[order[i], order[j]] = [order[j], order[i]];
	const slots = siblings.map((s) => s.position).sort((a, b) => a - b);
	for (let k = 1; k < slots.length; k++) if (slots[k] <= slots[k - 1]) slots[k] = slots[k - 1] + 1;
	const before = new Map(siblings.map((s) => [s.id, s.position]));
	return order
		.map((sid, k) => ({ id: sid, position: slots[k] }))
		.filter((s) => before.get(s.id) !== s.position);
}

/** The position after the last of the rows matching `where`. */
export async function nextPosition(
	tx: DbOrTx,
	table: PgTable,
	position: PgColumn,
	where?: SQL
): Promise<number> {
	const [row] = await tx
		.select({ max: sql<number | null>`max(${position})` })
		.from(table)
		.where(where);
	return row?.max === null || row?.max === undefined ? 0 : Number(row.max) + 1;
}

// ——— The shape every editable type shares ———

/** A content table with an id and an optimistic-locking version (see db/types `editable`). */
export type EditableTable = PgTable & { id: PgColumn; version: PgColumn };
type RowOf<T extends EditableTable> = T['$inferSelect'] & { id: number; version: number };

export interface EditableSpec<T extends EditableTable> {
	table: T;
	type: EditableType;
	/** How summaries name an item: its title, question or name. */
	name: (row: RowOf<T>) => string;
	/** Taken first in every change (e.g. the page tree's lock), before the row lock. */
	lock?: (tx: Tx) => Promise<void>;
}

/**
 * A transaction-wide lock by name, for rules that span rows (a free slug, the page tree's
 * shape): saves that take the same lock run one after the other.
 */
export function namedLock(name: string) {
	return async (tx: Tx) => {
		await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${name}))`);
	};
}

/** Locks the row for the rest of the transaction; NotFoundError when it is gone. */
export async function lockRow<T extends EditableTable>(
	tx: DbOrTx,
	table: T,
	id: number
): Promise<RowOf<T>> {
	const [row] = await tx
		.select()
		.from(table as PgTable)
		.where(eq(table.id, id))
		.for('update');
	if (!row) throw new NotFoundError();
	return row as RowOf<T>;
}

export interface SaveSteps<T extends EditableTable> {
	/** The version the editor started from (ignored when creating). */
	version: number;
	intent?: PublishIntent;
	/** The time chosen in the form (scheduled update or unpublish of a published item). */
	scheduleAt?: Date | null;
	/** The columns to write, given the row as it was (null when creating). */
	values: (tx: Tx, before: RowOf<T> | null, at: Date) => Promise<Record<string, unknown>>;
	/** Work after the write (redirects, paths of sub-pages); may return the row as it ends up. */
	after?: (tx: Tx, before: RowOf<T> | null, row: RowOf<T>) => Promise<RowOf<T> | void>;
}

/**
 * Creates (id null) or updates an item in one transaction: the row lock and version check,
 * the write, a new version in the history and an audit entry. Returns the item's id.
 */
export async function saveEditable<T extends EditableTable>(
	actor: Actor,
	spec: EditableSpec<T>,
	id: number | null,
	steps: SaveSteps<T>
): Promise<number> {
	authorize(actor, can.writeContent, `${spec.type}.lagre`, id);
	const intent = steps.intent ?? 'lagre';
	// Contributors save and send for approval; publishing steps are the editors'.
	authorize(actor, (a) => can.publishStep(a, intent), `${spec.type}.${intent}`, id);
	const savedId = await db.transaction(async (tx) => {
		await spec.lock?.(tx);
		const at = now();
		let before: RowOf<T> | null = null;
		if (id !== null) {
			before = await lockRow(tx, spec.table, id);
			if (before.version !== steps.version) {
				// Their version as the editors see it: with the working copy's changes.
				const copy = await workingCopyOf(tx, spec.type, before.id);
				throw new EditConflictError(copy ? overlay(before, copy.data) : before, before.version);
			}
			const ownerId = await ownerOf(tx, spec.type, before.id);
			const status = String((before as Record<string, unknown>).status ?? 'draft');
			authorize(actor, (a) => can.changeItem(a, { status, ownerId }), `${spec.type}.endre`, id);
			if (status === 'published' && WORKING_COPY_INTENTS.has(intent))
				return saveWorkingCopy(tx, actor, spec, before, steps, intent, at);
		}
		const values = await steps.values(tx, before, at);
		// Unpublishing also ends a planned unpublish.
		if (intent === 'avpubliser') values.unpublishAt = null;
		const [written] = (before === null
			? await tx
					.insert(spec.table)
					.values({ ...values, createdAt: at, updatedAt: at } as never)
					.returning()
			: await tx
					.update(spec.table)
					.set({ ...values, updatedAt: at, version: before.version + 1 } as never)
					.where(eq(spec.table.id, before.id))
					.returning()) as unknown as RowOf<T>[];
		const row = (await steps.after?.(tx, before, written)) ?? written;
		// The row now has the editor's text: a working copy it had is merged.
		if (before !== null) await dropWorkingCopy(tx, spec.type, row.id);
		const note = before === null ? storedText('admin.versionNote.created') : intentNote(intent);
		await saveVersion(tx, spec.type, row, actor, note);
		await recordAudit(tx, actor, {
			action: `${spec.type}.${before === null ? 'opprettet' : intent}`,
			entityType: spec.type,
			entityId: row.id,
			summary:
				before === null
					? storedText('admin.auditLog.contentCreated', { title: spec.name(row) })
					: storedText('admin.auditLog.contentChanged', { note, title: spec.name(row) }),
			before,
			after: row
		});
		if (intent === 'send') await submitForReview(tx, actor, spec.type, reviewItem(spec, row));
		// Publishing approves whatever waited for approval.
		if (intent === 'publiser') await closeReview(tx, spec.type, row.id);
		return row.id;
	});
	invalidatePublic();
	// «Send til godkjenning» queued mail to the editors: deliver it now.
	if (intent === 'send') await kickMail();
	return savedId;
}

const reviewItem = <T extends EditableTable>(spec: EditableSpec<T>, row: RowOf<T>) => ({
	id: row.id,
	title: spec.name(row),
	version: row.version
});

/** Who created an item: the author of its first version (null for the demo's and the system's). */
export async function ownerOf(tx: DbOrTx, type: EditableType, id: number): Promise<number | null> {
	const [first] = await tx
		.select({ authorId: contentVersions.authorId })
		.from(contentVersions)
		.where(and(eq(contentVersions.entityType, type), eq(contentVersions.entityId, id)))
		.orderBy(asc(contentVersions.version), asc(contentVersions.id))
		.limit(1);
	return first?.authorId ?? null;
}

async function dropWorkingCopy(tx: DbOrTx, type: EditableType, id: number) {
	await tx
		.delete(contentWorkingCopies)
		.where(and(eq(contentWorkingCopies.entityType, type), eq(contentWorkingCopies.entityId, id)));
}

/**
 * A published item saved without publishing: the editor's text becomes (or updates, or with
 * «Forkast endringene» drops) its working copy, and the row keeps what the public sees. The
 * row's version still goes up, so a concurrent edit meets the usual conflict; its planned
 * unpublish and the working copy's planned update are set or cancelled here. A new address
 * (slug, parent page) is no text: it applies at once, the old address redirecting, as before.
 */
async function saveWorkingCopy<T extends EditableTable>(
	tx: Tx,
	actor: Actor,
	spec: EditableSpec<T>,
	before: RowOf<T>,
	steps: SaveSteps<T>,
	intent: PublishIntent,
	at: Date
): Promise<number> {
	const row = before as Record<string, unknown>;
	const existing = await workingCopyOf(tx, spec.type, before.id, true);
	let content: Record<string, unknown> = {};
	/** A new address (or place in the page tree) applies at once, with redirects from the old. */
	const address: Record<string, unknown> = {};
	if (intent !== 'forkast') {
		const values = await steps.values(tx, before, at);
		for (const k of ADDRESS_KEYS)
			if (k in values && !sameValue(values[k], row[k])) address[k] = values[k];
		content = contentOf(values);
	}
	const changed = changes(row, content);
	let updateAt = existing?.updateAt ?? null;
	let unpublishAt = (row.unpublishAt as Date | null | undefined) ?? null;
	if (intent === 'planlegg-endring') {
		if (!changed) throw new FieldError('publishAt', 'workflow.problems.nothingToUpdate');
		updateAt = futureTime(steps.scheduleAt ?? null, at);
	}
	if (intent === 'planlegg-avpublisering') unpublishAt = futureTime(steps.scheduleAt ?? null, at);
	if (intent === 'avbryt-plan') {
		updateAt = null;
		unpublishAt = null;
	}
	if (changed) {
		const copy = {
			data: toStored(content),
			authorId: actor.id,
			authorName: actor.name,
			updateAt,
			updatedAt: at
		};
		await tx
			.insert(contentWorkingCopies)
			.values({ entityType: spec.type, entityId: before.id, createdAt: at, ...copy })
			.onConflictDoUpdate({
				target: [contentWorkingCopies.entityType, contentWorkingCopies.entityId],
				set: copy
			});
	} else if (existing) await dropWorkingCopy(tx, spec.type, before.id);
	// The public row: only its version, a planned unpublish and a new address change.
	const [written] = (await tx
		.update(spec.table)
		.set({ version: before.version + 1, unpublishAt, ...address } as never)
		.where(eq(spec.table.id, before.id))
		.returning()) as unknown as RowOf<T>[];
	const moved = Object.keys(address).length > 0;
	const after = (moved ? await steps.after?.(tx, before, written) : null) ?? written;
	const note = intentNote(intent);
	if (moved) await saveVersion(tx, spec.type, after, actor, note);
	await recordAudit(tx, actor, {
		// Named for the working copy when its text is what changed (or went, discarded).
		action: changed || existing ? `${spec.type}.arbeidskopi-${intent}` : `${spec.type}.${intent}`,
		entityType: spec.type,
		entityId: before.id,
		summary: storedText('admin.auditLog.contentChanged', { note, title: spec.name(before) }),
		before: existing?.data ?? null,
		after: changed ? toStored(content) : null
	});
	if (intent === 'send') {
		if (!changed) throw new FieldError('title', 'workflow.problems.nothingToSend');
		await submitForReview(tx, actor, spec.type, reviewItem(spec, after));
	}
	return before.id;
}

/** Deletes an item if it still has the version the editor saw and `guard` allows it. */
export async function deleteEditable<T extends EditableTable>(
	actor: Actor,
	spec: EditableSpec<T>,
	id: number,
	version: number,
	guard?: (tx: Tx, row: RowOf<T>) => Promise<void>
) {
	authorize(actor, can.editContent, `${spec.type}.slett`, id);
	await db.transaction(async (tx) => {
		await spec.lock?.(tx);
		const before = await lockRow(tx, spec.table, id);
		assertVersion(before, version);
		await guard?.(tx, before);
		await tx.delete(spec.table).where(eq(spec.table.id, id));
		await dropWorkingCopy(tx, spec.type, id);
		await closeReview(tx, spec.type, id);
		await recordAudit(tx, actor, {
			action: `${spec.type}.slettet`,
			entityType: spec.type,
			entityId: id,
			summary: storedText('admin.auditLog.contentDeleted', { title: spec.name(before) }),
			before
		});
	});
	invalidatePublic();
}

/** Brings back an earlier version's content (chosen by `fields`) as a new version. */
export async function restoreEditable<T extends EditableTable>(
	actor: Actor,
	spec: EditableSpec<T>,
	id: number,
	version: number,
	fields: (snapshot: Record<string, unknown>, before: RowOf<T>) => Record<string, unknown>
) {
	authorize(actor, can.editContent, `${spec.type}.gjenopprett`, id);
	const old = await getVersion(actor, spec.type, id, version);
	if (!old) throw new NotFoundError('problems.content.versionNotFound');
	await db.transaction(async (tx) => {
		await spec.lock?.(tx);
		const before = await lockRow(tx, spec.table, id);
		const [after] = (await tx
			.update(spec.table)
			.set({
				...fields(old.data, before),
				updatedAt: now(),
				version: before.version + 1
			} as never)
			.where(eq(spec.table.id, id))
			.returning()) as unknown as RowOf<T>[];
		// The restored text is the item's now: a working copy would hide it in the editor.
		await dropWorkingCopy(tx, spec.type, id);
		await saveVersion(
			tx,
			spec.type,
			after,
			actor,
			storedText('admin.versionNote.restored', { version })
		);
		await recordAudit(tx, actor, {
			action: `${spec.type}.gjenopprettet`,
			entityType: spec.type,
			entityId: id,
			summary: storedText('admin.auditLog.restored', { title: spec.name(after), version }),
			before,
			after
		});
	});
	invalidatePublic();
}

/**
 * Moves an item one step among its siblings. `siblings` reads them (locked, in the order
 * shown); the change is audited, the version is not bumped (an open edit form stays valid).
 * Returns false when there was nowhere to move.
 */
export async function moveEditable<T extends EditableTable & { position: PgColumn }>(
	actor: Actor,
	spec: EditableSpec<T>,
	id: number,
	direction: Direction,
	siblings: (tx: Tx, row: RowOf<T>) => Promise<{ id: number; position: number }[]>
): Promise<boolean> {
	authorize(actor, can.editContent, `${spec.type}.flytt`, id);
	const moved = await db.transaction(async (tx) => {
		await spec.lock?.(tx);
		const row = await lockRow(tx, spec.table, id);
		const changes = reorder(await siblings(tx, row), id, direction);
		if (!changes) return false;
		for (const c of changes)
			await tx
				.update(spec.table)
				.set({ position: c.position } as never)
				.where(eq(spec.table.id, c.id));
		await recordAudit(tx, actor, {
			action: `${spec.type}.flyttet-${direction}`,
			entityType: spec.type,
			entityId: id,
			summary: storedText(
				direction === 'opp' ? 'admin.auditLog.contentMovedUp' : 'admin.auditLog.contentMovedDown',
				{ title: spec.name(row) }
			),
			before: { position: row.position },
			after: { position: changes.find((c) => c.id === id)?.position }
		});
		return true;
	});
	if (moved) invalidatePublic();
	return moved;
}

/** Snapshot helpers for `restoreEditable`: a text field, or null when it was empty. */
export const snapText = (d: Record<string, unknown>, key: string, fallback = ''): string =>
	typeof d[key] === 'string' ? (d[key] as string) : fallback;
export const snapNullable = (d: Record<string, unknown>, key: string): string | null =>
	typeof d[key] === 'string' ? (d[key] as string) : null;
