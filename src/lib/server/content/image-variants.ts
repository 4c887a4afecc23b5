/** Serving the resized copies of images (/bilder/<id>/<revision>/<width>.<ext>). */
import { and, asc, eq } from 'drizzle-orm';
import { db } from '../db/client';
import { mediaImageVariants, mediaImages } from './schema';
import { VARIANT_MIME } from './images';
import { formatOfExt, variantHref } from './image-views';
import { matchesEtag } from './files';

export type VariantAnswer =
	| { status: 404 }
	| { status: 301; location: string }
	| { status: 200 | 304; headers: Record<string, string>; body: Buffer | null };

/** How to answer a request for one copy of an image. */
export async function answerVariantRequest(
	params: { id: string; rev: string; file: string },
	ifNoneMatch: string | null,
	withBody: boolean
): Promise<VariantAnswer> {
	const parsed = /^(\d{1,5})\.([a-z]{3,4})$/.exec(params.file);
	if (!/^\d{1,9}$/.test(params.id) || !/^\d{1,6}$/.test(params.rev) || !parsed)
		return { status: 404 };
	const fileId = Number(params.id);
	const width = Number(parsed[1]);
	const format = formatOfExt(parsed[2]);
	if (!format) return { status: 404 };
	const [image] = await db
		.select({ revision: mediaImages.revision })
		.from(mediaImages)
		.where(eq(mediaImages.fileId, fileId));
	if (!image) return { status: 404 };
	if (image.revision !== Number(params.rev)) {
		// The file was replaced: the nearest copy of the current picture in the same format.
		const copies = await db
			.select({ width: mediaImageVariants.width, format: mediaImageVariants.format })
			.from(mediaImageVariants)
			.where(eq(mediaImageVariants.fileId, fileId))
			.orderBy(asc(mediaImageVariants.width));
		const same = copies.filter((c) => c.format === format);
		const pick =
			same.find((c) => c.width >= width) ??
			same[same.length - 1] ??
			copies.find((c) => c.format === 'jpeg' || c.format === 'png');
		if (!pick) return { status: 404 };
		return {
			status: 301,
			location: variantHref(fileId, image.revision, pick.width, pick.format)
		};
	}
	const [meta] = await db
		.select({ size: mediaImageVariants.size, sha256: mediaImageVariants.sha256 })
		.from(mediaImageVariants)
		.where(
			and(
				eq(mediaImageVariants.fileId, fileId),
				eq(mediaImageVariants.width, width),
				eq(mediaImageVariants.format, format)
			)
		);
	if (!meta) return { status: 404 };
	const headers: Record<string, string> = {
		'content-type': VARIANT_MIME[format],
		'content-length': String(meta.size),
		etag: `"${meta.sha256}"`,
		'cache-control': 'public, max-age=31536000, immutable',
		'x-content-type-options': 'nosniff',
		'content-security-policy': "default-src 'none'; sandbox"
	};
	if (matchesEtag(ifNoneMatch, headers.etag)) {
		delete headers['content-length'];
		return { status: 304, headers, body: null };
	}
	if (!withBody) return { status: 200, headers, body: null };
	const [row] = await db
		.select({ data: mediaImageVariants.data })
		.from(mediaImageVariants)
		.where(
			and(
				eq(mediaImageVariants.fileId, fileId),
				eq(mediaImageVariants.width, width),
				eq(mediaImageVariants.format, format)
			)
		);
	return row ? { status: 200, headers, body: row.data } : { status: 404 };
}
