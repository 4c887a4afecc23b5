/** The editorial desk's news use cases: list, create, edit, publish, schedule, delete, restore. */
import { and, count, desc, eq, ilike, or } from 'drizzle-orm';
import { db } from '../db/client';
import { newsArticles } from './schema';
import type { Actor } from '../accounts/actor';
import { authorize, can } from '../accounts/permissions';
import { slugify } from './slug';
import { withWorkingCopy } from './working-copy';
import {
	applyIntent,
	assertAltTexts,
	claimPath,
	deleteEditable,
	freeSlug,
	namedLock,
	recordMove,
	restoreEditable,
	saveEditable,
	scheduleFrom,
	snapNullable,
	snapText,
	snapshotDate,
	type EditableSpec,
	type PublishIntent
} from './editing';
import type { NewsInput } from '$lib/forms/content';
import { seoFromSnapshot, seoToForm, seoValues } from './seo';

export type NewsRow = typeof newsArticles.$inferSelect;

/** News per page of /admin/nyheter. */
export const NEWS_ADMIN_PAGE_SIZE = 50;

/** A page of news, last changed first, filtered in the database, with the total that matched. */
export async function listNewsAdmin(
	actor: Actor,
	filter: { q?: string; status?: string; page?: number } = {}
) {
	authorize(actor, can.writeContent, 'nyhet.liste');
	const q = filter.q?.trim();
	const like = q && `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
	const where = and(
		like ? or(ilike(newsArticles.title, like), ilike(newsArticles.lead, like)) : undefined,
		filter.status === 'draft' || filter.status === 'published'
			? eq(newsArticles.status, filter.status)
			: undefined
	);
	const [{ total }] = await db.select({ total: count() }).from(newsArticles).where(where);
	const pages = Math.max(1, Math.ceil(total / NEWS_ADMIN_PAGE_SIZE));
	const page = Math.min(Math.max(1, filter.page ?? 1), pages);
	const items = await db
		.select({
			id: newsArticles.id,
			title: newsArticles.title,
			slug: newsArticles.slug,
			status: newsArticles.status,
			publishedAt: newsArticles.publishedAt,
			publishAt: newsArticles.publishAt,
			updatedAt: newsArticles.updatedAt
		})
		.from(newsArticles)
		.where(where)
		.orderBy(desc(newsArticles.updatedAt), desc(newsArticles.id))
		.limit(NEWS_ADMIN_PAGE_SIZE)
		.offset((page - 1) * NEWS_ADMIN_PAGE_SIZE);
	return { items, total, page, pages };
}

export async function getNews(actor: Actor, id: number) {
	authorize(actor, can.writeContent, 'nyhet.les', id);
	const [row] = await db.select().from(newsArticles).where(eq(newsArticles.id, id));
	// The editors' view: with the working copy's unpublished changes.
	return withWorkingCopy('nyhet', row ?? null);
}

export function newsToForm(row: NewsRow | null): Partial<NewsInput> {
	if (!row) return { version: 0 };
	return {
		title: row.title,
		slug: row.slug,
		lead: row.lead,
		body: row.body,
		dateline: row.dateline ?? '',
		tags: row.tags.join(', '),
		readMoreUrl: row.readMoreUrl ?? '',
		readMoreLabel: row.readMoreLabel ?? '',
		...seoToForm(row),
		version: row.version,
		publishAt: '',
		intent: 'lagre'
	};
}

const NEWS: EditableSpec<typeof newsArticles> = {
	table: newsArticles,
	type: 'nyhet',
	name: (row) => row.title,
	// Two new articles with the same title get different slugs, not a unique-key error.
	lock: namedLock('content.news.slug')
};

/** Creates (id null) or updates a news article; returns its id. */
export async function saveNews(actor: Actor, id: number | null, input: NewsInput): Promise<number> {
	authorize(actor, can.writeContent, 'nyhet.lagre', id);
	assertAltTexts(input.body, 'body');
	const scheduleAt = scheduleFrom(input.publishAt);
	const intent = input.intent as PublishIntent;
	const fields = {
		title: input.title,
		lead: input.lead,
		body: input.body,
		dateline: input.dateline ? input.dateline.toUpperCase() : null,
		tags: [
			...new Set(
				input.tags
					.split(',')
					.map((t) => t.trim().toLowerCase())
					.filter(Boolean)
			)
		].slice(0, 10),
		readMoreUrl: input.readMoreUrl || null,
		readMoreLabel: input.readMoreLabel || null,
		...seoValues(input)
	};
	return saveEditable(actor, NEWS, id, {
		version: input.version,
		scheduleAt,
		intent,
		values: async (tx, before, at) => {
			const wanted = input.slug || before?.slug || slugify(input.title);
			const slug =
				wanted === before?.slug
					? before.slug
					: await freeSlug(tx, newsArticles, newsArticles.slug, newsArticles.id, wanted, id);
			return { ...fields, slug, ...applyIntent(before, intent, scheduleAt, at) };
		},
		after: async (tx, before, row) => {
			if (!before) await claimPath(tx, `/nyheter/${row.slug}`);
			else if (row.slug !== before.slug)
				await recordMove(tx, `/nyheter/${before.slug}`, `/nyheter/${row.slug}`);
		}
	});
}

export async function deleteNews(actor: Actor, id: number, version: number) {
	authorize(actor, can.editContent, 'nyhet.slett', id);
	await deleteEditable(actor, NEWS, id, version);
}

/** Brings back an earlier version's text as a new version (status and address stay as they are). */
export async function restoreNews(actor: Actor, id: number, version: number) {
	authorize(actor, can.editContent, 'nyhet.gjenopprett', id);
	await restoreEditable(actor, NEWS, id, version, (d, before) => ({
		title: snapText(d, 'title', before.title),
		lead: snapText(d, 'lead'),
		body: snapText(d, 'body'),
		dateline: snapNullable(d, 'dateline'),
		tags: Array.isArray(d.tags) ? (d.tags as string[]) : [],
		readMoreUrl: snapNullable(d, 'readMoreUrl'),
		readMoreLabel: snapNullable(d, 'readMoreLabel'),
		...seoFromSnapshot(d),
		publishedAt: before.publishedAt ?? snapshotDate(d.publishedAt)
	}));
}
