/**
 * Issue 16: the public lists, feed, search, sitemap and the admin lists do the same work
 * whatever the size of the archive. On the demo content and again on ten times as much
 * (`growTo`), each page sends the same number of SQL statements, returns at most its page
 * size, and every statement that reads the list's table has a LIMIT (or only counts).
 * No timing here: speed is in `npm run bench -- vekst`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemoIfEmpty } from './demo';
import { db } from './db/client';
import { mediaFiles } from './content/schema';
import { growTo } from './demo-growth';
import { statementsOf } from './db/query-count';
import { withLanguage } from './i18n';
import { member } from './fremtidsbilde/testing';
import type { Actor } from './accounts/actor';
import { FEED_SIZE, NEWS_PER_PAGE, feedNews, newsInYear, newsPage } from './content/news.service';
import { newsFeed } from './content/feeds';
import { RESOURCES_PER_PAGE, resourcePage } from './content/resources.service';
import { SEARCH_PAGE_SIZE, OTHER_LANGUAGE_HITS, searchPage } from './search/search.service';
import { SITEMAP_PART_SIZE, allSitemapEntries, sitemap, sitemapPart } from './sitemap';
import { USERS_PAGE_SIZE, listUsers } from './accounts/users.service';
import { AUDIT_PAGE_SIZE, listAudit } from './accounts/audit';
import { OUTBOX_PAGE_SIZE, listOutbox } from './mail/outbox.service';
import { FILES_PAGE_SIZE, listFiles } from './content/media.admin';

let admin: Actor;
/** A year of the archive with news in it at 1× (and so, more, at 10×). */
let year: number;

interface Probe {
	name: string;
	/** The table the list reads: every statement that reads it must have a LIMIT or only count. */
	table: string;
	run: () => Promise<number>;
	max: number;
}

const probes = (): Probe[] => [
	{
		name: '/nyheter',
		table: 'news_articles',
		run: async () => (await newsPage(2)).items.length,
		max: NEWS_PER_PAGE
	},
	{
		name: '/nyheter/arkiv/<år>',
		table: 'news_articles',
		run: async () => (await newsInYear(year)).items.length,
		max: NEWS_PER_PAGE
	},
	{
		name: 'feed rows',
		table: 'news_articles',
		run: async () => (await feedNews('nb')).length,
		max: FEED_SIZE
	},
	{
		name: '/nyheter.xml',
		table: 'news_articles',
		run: async () => (await newsFeed('https://example.no')).split('<item>').length - 1,
		max: FEED_SIZE
	},
	{
		name: '/sok',
		table: 'news_articles',
		run: async () => {
			const r = await searchPage('kulturskole', { lang: 'nb' });
			expect(r.otherHits.length).toBeLessThanOrEqual(OTHER_LANGUAGE_HITS);
			return r.hits.length;
		},
		max: SEARCH_PAGE_SIZE
	},
	{
		name: '/ressurser',
		table: 'resources',
		run: async () => (await resourcePage({}, 2)).items.length,
		max: RESOURCES_PER_PAGE
	},
	{
		name: '/sitemap/nyheter-1.xml',
		table: 'news_articles',
		run: async () => (await sitemapPart('nyheter-1'))?.length ?? 0,
		max: SITEMAP_PART_SIZE
	},
	{
		name: '/admin/brukere',
		table: 'users',
		run: async () => (await listUsers(admin)).users.length,
		max: USERS_PAGE_SIZE
	},
	{
		name: '/admin/logg',
		table: 'audit_log',
		run: async () => (await listAudit(admin, { page: 2 })).entries.length,
		max: AUDIT_PAGE_SIZE
	},
	{
		name: '/admin/e-post',
		table: 'mail_messages',
		run: async () => (await listOutbox(admin, { page: 2 })).messages.length,
		max: OUTBOX_PAGE_SIZE
	},
	{
		name: '/admin/filer',
		table: 'media_files',
		run: async () => (await listFiles(admin)).files.length,
		max: FILES_PAGE_SIZE
	}
];

/** Each probe's statement count and returned rows, in bokmål. */
async function measure() {
	const out = new Map<string, { statements: number; rows: number; sql: string[] }>();
	for (const p of probes()) {
		const { result, sql } = await withLanguage('nb', () => statementsOf(p.run));
		out.set(p.name, { statements: sql.length, rows: result, sql });
	}
	return out;
}

let small: Awaited<ReturnType<typeof measure>>;
let smallSitemap: Awaited<ReturnType<typeof sitemap>>;
let smallPaths: string[];
let large: Awaited<ReturnType<typeof measure>>;

beforeAll(async () => {
	await loadDemoIfEmpty({ fictional: true });
	admin = await member(null, 'medlem', null, { globalRole: 'admin' });
	// The demo has no files; one, so that /admin/filer does its whole work at 1× too.
	await db.insert(mediaFiles).values({
		name: 'en.pdf',
		mime: 'application/pdf',
		size: 1,
		sha256: 'x',
		data: Buffer.from('x')
	});
	await growTo(1); // analyze; the demo as it is
	year = (await withLanguage('nb', () => feedNews('nb', 1)))[0]!.publishedAt!.getFullYear();
	small = await measure();
	smallSitemap = await withLanguage('nb', () => sitemap());
	smallPaths = (await allSitemapEntries()).map((e) => e.path);
	await growTo(10);
	large = await measure();
}, 120_000);

describe('costs that do not grow with the archive', () => {
	it('sends the same number of statements per page at 10× as at 1×', () => {
		for (const p of probes())
			expect({ page: p.name, statements: large.get(p.name)!.statements }).toEqual({
				page: p.name,
				statements: small.get(p.name)!.statements
			});
	});

	it('returns at most a page, and a full page once there is more', () => {
		for (const p of probes()) {
			const r = large.get(p.name)!;
			expect(r.rows, p.name).toBeLessThanOrEqual(p.max);
		}
		// At 10× each of these has more than a page behind it.
		for (const name of [
			'/nyheter',
			'/nyheter.xml',
			'/sok',
			'/ressurser',
			'/admin/brukere',
			'/admin/logg'
		])
			expect(large.get(name)!.rows, name).toBe(probes().find((p) => p.name === name)!.max);
	});

	it('has a LIMIT on every statement that reads the list (or only counts it)', () => {
		for (const p of probes())
			for (const text of large.get(p.name)!.sql) {
				const s = text.toLowerCase().replace(/\s+/g, ' ');
				if (!s.includes(`from "${p.table}"`) && !s.includes(`from ${p.table}`)) continue;
				const counts = /^select count\(\*\)/.test(s) && !s.includes('limit');
				expect({
					page: p.name,
					limited: counts || / limit /.test(s),
					sql: s.slice(0, 120)
				}).toMatchObject({
					page: p.name,
					limited: true
				});
			}
	});

	it('lists every address in /sitemap.xml itself while they fit in one file', () => {
		expect(smallSitemap.kind).toBe('urls');
		if (smallSitemap.kind !== 'urls') return;
		const paths = smallSitemap.entries.map((e) => e.path);
		expect(paths).toEqual(expect.arrayContaining(['/', '/nyheter', '/personvern']));
		expect(paths.some((p) => p.startsWith('/nyheter/') && !p.startsWith('/nyheter/arkiv'))).toBe(
			true
		);
		expect([...paths].sort()).toEqual([...smallPaths].sort());
	});

	it('splits the sitemap into an index of parts past one file, each at most a part', async () => {
		const map = await withLanguage('nb', () => sitemap());
		expect(map.kind).toBe('index');
		if (map.kind !== 'index') return;
		expect(map.parts.map((p) => p.name)).toEqual(
			expect.arrayContaining(['annet-1', 'sider-1', 'nyheter-1', 'ressurser-1'])
		);
		for (const part of map.parts) {
			const entries = await sitemapPart(part.name);
			expect(entries?.length ?? 0, part.name).toBeGreaterThan(0);
			expect(entries!.length, part.name).toBeLessThanOrEqual(SITEMAP_PART_SIZE);
		}
		expect(await sitemapPart('nyheter-999')).toBeNull();
		expect(await sitemapPart('../etc')).toBeNull();
	});

	it('counts every search hit in the database, past the page', async () => {
		const first = await withLanguage('nb', () => searchPage('kulturskole', { lang: 'nb' }));
		expect(first.total).toBeGreaterThan(SEARCH_PAGE_SIZE);
		const last = await withLanguage('nb', () =>
			searchPage('kulturskole', { lang: 'nb', page: first.pages })
		);
		expect(last.hits.length).toBe(first.total - (first.pages - 1) * SEARCH_PAGE_SIZE);
		// Later pages carry no other-language hits (they are shown under the first page).
		expect(last.otherHits).toEqual([]);
	});
});
