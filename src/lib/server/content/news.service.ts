/**
 * Reading published news: paged lists, the archive by year (paged), single articles, the feed
 * (the newest `FEED_SIZE`) and the sitemap's slices. Every list has a LIMIT; none reads bodies.
 */
import { and, count, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import { now } from '../clock';
import { db } from '../db/client';
import { newsArticles } from './schema';
import { isPublic } from './published';
import { renderMarkdown } from './markdown';
import {
	joinTranslation,
	languageData,
	listText,
	listTranslated,
	localize,
	markFallbacks,
	type Localized
} from './translations';
import { currentLang, type Lang } from '$lib/i18n';
import { seoMeta } from './seo';

export const NEWS_PER_PAGE = 10;

/** A list's columns: in nynorsk and English the published translation's title and lead where there is one. */
const listColumns = (lang: Lang) => ({
	id: newsArticles.id,
	slug: newsArticles.slug,
	title: listText(lang, 'title', newsArticles.title),
	lead: listText(lang, 'lead', newsArticles.lead),
	dateline: newsArticles.dateline,
	tags: newsArticles.tags,
	publishedAt: newsArticles.publishedAt,
	translated: listTranslated(lang)
});

/** The visitor's language version of each listed article (none to join in bokmål). */
const listQuery = (lang: Lang) =>
	joinTranslation(
		db.select(listColumns(lang)).from(newsArticles).$dynamic(),
		'nyhet',
		newsArticles.id,
		lang
	);

export type NewsListItem = {
	id: number;
	slug: string;
	title: string;
	lead: string;
	dateline: string | null;
	tags: string[];
	publishedAt: Date | null;
	/** 'nb' when the visitor reads nynorsk or English and this item has only bokmål. */
	textLang?: 'nb';
};

export async function newsPage(page: number, perPage = NEWS_PER_PAGE) {
	const [{ total }] = await db
		.select({ total: count() })
		.from(newsArticles)
		.where(isPublic(newsArticles));
	const pages = Math.max(1, Math.ceil(total / perPage));
	const current = Math.min(Math.max(1, page), pages);
	const lang = currentLang();
	const rows = await listQuery(lang)
		.where(isPublic(newsArticles))
		.orderBy(desc(newsArticles.publishedAt), desc(newsArticles.id))
		.limit(perPage)
		.offset((current - 1) * perPage);
	return { items: markFallbacks(rows, lang), total, page: current, pages };
}

export async function latestNews(n: number): Promise<NewsListItem[]> {
	return (await newsPage(1, n)).items;
}

/**
 * Years that have published news, newest first, with counts. A skip scan down
 * `news_published_idx`: one probe for the newest article before each year, then one ranged
 * count per year, instead of grouping every article by `extract(year …)` (which reads them all).
 */
export async function newsYears(): Promise<{ year: number; count: number }[]> {
	const at = now();
	const start = (year: SQL) =>
		sql`make_timestamp(${year}, 1, 1, 0, 0, 0) at time zone 'Europe/Oslo'`;
	const yearOfMax = sql`extract(year from max(published_at) at time zone 'Europe/Oslo')::int`;
	const result = await db.execute<{ year: number; count: number }>(sql`
		with recursive years as (
			select ${yearOfMax} as year from news_articles
				where status = 'published' and published_at <= ${at}
			union all
			select (select ${yearOfMax} from news_articles
					where status = 'published' and published_at < ${start(sql`years.year`)})
				from years where years.year is not null
		)
		select year, (select count(*)::int from news_articles
				where status = 'published' and published_at <= ${at}
					and published_at >= ${start(sql`years.year`)}
					and published_at < ${start(sql`years.year + 1`)}) as count
			from years where year is not null
			order by year desc`);
	return result.rows.map((r) => ({ year: Number(r.year), count: Number(r.count) }));
}

/**
 * An Oslo calendar year as a range of `published_at` (not `extract(year …)`, which no index
 * can answer): the archive pages read it through `news_published_idx`.
 */
const inOsloYear = (year: number) =>
	and(
		gte(
			newsArticles.publishedAt,
			sql`make_timestamp(${year}, 1, 1, 0, 0, 0) at time zone 'Europe/Oslo'`
		),
		lt(
			newsArticles.publishedAt,
			sql`make_timestamp(${year + 1}, 1, 1, 0, 0, 0) at time zone 'Europe/Oslo'`
		)
	);

/** A page of a year's news (by Oslo calendar year), newest first, paged like `newsPage`. */
export async function newsInYear(year: number, page = 1, perPage = NEWS_PER_PAGE) {
	const where = and(isPublic(newsArticles), inOsloYear(year));
	const [{ total }] = await db.select({ total: count() }).from(newsArticles).where(where);
	const pages = Math.max(1, Math.ceil(total / perPage));
	const current = Math.min(Math.max(1, page), pages);
	const lang = currentLang();
	const rows = await listQuery(lang)
		.where(where)
		.orderBy(desc(newsArticles.publishedAt), desc(newsArticles.id))
		.limit(perPage)
		.offset((current - 1) * perPage);
	return { items: markFallbacks(rows, lang), total, page: current, pages };
}

export async function newsBySlug(slug: string) {
	const [row] = await db
		.select()
		.from(newsArticles)
		.where(and(eq(newsArticles.slug, slug), isPublic(newsArticles)));
	return row ?? null;
}

/** How many articles the feed holds: the newest; older ones are in the archive (/nyheter). */
export const FEED_SIZE = 50;

/**
 * The newest published articles for the feed, in `lang` (each article's published translation
 * where there is one, `textLang` 'nb' on the others): title, lead and dates, never the body.
 */
export async function feedNews(lang: Lang = currentLang(), limit = FEED_SIZE) {
	const rows = await joinTranslation(
		db
			.select({
				...listColumns(lang),
				createdAt: newsArticles.createdAt,
				updatedAt: newsArticles.updatedAt
			})
			.from(newsArticles)
			.$dynamic(),
		'nyhet',
		newsArticles.id,
		lang
	)
		.where(isPublic(newsArticles))
		.orderBy(desc(newsArticles.publishedAt), desc(newsArticles.id))
		.limit(limit);
	return markFallbacks(rows, lang);
}

/** What the article page shows (public page and editors' preview alike), in a language version when given. */
export function articleView(
	a: typeof newsArticles.$inferSelect,
	localized?: Localized<typeof newsArticles.$inferSelect>
) {
	const lang = localized ? languageData(localized) : { textLang: undefined, fallback: false };
	if (localized) a = localized.text;
	return {
		textLang: lang.textLang,
		fallback: lang.fallback,
		slug: a.slug,
		title: a.title,
		lead: a.lead,
		dateline: a.dateline,
		tags: a.tags,
		publishedAt: a.publishedAt,
		updatedAt: a.updatedAt,
		readMoreUrl: a.readMoreUrl,
		readMoreLabel: a.readMoreLabel,
		bodyHtml: renderMarkdown(a.body)
	};
}
export type ArticleView = ReturnType<typeof articleView>;

/** The public article in the visitor's language (or bokmål as a fallback), with the languages it has. */
export async function localizedArticle(a: typeof newsArticles.$inferSelect) {
	const localized = await localize('nyhet', a);
	return {
		article: articleView(a, localized),
		languages: localized.languages,
		seo: seoMeta(a, currentLang())
	};
}
