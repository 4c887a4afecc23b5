/**
 * Scheduled publishing: items whose `publish_at` has come are published, once each (the row
 * lock and the cleared `publish_at` make a second run find nothing), with a version and an
 * audit entry by the scheduler.
 */
import { and, eq, isNotNull, lte } from 'drizzle-orm';
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
	if (count > 0) invalidatePublic();
	return count;
}
