/** Reading published news: paged lists, the archive by year, single articles, the feed. */
import { and, count, desc, eq, sql } from 'drizzle-orm';
import { db } from '../db/client';
import { newsArticles } from './schema';
import { isPublic } from './published';
import { renderMarkdown } from './markdown';

export const NEWS_PER_PAGE = 10;

const listColumns = {
	id: newsArticles.id,
	slug: newsArticles.slug,
	title: newsArticles.title,
	lead: newsArticles.lead,
	dateline: newsArticles.dateline,
	tags: newsArticles.tags,
	publishedAt: newsArticles.publishedAt
};
export type NewsListItem = {
	id: number;
	slug: string;
	title: string;
	lead: string;
	dateline: string | null;
	tags: string[];
	publishedAt: Date | null;
};

export async function newsPage(page: number, perPage = NEWS_PER_PAGE) {
	const [{ total }] = await db
		.select({ total: count() })
		.from(newsArticles)
		.where(isPublic(newsArticles));
	const pages = Math.max(1, Math.ceil(total / perPage));
	const current = Math.min(Math.max(1, page), pages);
	const items: NewsListItem[] = await db
		.select(listColumns)
		.from(newsArticles)
		.where(isPublic(newsArticles))
		.orderBy(desc(newsArticles.publishedAt), desc(newsArticles.id))
		.limit(perPage)
		.offset((current - 1) * perPage);
	return { items, total, page: current, pages };
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
	return db
		.select(listColumns)
		.from(newsArticles)
		.where(and(isPublic(newsArticles), eq(yearOf, year)))
		.orderBy(desc(newsArticles.publishedAt), desc(newsArticles.id));
}

export async function newsBySlug(slug: string) {
	const [row] = await db
		.select()
		.from(newsArticles)
		.where(and(eq(newsArticles.slug, slug), isPublic(newsArticles)));
	return row ?? null;
}

/** Every published article with its body, newest first (for the feed). */
export async function allPublishedNews() {
	return db
		.select()
		.from(newsArticles)
		.where(isPublic(newsArticles))
		.orderBy(desc(newsArticles.publishedAt), desc(newsArticles.id));
}

/** What the article page shows (public page and editors' preview alike). */
export function articleView(a: typeof newsArticles.$inferSelect) {
	return {
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
