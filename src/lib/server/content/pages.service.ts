/** Reading the public page tree. */
import { withWorkingCopy } from './working-copy';
import { and, eq, inArray, lte, or, sql } from 'drizzle-orm';
import { db } from '../db/client';
import type { Actor } from '../accounts/actor';
import { authorize, can } from '../accounts/permissions';
import { contentTranslations, pages, redirects } from './schema';
import { now } from '../clock';
import { currentLang, type Lang } from '$lib/i18n';
import { isPublic } from './published';
import { ancestry, buildTree, type TreeNode } from './tree';

export const menuColumns = {
	id: pages.id,
	parentId: pages.parentId,
	position: pages.position,
	slug: pages.slug,
	path: pages.path,
	title: pages.title,
	menuTitle: pages.menuTitle,
	linkUrl: pages.linkUrl,
	showInMenu: pages.showInMenu,
	updatedAt: pages.updatedAt
};

export type MenuRow = {
	id: number;
	parentId: number | null;
	position: number;
	slug: string;
	path: string;
	title: string;
	menuTitle: string | null;
	linkUrl: string | null;
	showInMenu: boolean;
	updatedAt: Date;
};
export type MenuNode = TreeNode<MenuRow>;

/**
 * Every published page (without bodies), e.g. for the sitemap. In nynorsk and English the
 * titles are the published translations' where there are any (same query, one join).
 * `menu`: only the pages shown in the menu, and the pages at `paths` (a page and its
 * ancestors), so the menu and a page's surroundings cost the same however many pages there are.
 */
export async function publishedPageRows(
	lang: Lang = currentLang(),
	only?: { menu: true; paths?: string[] }
): Promise<MenuRow[]> {
	const where = and(
		isPublic(pages),
		only
			? only.paths?.length
				? or(eq(pages.showInMenu, true), inArray(pages.path, only.paths))
				: eq(pages.showInMenu, true)
			: undefined
	);
	if (lang === 'nb') return db.select(menuColumns).from(pages).where(where);
	const tr = contentTranslations;
	return db
		.select({
			...menuColumns,
			title: sql<string>`coalesce(${tr.title}, ${pages.title})`,
			menuTitle: sql<
				string | null
			>`case when ${tr.id} is null then ${pages.menuTitle} else nullif(${tr.menuTitle}, '') end`
		})
		.from(pages)
		.leftJoin(
			tr,
			and(
				eq(tr.kind, 'side'),
				eq(tr.itemId, pages.id),
				eq(tr.lang, lang),
				eq(tr.status, 'published'),
				lte(tr.publishedAt, now())
			)
		)
		.where(where);
}

/**
 * The public pages whose ancestors are all published (what the tree shows), for the sitemap:
 * walked in the database (a recursive query over ids, paths and dates; no text), counted or
 * a slice by id. Menu links to elsewhere, the front page and pages hidden from search engines
 * are left out (their sub-pages stay).
 */
const publicTree = (at: Date) => sql`
	with recursive tree as (
		select id, path, link_url, noindex, updated_at from pages
			where parent_id is null and status = 'published' and published_at <= ${at}
		union all
		select p.id, p.path, p.link_url, p.noindex, p.updated_at from pages p join tree on p.parent_id = tree.id
			where p.status = 'published' and p.published_at <= ${at}
	)
	select id, path, updated_at from tree where path <> '/' and link_url is null and not noindex`;

export async function countSitemapPages(): Promise<number> {
	const r = await db.execute<{ n: number }>(
		sql`select count(*)::int as n from (${publicTree(now())}) t`
	);
	return Number(r.rows[0]?.n ?? 0);
}

export async function pageSitemapRows(offset: number, limit: number) {
	const r = await db.execute<{ id: number; path: string; updated_at: Date }>(
		sql`${publicTree(now())} order by id limit ${limit} offset ${offset}`
	);
	return r.rows.map((row) => ({ id: row.id, slug: row.path, updatedAt: new Date(row.updated_at) }));
}

/** The id of the published page at `path`, if any. */
export async function pageIdByPath(path: string): Promise<number | null> {
	const [row] = await db
		.select({ id: pages.id })
		.from(pages)
		.where(and(eq(pages.path, path), isPublic(pages)));
	return row?.id ?? null;
}

/** The main menu: published pages shown in the menu, as a tree (the front page excluded). */
export async function menuTree(): Promise<MenuNode[]> {
	const rows = (await publishedPageRows(currentLang(), { menu: true })).filter(
		(r) => r.showInMenu && r.path !== '/'
	);
	return buildTree(rows);
}

export interface PageView {
	page: typeof pages.$inferSelect;
	/** Root → … → parent (the page itself excluded). */
	breadcrumbs: { title: string; path: string }[];
	/** The top-level section the page belongs to, with its children, for section navigation. */
	section: MenuNode | null;
}

/** The view of `page` within `rows` (the pages that may be shown around it); null when an ancestor is missing. */
function viewOf(page: typeof pages.$inferSelect, rows: MenuRow[]): PageView | null {
	const chain = ancestry(rows, page.id);
	if (chain.length === 0) return null; // an ancestor is unpublished
	const rootId = chain[0].id;
	const tree = buildTree(rows.filter((r) => r.showInMenu || r.id === page.id));
	const section = tree.find((n) => n.id === rootId) ?? null;
	return {
		page,
		breadcrumbs: chain
			.slice(0, -1)
			.map((r) => ({ title: r.menuTitle ?? r.title, path: r.linkUrl ?? r.path })),
		section: section && section.children.length > 0 ? section : null
	};
}

export async function pageByPath(path: string): Promise<PageView | null> {
	const [page] = await db
		.select()
		.from(pages)
		.where(and(eq(pages.path, path), isPublic(pages)));
	if (!page) return null;
	// The page and its ancestors (their paths are its path's prefixes) and the menu's pages.
	const parts = path.split('/').filter(Boolean);
	const paths = ['/', ...parts.map((_, i) => '/' + parts.slice(0, i + 1).join('/'))];
	return viewOf(page, await publishedPageRows(currentLang(), { menu: true, paths }));
}

/**
 * An editor's preview of any page, published or not: as it would look once it and its
 * ancestors are published, among the pages the public sees today.
 */
export async function pagePreview(actor: Actor, id: number): Promise<PageView | null> {
	authorize(actor, can.previewDrafts, 'side.forhandsvis', id);
	const [row] = await db.select().from(pages).where(eq(pages.id, id));
	// The preview shows the working copy's unpublished changes.
	const page = await withWorkingCopy('side', row ?? null);
	if (!page) return null;
	const [published, all] = await Promise.all([
		publishedPageRows(),
		db.select(menuColumns).from(pages)
	]);
	const shown = new Set(published.map((r) => r.id));
	const chain = ancestry(all, id).filter((r) => !shown.has(r.id));
	return viewOf(page, [...published, ...chain]);
}

/** Where an old path now lives (after a rename or move), if anywhere; counts the hit. */
export async function redirectFor(path: string): Promise<string | null> {
	const [row] = await db
		.update(redirects)
		.set({ hits: sql`${redirects.hits} + 1`, lastHitAt: now() })
		.where(eq(redirects.fromPath, path))
		.returning({ toPath: redirects.toPath });
	return row?.toPath ?? null;
}
