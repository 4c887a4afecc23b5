/**
 * The main image of a page, news item, resource, event or experience story: chosen from the
 * media library in the item's editor (its own form under the item's, ItemImagePanel.svelte),
 * with the item's own alt text (the library's is suggested, and used when left empty), or
 * marked decorative; a caption, a photo credit and a focal point.
 */
import { and, eq } from 'drizzle-orm';
import { db, type DbOrTx } from '../db/client';
import { itemImages, mediaImages, newsArticles, pages, resources, type ImageKind } from './schema';
import { events } from '../events/schema';
import { stories } from '../fremtidsbilde/schema';
import type { Actor } from '../accounts/actor';
import { authorize, can } from '../accounts/permissions';
import { recordAudit, storedText } from '../accounts/audit';
import { invalidatePublic } from '../cache/public-cache';
import { FieldError, NotFoundError } from '../errors';
import { now } from '../clock';
import { ALT_MAX, imageChoices } from './image-library.admin';
import { itemImageFor } from './image-views';

export interface ItemImageInput {
	fileId: number | null;
	alt: string;
	decorative: boolean;
	caption: string;
	credit: string;
	focusX: number | null;
	focusY: number | null;
}

const titleOf = {
	side: { table: pages, title: pages.title },
	nyhet: { table: newsArticles, title: newsArticles.title },
	ressurs: { table: resources, title: resources.title },
	erfaring: { table: stories, title: stories.title }
} as const;

/**
 * Locks the item (so it is not deleted meanwhile) and checks that the actor may change it:
 * editors for content, an event's organisers (its chapter's leaders) for an event.
 */
async function lockItem(tx: DbOrTx, actor: Actor, kind: ImageKind, id: number) {
	if (kind === 'arrangement') {
		const [row] = await tx
			.select({ title: events.title, chapterId: events.chapterId })
			.from(events)
			.where(eq(events.id, id))
			.for('share');
		if (!row) throw new NotFoundError('images.problems.itemNotFound');
		authorize(actor, (a) => can.manageEvent(a, row.chapterId), 'bilde.hovedbilde', id);
		return row.title;
	}
	authorize(actor, can.editContent, 'bilde.hovedbilde', id);
	const spec = titleOf[kind];
	const [row] = await tx
		.select({ title: spec.title })
		.from(spec.table)
		.where(eq(spec.table.id, id))
		.for('share');
	if (!row) throw new NotFoundError('images.problems.itemNotFound');
	return row.title;
}

/** Who may see the image panel of an item (the same who may change its image). */
async function mayEdit(actor: Actor, kind: ImageKind, id: number) {
	await lockItem(db, actor, kind, id);
}

/** What the image panel under an item's editor shows (null for an item not saved yet). */
export async function itemImagePanel(actor: Actor, kind: ImageKind, id: number | null, q = '') {
	if (id === null) return null;
	await mayEdit(actor, kind, id);
	const [row] = await db
		.select()
		.from(itemImages)
		.where(and(eq(itemImages.kind, kind), eq(itemImages.itemId, id)));
	const choices = await imageChoices(q);
	// The chosen image is always among the choices, also when it is older than those listed.
	if (row && !choices.some((c) => c.id === row.fileId)) {
		const view = await itemImageFor(kind, id);
		if (view) choices.unshift({ id: row.fileId, name: '', alt: row.alt, thumb: view });
	}
	return {
		kind,
		id,
		current: row
			? {
					fileId: row.fileId,
					alt: row.alt,
					decorative: row.decorative,
					caption: row.caption,
					credit: row.credit,
					focusX: row.focusX,
					focusY: row.focusY
				}
			: null,
		preview: row ? await itemImageFor(kind, id) : null,
		choices,
		q
	};
}

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

function percent(value: number | null, field: string) {
	if (value === null) return 50;
	if (!Number.isInteger(value) || value < 0 || value > 100)
		throw new FieldError(field, 'images.problems.focus');
	return value;
}

function limited(value: string, field: string) {
	const text = clean(value);
	if (text.length > ALT_MAX)
		throw new FieldError(field, 'images.problems.tooLong', { max: String(ALT_MAX) });
	return text;
}

/**
 * Sets (or changes) an item's main image. The alt text is required unless the image is
 * decorative; left empty, the library's alt text for the image is used.
 */
export async function setItemImage(
	actor: Actor,
	kind: ImageKind,
	id: number,
	input: ItemImageInput
) {
	if (input.fileId === null) throw new FieldError('fileId', 'images.problems.choose');
	const fileId = input.fileId;
	const caption = limited(input.caption, 'caption');
	const credit = limited(input.credit, 'credit');
	const focusX = percent(input.focusX, 'focusX');
	const focusY = percent(input.focusY, 'focusY');
	await db.transaction(async (tx) => {
		const title = await lockItem(tx, actor, kind, id);
		// The image stays until this transaction ends (it cannot be deleted meanwhile).
		const [image] = await tx
			.select({ alt: mediaImages.alt })
			.from(mediaImages)
			.where(eq(mediaImages.fileId, fileId))
			.for('share');
		if (!image) throw new FieldError('fileId', 'images.problems.choose');
		let alt = limited(input.alt, 'alt');
		if (input.decorative) alt = '';
		else if (alt === '') alt = image.alt;
		if (!input.decorative && alt === '') throw new FieldError('alt', 'images.problems.altRequired');
		const values = { alt, decorative: input.decorative, caption, credit, focusX, focusY };
		const [before] = await tx
			.select()
			.from(itemImages)
			.where(and(eq(itemImages.kind, kind), eq(itemImages.itemId, id)))
			.for('update');
		if (before)
			await tx
				.update(itemImages)
				.set({ fileId, ...values, updatedAt: now() })
				.where(eq(itemImages.id, before.id));
		else
			await tx.insert(itemImages).values({ kind, itemId: id, fileId, ...values, updatedAt: now() });
		await recordAudit(tx, actor, {
			action: 'bilde.hovedbilde-valgt',
			entityType: kind,
			entityId: id,
			summary: storedText('images.audit.mainImageSet', { title }),
			before: before ?? null,
			after: { fileId, ...values }
		});
	});
	invalidatePublic();
}

/** Takes an item's main image away (the image stays in the library). */
export async function removeItemImage(actor: Actor, kind: ImageKind, id: number) {
	await db.transaction(async (tx) => {
		const title = await lockItem(tx, actor, kind, id);
		const removed = await tx
			.delete(itemImages)
			.where(and(eq(itemImages.kind, kind), eq(itemImages.itemId, id)))
			.returning();
		if (removed.length === 0) return;
		await recordAudit(tx, actor, {
			action: 'bilde.hovedbilde-fjernet',
			entityType: kind,
			entityId: id,
			summary: storedText('images.audit.mainImageRemoved', { title }),
			before: removed[0]
		});
	});
	invalidatePublic();
}
