/**
 * Uploaded images made safe and responsive with sharp: the type judged from the bytes (PNG,
 * JPEG, GIF, WebP; SVG is refused by files.ts), the pixel count checked from the header before
 * anything is decoded (a small file can unpack to gigabytes), the picture turned upright and
 * written anew without its metadata (EXIF, GPS, XMP, comments), and copies made at a few
 * widths in AVIF, WebP and JPEG (PNG when the picture has transparency). Nothing here touches
 * the database.
 */
import { createHash } from 'node:crypto';
import sharp, { type Metadata, type Sharp } from 'sharp';
import { sniffContent, FILE_KINDS, type FileKind } from './files';
import { FieldError } from '../errors';

/** The widths the copies are made at (never wider than the original). */
export const IMAGE_WIDTHS = [480, 960, 1600] as const;

/** The most pixels an upload may have (40 megapixels: a large camera's photo, not a bomb). */
export const MAX_IMAGE_PIXELS = 40_000_000;

/** The longest side accepted. */
export const MAX_IMAGE_SIDE = 12_000;

export type VariantFormat = 'avif' | 'webp' | 'jpeg' | 'png';

export const VARIANT_MIME: Record<VariantFormat, string> = {
	avif: 'image/avif',
	webp: 'image/webp',
	jpeg: 'image/jpeg',
	png: 'image/png'
};

export const VARIANT_EXT: Record<VariantFormat, string> = {
	avif: 'avif',
	webp: 'webp',
	jpeg: 'jpg',
	png: 'png'
};

export interface ImageVariant {
	width: number;
	height: number;
	format: VariantFormat;
	data: Buffer;
	sha256: string;
}

export interface ProcessedImage {
	/** The cleaned original: full size, upright, no metadata. */
	original: Buffer;
	kind: FileKind;
	width: number;
	height: number;
	/** The fallback format of the copies (JPEG, or PNG for pictures with transparency). */
	fallback: 'jpeg' | 'png';
	variants: ImageVariant[];
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

const IMAGE_KINDS: FileKind[] = [FILE_KINDS.png, FILE_KINDS.jpeg, FILE_KINDS.gif, FILE_KINDS.webp];

/** True when the bytes are an image this module can take (by content, never by name). */
export function isImageBytes(bytes: Uint8Array): boolean {
	const sniffed = sniffContent(bytes);
	return sniffed.ok && IMAGE_KINDS.includes(sniffed.kind);
}

/** The widths copies are made at for an original `width` pixels wide. */
export function variantWidths(width: number): number[] {
	const widths: number[] = IMAGE_WIDTHS.filter((w) => w < width);
	const largest = Math.min(width, IMAGE_WIDTHS[IMAGE_WIDTHS.length - 1]);
	if (!widths.includes(largest)) widths.push(largest);
	return widths;
}

/**
 * Checks and cleans an uploaded image and makes its copies. Throws a FieldError (beside
 * `field`) when the bytes are not an image we take, or have too many pixels.
 */
export async function processImage(bytes: Buffer, field = 'fil'): Promise<ProcessedImage> {
	const sniffed = sniffContent(bytes);
	if (!sniffed.ok) throw new FieldError(field, sniffed.reason.key, sniffed.reason.values);
	if (!IMAGE_KINDS.includes(sniffed.kind)) throw new FieldError(field, 'images.problems.notImage');
	const input = { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error' as const };
	let meta: Metadata;
	try {
		// Reads the header only: nothing is decoded yet (the pixel count is checked below, with
		// its own message; decoding further down is limited by `limitInputPixels` as well).
		meta = await sharp(bytes, { limitInputPixels: false }).metadata();
	} catch {
		throw new FieldError(field, 'images.problems.unreadable');
	}
	const w = meta.width ?? 0;
	const h = meta.pageHeight ?? meta.height ?? 0;
	if (w < 1 || h < 1) throw new FieldError(field, 'images.problems.unreadable');
	if (w * h > MAX_IMAGE_PIXELS || w > MAX_IMAGE_SIDE || h > MAX_IMAGE_SIDE)
		throw new FieldError(field, 'images.problems.tooManyPixels', {
			max: String(MAX_IMAGE_PIXELS / 1_000_000)
		});
	const alpha = Boolean(meta.hasAlpha);
	try {
		// Upright (EXIF orientation applied), first frame of an animation, metadata left out
		// (sharp writes none unless asked to keep it).
		const upright = sharp(bytes, input).rotate();
		const fallback: 'jpeg' | 'png' = alpha ? 'png' : 'jpeg';
		let kind: FileKind;
		let cleaned: Sharp;
		if (sniffed.kind === FILE_KINDS.jpeg) {
			kind = FILE_KINDS.jpeg;
			cleaned = upright.clone().jpeg({ quality: 90, mozjpeg: true });
		} else if (sniffed.kind === FILE_KINDS.webp) {
			kind = FILE_KINDS.webp;
			cleaned = upright.clone().webp({ quality: 90 });
		} else {
			// PNG stays PNG; a GIF's first frame becomes a PNG.
			kind = FILE_KINDS.png;
			cleaned = upright.clone().png();
		}
		const { data: original, info } = await cleaned.toBuffer({ resolveWithObject: true });
		const variants: ImageVariant[] = [];
		for (const width of variantWidths(info.width)) {
			const resized = sharp(original, input).resize({ width, withoutEnlargement: true });
			const outputs: [VariantFormat, Sharp][] = [
				['avif', resized.clone().avif({ quality: 50, effort: 1 })],
				['webp', resized.clone().webp({ quality: 78 })],
				[
					fallback,
					fallback === 'png'
						? resized.clone().png({ compressionLevel: 9 })
						: resized.clone().jpeg({ quality: 80, progressive: true })
				]
			];
			for (const [format, pipeline] of outputs) {
				const out = await pipeline.toBuffer({ resolveWithObject: true });
				variants.push({
					width: out.info.width,
					height: out.info.height,
					format,
					data: out.data,
					sha256: sha256(out.data)
				});
			}
		}
		return { original, kind, width: info.width, height: info.height, fallback, variants };
	} catch (e) {
		if (e instanceof FieldError) throw e;
		throw new FieldError(field, 'images.problems.unreadable');
	}
}

/** The file name of a cleaned image: the uploaded name with the extension of what it now is. */
export function imageFileName(name: string, kind: FileKind): string {
	const stem = name.replace(/\.[a-z0-9]{1,8}$/i, '') || 'bilde';
	return `${stem}.${kind.ext}`;
}
