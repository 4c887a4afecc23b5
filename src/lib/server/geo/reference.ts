/**
 * Loads municipalities, counties and county chapters from the CSV files copied into
 * `geo/data` (bundled into the build; the app never reads ../shared at run time).
 * Idempotent: safe on every start.
 */
import kommunerCsv from './data/kommuner-2024.csv?raw';
import fylkerCsv from './data/fylker-2024.csv?raw';
import avdelingerCsv from './data/fylkesavdelinger.csv?raw';
import { parseCsv } from './csv';
import { counties, countyChapterCounties, countyChapters, municipalities } from './schema';
import type { DbOrTx } from '../db/client';
import { slugify } from '../content/slug';
import { sql } from 'drizzle-orm';

export function referenceData() {
	const fylker = parseCsv(fylkerCsv).map((r) => ({ number: r.fylkesnummer, name: r.fylkesnavn }));
	const kommuner = parseCsv(kommunerCsv).map((r) => ({
		number: r.kommunenummer,
		name: r.kommunenavn,
		countyNumber: r.fylkesnummer
	}));
	const chapters = new Map<string, string[]>();
	for (const r of parseCsv(avdelingerCsv)) {
		const list = chapters.get(r.fylkesavdeling) ?? [];
		list.push(r.fylkesnummer);
		chapters.set(r.fylkesavdeling, list);
	}
	return { fylker, kommuner, chapters };
}

export async function loadReferenceData(db: DbOrTx) {
	const { fylker, kommuner, chapters } = referenceData();
	await db
		.insert(counties)
		.values(fylker)
		.onConflictDoUpdate({ target: counties.number, set: { name: sql`excluded.name` } });
	await db
		.insert(municipalities)
		.values(kommuner)
		.onConflictDoUpdate({
			target: municipalities.number,
			set: { name: sql`excluded.name`, countyNumber: sql`excluded.county_number` }
		});
	for (const [name, numbers] of chapters) {
		const [row] = await db
			.insert(countyChapters)
			.values({ name, slug: slugify(name) })
			.onConflictDoUpdate({ target: countyChapters.name, set: { slug: sql`excluded.slug` } })
			.returning({ id: countyChapters.id });
		await db
			.insert(countyChapterCounties)
			.values(numbers.map((countyNumber) => ({ chapterId: row.id, countyNumber })))
			.onConflictDoNothing();
	}
}
