/** Column types and column groups shared by the domain schemas. */
import { sql } from 'drizzle-orm';
import { check, customType, integer, text, timestamp, type AnyPgColumn } from 'drizzle-orm/pg-core';

export const bytea = customType<{ data: Buffer; driverData: Buffer }>({
	dataType: () => 'bytea'
});

export const tsvector = customType<{ data: string }>({
	dataType: () => 'tsvector'
});

export const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** created/updated times and an optimistic-locking version, on every editable row. */
export const editable = () => ({
	createdAt: timestamptz('created_at').notNull().defaultNow(),
	updatedAt: timestamptz('updated_at').notNull().defaultNow(),
	version: integer('version').notNull().default(1)
});

/**
 * The language a person reads our mail in (nb, nn or en; the same list as LANGUAGES in
 * $lib/i18n/languages, written out here because drizzle-kit reads this file without $lib).
 */
export const personLang = () => text('lang').$type<'nb' | 'nn' | 'en'>().notNull().default('nb');
export const personLangCheck = (table: string, column: AnyPgColumn) =>
	check(`${table}_lang_check`, sql`${column} in ('nb', 'nn', 'en')`);
