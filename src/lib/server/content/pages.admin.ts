/**
 * The editorial desk's page tree: list, create, edit, move (reorder among siblings and change
 * parent), publish, delete, restore. A page's `path` follows its ancestors' slugs; when a slug
 * or parent changes, the page and every page below it get new paths in the same transaction,
 * and each old path answers 301 to its new one.
 */
import { and, count, eq, isNull, ne } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import { pages } from './schema';
import type { Actor } from '../accounts/actor';
import { authorize, can } from '../accounts/permissions';
import { recordAudit, storedText } from '../accounts/audit';
import { InvalidError, FieldError } from '../errors';
import { slugify } from './slug';
import { withWorkingCopy } from './working-copy';
import { menuColumns, type MenuRow } from './pages.service';
import { buildTree, flatten, wouldCycle, type TreeNode, type TreeRow } from './tree';
import {
	applyIntent,
	assertAltTexts,
	claimPath,
	deleteEditable,
	freeSlug,
	moveEditable,
	namedLock,
	nextPosition,
	recordMove,
	restoreEditable,
	saveEditable,
	scheduleFrom,
	snapNullable,
	snapText,
	type Direction,
	type EditableSpec,
	type PublishIntent
} from './editing';
import type { PageInput } from '$lib/forms/content';
import { seoFromSnapshot, seoToForm, seoValues } from './seo';

export type PageRow = typeof pages.$inferSelect;

export const FRONT_PATH = '/';

/**
 * First path segments the website's own routes answer; a top-level page may not take them.
 * Features that add a top-level route add its segment here.
 */
/**
 * The first path segments the app's own routes use (from the route files, so a new feature's
 * address is reserved the day it is added): a top-level page may not take one of them.
 */
export const RESERVED_TOP_SLUGS = new Set(
	Object.keys(import.meta.glob('/src/routes/**/+{page.svelte,server.ts}'))
		.map(
			(file) =>
				file
					.replace(/^\/src\/routes\//, '')
					.split('/')
					.filter((segment) => !/^\(.*\)$/.test(segment))[0]
		)
		.filter((segment): segment is string => Boolean(segment) && !/^[[+]/.test(segment))
);

const PAGES: EditableSpec<typeof pages> = {
	table: pages,
	type: 'side',
	name: (row) => row.title,
	// Changes to the tree's shape (parents, slugs, order) run one at a time, so paths never race.
	lock: namedLock('content.pages.tree')
};

const listColumns = {
	...menuColumns,
	status: pages.status,
	publishAt: pages.publishAt,
	publishedAt: pages.publishedAt,
	version: pages.version
};
export type PageListRow = MenuRow & {
	status: 'draft' | 'published';
	publishAt: Date | null;
	publishedAt: Date | null;
	version: number;
};

/** The front page, the tree below the top level, and (when filtered) the matching pages. */
export async function listPagesAdmin(actor: Actor, filter: { q?: string; status?: string } = {}) {
	authorize(actor, can.writeContent, 'side.liste');
	const rows: PageListRow[] = await db.select(listColumns).from(pages);
	const front = rows.find((r) => r.path === FRONT_PATH) ?? null;
	const tree = buildTree(rows.filter((r) => r.path !== FRONT_PATH));
	const q = filter.q?.trim().toLowerCase() ?? '';
	const status = filter.status === 'draft' || filter.status === 'published' ? filter.status : '';
	const filtered = Boolean(q || status);
	const matches = filtered
		? rows
				.filter(
					(r) =>
						(!q ||
							r.title.toLowerCase().includes(q) ||
							(r.menuTitle ?? '').toLowerCase().includes(q) ||
							r.path.includes(q)) &&
						(!status || r.status === status)
				)
				.sort((a, b) => a.path.localeCompare(b.path, 'nb'))
		: [];
	return { front, tree, filtered, matches };
}

export async function getPage(actor: Actor, id: number): Promise<PageRow | null> {
	authorize(actor, can.writeContent, 'side.les', id);
	const [row] = await db.select().from(pages).where(eq(pages.id, id));
	// The editors' view: with the working copy's unpublished changes.
	return withWorkingCopy('side', row ?? null);
}

export async function childCount(id: number): Promise<number> {
	const [{ n }] = await db.select({ n: count() }).from(pages).where(eq(pages.parentId, id));
	return n;
}

export function pageToForm(
	row: PageRow | null,
	parentId: number | null = null
): Partial<PageInput> {
	if (!row)
		return {
			version: 0,
			parentId: parentId === null ? '' : String(parentId),
			showInMenu: true,
			listing: '',
			intent: 'lagre'
		};
	return {
		title: row.title,
		menuTitle: row.menuTitle ?? '',
		slug: row.slug,
		parentId: row.parentId === null ? '' : String(row.parentId),
		lead: row.lead,
		body: row.body,
		showInMenu: row.showInMenu,
		linkUrl: row.linkUrl ?? '',
		listing: row.listing ?? '',
		...seoToForm(row),
		version: row.version,
		publishAt: '',
		intent: 'lagre'
	};
}

/**
 * Pages that can be the parent of page `id` (all for a new page): never the page itself or a
 * page below it, and never the front page. In tree order, with depth for indentation.
 */
export async function parentOptions(actor: Actor, id: number | null) {
	authorize(actor, can.writeContent, 'side.foreldre', id);
	const rows = await db.select(listColumns).from(pages);
	return flatten(buildTree(rows.filter((r) => r.path !== FRONT_PATH)))
		.filter((r) => id === null || !wouldCycle(rows, id, r.id))
		.map((r) => ({ id: r.id, title: r.title, path: r.path, depth: r.depth }));
}

const siblingsOf = (parentId: number | null) =>
	and(
		parentId === null ? isNull(pages.parentId) : eq(pages.parentId, parentId),
		ne(pages.path, FRONT_PATH)
	);

/** The parent chosen in the form, checked against the tree; null is the top level. */
function chosenParent(
	rows: (TreeRow & { path: string })[],
	raw: string,
	id: number | null
): { id: number; path: string } | null {
	if (raw === '') return null;
	const parent = rows.find((r) => r.id === Number(raw));
	if (!parent || parent.path === FRONT_PATH)
		throw new FieldError('parentId', 'problems.content.parentChoose');
	if (id !== null && wouldCycle(rows, id, parent.id))
		throw new FieldError('parentId', 'problems.content.parentCycle');
	return parent;
}

/** Paths of `rootId` and every page below it, recomputed from the slugs; old paths redirect. */
async function repath(tx: Tx, rootId: number): Promise<{ from: string; to: string }[]> {
	const rows = await tx
		.select({ id: pages.id, parentId: pages.parentId, slug: pages.slug, path: pages.path })
		.from(pages);
	const byId = new Map(rows.map((r) => [r.id, r]));
	const children = new Map<number, typeof rows>();
	for (const r of rows)
		if (r.parentId !== null) children.set(r.parentId, [...(children.get(r.parentId) ?? []), r]);
	const moves: { from: string; to: string }[] = [];
	const visit = async (id: number, parentPath: string) => {
		const row = byId.get(id)!;
		const path = `${parentPath === '/' ? '' : parentPath}/${row.slug}`;
		if (path !== row.path) {
			await tx.update(pages).set({ path }).where(eq(pages.id, id));
			await recordMove(tx, row.path, path);
			moves.push({ from: row.path, to: path });
		}
		for (const child of children.get(id) ?? []) await visit(child.id, path);
	};
	const root = byId.get(rootId)!;
	const parent = root.parentId === null ? null : byId.get(root.parentId);
	await visit(rootId, parent?.path ?? '/');
	return moves;
}

/** Creates (id null) or updates a page; returns its id. */
export async function savePage(actor: Actor, id: number | null, input: PageInput): Promise<number> {
	authorize(actor, can.writeContent, 'side.lagre', id);
	assertAltTexts(input.body, 'body');
	const scheduleAt = scheduleFrom(input.publishAt);
	const intent = input.intent as PublishIntent;
	const fields = {
		title: input.title,
		menuTitle: input.menuTitle || null,
		lead: input.lead,
		body: input.body,
		showInMenu: input.showInMenu,
		linkUrl: input.linkUrl || null,
		listing: input.listing || null,
		...seoValues(input)
	};
	return saveEditable(actor, PAGES, id, {
		version: input.version,
		scheduleAt,
		intent,
		values: async (tx, before, at) => {
			const publish = applyIntent(before, intent, scheduleAt, at);
			// The front page keeps its place, and menus and lists do not apply to it.
			if (before?.path === FRONT_PATH)
				return { title: fields.title, lead: fields.lead, body: fields.body, ...publish };
			const rows = await tx
				.select({
					id: pages.id,
					parentId: pages.parentId,
					path: pages.path,
					title: pages.title,
					position: pages.position,
					slug: pages.slug
				})
				.from(pages);
			const parent = chosenParent(rows, input.parentId, id);
			const parentId = parent?.id ?? null;
			const sameParent = before !== null && before.parentId === parentId;
			const wanted = input.slug || before?.slug || slugify(input.title);
			if (parentId === null && RESERVED_TOP_SLUGS.has(wanted))
				throw new FieldError(input.slug ? 'slug' : 'title', 'problems.content.slugReserved', {
					slug: wanted
				});
			const slug =
				sameParent && wanted === before.slug
					? before.slug
					: await freeSlug(tx, pages, pages.slug, pages.id, wanted, id, siblingsOf(parentId));
			const position = sameParent
				? before.position
				: await nextPosition(tx, pages, pages.position, siblingsOf(parentId));
			const path = `${parent ? parent.path : ''}/${slug}`;
			// A new page takes its path at once; a moved one gets it (with its sub-pages) in `after`.
			return before === null
				? { ...fields, ...publish, parentId, slug, position, path }
				: { ...fields, ...publish, parentId, slug, position };
		},
		after: async (tx, before, row) => {
			if (before === null) {
				await claimPath(tx, row.path);
				return;
			}
			if (row.slug === before.slug && row.parentId === before.parentId) return;
			const moves = await repath(tx, row.id);
			if (moves.length > 1)
				await recordAudit(tx, actor, {
					action: 'side.adresser-endret',
					entityType: 'side',
					entityId: row.id,
					summary: storedText('admin.auditLog.pageMoved', {
						title: row.title,
						count: moves.length - 1
					}),
					before: moves.map((m) => m.from),
					after: moves.map((m) => m.to)
				});
			const [after] = await tx.select().from(pages).where(eq(pages.id, row.id));
			return after;
		}
	});
}

/** Moves a page one step up or down among its siblings. The front page stays first. */
export async function movePage(actor: Actor, id: number, direction: Direction): Promise<boolean> {
	authorize(actor, can.editContent, 'side.flytt', id);
	return moveEditable(actor, PAGES, id, direction, async (tx, row) => {
		if (row.path === FRONT_PATH) throw new InvalidError('problems.content.frontMove');
		const siblings = await tx
			.select({ id: pages.id, position: pages.position, title: pages.title })
			.from(pages)
			.where(siblingsOf(row.parentId))
			.for('update');
		// The order the tree shows (tree.ts buildTree): position, then title.
		return siblings.sort((a, b) => a.position - b.position || a.title.localeCompare(b.title, 'nb'));
	});
}

export async function deletePage(actor: Actor, id: number, version: number) {
	authorize(actor, can.editContent, 'side.slett', id);
	await deleteEditable(actor, PAGES, id, version, async (tx, row) => {
		if (row.path === FRONT_PATH) throw new InvalidError('problems.content.frontDelete');
		const [{ n }] = await tx.select({ n: count() }).from(pages).where(eq(pages.parentId, id));
		if (n > 0)
			throw new InvalidError(
				n === 1 ? 'problems.content.childrenOne' : 'problems.content.childrenMany',
				{ count: n }
			);
	});
}

/** Brings back an earlier version's content as a new version (address, place and status stay). */
export async function restorePage(actor: Actor, id: number, version: number) {
	authorize(actor, can.editContent, 'side.gjenopprett', id);
	await restoreEditable(actor, PAGES, id, version, (d, before) => ({
		title: snapText(d, 'title', before.title),
		menuTitle: snapNullable(d, 'menuTitle'),
		lead: snapText(d, 'lead'),
		body: snapText(d, 'body'),
		showInMenu: typeof d.showInMenu === 'boolean' ? d.showInMenu : before.showInMenu,
		linkUrl: snapNullable(d, 'linkUrl'),
		listing: snapNullable(d, 'listing'),
		...seoFromSnapshot(d)
	}));
}

export type AdminTreeNode = TreeNode<PageListRow>;
