/** Municipalities, counties and county chapters for selects and lists. */
import { asc, eq } from 'drizzle-orm';
import { db } from '../db/client';
import { counties, countyChapters, municipalities } from './schema';

export async function municipalityOptions() {
	const rows = await db
		.select({ number: municipalities.number, name: municipalities.name, county: counties.name })
		.from(municipalities)
		.innerJoin(counties, eq(counties.number, municipalities.countyNumber))
		.orderBy(asc(counties.name), asc(municipalities.name));
	return rows.map((r) => ({ value: r.number, label: `${r.name} (${r.number})`, group: r.county }));
}

export async function chapterOptions() {
	const rows = await db.select().from(countyChapters).orderBy(asc(countyChapters.name));
	return rows.map((c) => ({ value: String(c.id), label: c.name }));
}

export async function municipalityByNumber(number: string) {
	if (!/^\d{4}$/.test(number)) return null;
	const [row] = await db.select().from(municipalities).where(eq(municipalities.number, number));
	return row ?? null;
}
