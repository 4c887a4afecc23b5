/** Where images are used as an item's main image (the media library and the Files page ask). */
import { inArray } from 'drizzle-orm';
import { db, type DbOrTx } from '../db/client';
import { itemImages, newsArticles, pages, resources, type ImageKind } from './schema';
import { events } from '../events/schema';
import { stories } from '../fremtidsbilde/schema';
import { m } from '$lib/i18n';

export type ImageUse = { label: string; href: string; title: string };

/** Where each kind's items are edited, and what they are called. */
const KIND_TABLES = {
	side: { table: pages, title: pages.title, href: 'sider', what: () => m.admin.files.usedPage },
	nyhet: {
		table: newsArticles,
		title: newsArticles.title,
		href: 'nyheter',
		what: () => m.admin.files.usedNews
	},
	ressurs: {
		table: resources,
		title: resources.title,
		href: 'ressurser',
		what: () => m.admin.files.usedResource
	},
	arrangement: {
		table: events,
		title: events.title,
		href: 'arrangementer',
		what: () => m.images.usedEvent
	},
	erfaring: {
		table: stories,
		title: stories.title,
		href: 'erfaringer',
		what: () => m.images.usedStory
	}
} as const;

/** The items that show these images as their main image. */
export async function mainImageUses(
	ids: number[],
	tx: DbOrTx = db
): Promise<Map<number, ImageUse[]>> {
	const uses = new Map<number, ImageUse[]>(ids.map((id) => [id, []]));
	if (ids.length === 0) return uses;
	const rows = await tx
		.select({ kind: itemImages.kind, itemId: itemImages.itemId, fileId: itemImages.fileId })
		.from(itemImages)
		.where(inArray(itemImages.fileId, ids));
	for (const kind of Object.keys(KIND_TABLES) as ImageKind[]) {
		const mine = rows.filter((r) => r.kind === kind);
		if (mine.length === 0) continue;
		const spec = KIND_TABLES[kind];
		const titles = await tx
			.select({ id: spec.table.id, title: spec.title })
			.from(spec.table)
			.where(
				inArray(
					spec.table.id,
					mine.map((r) => r.itemId)
				)
			);
		const titleOf = new Map(titles.map((t) => [t.id, t.title]));
		for (const r of mine) {
			const title = titleOf.get(r.itemId);
			if (title === undefined) continue;
			uses.get(r.fileId)?.push({
				label: `${spec.what()}: ${title}`,
				title,
				href: `/admin/${spec.href}/${r.itemId}`
			});
		}
	}
	return uses;
}
