/**
 * «Mente du …?»: the words of the published content (table `search_words`, refreshed by the
 * job in search/jobs.ts from `ts_stat` over the public text, unstemmed) and, for a query with
 * a word that stands nowhere in it, the closest word by trigram similarity (pg_trgm, through
 * the trigram GIN index on `search_words.word`).
 */
import { sql } from 'drizzle-orm';
import { db, type DbOrTx } from '../db/client';
import { now } from '../clock';
import { currentLang, type Lang } from '$lib/i18n';

/** Words shorter than this are neither listed nor corrected. */
const MIN_WORD = 3;
const MAX_WORD = 40;
/** Words of a query looked at (as many as the search itself reads). */
const MAX_WORDS = 8;

/** The query's words as the word list holds them (lower case, letters and digits). */
export function queryWords(q: string): string[] {
	return q
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter((w) => w.length >= MIN_WORD && w.length <= MAX_WORD && !/\d/.test(w))
		.slice(0, MAX_WORDS);
}

/** `q` with each of its words found in `fixes` replaced, everything else (quotes, spaces) kept. */
export function rewrite(q: string, fixes: ReadonlyMap<string, string>): string {
	return q
		.split(/([\p{L}\p{N}]+)/u)
		.map((part) => fixes.get(part.toLowerCase()) ?? part)
		.join('');
}

/**
 * The query with every word that stands nowhere in the published content (not even as the start
 * of a word, which the prefix search finds, in any language) replaced by the most similar word
 * that does, a word of the visitor's language `lang` first, or null when there is nothing to
 * correct. One statement.
 */
export async function suggestion(
	q: string,
	lang: Lang = currentLang(),
	tx: DbOrTx = db
): Promise<string | null> {
	const words = [...new Set(queryWords(q))];
	if (!words.length) return null;
	const list = sql.join(
		words.map((w) => sql`(${w})`),
		sql`, `
	);
	const r = await tx.execute<{ word: string; best: string | null }>(sql`
		select q.word, (
			select s.word from search_words s
			where s.word % q.word
			order by (s.lang = ${lang}) desc, similarity(s.word, q.word) desc, s.items desc, s.word
			limit 1
		) as best
		from (values ${list}) as q(word)
		where not exists (select 1 from search_words s where s.word like q.word || '%')`);
	const fixes = new Map<string, string>();
	for (const row of r.rows) if (row.best && row.best !== row.word) fixes.set(row.word, row.best);
	return fixes.size ? rewrite(q, fixes) : null;
}

/**
 * The public text of everything /sok finds in `lang`, as one query for `ts_stat` (the `simple`
 * configuration: the words as written, lower case, no stemming): the bokmål items themselves,
 * or the published nynorsk or English versions. Only what the public sees.
 */
function publicText(at: Date, lang: Lang): string {
	const t = `'${at.toISOString()}'::timestamptz`;
	const doc = (cols: string) =>
		`to_tsvector('simple', ${cols
			.split(',')
			.map((c) => `coalesce(${c.trim()}, '')`)
			.join(` || ' ' || `)})`;
	// The translations of items the public sees (the search's own rules, search.service.ts).
	if (lang !== 'nb')
		return `select ${doc('t.title, t.lead, t.body')} from content_translations t
			where t.lang = '${lang}' and t.status = 'published' and t.published_at <= ${t} and case t.kind
				when 'side' then exists (select 1 from pages p where p.id = t.item_id and p.status = 'published' and p.published_at <= ${t} and p.link_url is null)
				when 'nyhet' then exists (select 1 from news_articles n where n.id = t.item_id and n.status = 'published' and n.published_at <= ${t})
				when 'ressurs' then exists (select 1 from resources r where r.id = t.item_id and r.status = 'published' and r.published_at <= ${t})
				when 'sporsmal' then exists (select 1 from faq_entries f where f.id = t.item_id)
				when 'arrangement' then exists (select 1 from events e where e.id = t.item_id and e.status in ('published', 'cancelled'))
				when 'program' then exists (select 1 from programmes g where g.id = t.item_id and g.status <> 'utkast')
				when 'utlysing' then exists (select 1 from programme_calls c join programmes g on g.id = c.programme_id where c.id = t.item_id and g.status <> 'utkast')
				when 'erfaring' then exists (select 1 from stories s where s.id = t.item_id and s.status = 'publisert')
				else false end`;
	return [
		`select ${doc('title, lead, body')} from pages where status = 'published' and published_at <= ${t} and link_url is null`,
		`select ${doc('title, lead, body')} from news_articles where status = 'published' and published_at <= ${t}`,
		`select ${doc('title, description, transcript')} from resources where status = 'published' and published_at <= ${t}`,
		`select ${doc('question, answer')} from faq_entries`,
		`select ${doc('title, lead, description, venue')} from events where status in ('published', 'cancelled')`,
		`select ${doc('name, lead, description')} from programmes where status <> 'utkast'`,
		`select ${doc('c.title, c.lead, c.description')} from programme_calls c join programmes p on p.id = c.programme_id where p.status <> 'utkast'`,
		`select ${doc('title, body')} from stories where status = 'publisert'`,
		`select ${doc('name, role, organisation')} from people`
	].join(' union all ');
}

/**
 * Rebuilds the word list from the published content, in one transaction (readers see the old
 * list until it commits). Run by the job every hour and after the demo content loads.
 */
export async function refreshSearchWords(tx?: DbOrTx): Promise<number> {
	const work = async (t: DbOrTx) => {
		await t.execute(sql`delete from search_words`);
		const at = now();
		let rows = 0;
		for (const lang of ['nb', 'nn', 'en'] as const) {
			const r = await t.execute(sql`
				insert into search_words (word, lang, items)
				select word, ${lang}, ndoc from ts_stat(${publicText(at, lang)})
				where length(word) between ${MIN_WORD} and ${MAX_WORD} and word !~ '[[:digit:][:punct:]]'`);
			rows += r.rowCount ?? 0;
		}
		return rows;
	};
	return tx ? work(tx) : db.transaction(work);
}
