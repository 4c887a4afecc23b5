/**
 * Full-text search over published content in every language: PostgreSQL's Norwegian
 * configuration for bokmål and nynorsk, English for English (generated tsvector columns with
 * GIN indexes). Falls back to a prefix match so that partial words ("kulturs") also find
 * something.
 */
import { sql } from 'drizzle-orm';
import { db } from '../db/client';
import { now } from '../clock';
import { currentLang, m, pathIn, t, type Lang } from '$lib/i18n';

export type SearchKind = 'side' | 'nyhet' | 'ressurs' | 'sporsmal';

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

/** Turns user input into a safe prefix tsquery: 'kultur skole' → 'kultur:* & skole:*'. */
export function prefixQuery(q: string): string | null {
	const words = q
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter((w) => w.length > 1)
		.slice(0, 8);
	return words.length ? words.map((w) => `${w}:*`).join(' & ') : null;
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

export interface SearchPage {
	/** This page's hits in the visitor's language. */
	hits: SearchHit[];
	/** All hits in the visitor's language (counted in the database). */
	total: number;
	page: number;
	pages: number;
	/** The best hits in the other languages (of items not found in the visitor's). */
	otherHits: SearchHit[];
	otherTotal: number;
}

/** Characters of an item's text ts_headline reads for the snippet (the start of the text). */
const SNIPPET_SOURCE_CHARS = 4000;

/**
 * Searches every language version: the bokmål items with Norwegian, the nynorsk versions with
 * Norwegian and the English versions with English. Hits in `lang` come first (paged), the other
 * languages' below (an item already found in `lang` is not repeated in another language).
 *
 * One statement: the matches are found through the GIN indexes on the generated `search`
 * columns and ranked with `ts_rank` on the stored tsvector (no text is read for that); the
 * totals are counted from the same matches; only the rows on the page are joined to their
 * text, and the snippet is `ts_headline` over the first `SNIPPET_SOURCE_CHARS` characters.
 */
export async function searchPage(
	q: string,
	{
		page = 1,
		perPage = SEARCH_PAGE_SIZE,
		otherLimit = OTHER_LANGUAGE_HITS,
		lang = currentLang()
	}: { page?: number; perPage?: number; otherLimit?: number; lang?: Lang } = {}
): Promise<SearchPage> {
	const empty: SearchPage = { hits: [], total: 0, page: 1, pages: 1, otherHits: [], otherTotal: 0 };
	const query = q.trim().slice(0, 200);
	const prefix = prefixQuery(query);
	if (!prefix) return empty;
	const current = Math.max(1, Math.floor(page));
	const at = now();
	const tsqOf = (config: 'norwegian' | 'english') =>
		sql`(websearch_to_tsquery(${sql.raw(`'${config}'`)}, ${query}) || to_tsquery(${sql.raw(`'${config}'`)}, ${prefix}))`;
	const tsq = tsqOf('norwegian');
	const tsqEn = tsqOf('english');
	/** The query in a translation's own configuration. */
	const tsqT = sql`(case when t.lang = 'en' then ${tsqEn} else ${tsq} end)`;
	const published = (alias: string) =>
		sql.raw(`${alias}.status = 'published' and ${alias}.published_at <= `);
	const text = (col: string) => sql.raw(`left(${col}, ${SNIPPET_SOURCE_CHARS})`);
	const result = await db.execute<{
		kind: SearchKind | null;
		id: number | null;
		lang: Lang | null;
		title: string | null;
		href: string | null;
		snippet: string | null;
		rank: number | null;
		date: Date | null;
		here: number;
		other: number;
	}>(sql`
		with matches as (
			select 'side'::text as kind, id, 'nb'::text as lang, ts_rank(search, ${tsq}) as rank, published_at as date
			from pages where status = 'published' and published_at <= ${at} and link_url is null and search @@ ${tsq}
			union all
			select 'nyhet', id, 'nb', ts_rank(search, ${tsq}) * 1.1, published_at
			from news_articles where status = 'published' and published_at <= ${at} and search @@ ${tsq}
			union all
			select 'ressurs', id, 'nb', ts_rank(search, ${tsq}), published_at
			from resources where status = 'published' and published_at <= ${at} and search @@ ${tsq}
			union all
			select 'sporsmal', id, 'nb', ts_rank(search, ${tsq}), null
			from faq_entries where search @@ ${tsq}
			union all
			select t.kind::text, t.item_id, t.lang::text,
				ts_rank(t.search, ${tsqT}) * (case when t.kind = 'nyhet' then 1.1 else 1 end),
				coalesce(p.published_at, n.published_at, r.published_at)
			from content_translations t
				left join pages p on t.kind = 'side' and p.id = t.item_id and p.link_url is null
					and ${published('p')}${at}
				left join news_articles n on t.kind = 'nyhet' and n.id = t.item_id and ${published('n')}${at}
				left join resources r on t.kind = 'ressurs' and r.id = t.item_id and ${published('r')}${at}
				left join faq_entries f on t.kind = 'sporsmal' and f.id = t.item_id
			where ${published('t')}${at} and t.search @@ ${tsqT}
				and coalesce(p.id, n.id, r.id, f.id) is not null
		),
		kept as (
			select * from (
				select *, bool_or(lang = ${lang}) over (partition by kind, id) as in_lang from matches
			) m where lang = ${lang} or not in_lang
		),
		counted as (
			select count(*) filter (where lang = ${lang})::int as here,
				count(*) filter (where lang <> ${lang})::int as other
			from kept
		),
		shown as (
			(select kind, id, lang, rank, date from kept where lang = ${lang}
				order by rank desc, date desc nulls last, kind, id
				limit ${perPage} offset ${(current - 1) * perPage})
			union all
			(select kind, id, lang, rank, date from kept where lang <> ${lang}
				order by rank desc, date desc nulls last, kind, id, lang
				limit ${current === 1 ? otherLimit : 0})
		)
		select s.kind, s.id, s.lang, s.rank, s.date, c.here, c.other,
			coalesce(t.title, p.title, n.title, r.title, f.question) as title,
			case s.kind
				when 'side' then p.path
				when 'nyhet' then '/nyheter/' || n.slug
				when 'ressurs' then '/ressurser/' || r.slug
				else '/sporsmal-og-svar#sporsmal-' || f.id
			end as href,
			ts_headline(
				case when s.lang = 'en' then 'english'::regconfig else 'norwegian'::regconfig end,
				case
					when t.id is not null then ${text(`t.lead || ' ' || t.body`)}
					when s.kind = 'side' then ${text(`p.lead || ' ' || p.body`)}
					when s.kind = 'nyhet' then ${text(`n.lead || ' ' || n.body`)}
					when s.kind = 'ressurs' then ${text('r.description')}
					else ${text('f.answer')}
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
			left join content_translations t on s.lang <> 'nb' and t.kind::text = s.kind
				and t.item_id = s.id and t.lang::text = s.lang
		order by (s.lang = ${lang}) desc, s.rank desc, s.date desc nulls last, s.kind, s.id`);
	const first = result.rows[0];
	const total = first?.here ?? 0;
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
			date: r.date,
			snippet: (r.snippet ?? '').replace(/\s+/g, ' ').trim()
		});
	}
	return {
		hits,
		total,
		page: current,
		pages: Math.max(1, Math.ceil(total / perPage)),
		otherHits,
		otherTotal: first?.other ?? 0
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
 * The search page's status line, in the visitor's language: how many hits there are in it, or,
 * when there are none in it but some in the other languages, that (and how many), or that there
 * are none at all.
 */
export function searchStatus(q: string, hits: number, otherHits: number): string {
	if (hits > 0) return t(m.search.results, { count: hits, q });
	if (otherHits === 1) return t(m.contentLanguages.search.noneHereOne, { q });
	if (otherHits > 1) return t(m.contentLanguages.search.noneHere, { count: otherHits, q });
	return t(m.search.none, { q });
}
