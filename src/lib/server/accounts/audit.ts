/** Writes the audit log in the caller's transaction, so the record and the change stand or fall together. */
import type { DbOrTx } from '../db/client';
import { auditLog } from './schema';
import type { Actor } from './actor';
import { now } from '../clock';

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
