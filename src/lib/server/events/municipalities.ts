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
	/** As SSB writes it: unique, with the county in brackets where the name occurs twice («Herøy (Nordland)»). */
	label: string;
	/** The name without the county («Herøy»). */
	name: string;
	county: string;
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
		.select({ number: municipalities.number, label: municipalities.name, county: counties.name })
		.from(municipalities)
		.innerJoin(counties, eq(counties.number, municipalities.countyNumber))
		.orderBy(asc(municipalities.name));
	return rows
		.map((r) => ({ ...r, name: r.label.replace(/\s*\(.*\)\s*$/, '') }))
		.sort((a, b) => a.label.localeCompare(b.label, 'nb'));
}

/** Lower case, brackets and commas as spaces, without a trailing «kommune». */
const norm = (s: string) =>
	s
		.toLocaleLowerCase('nb')
		.replace(/[(),.]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim()
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
	const exact = all.find(
		(c) => norm(c.label) === wanted || norm(`${c.name} ${c.county}`) === wanted
	);
	if (exact) return { kind: 'found', choice: exact };
	const byName = all.filter((c) => norm(c.name) === wanted);
	if (byName.length === 1) return { kind: 'found', choice: byName[0] };
	if (byName.length > 1) return { kind: 'ambiguous', choices: byName };
	return { kind: 'unknown' };
}
