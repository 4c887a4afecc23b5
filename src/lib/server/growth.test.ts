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
import { growTo, growthTargets } from './demo-growth';
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
import { NEWS_ADMIN_PAGE_SIZE, listNewsAdmin } from './content/news.admin';
import { RESOURCES_ADMIN_PAGE_SIZE, listResourcesAdmin } from './content/resources.admin';
import {
	CSV_BATCH_SIZE,
	PARTICIPANTS_PAGE_SIZE,
	participants,
	participantsCsv
} from './events/participants.admin';
import { APPLICATIONS_PAGE_SIZE, listApplications } from './programmes/review.service';
import { programmeBySlug, type Programme } from './programmes/programmes.service';
import { sql } from 'drizzle-orm';

let admin: Actor;
/** The event that grows (demo-growth's GROWTH_EVENT_SLUG) and the demo call's programme. */
let eventId: number;
let programme: Programme;
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
	},
	{
		name: '/admin/nyheter',
		table: 'news_articles',
		run: async () => (await listNewsAdmin(admin, { page: 2 })).items.length,
		max: NEWS_ADMIN_PAGE_SIZE
	},
	{
		name: '/admin/ressurser',
		table: 'resources',
		run: async () => (await listResourcesAdmin(admin, { page: 2 })).items.length,
		max: RESOURCES_ADMIN_PAGE_SIZE
	},
	{
		name: 'deltakere',
		table: 'registrations',
		run: async () => (await participants(admin, eventId, { status: 'confirmed' })).rows.length,
		max: PARTICIPANTS_PAGE_SIZE
	},
	{
		name: 'deltakere venteliste',
		table: 'registrations',
		run: async () =>
			(await participants(admin, eventId, { status: 'waitlisted', page: 2 })).rows.length,
		max: PARTICIPANTS_PAGE_SIZE
	},
	{
		name: 'deltakere søk',
		table: 'registrations',
		run: async () =>
			(await participants(admin, eventId, { status: 'confirmed', q: 'deltaker' })).rows.length,
		max: PARTICIPANTS_PAGE_SIZE
	},
	{
		name: 'søknader',
		table: 'applications',
		run: async () =>
			(await listApplications(admin, programme, { status: '', decision: '', chapter: '', q: '' }))
				.rows.length,
		max: APPLICATIONS_PAGE_SIZE
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
	const targets = await growthTargets();
	eventId = targets.eventId!;
	programme = (await programmeBySlug(targets.programme))!;
	// A few people on the event at 1× too (seated and waiting, past a page of the waitlist is
	// not needed: page 2 is empty then, and must cost the same), so each list does its whole work.
	await db.execute(sql`insert into registrations (event_id, status, name, email, role, registered_at,
			confirmed_at, waitlisted_at)
		select ${eventId}, (case when g % 2 = 0 then 'confirmed' else 'waitlisted' end)::registration_status,
			'Deltaker ' || g, 'en-deltaker-' || g || '@example.no', 'kulturskoleleder', now(), now(),
			case when g % 2 = 1 then now() end
		from generate_series(1, 4) g`);
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
			'/admin/logg',
			'/admin/nyheter',
			'/admin/ressurser',
			'deltakere',
			'deltakere venteliste',
			'deltakere søk'
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

	it('counts the audit log and the outbox only a cap past the page, and says there is more', async () => {
		const { COUNT_CAP } = await import('./db/paging');
		const log = await listAudit(admin, {});
		// 10×: 2 700 generated entries, more than the cap.
		expect(log.more).toBe(true);
		expect(log.total).toBe(COUNT_CAP);
		expect(log.pages).toBe(COUNT_CAP / AUDIT_PAGE_SIZE);
		// The last page offered exists and counts further.
		const last = await listAudit(admin, { page: log.pages });
		expect(last.entries).toHaveLength(AUDIT_PAGE_SIZE);
		expect(last.pages).toBeGreaterThan(log.pages);
		// A filter that matches few rows counts them all.
		const few = await listOutbox(admin, { status: 'failed' });
		expect(few.more).toBe(false);
		expect(few.total).toBe(few.messages.length);
	});

	it('streams the participants CSV in bounded batches: the first rows come before the rest are read', async () => {
		const [{ n }] = (
			await db.execute<{ n: number }>(
				sql`select count(*)::int as n from registrations where event_id = ${eventId}`
			)
		).rows;
		expect(n).toBeGreaterThan(3 * CSV_BATCH_SIZE);
		const reads = (sent: string[]) =>
			sent.filter((t) => /from "registrations"/.test(t.toLowerCase().replace(/\s+/g, ' ')));
		const { result: reader, sql: opened } = await withLanguage('nb', () =>
			statementsOf(async () =>
				(
					await participantsCsv(admin, eventId, { personal: false, dietary: false })
				).body.getReader()
			)
		);
		// Opening the export reads no registrations; the header is there at once.
		expect(reads(opened)).toEqual([]);
		const decoder = new TextDecoder();
		const header = await reader.read();
		expect(decoder.decode(header.value).split('\r\n').filter(Boolean)).toHaveLength(1);
		// The first batch of rows: one statement, with a LIMIT of one batch.
		const { result: first, sql: firstSql } = await statementsOf(() => reader.read());
		expect(reads(firstSql)).toHaveLength(1);
		expect(reads(firstSql)[0]!.toLowerCase()).toMatch(/ limit \$\d+/);
		const firstLines = decoder.decode(first.value).split('\r\n').filter(Boolean);
		expect(firstLines).toHaveLength(CSV_BATCH_SIZE);
		// The rest, one batch per statement: every registration once.
		let lines = firstLines.length;
		const { sql: restSql } = await statementsOf(async () => {
			for (let i = 0; i < 1000; i++) {
				const chunk = await reader.read();
				if (chunk.done) break;
				lines += decoder.decode(chunk.value).split('\r\n').filter(Boolean).length;
			}
		});
		expect(lines).toBe(n);
		// The last batch is short (or empty, when the rows fill the batches exactly).
		expect(reads(restSql)).toHaveLength(Math.floor(n / CSV_BATCH_SIZE));
	});

	it('pages the participant list in the database: every person once, in the queue order', async () => {
		const first = await participants(admin, eventId, { status: 'waitlisted' });
		expect(first.pages).toBeGreaterThan(1);
		const seen: number[] = [];
		const positions: number[] = [];
		for (let page = 1; page <= first.pages; page++) {
			const p = await participants(admin, eventId, { status: 'waitlisted', page });
			seen.push(...p.rows.map((r) => r.id));
			positions.push(...p.rows.map((r) => r.position!));
		}
		expect(new Set(seen).size).toBe(first.counts.waitlisted);
		expect(seen).toHaveLength(first.counts.waitlisted);
		// Not hybrid: one queue, numbered 1 … n across the pages.
		expect(positions).toEqual(positions.map((_, i) => i + 1));
	});
});
