/**
 * What an uploaded picture really is, read from its first bytes rather than its name or the
 * browser's claim. Only the formats browsers show everywhere are accepted.
 */
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;

export type PhotoMime = 'image/jpeg' | 'image/png' | 'image/webp';

export function sniffImage(bytes: Uint8Array): PhotoMime | null {
	const b = (i: number) => bytes[i];
	if (bytes.length >= 3 && b(0) === 0xff && b(1) === 0xd8 && b(2) === 0xff) return 'image/jpeg';
	if (
		bytes.length >= 8 &&
		[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((v, i) => b(i) === v)
	)
		return 'image/png';
	if (
		bytes.length >= 12 &&
		String.fromCharCode(...bytes.subarray(0, 4)) === 'RIFF' &&
		String.fromCharCode(...bytes.subarray(8, 12)) === 'WEBP'
	)
		return 'image/webp';
	return null;
}

export const PHOTO_EXTENSION: Record<PhotoMime, string> = {
	'image/jpeg': 'jpg',
	'image/png': 'png',
	'image/webp': 'webp'
};
