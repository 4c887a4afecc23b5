/**
 * The media library's images (/admin/bilder): upload (cleaned and resized, images.ts), list
 * with thumbnails, search by name or alt text, change the suggested alt text, replace the
 * file keeping its address, and where each image is used.
 */
import { and, count, desc, eq, ilike, or } from 'drizzle-orm';
import { db } from '../db/client';
import { mediaFiles, mediaImageVariants, mediaImages } from './schema';
import type { Actor } from '../accounts/actor';
import { authorize, can } from '../accounts/permissions';
import { recordAudit, storedText } from '../accounts/audit';
import { invalidatePublic } from '../cache/public-cache';
import { FieldError, NotFoundError } from '../errors';
import { now } from '../clock';
import { fileHref } from './files';
import { imageFileName } from './images';
import { variantsOf, viewOf } from './image-views';
import { fileUses } from './media.admin';
import { insertImage, insertVariants, prepareImage } from './image-store';
import type { ImageUse } from './image-uses';

/** Longest alt text, caption and credit. */
export const ALT_MAX = 300;

function cleanAlt(alt: string | null | undefined, field = 'alt', required = true): string {
	const text = (alt ?? '').replace(/\s+/g, ' ').trim();
	if (required && text === '') throw new FieldError(field, 'images.problems.altRequired');
	if (text.length > ALT_MAX)
		throw new FieldError(field, 'images.problems.tooLong', { max: String(ALT_MAX) });
	return text;
}

/** Uploads an image to the library with its alt text (required); returns its id. */
export async function uploadImage(actor: Actor, file: File, alt: string): Promise<number> {
	authorize(actor, can.editContent, 'bilde.last-opp');
	const text = cleanAlt(alt);
	const prepared = await prepareImage(file);
	return db.transaction((tx) => insertImage(tx, actor, prepared, text));
}

/** Changes the alt text suggested when the image is chosen (items keep their own). */
export async function updateImageAlt(actor: Actor, id: number, alt: string) {
	authorize(actor, can.editContent, 'bilde.alt', id);
	const text = cleanAlt(alt);
	await db.transaction(async (tx) => {
		const [row] = await tx
			.select({ alt: mediaImages.alt, name: mediaFiles.name })
			.from(mediaImages)
			.innerJoin(mediaFiles, eq(mediaFiles.id, mediaImages.fileId))
			.where(eq(mediaImages.fileId, id))
			.for('update');
		if (!row) throw new NotFoundError('images.problems.notFound');
		await tx
			.update(mediaImages)
			.set({ alt: text, updatedAt: now() })
			.where(eq(mediaImages.fileId, id));
		await recordAudit(tx, actor, {
			action: 'bilde.alt-endret',
			entityType: 'fil',
			entityId: id,
			summary: storedText('images.audit.altChanged', { name: row.name }),
			before: { alt: row.alt },
			after: { alt: text }
		});
	});
}

/**
 * Puts a new picture in place of an image, keeping its id and so its address (/filer/<id>/…
 * and every item that shows it); the copies get a new revision in their addresses.
 */
export async function replaceImage(actor: Actor, id: number, file: File) {
	authorize(actor, can.editContent, 'bilde.erstatt', id);
	const prepared = await prepareImage(file);
	await db.transaction(async (tx) => {
		const [row] = await tx
			.select({ name: mediaFiles.name, revision: mediaImages.revision })
			.from(mediaImages)
			.innerJoin(mediaFiles, eq(mediaFiles.id, mediaImages.fileId))
			.where(eq(mediaImages.fileId, id))
			.for('update');
		if (!row) throw new NotFoundError('images.problems.notFound');
		const { image } = prepared;
		// The same name, with the extension of what the new file is.
		const name = imageFileName(row.name, image.kind);
		await tx
			.update(mediaFiles)
			.set({
				name,
				mime: image.kind.mime,
				size: image.original.length,
				sha256: prepared.sha256,
				data: image.original
			})
			.where(eq(mediaFiles.id, id));
		await tx
			.update(mediaImages)
			.set({
				width: image.width,
				height: image.height,
				revision: row.revision + 1,
				updatedAt: now()
			})
			.where(eq(mediaImages.fileId, id));
		await tx.delete(mediaImageVariants).where(eq(mediaImageVariants.fileId, id));
		await insertVariants(tx, id, image);
		await recordAudit(tx, actor, {
			action: 'bilde.erstattet',
			entityType: 'fil',
			entityId: id,
			summary: storedText('images.audit.replaced', { name }),
			before: { name: row.name, revision: row.revision },
			after: { name, revision: row.revision + 1, width: image.width, height: image.height }
		});
	});
	invalidatePublic();
}

/** Where images are used: as an item's main image, or linked or shown in a text. */
async function allUses(ids: number[]): Promise<Map<number, ImageUse[]>> {
	return fileUses(ids);
}

/** Images per page of /admin/bilder. */
export const IMAGES_PAGE_SIZE = 24;

const imageSearch = (q: string | undefined) =>
	q ? or(ilike(mediaFiles.name, `%${q}%`), ilike(mediaImages.alt, `%${q}%`)) : undefined;

async function thumbsOf<R extends { id: number; alt: string }>(rows: R[]) {
	const { variants, revisions } = await variantsOf(rows.map((r) => r.id));
	return rows.map((r) => ({
		...r,
		thumb: viewOf(r.id, revisions.get(r.id) ?? 1, variants, {
			alt: '',
			caption: '',
			credit: '',
			focusX: 50,
			focusY: 50
		})
	}));
}

/** A page of images, newest first, searched by name and alt text, with thumbnails and uses. */
export async function listImages(actor: Actor, filter: { q?: string; page?: number } = {}) {
	authorize(actor, can.editContent, 'bilde.liste');
	const where = imageSearch(filter.q?.trim());
	const [{ total }] = await db
		.select({ total: count() })
		.from(mediaImages)
		.innerJoin(mediaFiles, eq(mediaFiles.id, mediaImages.fileId))
		.where(where);
	const pageCount = Math.max(1, Math.ceil(total / IMAGES_PAGE_SIZE));
	const page = Math.min(Math.max(1, filter.page ?? 1), pageCount);
	const rows = await db
		.select({
			id: mediaFiles.id,
			name: mediaFiles.name,
			size: mediaFiles.size,
			createdAt: mediaFiles.createdAt,
			alt: mediaImages.alt,
			width: mediaImages.width,
			height: mediaImages.height
		})
		.from(mediaImages)
		.innerJoin(mediaFiles, eq(mediaFiles.id, mediaImages.fileId))
		.where(where)
		.orderBy(desc(mediaFiles.createdAt), desc(mediaFiles.id))
		.limit(IMAGES_PAGE_SIZE)
		.offset((page - 1) * IMAGES_PAGE_SIZE);
	const uses = await allUses(rows.map((r) => r.id));
	const images = (await thumbsOf(rows)).map((r) => ({
		...r,
		href: fileHref(r.id, r.name),
		uses: uses.get(r.id) ?? []
	}));
	return { images, total, page, pages: pageCount };
}

/** One image of the library, with its uses. */
export async function getImage(actor: Actor, id: number) {
	authorize(actor, can.editContent, 'bilde.vis', id);
	const [row] = await db
		.select({
			id: mediaFiles.id,
			name: mediaFiles.name,
			size: mediaFiles.size,
			createdAt: mediaFiles.createdAt,
			alt: mediaImages.alt,
			width: mediaImages.width,
			height: mediaImages.height,
			revision: mediaImages.revision
		})
		.from(mediaImages)
		.innerJoin(mediaFiles, eq(mediaFiles.id, mediaImages.fileId))
		.where(eq(mediaImages.fileId, id));
	if (!row) return null;
	const [withThumb] = await thumbsOf([row]);
	return {
		...withThumb,
		href: fileHref(row.id, row.name),
		uses: (await allUses([id])).get(id) ?? []
	};
}

/** Images to choose from in an editor (newest first, or those matching `q`). */
export async function imageChoices(q = '', limit = 48) {
	const rows = await db
		.select({ id: mediaFiles.id, name: mediaFiles.name, alt: mediaImages.alt })
		.from(mediaImages)
		.innerJoin(mediaFiles, eq(mediaFiles.id, mediaImages.fileId))
		.where(and(imageSearch(q.trim() || undefined)))
		.orderBy(desc(mediaFiles.createdAt), desc(mediaFiles.id))
		.limit(limit);
	return thumbsOf(rows);
}
