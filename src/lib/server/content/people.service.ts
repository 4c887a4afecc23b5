import { asc } from 'drizzle-orm';
import { db } from '../db/client';
import { people } from './schema';

/** People grouped under their headings, in the editors' order. */
export async function peopleByGroup() {
	const rows = await db.select().from(people).orderBy(asc(people.position), asc(people.name));
	const groups = new Map<string, typeof rows>();
	for (const p of rows) groups.set(p.grouping, [...(groups.get(p.grouping) ?? []), p]);
	return [...groups].map(([heading, members]) => ({ heading, members }));
}
