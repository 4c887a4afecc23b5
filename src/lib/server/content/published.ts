/** The one rule for what the public sees: status published and a published time that has come. */
import { and, asc, count, eq, lte, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { now } from '../clock';
import { db } from '../db/client';
import { newsArticles, resources } from './schema';

export function isPublic(
	table: { status: PgColumn; publishedAt: PgColumn },
	at: Date = now()
): SQL {
	return and(eq(table.status, 'published'), lte(table.publishedAt, at)) as SQL;
}

/** The kinds whose public items the sitemap lists a slice at a time by slug. */
type SlugTable = typeof newsArticles | typeof resources;

/** Public and not hidden from search engines ("Skjul for søkemotorer"): what the sitemap lists. */
function inSitemap(table: SlugTable): SQL {
	return and(isPublic(table), eq(table.noindex, false)) as SQL;
}

/** How many items of the kind the sitemap lists (for the sitemap's parts). */
export async function countPublic(table: SlugTable): Promise<number> {
	const [{ total }] = await db.select({ total: count() }).from(table).where(inSitemap(table));
	return total;
}

/** A slice of the kind's addresses for the sitemap, oldest id first (no text at all). */
export function publicSlugSlice(table: SlugTable, offset: number, limit: number) {
	return db
		.select({ id: table.id, slug: table.slug, updatedAt: table.updatedAt })
		.from(table)
		.where(inSitemap(table))
		.orderBy(asc(table.id))
		.limit(limit)
		.offset(offset);
}
