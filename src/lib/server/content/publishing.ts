/**
 * Scheduled publishing: items whose `publish_at` has come are published, working copies
 * whose `update_at` has come are published into their items, and items whose `unpublish_at`
 * has come are unpublished — once each (the row lock and the cleared time make a second run,
 * on this node or another, find nothing), with a version and an audit entry by the scheduler.
 */
import { and, eq, isNotNull, lte } from 'drizzle-orm';
import { contentWorkingCopies } from './schema';
import { overlay } from './working-copy';
import { db } from '../db/client';
import { now } from '../clock';
import { newsArticles, pages, resources } from './schema';
import { invalidatePublic } from '../cache/public-cache';
import { saveVersion, type EditableType } from './editing';
import { recordAudit, storedText } from '../accounts/audit';

const TABLES = [
	{ table: pages, type: 'side' as EditableType },
	{ table: newsArticles, type: 'nyhet' as EditableType },
	{ table: resources, type: 'ressurs' as EditableType }
];

export async function publishDue(at: Date = now()): Promise<number> {
	let count = 0;
	await db.transaction(async (tx) => {
		for (const { table, type } of TABLES) {
			const due = await tx
				.select()
				.from(table)
				.where(and(isNotNull(table.publishAt), lte(table.publishAt, at)))
				.for('update', { skipLocked: true });
			for (const row of due) {
				const [after] = await tx
					.update(table)
					.set({
						status: 'published',
						publishedAt: row.publishedAt ?? row.publishAt,
						publishAt: null,
						updatedAt: at,
						version: row.version + 1
					})
					.where(and(eq(table.id, row.id), isNotNull(table.publishAt)))
					.returning();
				if (!after) continue;
				await saveVersion(tx, type, after, null, storedText('admin.versionNote.scheduler'));
				await recordAudit(tx, null, {
					action: `${type}.publisert-etter-plan`,
					entityType: type,
					entityId: row.id,
					summary: storedText('admin.auditLog.scheduledPublished', { title: row.title }),
					before: row,
					after
				});
				count++;
			}
		}
	});
	count += await updateDue(at);
	count += await unpublishDue(at);
	if (count > 0) invalidatePublic();
	return count;
}

/**
 * Publishes the working copies whose planned update has come. Locks the item first and then
 * its working copy (the order a save takes them); an item being saved right now is skipped
 * and taken on the next run.
 */
async function updateDue(at: Date): Promise<number> {
	let count = 0;
	await db.transaction(async (tx) => {
		const due = await tx
			.select({ type: contentWorkingCopies.entityType, id: contentWorkingCopies.entityId })
			.from(contentWorkingCopies)
			.where(lte(contentWorkingCopies.updateAt, at));
		for (const { type, id } of due) {
			const kind = TABLES.find((k) => k.type === type);
			if (!kind) continue;
			const { table } = kind;
			const [row] = await tx
				.select()
				.from(table)
				.where(eq(table.id, id))
				.for('update', { skipLocked: true });
			if (!row) continue;
			const [copy] = await tx
				.delete(contentWorkingCopies)
				.where(
					and(
						eq(contentWorkingCopies.entityType, type),
						eq(contentWorkingCopies.entityId, id),
						lte(contentWorkingCopies.updateAt, at)
					)
				)
				.returning();
			if (!copy) continue;
			const changed = overlay(row as Record<string, unknown>, copy.data);
			const { id: _id, search: _search, ...values } = changed;
			const [after] = await tx
				.update(table)
				.set({ ...values, updatedAt: at, version: row.version + 1 } as never)
				.where(eq(table.id, id))
				.returning();
			await saveVersion(tx, kind.type, after, null, storedText('workflow.note.scheduledUpdate'));
			await recordAudit(tx, null, {
				action: `${type}.oppdatert-etter-plan`,
				entityType: type,
				entityId: id,
				summary: storedText('workflow.audit.scheduledUpdate', { title: after.title }),
				before: row,
				after
			});
			count++;
		}
	});
	return count;
}

/** Unpublishes the items whose planned unpublish has come. */
async function unpublishDue(at: Date): Promise<number> {
	let count = 0;
	await db.transaction(async (tx) => {
		for (const { table, type } of TABLES) {
			const due = await tx
				.select()
				.from(table)
				.where(and(isNotNull(table.unpublishAt), lte(table.unpublishAt, at)))
				.for('update', { skipLocked: true });
			for (const row of due) {
				const [after] = await tx
					.update(table)
					.set({ status: 'draft', unpublishAt: null, updatedAt: at, version: row.version + 1 })
					.where(and(eq(table.id, row.id), isNotNull(table.unpublishAt)))
					.returning();
				if (!after) continue;
				await saveVersion(tx, type, after, null, storedText('workflow.note.scheduledUnpublish'));
				await recordAudit(tx, null, {
					action: `${type}.avpublisert-etter-plan`,
					entityType: type,
					entityId: row.id,
					summary: storedText('workflow.audit.scheduledUnpublish', { title: row.title }),
					before: row,
					after
				});
				count++;
			}
		}
	});
	return count;
}
