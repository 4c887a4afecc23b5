/**
 * The 357 municipalities as the registration form offers them: a searchable list where
 * names that occur twice (Herøy, Våler) carry their county, and the server's reading of
 * what someone typed back into a municipality number.
 */
import { asc, eq } from 'drizzle-orm';
import { db } from '../db/client';
import { formatList } from '$lib/i18n';
import { counties, municipalities } from '../geo/schema';

export interface MunicipalityChoice {
	number: string;
	/** As SSB writes it: unique, with the county in brackets where the name occurs twice («Herøy (Nordland)»). */
	label: string;
	/** The name without the county («Herøy»). */
	name: string;
	county: string;
}

interface Index {
	all: MunicipalityChoice[];
	byNumber: Map<string, MunicipalityChoice>;
	/** «herøy nordland», «bergen», «bergen vestland» → the one municipality. */
	exact: Map<string, MunicipalityChoice>;
	/** «herøy» → both Herøys. */
	byName: Map<string, MunicipalityChoice[]>;
}

// Reference data, the same for everyone: read once per process.
let cached: Promise<Index> | undefined;

function index(): Promise<Index> {
	cached ??= load().catch((e) => {
		cached = undefined;
		throw e;
	});
	return cached;
}

export async function municipalityChoices(): Promise<MunicipalityChoice[]> {
	return (await index()).all;
}

async function load(): Promise<Index> {
	const rows = await db
		.select({ number: municipalities.number, label: municipalities.name, county: counties.name })
		.from(municipalities)
		.innerJoin(counties, eq(counties.number, municipalities.countyNumber))
		.orderBy(asc(municipalities.name));
	const all = rows
		.map((r) => ({ ...r, name: r.label.replace(/\s*\(.*\)\s*$/, '') }))
		.sort((a, b) => a.label.localeCompare(b.label, 'nb'));
	const exact = new Map<string, MunicipalityChoice>();
	const byName = new Map<string, MunicipalityChoice[]>();
	for (const c of all) {
		exact.set(norm(c.label), c);
		exact.set(norm(`${c.name} ${c.county}`), c);
		byName.set(norm(c.name), [...(byName.get(norm(c.name)) ?? []), c]);
	}
	return { all, byNumber: new Map(all.map((c) => [c.number, c])), exact, byName };
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
	const idx = await index();
	const wanted = norm(text);
	if (/^\d{4}$/.test(wanted)) {
		const choice = idx.byNumber.get(wanted);
		return choice ? { kind: 'found', choice } : { kind: 'unknown' };
	}
	const exact = idx.exact.get(wanted);
	if (exact) return { kind: 'found', choice: exact };
	const byName = idx.byName.get(wanted) ?? [];
	if (byName.length === 1) return { kind: 'found', choice: byName[0] };
	if (byName.length > 1) return { kind: 'ambiguous', choices: byName };
	return { kind: 'unknown' };
}

/** «There are several …, say which»: the message key and values for an ambiguous name. */
export function ambiguousMunicipality(choices: MunicipalityChoice[]) {
	return {
		key: 'problems.registration.ambiguousMunicipality',
		values: {
			name: choices[0].name,
			choices: formatList(
				choices.map((c) => `«${c.label}»`),
				'or'
			)
		}
	} as const;
}
