import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { MAX_IMAGE_PIXELS, processImage, variantWidths } from './images';
import { FieldError } from '../errors';

const photo = (width: number, height: number) =>
	sharp({ create: { width, height, channels: 3, background: { r: 200, g: 120, b: 40 } } });

/** A PNG whose header claims `width` × `height` pixels around a tiny picture (a decompression bomb's shape). */
async function claimedPng(width: number, height: number): Promise<Buffer> {
	const png = await sharp({
		create: { width: 1, height: 1, channels: 3, background: '#000' }
	})
		.png()
		.toBuffer();
	// IHDR starts at byte 8: length (4), "IHDR" (4), width (4), height (4), … then CRC over type + data.
	png.writeUInt32BE(width, 16);
	png.writeUInt32BE(height, 20);
	png.writeUInt32BE(crc32(png.subarray(12, 29)) >>> 0, 29);
	return png;
}

async function refusal(p: Promise<unknown>): Promise<FieldError> {
	try {
		await p;
	} catch (e) {
		if (e instanceof FieldError) return e;
		throw e;
	}
	throw new Error('expected a refusal');
}

describe('variant widths', () => {
	it('never enlarges, and ends at the original width or 1600', () => {
		expect(variantWidths(3000)).toEqual([480, 960, 1600]);
		expect(variantWidths(1200)).toEqual([480, 960, 1200]);
		expect(variantWidths(960)).toEqual([480, 960]);
		expect(variantWidths(300)).toEqual([300]);
	});
});

describe('processImage', () => {
	it('makes AVIF, WebP and JPEG copies at each width with the right heights', async () => {
		const jpeg = await photo(2000, 1000).jpeg().toBuffer();
		const out = await processImage(jpeg);
		expect(out.width).toBe(2000);
		expect(out.height).toBe(1000);
		expect(out.fallback).toBe('jpeg');
		const got = out.variants.map((v) => `${v.format}:${v.width}x${v.height}`).sort();
		expect(got).toEqual(
			[
				'avif:480x240',
				'avif:960x480',
				'avif:1600x800',
				'jpeg:480x240',
				'jpeg:960x480',
				'jpeg:1600x800',
				'webp:480x240',
				'webp:960x480',
				'webp:1600x800'
			].sort()
		);
		// The bytes are what they claim to be.
		for (const v of out.variants) {
			const meta = await sharp(v.data).metadata();
			expect(meta.width).toBe(v.width);
			expect(meta.height).toBe(v.height);
			expect(meta.format).toBe(v.format === 'avif' ? 'heif' : v.format);
		}
	});

	it('keeps transparency: the fallback of a PNG with alpha is PNG', async () => {
		const png = await sharp({
			create: { width: 800, height: 400, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } }
		})
			.png()
			.toBuffer();
		const out = await processImage(png);
		expect(out.fallback).toBe('png');
		expect(out.kind.mime).toBe('image/png');
		expect(out.variants.filter((v) => v.format === 'png').map((v) => v.width)).toEqual([480, 800]);
	});

	it('strips EXIF (GPS position, camera, copyright) from the original and every copy', async () => {
		const jpeg = await photo(1200, 900)
			.jpeg()
			.withExif({
				IFD0: { Copyright: 'Hemmelig Fotograf', Make: 'Kamera' },
				IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '59/1 54/1 0/1' }
			})
			.toBuffer();
		const before = await sharp(jpeg).metadata();
		expect(before.exif).toBeDefined();
		expect(jpeg.includes(Buffer.from('Hemmelig Fotograf'))).toBe(true);

		const out = await processImage(jpeg);
		for (const data of [out.original, ...out.variants.map((v) => v.data)]) {
			const meta = await sharp(data).metadata();
			expect(meta.exif).toBeUndefined();
			expect(meta.xmp).toBeUndefined();
			expect(data.includes(Buffer.from('Hemmelig Fotograf'))).toBe(false);
		}
	});

	it('turns a picture upright from its EXIF orientation', async () => {
		const jpeg = await photo(1000, 500).jpeg().withMetadata({ orientation: 6 }).toBuffer();
		const out = await processImage(jpeg);
		expect([out.width, out.height]).toEqual([500, 1000]);
	});

	it('refuses a decompression bomb from its header, before decoding', async () => {
		const bomb = await claimedPng(50_000, 50_000);
		expect(bomb.length).toBeLessThan(200);
		const e = await refusal(processImage(bomb));
		expect(e.key).toBe('images.problems.tooManyPixels');
		expect(e.field).toBe('fil');
		// Just over the limit is refused too; the limit itself is a real camera's size.
		const over = await claimedPng(8000, Math.ceil(MAX_IMAGE_PIXELS / 8000) + 1);
		expect((await refusal(processImage(over))).key).toBe('images.problems.tooManyPixels');
	});

	it('refuses what is not a raster image, judged by content: SVG, PDF, text named .png', async () => {
		const svg = Buffer.from(
			'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
		);
		expect((await refusal(processImage(svg))).key).toBe('problems.uploads.svg');
		expect((await refusal(processImage(Buffer.from('%PDF-1.7 …')))).key).toBe(
			'images.problems.notImage'
		);
		expect((await refusal(processImage(Buffer.from('bare tekst')))).key).toBe(
			'images.problems.notImage'
		);
	});

	it('refuses a file that starts like a PNG but is broken', async () => {
		const png = await photo(100, 100).png().toBuffer();
		const broken = Buffer.concat([png.subarray(0, 40), Buffer.alloc(40, 7)]);
		expect((await refusal(processImage(broken))).key).toBe('images.problems.unreadable');
	});
});
