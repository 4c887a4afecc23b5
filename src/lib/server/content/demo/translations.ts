/**
 * The demo content's language versions (nynorsk and English), loaded with the rest of the seed
 * content on an empty database: each is published and made from the bokmål version as it was
 * loaded, so none is «older than the bokmål version».
 */
import { eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { contentTranslations, newsArticles, pages, type TranslationKind } from '../schema';
import { events } from '../../events/schema';
import { eventsNn, newsNn, pagesNn } from './translations-nn';
import { pagesEn } from './translations-en';

export interface DemoTranslation {
	/** The bokmål item: a page's path, a news item's or an event's slug. */
	key: string;
	title: string;
	menuTitle?: string;
	lead: string;
	/** Markdown. */
	body: string;
}

type Source = { id: number; key: string; version: number; updatedAt: Date };

async function insertAll(
	tx: Tx,
	kind: TranslationKind,
	lang: 'nn' | 'en',
	list: DemoTranslation[],
	sources: Source[]
) {
	const byKey = new Map(sources.map((s) => [s.key, s]));
	const rows = list.map((t) => {
		const source = byKey.get(t.key);
		if (!source) throw new Error(`Demo translation without its bokmål item: ${kind} ${t.key}`);
		return {
			kind,
			itemId: source.id,
			lang,
			title: t.title,
			menuTitle: t.menuTitle ?? null,
			lead: t.lead,
			body: t.body,
			sourceVersion: source.version,
			sourceUpdatedAt: source.updatedAt,
			status: 'published' as const,
			publishedAt: source.updatedAt,
			createdAt: source.updatedAt,
			updatedAt: source.updatedAt
		};
	});
	if (rows.length) await tx.insert(contentTranslations).values(rows);
}

/** After the content and events demo: their nynorsk and English versions. */
export async function loadTranslationsDemo(tx: Tx): Promise<void> {
	const pagePaths = [...new Set([...pagesNn, ...pagesEn].map((t) => t.key))];
	const pageRows = await tx
		.select({ id: pages.id, key: pages.path, version: pages.version, updatedAt: pages.updatedAt })
		.from(pages)
		.where(inArray(pages.path, pagePaths));
	const newsRows = await tx
		.select({
			id: newsArticles.id,
			key: newsArticles.slug,
			version: newsArticles.version,
			updatedAt: newsArticles.updatedAt
		})
		.from(newsArticles)
		.where(
			inArray(
				newsArticles.slug,
				newsNn.map((t) => t.key)
			)
		);
	const eventRows = await tx
		.select({
			id: events.id,
			key: events.slug,
			version: events.version,
			updatedAt: events.updatedAt
		})
		.from(events)
		.where(eq(events.slug, eventsNn[0].key));
	await insertAll(tx, 'side', 'nn', pagesNn, pageRows);
	await insertAll(tx, 'side', 'en', pagesEn, pageRows);
	await insertAll(tx, 'nyhet', 'nn', newsNn, newsRows);
	await insertAll(tx, 'arrangement', 'nn', eventsNn, eventRows);
}
