/** Reading published news: paged lists, the archive by year, single articles, the feed. */
import { and, count, desc, eq, getTableColumns, sql } from 'drizzle-orm';
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

const yearOf = sql<number>`extract(year from ${newsArticles.publishedAt} at time zone 'Europe/Oslo')::int`;

/** Years that have published news, newest first, with counts. */
export async function newsYears(): Promise<{ year: number; count: number }[]> {
	return db
		.select({ year: yearOf, count: count() })
		.from(newsArticles)
		.where(isPublic(newsArticles))
		.groupBy(yearOf)
		.orderBy(desc(yearOf));
}

/** A year's news (by Oslo calendar year), newest first. */
export async function newsInYear(year: number): Promise<NewsListItem[]> {
	const lang = currentLang();
	const rows = await listQuery(lang)
		.where(and(isPublic(newsArticles), eq(yearOf, year)))
		.orderBy(desc(newsArticles.publishedAt), desc(newsArticles.id));
	return markFallbacks(rows, lang);
}

export async function newsBySlug(slug: string) {
	const [row] = await db
		.select()
		.from(newsArticles)
		.where(and(eq(newsArticles.slug, slug), isPublic(newsArticles)));
	return row ?? null;
}

/**
 * Every published article with its body, newest first (for the feed and the sitemap), in `lang`:
 * each article's published translation where there is one (`textLang` 'nb' on the others).
 */
export async function allPublishedNews(lang: Lang = currentLang()) {
	const rows = await joinTranslation(
		db
			.select({
				...getTableColumns(newsArticles),
				title: listText(lang, 'title', newsArticles.title),
				lead: listText(lang, 'lead', newsArticles.lead),
				body: listText(lang, 'body', newsArticles.body),
				translated: listTranslated(lang)
			})
			.from(newsArticles)
			.$dynamic(),
		'nyhet',
		newsArticles.id,
		lang
	)
		.where(isPublic(newsArticles))
		.orderBy(desc(newsArticles.publishedAt), desc(newsArticles.id));
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
	return { article: articleView(a, localized), languages: localized.languages };
}
