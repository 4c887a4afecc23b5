/** Scheduled publishing: items with `publish_at` in the past become published, once. */
import { and, isNotNull, lte, sql } from 'drizzle-orm';
import { db } from '../db/client';
import { now } from '../clock';
import { newsArticles, pages, resources } from './schema';
import { invalidatePublic } from '../cache/public-cache';

export async function publishDue(at: Date = now()): Promise<number> {
	let count = 0;
	await db.transaction(async (tx) => {
		for (const table of [pages, newsArticles, resources]) {
			const rows = await tx
				.update(table)
				.set({
					status: 'published',
					publishedAt: sql`coalesce(${table.publishedAt}, ${table.publishAt})`,
					publishAt: null,
					updatedAt: at
				})
				.where(and(isNotNull(table.publishAt), lte(table.publishAt, at)))
				.returning({ id: table.id });
			count += rows.length;
		}
	});
	if (count > 0) invalidatePublic();
	return count;
}
