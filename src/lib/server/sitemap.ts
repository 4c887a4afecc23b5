/**
 * Every public address for /sitemap.xml: each domain contributes its own list.
 *
 * While there are at most `SITEMAP_PART_SIZE` addresses, /sitemap.xml lists them all. Past
 * that it is a sitemap index of parts (`/sitemap/<name>-<n>.xml`), each at most
 * `SITEMAP_PART_SIZE` addresses (in each of its languages): the page tree, the news articles
 * and the resources, which grow with the archive, are read a slice at a time in the database
 * (ids, paths or slugs and dates; never text), and the rest (fixed pages, archive years,
 * stories, events, programmes: `annet`) is one list sliced into parts. So one part of the
 * archive costs the same however large it grows, and the index costs three counts and the rest.
 */
import { contentSitemapEntries, type SitemapEntry } from './content/feeds';
import { storySitemapEntries } from './fremtidsbilde/stories.service';
import { eventSitemapEntries } from './events/events.service';
import { programmeSitemapEntries } from './programmes/programmes.public';
import { itemLanguages, publishedLanguagesByItem } from './content/translations';
import { countSitemapPages, pageSitemapRows } from './content/pages.service';
import { countPublic, publicSlugSlice } from './content/published';
import { newsArticles, resources } from './content/schema';
import { now } from './clock';
import type { TranslationKind } from './content/schema';

/** Addresses per sitemap file (each in up to three languages: at most 1 500 `<url>`s, ~1 MB). */
export const SITEMAP_PART_SIZE = 500;

/** The kinds whose items are listed a slice at a time. */
const SLICED = {
	sider: {
		kind: 'side',
		count: countSitemapPages,
		rows: pageSitemapRows,
		path: (path: string) => path
	},
	nyheter: {
		kind: 'nyhet',
		count: () => countPublic(newsArticles),
		rows: (offset: number, limit: number) => publicSlugSlice(newsArticles, offset, limit),
		path: (slug: string) => `/nyheter/${slug}`
	},
	ressurser: {
		kind: 'ressurs',
		count: () => countPublic(resources),
		rows: (offset: number, limit: number) => publicSlugSlice(resources, offset, limit),
		path: (slug: string) => `/ressurser/${slug}`
	}
} as const satisfies Record<
	string,
	{
		kind: TranslationKind;
		count: () => Promise<number>;
		rows: (
			offset: number,
			limit: number
		) => Promise<{ id: number; slug: string; updatedAt: Date }[]>;
		path: (slug: string) => string;
	}
>;
type SlicedName = keyof typeof SLICED;
const REST = 'annet';
const REST_KINDS: readonly TranslationKind[] = ['side', 'erfaring', 'arrangement', 'program'];

/** Fixed pages, the front page, archive years, stories, events and programmes. */
async function restEntries(): Promise<SitemapEntry[]> {
	// Which languages each item exists in: one query for these kinds, shared by the lists.
	const translated = await publishedLanguagesByItem(now(), { kinds: REST_KINDS });
	const parts = await Promise.all([
		contentSitemapEntries(translated),
		storySitemapEntries(translated),
		eventSitemapEntries(translated),
		programmeSitemapEntries(translated)
	]);
	return parts.flat();
}

/** One slice of a kind's addresses, with the languages of just those items. */
async function slicedEntries(name: SlicedName, offset: number, limit: number) {
	const s = SLICED[name];
	const rows = await s.rows(offset, limit);
	const translated = await publishedLanguagesByItem(now(), {
		kinds: [s.kind],
		ids: rows.map((r) => r.id)
	});
	return rows.map((r) => ({
		path: s.path(r.slug),
		lastmod: r.updatedAt,
		languages: itemLanguages(translated, s.kind, r.id)
	}));
}

export type Sitemap =
	{ kind: 'urls'; entries: SitemapEntry[] } | { kind: 'index'; parts: { name: string }[] };

/** What /sitemap.xml answers: every address, or (past `SITEMAP_PART_SIZE`) the index of parts. */
export async function sitemap(): Promise<Sitemap> {
	const [rest, ...counts] = await Promise.all([
		restEntries(),
		...Object.values(SLICED).map((s) => s.count())
	]);
	const total = rest.length + counts.reduce((a, b) => a + b, 0);
	const names = Object.keys(SLICED) as SlicedName[];
	if (total <= SITEMAP_PART_SIZE) {
		const sliced = await Promise.all(names.map((n) => slicedEntries(n, 0, SITEMAP_PART_SIZE)));
		return { kind: 'urls', entries: [...rest, ...sliced.flat()] };
	}
	const partsOf = (name: string, n: number) =>
		Array.from({ length: Math.ceil(n / SITEMAP_PART_SIZE) }, (_, i) => ({
			name: `${name}-${i + 1}`
		}));
	return {
		kind: 'index',
		parts: [...partsOf(REST, rest.length), ...names.flatMap((n, i) => partsOf(n, counts[i]!))]
	};
}

/** One part of the index (`sider-1`, `nyheter-3` …); null when there is no such part. */
export async function sitemapPart(part: string): Promise<SitemapEntry[] | null> {
	const m = /^([a-z]+)-([1-9]\d{0,5})$/.exec(part);
	if (!m) return null;
	const offset = (Number(m[2]) - 1) * SITEMAP_PART_SIZE;
	let entries: SitemapEntry[];
	if (m[1] === REST) entries = (await restEntries()).slice(offset, offset + SITEMAP_PART_SIZE);
	else if (Object.hasOwn(SLICED, m[1]!))
		entries = await slicedEntries(m[1] as SlicedName, offset, SITEMAP_PART_SIZE);
	else return null;
	return entries.length > 0 ? entries : null;
}

/** Every public address (all parts together): for tests and small sites. */
export async function allSitemapEntries(): Promise<SitemapEntry[]> {
	const names = Object.keys(SLICED) as SlicedName[];
	const [rest, counts] = await Promise.all([
		restEntries(),
		Promise.all(names.map((n) => SLICED[n].count()))
	]);
	const sliced = await Promise.all(names.map((n, i) => slicedEntries(n, 0, counts[i]!)));
	return [...rest, ...sliced.flat()];
}
