/** The one rule for what the public sees: status published and a published time that has come. */
import { and, eq, lte, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { now } from '../clock';

export function isPublic(
	table: { status: PgColumn; publishedAt: PgColumn },
	at: Date = now()
): SQL {
	return and(eq(table.status, 'published'), lte(table.publishedAt, at)) as SQL;
}
