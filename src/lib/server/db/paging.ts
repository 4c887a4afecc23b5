/**
 * Page counts that do not grow with the table: a list counts the rows that match only as far
 * as COUNT_CAP rows past the page asked for (a subquery with LIMIT, so at most that many index
 * entries are read), and says "more than …" beyond it. The pages it offers are all real; the
 * last one shown is as far as it counted, and going there counts further.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { db } from './client';

/** How many rows past the page asked for a list's count reads before it says "more than". */
export const COUNT_CAP = 1000;

export interface CappedPages {
	/** The rows counted (all that matched unless `more`). */
	total: number;
	/** More rows match than were counted. */
	more: boolean;
	page: number;
	pages: number;
}

/** The page (clamped to what exists) and page count of `table` filtered by `where`. */
export async function cappedPages(
	table: PgTable,
	where: SQL | undefined,
	pageSize: number,
	requested = 1
): Promise<CappedPages> {
	const wanted = Math.max(1, requested);
	const reach = (wanted - 1) * pageSize + COUNT_CAP;
	const r = await db.execute<{ n: number }>(
		sql`select count(*)::int as n from (select 1 from ${table} where ${where ?? sql`true`} limit ${reach + 1}) upto`
	);
	const n = Number(r.rows[0]?.n ?? 0);
	const more = n > reach;
	const total = Math.min(n, reach);
	const pages = Math.max(1, Math.ceil(total / pageSize));
	return { total, more, page: Math.min(wanted, pages), pages };
}
