/** Writes the audit log in the caller's transaction, so the record and the change stand or fall together. */
import { and, desc, eq, gte, ilike, lt, sql } from 'drizzle-orm';
import { cappedPages } from '../db/paging';
import { db, type DbOrTx } from '../db/client';
import { auditLog } from './schema';
import type { Actor } from './actor';
import { now } from '../clock';
import {
	isMessageKey,
	m,
	message,
	type Lang,
	type MessageKey,
	type MessageValues
} from '$lib/i18n';
import { authorize, can } from './permissions';

export interface AuditEntry {
	action: string;
	entityType: string;
	entityId?: string | number | null;
	/** A catalogue message (`storedText`), several in a row, or (older code) plain text. */
	summary: string | StoredText | StoredText[];
	before?: unknown;
	after?: unknown;
}

/** Drops large or secret fields from snapshots (bodies of files, password hashes). */
function clean(value: unknown): unknown {
	if (value === null || value === undefined) return null;
	if (typeof value !== 'object') return value;
	if (value instanceof Date) return value.toISOString();
	if (Buffer.isBuffer(value)) return `[${value.length} byte]`;
	if (Array.isArray(value)) return value.map(clean);
	return Object.fromEntries(
		Object.entries(value as Record<string, unknown>)
			.filter(([k]) => !['passwordHash', 'data', 'search'].includes(k))
			.map(([k, v]) => [k, clean(v)])
	);
}

/** A value filled into a stored message: text, a number, or another stored message. */
export type StoredValue = string | number | StoredText;

/** How a stored message is kept in the database (jsonb): its key and its values. */
export interface StoredMessage {
	key: MessageKey;
	values?: Record<string, string | number | StoredMessage>;
}

/**
 * An audit-log summary (or a content version's note) from the catalogue, kept as its key and
 * values (`audit_log.summary_message`, `content_versions.note_message`) and shown in the reader's
 * language (`shownText`). The plain-text column beside it gets the bokmål text (search, and
 * older rows that have only text). As a string (`String(x)`, a template) it is that bokmål text.
 */
export class StoredText {
	constructor(
		readonly key: MessageKey,
		readonly values: Record<string, StoredValue> = {}
	) {}

	/** The text in a language (the request's language unless told). */
	text(lang?: Lang): string {
		const values: MessageValues = {};
		for (const [k, v] of Object.entries(this.values))
			values[k] = v instanceof StoredText ? v.text(lang) : v;
		return message(this.key, values, lang);
	}

	toString(): string {
		return this.text('nb');
	}

	toJSON(): StoredMessage {
		const values: Record<string, string | number | StoredMessage> = {};
		for (const [k, v] of Object.entries(this.values))
			values[k] = v instanceof StoredText ? v.toJSON() : v;
		return { key: this.key, values };
	}

	/** Back from the database; null for anything that is not a known message. */
	static from(json: unknown): StoredText | null {
		if (!json || typeof json !== 'object' || Array.isArray(json)) return null;
		const { key, values } = json as { key?: unknown; values?: unknown };
		if (typeof key !== 'string' || !isMessageKey(key)) return null;
		const out: Record<string, StoredValue> = {};
		if (values && typeof values === 'object')
			for (const [k, v] of Object.entries(values as Record<string, unknown>)) {
				if (typeof v === 'string' || typeof v === 'number') out[k] = v;
				else {
					const inner = StoredText.from(v);
					if (!inner) return null;
					out[k] = inner;
				}
			}
		return new StoredText(key, out);
	}
}

/** A summary or note from the catalogue: `storedText('admin.auditLog.restored', { title, version })`. */
export function storedText(key: MessageKey, values?: Record<string, StoredValue>): StoredText {
	return new StoredText(key, values);
}

const asList = (s: StoredText | StoredText[]) => (Array.isArray(s) ? s : [s]);

/** The columns a summary or note is written to: the bokmål text and the message(s) as json. */
export function storedColumns(s: string | StoredText | StoredText[]): {
	text: string;
	message: StoredMessage[] | null;
} {
	if (typeof s === 'string') return { text: s, message: null };
	const list = asList(s);
	return { text: list.map((m) => m.text('nb')).join(''), message: list.map((m) => m.toJSON()) };
}

/** Who acted, when no person did (jobs, sign-up) or the person's account is gone: codes, not text. */
export const SYSTEM_ACTOR = '[system]';
export const DELETED_ACTOR = '[slettet]';

/** The actor's name as the log shows it, in the reader's language for the two codes above. */
export function actorLabel(name: string): string {
	// (rows written before the codes hold the bokmål words, and show them as they are)
	if (name === SYSTEM_ACTOR) return m.admin.auditLog.actorSystem;
	if (name === DELETED_ACTOR) return m.admin.auditLog.actorDeleted;
	return name;
}

/**
 * A stored summary or note in the reader's language (the request's language unless told): the
 * message(s) when the row has them, else the stored text (rows written before, or plain text).
 */
export function shownText(stored: unknown, text: string, lang?: Lang): string {
	if (!Array.isArray(stored) || stored.length === 0) return text;
	const list = stored.map((s) => StoredText.from(s));
	if (list.some((s) => s === null)) return text;
	return (list as StoredText[]).map((s) => s.text(lang)).join('');
}

export async function recordAudit(
	tx: DbOrTx,
	actor: Pick<Actor, 'id' | 'name'> | null,
	entry: AuditEntry
) {
	const summary = storedColumns(entry.summary);
	await tx.insert(auditLog).values({
		at: now(),
		actorId: actor?.id ?? null,
		actorName: actor?.name ?? SYSTEM_ACTOR,
		action: entry.action,
		entityType: entry.entityType,
		entityId:
			entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId),
		summary: summary.text,
		summaryMessage: summary.message,
		before: clean(entry.before) as never,
		after: clean(entry.after) as never
	});
}

export const AUDIT_PAGE_SIZE = 50;

export interface AuditFilter {
	q?: string;
	actor?: string;
	entityType?: string;
	from?: Date | null;
	to?: Date | null;
	page?: number;
}

/** The audit log, newest first, filtered and paged, with the fields that changed per entry. */
export async function listAudit(actor: Actor, f: AuditFilter) {
	authorize(actor, can.readAuditLog, 'logg.les');
	const where = and(
		f.q ? ilike(auditLog.summary, `%${f.q}%`) : undefined,
		f.actor ? ilike(auditLog.actorName, `%${f.actor}%`) : undefined,
		f.entityType ? eq(auditLog.entityType, f.entityType) : undefined,
		f.from ? gte(auditLog.at, f.from) : undefined,
		f.to ? lt(auditLog.at, f.to) : undefined
	);
	// Counted only as far as COUNT_CAP past the page: "more than …" beyond.
	const { total, more, page, pages } = await cappedPages(auditLog, where, AUDIT_PAGE_SIZE, f.page);
	const rows = await db
		.select()
		.from(auditLog)
		.where(where)
		.orderBy(desc(auditLog.at), desc(auditLog.id))
		.limit(AUDIT_PAGE_SIZE)
		.offset((page - 1) * AUDIT_PAGE_SIZE);
	// The kinds for the filter: a skip scan down audit_entity_idx (one index probe per kind),
	// not a DISTINCT over every row of the log.
	const types = await db.execute<{ t: string }>(sql`
		with recursive kinds as (
			(select entity_type as t from audit_log order by entity_type limit 1)
			union all
			select (select entity_type from audit_log where entity_type > kinds.t order by entity_type limit 1)
			from kinds where kinds.t is not null
		)
		select t from kinds where t is not null`);
	return {
		total,
		more,
		page,
		pages,
		types: types.rows.map((t) => t.t),
		entries: rows.map(({ summaryMessage, ...r }) => ({
			...r,
			actorName: actorLabel(r.actorName),
			summary: shownText(summaryMessage, r.summary),
			changes: changedFields(r.before, r.after)
		}))
	};
}

/** Field by field: what was before and what came after (only fields that differ). */
export function changedFields(
	before: unknown,
	after: unknown
): { field: string; before: string; after: string }[] {
	const b = (before && typeof before === 'object' ? before : {}) as Record<string, unknown>;
	const a = (after && typeof after === 'object' ? after : {}) as Record<string, unknown>;
	const show = (v: unknown) =>
		v === undefined || v === null ? '' : typeof v === 'string' ? v : JSON.stringify(v);
	return [...new Set([...Object.keys(b), ...Object.keys(a)])]
		.filter((k) => !['updatedAt', 'version', 'createdAt'].includes(k))
		.filter((k) => show(b[k]) !== show(a[k]))
		.map((k) => ({ field: k, before: show(b[k]), after: show(a[k]) }));
}
