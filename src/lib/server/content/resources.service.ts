/** Reading the public resource library: filter by kind and year, single resources, the film. */
import { and, asc, count, desc, eq, inArray, isNotNull, type SQL } from 'drizzle-orm';
import { db } from '../db/client';
import { resources, resourceKind } from './schema';
import { isPublic } from './published';
import { markdownToText, renderMarkdown } from './markdown';
import {
	joinTranslation,
	languageData,
	listText,
	listTranslated,
	localize,
	markFallbacks
} from './translations';
import { currentLang, type Lang } from '$lib/i18n';
import { seoMeta } from './seo';
import { fileMeta } from './media.service';

export type ResourceKind = (typeof resourceKind.enumValues)[number];
export const RESOURCE_KINDS = resourceKind.enumValues;

export function isResourceKind(v: string): v is ResourceKind {
	return (RESOURCE_KINDS as readonly string[]).includes(v);
}

export interface ResourceFilter {
	kinds?: ResourceKind[];
	year?: number;
}

/**
 * Published resources, in `lang`: each one's published translation where there is one (one
 * join; none in bokmål), `textLang` 'nb' on those shown in bokmål to a nynorsk or English visitor.
 */
export async function listResources(
	filter: ResourceFilter = {},
	lang: Lang = currentLang(),
	slice?: { limit: number; offset: number }
) {
	const title = listText(lang, 'title', resources.title);
	const query = joinTranslation(
		db
			.select({
				id: resources.id,
				slug: resources.slug,
				kind: resources.kind,
				title,
				description: listText(lang, 'body', resources.description),
				year: resources.year,
				featured: resources.featured,
				publishedAt: resources.publishedAt,
				updatedAt: resources.updatedAt,
				translated: listTranslated(lang)
			})
			.from(resources)
			.$dynamic(),
		'ressurs',
		resources.id,
		lang
	)
		.where(resourceWhere(filter))
		.orderBy(desc(resources.featured), desc(resources.year), asc(title), asc(resources.id));
	const rows = await (slice ? query.limit(slice.limit).offset(slice.offset) : query);
	return markFallbacks(rows, lang);
}

function resourceWhere(filter: ResourceFilter) {
	const where: SQL[] = [isPublic(resources)];
	if (filter.kinds && filter.kinds.length > 0) where.push(inArray(resources.kind, filter.kinds));
	if (filter.year) where.push(eq(resources.year, filter.year));
	return and(...where);
}

/** Resources per page of /ressurser. */
export const RESOURCES_PER_PAGE = 24;

/** A page of the public resource library (filtered in the database), with the total. */
export async function resourcePage(filter: ResourceFilter, page = 1, perPage = RESOURCES_PER_PAGE) {
	const [{ total }] = await db
		.select({ total: count() })
		.from(resources)
		.where(resourceWhere(filter));
	const pages = Math.max(1, Math.ceil(total / perPage));
	const current = Math.min(Math.max(1, page), pages);
	const items = await listResources(filter, currentLang(), {
		limit: perPage,
		offset: (current - 1) * perPage
	});
	return { items, total, page: current, pages };
}

/** Years and kinds that have published resources, for the filter form. */
export async function resourceFacets() {
	const rows = await db
		.selectDistinct({ kind: resources.kind, year: resources.year })
		.from(resources)
		.where(isPublic(resources));
	const years = [...new Set(rows.map((r) => r.year).filter((y): y is number => y !== null))].sort(
		(a, b) => b - a
	);
	const kinds = RESOURCE_KINDS.filter((k) => rows.some((r) => r.kind === k));
	return { years, kinds };
}

export async function resourceBySlug(slug: string) {
	const [row] = await db
		.select()
		.from(resources)
		.where(and(eq(resources.slug, slug), isPublic(resources)));
	return row ?? null;
}

/** The film shown on the front page: the featured film, else the newest. */
export async function featuredFilm() {
	const [row] = await db
		.select()
		.from(resources)
		.where(and(isPublic(resources), eq(resources.kind, 'film'), isNotNull(resources.videoUrl)))
		.orderBy(desc(resources.featured), desc(resources.year))
		.limit(1);
	return row ?? null;
}

/** What the resource page shows (public page and editors' preview alike). */
export async function resourceView(row: typeof resources.$inferSelect) {
	const [file, localized] = await Promise.all([
		row.fileId ? fileMeta(row.fileId) : null,
		localize('ressurs', { ...row, lead: '', body: row.description })
	]);
	const r = { ...row, title: localized.text.title, description: localized.text.body };
	return {
		...languageData(localized),
		seo: seoMeta(row, currentLang()),
		resource: {
			slug: r.slug,
			kind: r.kind,
			title: r.title,
			year: r.year,
			url: r.url,
			videoUrl: r.videoUrl,
			videoUrlSubtitled: r.videoUrlSubtitled,
			durationSeconds: r.durationSeconds,
			descriptionHtml: renderMarkdown(r.description),
			descriptionText: markdownToText(r.description, 300),
			transcriptHtml: renderMarkdown(r.transcript),
			updatedAt: r.updatedAt
		},
		file
	};
}
export type ResourceView = Awaited<ReturnType<typeof resourceView>>;
