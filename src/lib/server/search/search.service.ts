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

/**
 * Searches every language version: the bokmål items with Norwegian, the nynorsk versions with
 * Norwegian and the English versions with English. Hits in `lang` come first, the other
 * languages' below (an item already found in `lang` is not repeated in another language).
 */
export async function search(
	q: string,
	limit = 50,
	lang: Lang = currentLang()
): Promise<SearchHit[]> {
	const query = q.trim().slice(0, 200);
	const prefix = prefixQuery(query);
	if (!prefix) return [];
	const at = now();
	const tsqOf = (config: 'norwegian' | 'english') =>
		sql`(websearch_to_tsquery(${sql.raw(`'${config}'`)}, ${query}) || to_tsquery(${sql.raw(`'${config}'`)}, ${prefix}))`;
	const tsq = tsqOf('norwegian');
	const tsqEn = tsqOf('english');
	/** The query in a translation's own configuration. */
	const tsqT = sql`(case when t.lang = 'en' then ${tsqEn} else ${tsq} end)`;
	const headline = (col: unknown) =>
		sql`ts_headline('norwegian', ${col}, ${tsq}, 'MaxFragments=1,MaxWords=30,MinWords=12,StartSel=<<,StopSel=>>')`;
	const headlineT = (col: unknown) =>
		sql`ts_headline(case when t.lang = 'en' then 'english'::regconfig else 'norwegian'::regconfig end, ${col}, ${tsqT}, 'MaxFragments=1,MaxWords=30,MinWords=12,StartSel=<<,StopSel=>>')`;
	const published = (alias: string) =>
		sql.raw(`${alias}.status = 'published' and ${alias}.published_at <= `);
	const result = await db.execute<{
		kind: SearchKind;
		id: number;
		lang: Lang;
		title: string;
		href: string;
		snippet: string;
		rank: number;
		date: Date | null;
	}>(sql`
		select * from (
			select 'side' as kind, id, 'nb' as lang, title, path as href, ${headline(sql`lead || ' ' || body`)} as snippet,
				ts_rank(search, ${tsq}) as rank, published_at as date
			from pages where status = 'published' and published_at <= ${at} and link_url is null and search @@ ${tsq}
			union all
			select 'nyhet', id, 'nb', title, '/nyheter/' || slug, ${headline(sql`lead || ' ' || body`)},
				ts_rank(search, ${tsq}) * 1.1, published_at
			from news_articles where status = 'published' and published_at <= ${at} and search @@ ${tsq}
			union all
			select 'ressurs', id, 'nb', title, '/ressurser/' || slug, ${headline(sql`description`)},
				ts_rank(search, ${tsq}), published_at
			from resources where status = 'published' and published_at <= ${at} and search @@ ${tsq}
			union all
			select 'sporsmal', id, 'nb', question, '/sporsmal-og-svar#sporsmal-' || id, ${headline(sql`answer`)},
				ts_rank(search, ${tsq}), null
			from faq_entries where search @@ ${tsq}
			union all
			select t.kind, t.item_id, t.lang::text, t.title,
				case t.kind
					when 'side' then p.path
					when 'nyhet' then '/nyheter/' || n.slug
					when 'ressurs' then '/ressurser/' || r.slug
					else '/sporsmal-og-svar#sporsmal-' || f.id
				end,
				${headlineT(sql`t.lead || ' ' || t.body`)},
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
		) hits
		order by (lang = ${lang}) desc, rank desc, date desc nulls last
		limit ${limit}`);
	const found = new Set<string>();
	const hits: SearchHit[] = [];
	for (const r of result.rows) {
		const key = `${r.kind}:${r.id}`;
		if (r.lang === lang) found.add(key);
		else if (found.has(key)) continue;
		hits.push({
			kind: r.kind,
			lang: r.lang,
			title: r.title,
			href: pathIn(r.lang, r.href),
			rank: Number(r.rank),
			date: r.date,
			snippet: r.snippet.replace(/\s+/g, ' ').trim()
		});
	}
	return hits;
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
