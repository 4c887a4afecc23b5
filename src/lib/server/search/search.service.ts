/**
 * Full-text search over published content in every language: PostgreSQL's Norwegian
 * configuration for bokmål and nynorsk, English for English (generated tsvector columns with
 * GIN indexes). Falls back to a prefix match so that partial words ("kulturs") also find
 * something.
 */
import { sql, type SQL } from 'drizzle-orm';
import { suggestion } from './words';
import { db } from '../db/client';
import { now } from '../clock';
import { currentLang, formatNumber, m, pathIn, t, type Lang } from '$lib/i18n';

export type SearchKind =
	| 'side'
	| 'nyhet'
	| 'ressurs'
	| 'sporsmal'
	| 'arrangement'
	| 'program'
	| 'utlysing'
	| 'erfaring'
	| 'person';

export interface SearchHit {
	kind: SearchKind;
	/** The language the hit's text is in; its address is in that language. */
	lang: Lang;
	title: string;
	href: string;
	snippet: string;
	rank: number;
	date: Date | null;
}

/** The words of a query: for the prefix fallback, 'kultur skole' → 'kultur:* & skole:*'. */
function words(q: string): string[] {
	return q
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter((w) => w.length > 1)
		.slice(0, 8);
}

/** Turns user input into a safe prefix tsquery: 'kultur skole' → 'kultur:* & skole:*'. */
export function prefixQuery(q: string): string | null {
	const w = words(q);
	return w.length ? w.map((x) => `${x}:*`).join(' & ') : null;
}

/**
 * Splits a query into its quoted phrases ("…", «…» or “…”, at most four) and the rest:
 * '"kulturskole for alle" oslo' → { phrases: ['kulturskole for alle'], rest: ' oslo' }. An
 * unclosed quote counts as a phrase to the end.
 */
export function parseQuery(q: string): { phrases: string[]; rest: string } {
	const phrases: string[] = [];
	const rest = q.replace(/["«“”»]([^"«“”»]*)(?:["«“”»]|$)/g, (_, p: string) => {
		if (words(p).length && phrases.length < 4) phrases.push(p.trim());
		return ' ';
	});
	return { phrases, rest };
}

/** The text search configuration of each language (nynorsk shares Norwegian's). */
export const SEARCH_CONFIG: Record<Lang, 'norwegian' | 'english'> = {
	nb: 'norwegian',
	nn: 'norwegian',
	en: 'english'
};

/** Hits per search page; the other languages' hits below are at most `OTHER_LANGUAGE_HITS`. */
export const SEARCH_PAGE_SIZE = 20;
export const OTHER_LANGUAGE_HITS = 10;

/**
 * At most this many matches (the newest, in the visitor's language) are ranked and counted: a
 * word found in nearly everything ("kulturskole") then costs the same at any size, and the
 * page says "more than 1 000 hits" (`capped`).
 */
export const SEARCH_CAP = 1000;

export interface SearchPage {
	/** This page's hits in the visitor's language. */
	hits: SearchHit[];
	/** All hits in the visitor's language (counted in the database), at most `SEARCH_CAP`. */
	total: number;
	/** More than `SEARCH_CAP` hits: only the newest `SEARCH_CAP` were ranked. */
	capped: boolean;
	page: number;
	pages: number;
	/** The best hits in the other languages (of items not found in the visitor's). */
	otherHits: SearchHit[];
	otherTotal: number;
	/** The query with its unknown words corrected («Mente du …?»), when there are any. */
	suggestion: string | null;
	/**
	 * Nothing matched the query as typed, so these are the hits of `suggestion` (tolerant
	 * matching); the page says so.
	 */
	corrected: boolean;
}

/** Characters of an item's text ts_headline reads for the snippet (the start of the text). */
const SNIPPET_SOURCE_CHARS = 4000;

type Config = 'norwegian' | 'english';

/**
 * The tsquery of a query in one configuration: each quoted phrase must stand as written
 * (`phraseto_tsquery`), and the other words as whole words or as the start of one.
 */
function tsqueryOf(q: string, config: Config) {
	const cfg = sql.raw(`'${config}'::regconfig`);
	const { phrases, rest } = parseQuery(q);
	const parts = phrases.map((p) => sql`phraseto_tsquery(${cfg}, ${p})`);
	const prefix = prefixQuery(rest);
	if (prefix)
		parts.push(sql`(websearch_to_tsquery(${cfg}, ${rest}) || to_tsquery(${cfg}, ${prefix}))`);
	return parts.length ? sql`(${sql.join(parts, sql` && `)})` : null;
}

/**
 * Searches every language version: the bokmål items with Norwegian, the nynorsk versions with
 * Norwegian and the English versions with English. Hits in `lang` come first (paged), the other
 * languages' below (an item already found in `lang` is not repeated in another language).
 * Finds pages, news, resources, questions, events, programmes, calls, experience stories and
 * people, as the public sees them. When nothing matches and a word of the query stands nowhere
 * in the content, searches the suggestion instead (`corrected`).
 */
export async function searchPage(
	q: string,
	opts: { page?: number; perPage?: number; otherLimit?: number; lang?: Lang } = {}
): Promise<SearchPage> {
	const query = q.trim().slice(0, 200);
	const lang = opts.lang ?? currentLang();
	const [found, suggested] = await Promise.all([
		matchPage(query, { ...opts, lang }),
		suggestion(query, lang)
	]);
	if (found.total > 0 || found.otherTotal > 0 || !suggested)
		return { ...found, suggestion: suggested, corrected: false };
	const retry = await matchPage(suggested, { ...opts, lang });
	return { ...retry, suggestion: suggested, corrected: retry.total + retry.otherTotal > 0 };
}

/**
 * One statement: each kind's matches are found through the GIN index on its generated `search`
 * column, newest first and at most `SEARCH_CAP` + 1 of them (for a word found in nearly every
 * row the planner walks the date index instead and stops there); of those, the newest
 * `SEARCH_CAP` per side (the visitor's language, the others) are ranked with `ts_rank` on the
 * stored tsvector (no text is read for that) and counted; only the rows on the page are joined
 * to their text, and the snippet is `ts_headline` over the first `SNIPPET_SOURCE_CHARS` characters.
 */
async function matchPage(
	query: string,
	{
		page = 1,
		perPage = SEARCH_PAGE_SIZE,
		otherLimit = OTHER_LANGUAGE_HITS,
		lang = currentLang()
	}: { page?: number; perPage?: number; otherLimit?: number; lang?: Lang }
): Promise<Omit<SearchPage, 'suggestion' | 'corrected'>> {
	const empty = {
		hits: [],
		total: 0,
		capped: false,
		page: 1,
		pages: 1,
		otherHits: [],
		otherTotal: 0
	};
	const tsq = tsqueryOf(query, 'norwegian');
	const tsqEn = tsqueryOf(query, 'english');
	if (!tsq || !tsqEn) return empty;
	const current = Math.max(1, Math.floor(page));
	const at = now();
	const cap = SEARCH_CAP + 1;
	/** The query in a translation's own configuration. */
	const tsqT = sql`(case when t.lang = 'en' then ${tsqEn} else ${tsq} end)`;
	const published = (alias: string) =>
		sql.raw(`${alias}.status = 'published' and ${alias}.published_at <= `);
	const text = (col: string) => sql.raw(`left(${col}, ${SNIPPET_SOURCE_CHARS})`);
	/** One kind's newest matches (at most `cap`). */
	const newest = (select: SQL) => sql`(${select} order by date desc limit ${cap})`;
	const result = await db.execute<{
		kind: SearchKind | null;
		id: number | null;
		lang: Lang | null;
		title: string | null;
		href: string | null;
		snippet: string | null;
		rank: number | null;
		date: string | Date | null;
		here: number;
		other: number;
	}>(sql`
		with matches as (
			${newest(sql`select 'side'::text as kind, id, 'nb'::text as lang, search as doc, published_at as date
				from pages where status = 'published' and published_at <= ${at} and link_url is null and search @@ ${tsq}`)}
			union all
			${newest(sql`select 'nyhet', id, 'nb', search, published_at as date
				from news_articles where status = 'published' and published_at <= ${at} and search @@ ${tsq}`)}
			union all
			${newest(sql`select 'ressurs', id, 'nb', search, published_at as date
				from resources where status = 'published' and published_at <= ${at} and search @@ ${tsq}`)}
			union all
			${newest(sql`select 'sporsmal', id, 'nb', search, null::timestamptz as date
				from faq_entries where search @@ ${tsq}`)}
			union all
			${newest(sql`select 'arrangement', id, 'nb', search, starts_at as date
				from events where status in ('published', 'cancelled') and search @@ ${tsq}`)}
			union all
			${newest(sql`select 'program', id, 'nb', search, starts_on::timestamptz as date
				from programmes where status <> 'utkast' and search @@ ${tsq}`)}
			union all
			${newest(sql`select 'utlysing', c.id, 'nb', c.search, c.opens_at as date
				from programme_calls c join programmes g on g.id = c.programme_id
				where g.status <> 'utkast' and c.search @@ ${tsq}`)}
			union all
			${newest(sql`select 'erfaring', id, 'nb', search, published_at as date
				from stories where status = 'publisert' and search @@ ${tsq}`)}
			union all
			${newest(sql`select 'person', id, 'nb', search, null::timestamptz as date
				from people where search @@ ${tsq}`)}
			union all
			${newest(sql`select t.kind::text, t.item_id, t.lang::text, t.search,
				coalesce(p.published_at, n.published_at, r.published_at, e.starts_at,
					g.starts_on::timestamptz, c.opens_at, s.published_at) as date
			from content_translations t
				left join pages p on t.kind = 'side' and p.id = t.item_id and p.link_url is null
					and ${published('p')}${at}
				left join news_articles n on t.kind = 'nyhet' and n.id = t.item_id and ${published('n')}${at}
				left join resources r on t.kind = 'ressurs' and r.id = t.item_id and ${published('r')}${at}
				left join faq_entries f on t.kind = 'sporsmal' and f.id = t.item_id
				left join events e on t.kind = 'arrangement' and e.id = t.item_id
					and e.status in ('published', 'cancelled')
				left join programmes g on t.kind = 'program' and g.id = t.item_id and g.status <> 'utkast'
				left join programme_calls c on t.kind = 'utlysing' and c.id = t.item_id
					and exists (select 1 from programmes cg where cg.id = c.programme_id and cg.status <> 'utkast')
				left join stories s on t.kind = 'erfaring' and s.id = t.item_id and s.status = 'publisert'
			where ${published('t')}${at} and t.search @@ ${tsqT}
				and coalesce(p.id, n.id, r.id, f.id, e.id, g.id, c.id, s.id) is not null`)}
		),
		kept as (
			select *, row_number() over (partition by lang = ${lang}
				order by date desc nulls last, kind, id, lang) as newest
			from (
				select *, bool_or(lang = ${lang}) over (partition by kind, id) as in_lang from matches
			) m where lang = ${lang} or not in_lang
		),
		counted as (
			select count(*) filter (where lang = ${lang})::int as here,
				count(*) filter (where lang <> ${lang})::int as other
			from kept where newest <= ${cap}
		),
		ranked as (
			select kind, id, lang, date,
				ts_rank(doc, case when lang = 'en' then ${tsqEn} else ${tsq} end)
					* (case when kind = 'nyhet' then 1.1 else 1 end) as rank
			from kept where newest <= ${SEARCH_CAP}
		),
		shown as (
			(select kind, id, lang, rank, date from ranked where lang = ${lang}
				order by rank desc, date desc nulls last, kind, id
				limit ${perPage} offset ${(current - 1) * perPage})
			union all
			(select kind, id, lang, rank, date from ranked where lang <> ${lang}
				order by rank desc, date desc nulls last, kind, id, lang
				limit ${current === 1 ? otherLimit : 0})
		)
		select s.kind, s.id, s.lang, s.rank, s.date, c.here, c.other,
			coalesce(t.title, p.title, n.title, r.title, f.question, e.title, g.name, ca.title,
				st.title, pe.name) as title,
			case s.kind
				when 'side' then p.path
				when 'nyhet' then '/nyheter/' || n.slug
				when 'ressurs' then '/ressurser/' || r.slug
				when 'sporsmal' then '/sporsmal-og-svar#sporsmal-' || f.id
				when 'arrangement' then '/arrangementer/' || e.slug
				when 'program' then '/program/' || g.slug
				when 'utlysing' then '/program/' || cg.slug
				when 'erfaring' then '/erfaringer/' || st.slug
				else '/personer#person-' || pe.id
			end as href,
			ts_headline(
				case when s.lang = 'en' then 'english'::regconfig else 'norwegian'::regconfig end,
				case
					when t.id is not null then ${text(`t.lead || ' ' || t.body`)}
					when s.kind = 'side' then ${text(`p.lead || ' ' || p.body`)}
					when s.kind = 'nyhet' then ${text(`n.lead || ' ' || n.body`)}
					when s.kind = 'ressurs' then ${text('r.description')}
					when s.kind = 'sporsmal' then ${text('f.answer')}
					when s.kind = 'arrangement' then ${text(`e.lead || ' ' || e.description`)}
					when s.kind = 'program' then ${text(`g.lead || ' ' || g.description`)}
					when s.kind = 'utlysing' then ${text(`ca.lead || ' ' || ca.description`)}
					when s.kind = 'erfaring' then ${text('st.body')}
					else concat_ws(', ', nullif(pe.role, ''), nullif(pe.organisation, ''))
				end,
				case when s.lang = 'en' then ${tsqEn} else ${tsq} end,
				'MaxFragments=1,MaxWords=30,MinWords=12,StartSel=<<,StopSel=>>'
			) as snippet
		from counted c
			left join shown s on true
			left join pages p on s.kind = 'side' and p.id = s.id
			left join news_articles n on s.kind = 'nyhet' and n.id = s.id
			left join resources r on s.kind = 'ressurs' and r.id = s.id
			left join faq_entries f on s.kind = 'sporsmal' and f.id = s.id
			left join events e on s.kind = 'arrangement' and e.id = s.id
			left join programmes g on s.kind = 'program' and g.id = s.id
			left join programme_calls ca on s.kind = 'utlysing' and ca.id = s.id
			left join programmes cg on cg.id = ca.programme_id
			left join stories st on s.kind = 'erfaring' and st.id = s.id
			left join people pe on s.kind = 'person' and pe.id = s.id
			left join content_translations t on s.lang <> 'nb' and t.kind::text = s.kind
				and t.item_id = s.id and t.lang::text = s.lang
		order by (s.lang = ${lang}) desc, s.rank desc, s.date desc nulls last, s.kind, s.id`);
	const first = result.rows[0];
	const here = first?.here ?? 0;
	const capped = here > SEARCH_CAP;
	const total = Math.min(here, SEARCH_CAP);
	const hits: SearchHit[] = [];
	const otherHits: SearchHit[] = [];
	for (const r of result.rows) {
		if (r.kind === null || r.id === null || r.lang === null) continue;
		(r.lang === lang ? hits : otherHits).push({
			kind: r.kind,
			lang: r.lang,
			title: r.title ?? '',
			href: pathIn(r.lang, r.href ?? '/'),
			rank: Number(r.rank),
			// db.execute gives timestamps as text.
			date: r.date === null ? null : new Date(r.date),
			snippet: (r.snippet ?? '').replace(/\s+/g, ' ').trim()
		});
	}
	return {
		hits,
		total,
		capped,
		page: current,
		pages: Math.max(1, Math.ceil(total / perPage)),
		otherHits,
		otherTotal: Math.min(first?.other ?? 0, SEARCH_CAP)
	};
}

/** The first `limit` hits in `lang` and then in the other languages, as one list. */
export async function search(
	q: string,
	limit = SEARCH_PAGE_SIZE,
	lang: Lang = currentLang()
): Promise<SearchHit[]> {
	const r = await searchPage(q, { perPage: limit, otherLimit: limit, lang });
	return [...r.hits, ...r.otherHits];
}

/**
 * The search page's status line, in the visitor's language: how many hits there are in it (or
 * that there are more than `SEARCH_CAP`), or, when there are none in it but some in the other
 * languages, that (and how many), or that there are none at all.
 */
export function searchStatus(q: string, hits: number, otherHits: number, capped = false): string {
	if (capped) return t(m.find.capped, { count: formatNumber(SEARCH_CAP), q });
	if (hits > 0) return t(m.search.results, { count: hits, q });
	if (otherHits === 1) return t(m.contentLanguages.search.noneHereOne, { q });
	if (otherHits > 1) return t(m.contentLanguages.search.noneHere, { count: otherHits, q });
	return t(m.search.none, { q });
}
