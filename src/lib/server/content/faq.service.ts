import { asc } from 'drizzle-orm';
import { db } from '../db/client';
import { faqEntries } from './schema';

/** FAQ grouped by topic, in the editors' order. */
export async function faqByTopic() {
	const rows = await db
		.select()
		.from(faqEntries)
		.orderBy(asc(faqEntries.position), asc(faqEntries.id));
	const topics = new Map<string, typeof rows>();
	for (const e of rows) topics.set(e.topic, [...(topics.get(e.topic) ?? []), e]);
	return [...topics].map(([topic, entries]) => ({ topic, entries }));
}
