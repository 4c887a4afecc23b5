/**
 * Reading images for the public pages: the copies of each image as an ImageView, and the main
 * image of one item or of a list of items (one query each).
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import { db } from '../db/client';
import { itemImages, mediaImageVariants, mediaImages, type ImageKind } from './schema';
import { VARIANT_EXT, VARIANT_MIME, type VariantFormat } from './images';
import type { ImageView } from '$lib/images/view';

/** The address of one copy: changes when the file is replaced, so it is cached for a year. */
export function variantHref(fileId: number, revision: number, width: number, format: string) {
	return `/bilder/${fileId}/${revision}/${width}.${VARIANT_EXT[format as VariantFormat] ?? format}`;
}

interface VariantRow {
	fileId: number;
	width: number;
	height: number;
	format: string;
}

/** The format an `/bilder/…/<width>.<ext>` address asks for. */
export function formatOfExt(ext: string): VariantFormat | null {
	const found = (Object.entries(VARIANT_EXT) as [VariantFormat, string][]).find(
		([, e]) => e === ext
	);
	return found ? found[0] : null;
}

type Shown = Pick<ImageView, 'alt' | 'caption' | 'credit' | 'focusX' | 'focusY'>;

/** An ImageView from an image's copies (null when it has none). */
export function viewOf(
	fileId: number,
	revision: number,
	variants: VariantRow[],
	shown: Shown
): ImageView | null {
	const mine = variants.filter((v) => v.fileId === fileId).sort((a, b) => a.width - b.width);
	const fallback = mine.filter((v) => v.format === 'jpeg' || v.format === 'png');
	if (fallback.length === 0) return null;
	const set = (list: VariantRow[]) =>
		list.map((v) => `${variantHref(fileId, revision, v.width, v.format)} ${v.width}w`).join(', ');
	const largest = fallback[fallback.length - 1];
	const sources = (['avif', 'webp'] as const)
		.map((format) => ({
			type: VARIANT_MIME[format],
			srcset: set(mine.filter((v) => v.format === format))
		}))
		.filter((s) => s.srcset !== '');
	return {
		fileId,
		src: variantHref(fileId, revision, largest.width, largest.format),
		width: largest.width,
		height: largest.height,
		srcset: set(fallback),
		sources,
		...shown
	};
}

/** The copies (without their bytes) and revision of some images. */
export async function variantsOf(fileIds: number[]) {
	if (fileIds.length === 0) return { variants: [], revisions: new Map<number, number>() };
	const variants = await db
		.select({
			fileId: mediaImageVariants.fileId,
			width: mediaImageVariants.width,
			height: mediaImageVariants.height,
			format: mediaImageVariants.format
		})
		.from(mediaImageVariants)
		.where(inArray(mediaImageVariants.fileId, fileIds))
		.orderBy(asc(mediaImageVariants.width));
	const revs = await db
		.select({ fileId: mediaImages.fileId, revision: mediaImages.revision })
		.from(mediaImages)
		.where(inArray(mediaImages.fileId, fileIds));
	return { variants, revisions: new Map(revs.map((r) => [r.fileId, r.revision])) };
}

/** The main images of some items of one kind, by item id. */
export async function itemImagesFor(
	kind: ImageKind,
	ids: number[]
): Promise<Map<number, ImageView>> {
	const out = new Map<number, ImageView>();
	if (ids.length === 0) return out;
	const rows = await db
		.select()
		.from(itemImages)
		.where(and(eq(itemImages.kind, kind), inArray(itemImages.itemId, ids)));
	const { variants, revisions } = await variantsOf([...new Set(rows.map((r) => r.fileId))]);
	for (const r of rows) {
		const view = viewOf(r.fileId, revisions.get(r.fileId) ?? 1, variants, {
			alt: r.decorative ? '' : r.alt,
			caption: r.caption,
			credit: r.credit,
			focusX: r.focusX,
			focusY: r.focusY
		});
		if (view) out.set(r.itemId, view);
	}
	return out;
}

/** The main image of one item (null when it has none). */
export async function itemImageFor(kind: ImageKind, id: number): Promise<ImageView | null> {
	return (await itemImagesFor(kind, [id])).get(id) ?? null;
}

/** Adds `image` (or null) to each row of a list, from the rows' `id`. */
export async function withImages<R extends { id: number }>(
	kind: ImageKind,
	rows: R[]
): Promise<(R & { image: ImageView | null })[]> {
	const images = await itemImagesFor(
		kind,
		rows.map((r) => r.id)
	);
	return rows.map((r) => ({ ...r, image: images.get(r.id) ?? null }));
}
