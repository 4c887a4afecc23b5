/**
 * /sok (issue 14 and 16): every public kind is found (and nothing the public may not see),
 * quoted phrases match as phrases, a misspelt word gets «Mente du …?» and, when nothing matches,
 * the suggestion's hits; a word found in nearly everything ranks only the newest SEARCH_CAP and
 * says so, with the same statements and at most a page whatever the size.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { db } from '../db/client';
import { loadDemoIfEmpty } from '../demo';
import { withLanguage } from '../i18n';
import { statementsOf } from '../db/query-count';
import {
	SEARCH_CAP,
	SEARCH_PAGE_SIZE,
	parseQuery,
	searchPage,
	searchStatus
} from './search.service';
import { queryWords, refreshSearchWords, rewrite, suggestion } from './words';

const nb = <T>(work: () => Promise<T>) => withLanguage('nb', work);
const search = (q: string, page = 1) => nb(() => searchPage(q, { lang: 'nb', page }));
const hrefs = async (q: string) => (await search(q)).hits.map((h) => h.href);

beforeAll(async () => {
	await loadDemoIfEmpty({ fictional: true });
	const raw = (text: string) => db.execute(sql.raw(text));
	const [ws] = (
		await db.execute<{ nr: string }>(sql`select municipality_number as nr from workspaces limit 1`)
	).rows;
	await raw(`insert into events (slug, type, title, lead, description, starts_at, ends_at, status)
		select slug, type, title, 'Ingress', description, now() + interval '30 days',
			now() + interval '30 days 2 hours', status::event_status
		from (values
			('trommeverksted-bodo', 'Trommeverksted i Bodø', 'Vi spiller på djembe.', 'published'),
			('avlyst-trommeverksted', 'Avlyst trommeverksted', 'Avlyst.', 'cancelled'),
			('hemmelig-samling', 'Hemmelig xylofonsamling', 'Utkast.', 'draft')
		) v(slug, title, description, status), (select type from events limit 1) t`);
	await raw(`insert into programmes (slug, name, kind, lead, description, status) values
		('sirkusprogrammet', 'Sirkusprogrammet', 'regionalt', 'Sjonglering for kommunene', '', 'planlagt'),
		('skjult-program', 'Skjult marimbaprogram', 'regionalt', '', '', 'utkast')`);
	await raw(`insert into programme_calls (programme_id, title, lead, opens_at, closes_at, places)
		select id, 'Utlysning for akrobatikk', 'Søk om plass', now(), now() + interval '10 days', 5
		from programmes where slug = 'sirkusprogrammet'`);
	await raw(`insert into programme_calls (programme_id, title, lead, opens_at, closes_at, places)
		select id, 'Marimbautlysning', '', now(), now() + interval '10 days', 5
		from programmes where slug = 'skjult-program'`);
	await raw(`insert into stories (municipality_number, slug, title, body, status, published_at) values
		('${ws!.nr}', 'fiolin-i-fjellet', 'Fiolin i fjellet', 'Vi startet et fiolinorkester i bygda.', 'publisert', now() - interval '1 day'),
		('${ws!.nr}', 'utkast-om-harpe', 'Harpeutkast', 'Harpespill i kommunen.', 'utkast', null)`);
	await raw(`insert into people (name, role, organisation) values
		('Ingrid Saksofonsen', 'Rådgiver', 'Norsk kulturskoleråd')`);
	await raw(`insert into news_articles (slug, title, lead, body, status, published_at) values
		('frase-1', 'Kulturskole for alle i Tromsø', '', 'Tromsø vil ha kulturskole for alle barn.', 'published', now() - interval '2 days'),
		('frase-2', 'Alle barn i Tromsø', '', 'Alle skal få plass, sier kulturskole-rektoren i Tromsø.', 'published', now() - interval '3 days')`);
	await refreshSearchWords();
}, 120_000);

describe('what the search finds', () => {
	it('finds published and cancelled events, shown with their type and date', async () => {
		const r = await search('trommeverksted');
		expect(r.hits.map((h) => h.href).sort()).toEqual(
			['/arrangementer/avlyst-trommeverksted', '/arrangementer/trommeverksted-bodo'].sort()
		);
		expect(r.hits[0]).toMatchObject({ kind: 'arrangement' });
		expect(r.hits[0]!.date).toBeInstanceOf(Date);
		expect(await hrefs('xylofonsamling')).not.toContain('/arrangementer/hemmelig-samling');
	});

	it('finds programmes and their calls, but not drafts', async () => {
		expect(await hrefs('sjonglering')).toEqual(['/program/sirkusprogrammet']);
		const call = await search('akrobatikk');
		expect(call.hits).toMatchObject([{ kind: 'utlysing', href: '/program/sirkusprogrammet' }]);
		expect(await hrefs('marimbaprogram')).not.toContain('/program/skjult-program');
		expect(await hrefs('marimbautlysning')).not.toContain('/program/skjult-program');
	});

	it('finds published experience stories only', async () => {
		expect(await hrefs('fiolinorkester')).toEqual(['/erfaringer/fiolin-i-fjellet']);
		expect(await hrefs('harpespill')).not.toContain('/erfaringer/utkast-om-harpe');
	});

	it('finds people, with their role and organisation as the snippet', async () => {
		const r = await search('saksofonsen');
		expect(r.hits).toHaveLength(1);
		expect(r.hits[0]).toMatchObject({ kind: 'person', title: 'Ingrid Saksofonsen' });
		expect(r.hits[0]!.href).toMatch(/^\/personer#person-\d+$/);
		expect(r.hits[0]!.snippet).toContain('Norsk kulturskoleråd');
	});

	it('finds the demo’s own events and stories in bokmål and their translations', async () => {
		const story = await db.execute<{ title: string }>(
			sql`select title from stories where status = 'publisert' and slug <> 'fiolin-i-fjellet' limit 1`
		);
		const phrase = `"${story.rows[0]!.title}"`;
		expect((await search(phrase)).hits.some((h) => h.kind === 'erfaring')).toBe(true);
		const translated = await db.execute<{ title: string; lang: 'nn' | 'en' }>(
			sql`select title, lang from content_translations where kind = 'arrangement' and status = 'published' limit 1`
		);
		if (translated.rows[0]) {
			const { title, lang } = translated.rows[0];
			const r = await withLanguage(lang, () => searchPage(title, { lang }));
			expect(r.hits.some((h) => h.kind === 'arrangement' && h.lang === lang)).toBe(true);
		}
	});
});

describe('quoted phrases', () => {
	it('parses phrases in straight and Norwegian quotes, the rest as words', () => {
		expect(parseQuery('"kulturskole for alle" tromsø')).toEqual({
			phrases: ['kulturskole for alle'],
			rest: '  tromsø'
		});
		expect(parseQuery('«alle barn» og “et lag”').phrases).toEqual(['alle barn', 'et lag']);
		expect(parseQuery('"uten slutt').phrases).toEqual(['uten slutt']);
		expect(parseQuery('ingen sitat').phrases).toEqual([]);
	});

	it('matches the words in that order only, while unquoted they match anywhere', async () => {
		// («for» and «alle» are stop words: the phrase is «kulturskole, two words, barn».)
		const loose = await hrefs('kulturskole for alle barn tromsø');
		expect(loose).toEqual(expect.arrayContaining(['/nyheter/frase-1', '/nyheter/frase-2']));
		expect(await hrefs('"kulturskole for alle barn" tromsø')).toEqual(['/nyheter/frase-1']);
		expect(await hrefs('«alle barn i tromsø»')).toEqual(['/nyheter/frase-2']);
	});
});

describe('typing errors', () => {
	it('builds the word list from the public text only', async () => {
		const words = await db.execute<{ word: string }>(
			sql`select distinct word from search_words where word in ('trommeverksted', 'xylofonsamling', 'harpespill', 'saksofonsen')`
		);
		expect(words.rows.map((w) => w.word).sort()).toEqual(['saksofonsen', 'trommeverksted']);
	});

	it('rewrites only the unknown words, keeping quotes and case of the rest', () => {
		expect(queryWords('Kultur 2024 «skole» ab')).toEqual(['kultur', 'skole']);
		expect(rewrite('"Trommeverkstd" i Bodø', new Map([['trommeverkstd', 'trommeverksted']]))).toBe(
			'"trommeverksted" i Bodø'
		);
	});

	it('suggests the closest known word, and nothing for known words or prefixes', async () => {
		expect(await suggestion('trommeverkstd')).toBe('trommeverksted');
		expect(await suggestion('bodø trommeverkstd')).toBe('bodø trommeverksted');
		expect(await suggestion('trommeverksted')).toBeNull();
		expect(await suggestion('trommeverk')).toBeNull();
		expect(await suggestion('qqqqzzzz')).toBeNull();
	});

	it('prefers a word of the visitor’s language', async () => {
		expect(await suggestion('kulturskle', 'nb')).toBe('kulturskole');
		const nn = await suggestion('kulturskle', 'nn');
		const inNn = await db.execute(
			sql`select 1 from search_words where lang = 'nn' and word = ${nn ?? ''}`
		);
		expect(inNn.rows).toHaveLength(1);
		const en = await db.execute<{ word: string }>(
			sql`select word from search_words where lang = 'en' and word = 'culture'`
		);
		expect(en.rows).toHaveLength(1);
	});

	it('shows the suggestion’s hits when nothing matches as typed', async () => {
		const r = await search('trommeverkstd');
		expect(r).toMatchObject({ corrected: true, suggestion: 'trommeverksted' });
		expect(r.hits.map((h) => h.href)).toContain('/arrangementer/trommeverksted-bodo');
		const none = await search('qqqqzzzz');
		expect(none).toMatchObject({ corrected: false, suggestion: null, total: 0 });
	});
});

describe('a word found in nearly everything', () => {
	it('ranks only the newest SEARCH_CAP, says so, and sends the same statements at any size', async () => {
		const before = await nb(() => statementsOf(() => searchPage('pianokonsert', { lang: 'nb' })));
		expect(before.result.total).toBe(0);
		await db.execute(sql`insert into news_articles (slug, title, lead, body, status, published_at)
			select 'piano-' || g, 'Pianokonsert nummer ' || g, '', 'Kulturskolen holdt pianokonsert.',
				'published', now() - g * interval '1 hour'
			from generate_series(1, ${SEARCH_CAP + 200}) g`);
		await db.execute(sql`analyze news_articles`);
		const after = await nb(() => statementsOf(() => searchPage('pianokonsert', { lang: 'nb' })));
		const r = after.result;
		expect(r).toMatchObject({ capped: true, total: SEARCH_CAP });
		expect(r.pages).toBe(SEARCH_CAP / SEARCH_PAGE_SIZE);
		expect(r.hits).toHaveLength(SEARCH_PAGE_SIZE);
		expect(after.sql.length).toBe(before.sql.length);
		// The newest SEARCH_CAP are the ones ranked: the oldest (piano-1200) is on no page.
		const last = await search('pianokonsert', r.pages);
		expect(last.hits).toHaveLength(SEARCH_PAGE_SIZE);
		const shown = new Set<string>();
		for (let p = 1; p <= r.pages; p++)
			for (const h of (await search('pianokonsert', p)).hits) shown.add(h.href);
		expect(shown.size).toBe(SEARCH_CAP);
		expect(shown.has(`/nyheter/piano-${SEARCH_CAP + 200}`)).toBe(false);
		expect(shown.has('/nyheter/piano-1')).toBe(true);
		expect(nb(async () => searchStatus('pianokonsert', r.total, 0, r.capped))).resolves.toBe(
			'Mer enn 1\u00a0000 treff på «pianokonsert». De nyeste 1\u00a0000 er sortert etter hvor godt de passer.'
		);
	}, 120_000);
});
