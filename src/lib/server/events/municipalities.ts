/**
 * The 357 municipalities as the registration form offers them: a searchable list where
 * names that occur twice (Herøy, Våler) carry their county, and the server's reading of
 * what someone typed back into a municipality number.
 */
import { asc, eq } from 'drizzle-orm';
import { db } from '../db/client';
import { counties, municipalities } from '../geo/schema';

export interface MunicipalityChoice {
	number: string;
	name: string;
	county: string;
	/** What the list shows and the field holds: the name, or «Herøy (Nordland)» when the name is not unique. */
	label: string;
}

// Reference data, the same for everyone: read once per process.
let cached: Promise<MunicipalityChoice[]> | undefined;

export function municipalityChoices(): Promise<MunicipalityChoice[]> {
	cached ??= load().catch((e) => {
		cached = undefined;
		throw e;
	});
	return cached;
}

async function load(): Promise<MunicipalityChoice[]> {
	const rows = await db
		.select({ number: municipalities.number, name: municipalities.name, county: counties.name })
		.from(municipalities)
		.innerJoin(counties, eq(counties.number, municipalities.countyNumber))
		.orderBy(asc(municipalities.name));
	const seen = new Map<string, number>();
	for (const r of rows) seen.set(r.name, (seen.get(r.name) ?? 0) + 1);
	return rows
		.map((r) => ({ ...r, label: seen.get(r.name)! > 1 ? `${r.name} (${r.county})` : r.name }))
		.sort((a, b) => a.label.localeCompare(b.label, 'nb'));
}

const norm = (s: string) =>
	s
		.trim()
		.toLocaleLowerCase('nb')
		.replace(/\s+/g, ' ')
		.replace(/\s*[(,]\s*/g, ' (')
		.replace(/\s*\)\s*$/, ')')
		.replace(/ kommune$/, '');

export type MunicipalityMatch =
	| { kind: 'found'; choice: MunicipalityChoice }
	| { kind: 'ambiguous'; choices: MunicipalityChoice[] }
	| { kind: 'unknown' };

/** «Trondheim», «trondheim kommune», «Herøy (Nordland)», «Herøy, Nordland» or «5001» → the municipality. */
export async function findMunicipality(text: string): Promise<MunicipalityMatch> {
	const all = await municipalityChoices();
	const wanted = norm(text);
	if (/^\d{4}$/.test(wanted)) {
		const choice = all.find((c) => c.number === wanted);
		return choice ? { kind: 'found', choice } : { kind: 'unknown' };
	}
	const byLabel = all.find(
		(c) => norm(c.label) === wanted || norm(`${c.name} (${c.county})`) === wanted
	);
	if (byLabel) return { kind: 'found', choice: byLabel };
	const byName = all.filter((c) => norm(c.name) === wanted);
	if (byName.length === 1) return { kind: 'found', choice: byName[0] };
	if (byName.length > 1) return { kind: 'ambiguous', choices: byName };
	return { kind: 'unknown' };
}
