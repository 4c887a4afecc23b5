/**
 * The writers' desk on /admin (issue 14): my drafts and working copies, what waits for
 * approval, what was sent back to me, what is planned (publish, update, unpublish), what
 * changed last, and translations older than their bokmål version.
 */
import { and, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { db } from '../db/client';
import {
	contentReviews,
	contentTranslations,
	contentWorkingCopies,
	newsArticles,
	pages,
	resources
} from './schema';
import type { Actor } from '../accounts/actor';
import { authorize, can, isEditor } from '../accounts/permissions';
import { isStale, sourceItem } from './translations.admin';
import { EDITOR_BASE } from './review';

type Kind = 'side' | 'nyhet' | 'ressurs';

const KINDS: { type: Kind; table: typeof pages | typeof newsArticles | typeof resources }[] = [
	{ type: 'side', table: pages },
	{ type: 'nyhet', table: newsArticles },
	{ type: 'ressurs', table: resources }
];

export interface DeskItem {
	type: Kind;
	id: number;
	title: string;
	/** The editor's address (bokmål; the page localises it). */
	href: string;
	at: Date | null;
	by?: string;
	comment?: string;
	plan?: 'publish' | 'update' | 'unpublish';
	lang?: 'nn' | 'en';
}

const href = (type: Kind, id: number) => `${EDITOR_BASE[type]}/${id}`;
const RECENT = 10;

/** Rows of the three kinds whose (type, id) is among `keys`, as desk items. */
async function titled(
	keys: { type: string; id: number; at: Date | null; by?: string; comment?: string }[]
): Promise<DeskItem[]> {
	const out: DeskItem[] = [];
	for (const { type, table } of KINDS) {
		const ids = keys.filter((k) => k.type === type).map((k) => k.id);
		if (!ids.length) continue;
		const rows = await db
			.select({ id: table.id, title: table.title })
			.from(table)
			.where(inArray(table.id, ids));
		const title = new Map(rows.map((r) => [r.id, r.title]));
		for (const k of keys)
			if (k.type === type && title.has(k.id))
				out.push({ ...k, type, title: title.get(k.id)!, href: href(type, k.id) });
	}
	return out.sort((a, b) => (b.at?.getTime() ?? 0) - (a.at?.getTime() ?? 0));
}

/** Created by `userId`: the author of the item's first version. */
const ownedBy = (type: Kind, id: PgColumn, userId: number) =>
	sql`exists (select 1 from content_versions v where v.entity_type = ${type} and v.entity_id = ${id} and v.version = 1 and v.author_id = ${userId})`;

export async function editorDesk(actor: Actor) {
	authorize(actor, can.writeContent, 'innhold.skrivebord');
	// (Boolean: a plain alias of the type guard would narrow `actor` away below.)
	const editor = Boolean(isEditor(actor));

	const myDrafts: DeskItem[] = [];
	const scheduled: DeskItem[] = [];
	const recent: DeskItem[] = [];
	for (const { type, table } of KINDS) {
		const cols = { id: table.id, title: table.title, updatedAt: table.updatedAt };
		for (const r of await db
			.select(cols)
			.from(table)
			.where(and(eq(table.status, 'draft'), ownedBy(type, table.id, actor.id)))
			.orderBy(desc(table.updatedAt))
			.limit(50))
			myDrafts.push({ type, id: r.id, title: r.title, href: href(type, r.id), at: r.updatedAt });
		for (const r of await db
			.select({ ...cols, publishAt: table.publishAt, unpublishAt: table.unpublishAt })
			.from(table)
			.where(sql`${table.publishAt} is not null or ${table.unpublishAt} is not null`)
			.limit(50)) {
			if (r.publishAt)
				scheduled.push({
					type,
					id: r.id,
					title: r.title,
					href: href(type, r.id),
					at: r.publishAt,
					plan: 'publish'
				});
			if (r.unpublishAt)
				scheduled.push({
					type,
					id: r.id,
					title: r.title,
					href: href(type, r.id),
					at: r.unpublishAt,
					plan: 'unpublish'
				});
		}
		for (const r of await db.select(cols).from(table).orderBy(desc(table.updatedAt)).limit(RECENT))
			recent.push({ type, id: r.id, title: r.title, href: href(type, r.id), at: r.updatedAt });
	}

	const copies = await db.select().from(contentWorkingCopies);
	myDrafts.push(
		...(await titled(
			copies
				.filter((c) => c.authorId === actor.id)
				.map((c) => ({ type: c.entityType, id: c.entityId, at: c.updatedAt }))
		))
	);
	scheduled.push(
		...(
			await titled(
				copies
					.filter((c) => c.updateAt !== null)
					.map((c) => ({ type: c.entityType, id: c.entityId, at: c.updateAt }))
			)
		).map((i) => ({ ...i, plan: 'update' as const }))
	);

	const reviews = await db.select().from(contentReviews);
	const awaiting = await titled(
		reviews
			.filter((r) => r.state === 'venter' && (editor || r.submittedBy === actor.id))
			.map((r) => ({
				type: r.entityType,
				id: r.entityId,
				at: r.submittedAt,
				by: r.submittedByName
			}))
	);
	const sentBack = await titled(
		reviews
			.filter((r) => r.state === 'sendt-tilbake' && r.submittedBy === actor.id)
			.map((r) => ({
				type: r.entityType,
				id: r.entityId,
				at: r.reviewedAt,
				by: r.reviewedByName ?? '',
				comment: r.comment
			}))
	);

	return {
		myDrafts: myDrafts.sort((a, b) => (b.at?.getTime() ?? 0) - (a.at?.getTime() ?? 0)),
		awaiting,
		sentBack,
		scheduled: scheduled.sort((a, b) => (a.at?.getTime() ?? 0) - (b.at?.getTime() ?? 0)),
		recent: recent.sort((a, b) => (b.at?.getTime() ?? 0) - (a.at?.getTime() ?? 0)).slice(0, RECENT),
		staleTranslations: editor ? await staleTranslations() : []
	};
}

export type EditorDesk = Awaited<ReturnType<typeof editorDesk>>;

/** Nynorsk and English versions of pages, news and resources made from older bokmål text. */
async function staleTranslations(): Promise<DeskItem[]> {
	const rows = await db
		.select()
		.from(contentTranslations)
		.where(
			and(
				inArray(contentTranslations.kind, ['side', 'nyhet', 'ressurs']),
				isNotNull(contentTranslations.sourceUpdatedAt)
			)
		);
	const out: DeskItem[] = [];
	for (const row of rows) {
		const source = await sourceItem(db, row.kind, row.itemId);
		if (!source || !isStale(row, source)) continue;
		const type = row.kind as Kind;
		out.push({
			type,
			id: row.itemId,
			title: source.title,
			href: `/admin/oversettelser/${row.kind}/${row.itemId}/${row.lang}`,
			at: source.updatedAt,
			lang: row.lang
		});
	}
	return out.sort((a, b) => (b.at?.getTime() ?? 0) - (a.at?.getTime() ?? 0));
}
