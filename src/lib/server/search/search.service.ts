/**
 * Full-text search over published content with PostgreSQL's Norwegian configuration
 * (generated tsvector columns with GIN indexes). Falls back to a prefix match so that
 * partial words ("kulturs") also find something.
 */
import { sql } from 'drizzle-orm';
import { db } from '../db/client';
import { now } from '../clock';

export type SearchKind = 'side' | 'nyhet' | 'ressurs' | 'sporsmal';

export interface SearchHit {
	kind: SearchKind;
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

export async function search(q: string, limit = 50): Promise<SearchHit[]> {
	const query = q.trim().slice(0, 200);
	const prefix = prefixQuery(query);
	if (!prefix) return [];
	const at = now();
	const tsq = sql`(websearch_to_tsquery('norwegian', ${query}) || to_tsquery('norwegian', ${prefix}))`;
	const headline = (col: unknown) =>
		sql`ts_headline('norwegian', ${col}, ${tsq}, 'MaxFragments=1,MaxWords=30,MinWords=12,StartSel=<<,StopSel=>>')`;
	const result = await db.execute<{
		kind: SearchKind;
		title: string;
		href: string;
		snippet: string;
		rank: number;
		date: Date | null;
	}>(sql`
		select * from (
			select 'side' as kind, title, path as href, ${headline(sql`lead || ' ' || body`)} as snippet,
				ts_rank(search, ${tsq}) as rank, published_at as date
			from pages where status = 'published' and published_at <= ${at} and link_url is null and search @@ ${tsq}
			union all
			select 'nyhet', title, '/nyheter/' || slug, ${headline(sql`lead || ' ' || body`)},
				ts_rank(search, ${tsq}) * 1.1, published_at
			from news_articles where status = 'published' and published_at <= ${at} and search @@ ${tsq}
			union all
			select 'ressurs', title, '/ressurser/' || slug, ${headline(sql`description`)},
				ts_rank(search, ${tsq}), published_at
			from resources where status = 'published' and published_at <= ${at} and search @@ ${tsq}
			union all
			select 'sporsmal', question, '/sporsmal-og-svar#sporsmal-' || id, ${headline(sql`answer`)},
				ts_rank(search, ${tsq}), null
			from faq_entries where search @@ ${tsq}
		) hits
		order by rank desc, date desc nulls last
		limit ${limit}`);
	return result.rows.map((r) => ({
		...r,
		rank: Number(r.rank),
		snippet: r.snippet.replace(/\s+/g, ' ').trim()
	}));
}
