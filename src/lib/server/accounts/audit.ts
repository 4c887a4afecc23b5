/** Writes the audit log in the caller's transaction, so the record and the change stand or fall together. */
import { and, count, desc, eq, gte, ilike, lt } from 'drizzle-orm';
import { db, type DbOrTx } from '../db/client';
import { auditLog } from './schema';
import type { Actor } from './actor';
import { now } from '../clock';
import { message, type MessageKey, type MessageValues } from '$lib/i18n';
import { authorize, can } from './permissions';

export interface AuditEntry {
	action: string;
	entityType: string;
	entityId?: string | number | null;
	summary: string;
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

/**
 * An audit-log summary (or a content version's note) from the catalogue. It is stored as text
 * and the admin shows the stored text, so it is rendered once, in bokmål, when written.
 */
export function storedText(key: MessageKey, values?: MessageValues): string {
	return message(key, values, 'nb');
}

export async function recordAudit(
	tx: DbOrTx,
	actor: Pick<Actor, 'id' | 'name'> | null,
	entry: AuditEntry
) {
	await tx.insert(auditLog).values({
		at: now(),
		actorId: actor?.id ?? null,
		actorName: actor?.name ?? 'Systemet',
		action: entry.action,
		entityType: entry.entityType,
		entityId:
			entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId),
		summary: entry.summary,
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
	const [{ total }] = await db.select({ total: count() }).from(auditLog).where(where);
	const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
	const page = Math.min(Math.max(1, f.page ?? 1), pages);
	const rows = await db
		.select()
		.from(auditLog)
		.where(where)
		.orderBy(desc(auditLog.at), desc(auditLog.id))
		.limit(AUDIT_PAGE_SIZE)
		.offset((page - 1) * AUDIT_PAGE_SIZE);
	const types = await db
		.selectDistinct({ t: auditLog.entityType })
		.from(auditLog)
		.orderBy(auditLog.entityType);
	return {
		total,
		page,
		pages,
		types: types.map((t) => t.t),
		entries: rows.map((r) => ({ ...r, changes: changedFields(r.before, r.after) }))
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
