/**
 * Was this address's item published once? Then an address that no longer shows anything
 * answers 410 Gone (unpublished or deleted on purpose) rather than 404 (never here): search
 * engines drop it sooner, and the visitor is told it was taken down.
 *
 * An unpublished item still has its row (status draft, with the time it was first published);
 * a deleted item has only its saved versions (content_versions keeps every state, also after
 * the row is gone). Both are read here; nothing is written when an item is unpublished or
 * deleted, so scheduled unpublishing and every other way of taking an item down are covered.
 */
import { and, eq, sql } from 'drizzle-orm';
import { db } from '../db/client';
import { now } from '../clock';
import { contentVersions, newsArticles, pages, resources } from './schema';

export type GoneKind = 'side' | 'nyhet' | 'ressurs';

/** The key a version's snapshot is found by: a page's path, a news item's or resource's slug. */
export const versionKey = sql<string>`coalesce(${contentVersions.data}->>'path', ${contentVersions.data}->>'slug')`;

/**
 * True when the item at `key` (a page's path, or the slug of a news item or resource) was
 * public once and is not now. Call it only after the public lookup found nothing.
 */
export async function wasPublished(kind: GoneKind, key: string): Promise<boolean> {
	const at = now();
	const row = await currentRow(kind, key);
	// The row is there: gone if it was ever published (a draft never published is just "not found").
	if (row) return row.publishedAt !== null && row.publishedAt.getTime() <= at.getTime();
	const [version] = await db
		.select({ id: contentVersions.id })
		.from(contentVersions)
		.where(
			and(
				eq(contentVersions.entityType, kind),
				eq(versionKey, key),
				sql`${contentVersions.data}->>'status' = 'published'`,
				sql`(${contentVersions.data}->>'publishedAt')::timestamptz <= ${at}`
			)
		)
		.limit(1);
	return Boolean(version);
}

async function currentRow(kind: GoneKind, key: string) {
	const table = kind === 'side' ? pages : kind === 'nyhet' ? newsArticles : resources;
	const column =
		kind === 'side' ? pages.path : kind === 'nyhet' ? newsArticles.slug : resources.slug;
	const [row] = await db
		.select({ publishedAt: table.publishedAt })
		.from(table)
		.where(eq(column, key));
	return row ?? null;
}
