/** Column types and column groups shared by the domain schemas. */
import { customType, integer, timestamp } from 'drizzle-orm/pg-core';

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
