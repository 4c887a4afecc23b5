/**
 * Pure rules for uploaded files: what a file is, judged from its bytes and never from its
 * name; what it may be called; and how it is served (headers, Content-Disposition, ETag).
 * Nothing here touches the database, so every rule is unit-tested on its own.
 */

import { formatNumber, message, type MessageKey, type MessageValues } from '$lib/i18n';
import type { Reason } from '../errors';

/** The largest file the desk accepts (the server's body limit leaves room for the form around it). */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

export interface FileKind {
	mime: string;
	/** The usual extension, added when a name has none. */
	ext: string;
	/** Other extensions that name the same kind. */
	aliases: string[];
	/** What the kind is called, in the language answering (from `labelKey` when it has one). */
	readonly label: string;
	/** The catalogue key of a kind whose name is translated ('Tekst'); others keep their name. */
	labelKey?: MessageKey;
	/** Shown in the browser (PDF, images) rather than downloaded. */
	inline: boolean;
}

const kind = (
	mime: string,
	ext: string,
	name: string | { key: MessageKey },
	inline = false,
	aliases: string[] = []
): FileKind => ({
	mime,
	ext,
	inline,
	aliases,
	labelKey: typeof name === 'string' ? undefined : name.key,
	get label() {
		return typeof name === 'string' ? name : message(name.key);
	}
});

export const FILE_KINDS = {
	pdf: kind('application/pdf', 'pdf', 'PDF', true),
	png: kind('image/png', 'png', 'PNG', true),
	jpeg: kind('image/jpeg', 'jpg', 'JPEG', true, ['jpeg', 'jpe']),
	gif: kind('image/gif', 'gif', 'GIF', true),
	webp: kind('image/webp', 'webp', 'WebP', true),
	docx: kind(
		'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
		'docx',
		'Word'
	),
	xlsx: kind('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx', 'Excel'),
	pptx: kind(
		'application/vnd.openxmlformats-officedocument.presentationml.presentation',
		'pptx',
		'PowerPoint'
	),
	csv: kind('text/csv', 'csv', 'CSV'),
	text: kind('text/plain', 'txt', { key: 'admin.files.kindText' }, false, ['text', 'md'])
} as const;

export type FileKindKey = keyof typeof FILE_KINDS;

/** Why a file is refused: a catalogue key (problems.uploads) and its values. */
export type Refusal = Reason;

export type SniffResult = { ok: true; kind: FileKind } | { ok: false; reason: Refusal };

const refuse = (key: MessageKey, values?: MessageValues): SniffResult => ({
	ok: false,
	reason: { key, values }
});

function startsWith(bytes: Uint8Array, signature: number[], at = 0): boolean {
	if (bytes.length < at + signature.length) return false;
	return signature.every((b, i) => bytes[at + i] === b);
}

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** Names of the entries in a zip archive, read from its central directory; null if it is not a readable zip. */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	// The end-of-central-directory record sits in the last 22 + up to 65 535 (comment) bytes.
	const stop = Math.max(0, bytes.length - 22 - 0xffff);
	let eocd = -1;
	for (let i = bytes.length - 22; i >= stop; i--) {
		if (view.getUint32(i, true) === 0x06054b50) {
			eocd = i;
			break;
		}
	}
	if (eocd < 0) return null;
	const count = view.getUint16(eocd + 10, true);
	let offset = view.getUint32(eocd + 16, true);
	const names: string[] = [];
	const decoder = new TextDecoder();
	for (let n = 0; n < count; n++) {
		if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) return null;
		const nameLength = view.getUint16(offset + 28, true);
		const extraLength = view.getUint16(offset + 30, true);
		const commentLength = view.getUint16(offset + 32, true);
		if (offset + 46 + nameLength > bytes.length) return null;
		names.push(decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)));
		offset += 46 + nameLength + extraLength + commentLength;
	}
	return names;
}

function officeKind(bytes: Uint8Array): SniffResult {
	const names = zipEntryNames(bytes);
	if (!names || !names.includes('[Content_Types].xml')) return refuse('problems.uploads.zip');
	if (names.some((n) => n.startsWith('word/'))) return { ok: true, kind: FILE_KINDS.docx };
	if (names.some((n) => n.startsWith('xl/'))) return { ok: true, kind: FILE_KINDS.xlsx };
	if (names.some((n) => n.startsWith('ppt/'))) return { ok: true, kind: FILE_KINDS.pptx };
	return refuse('problems.uploads.office');
}

const MARKUP_START = /^\s*<(\?xml|!doctype|!--|[a-z][a-z0-9-]*[\s/>])/i;
const DANGEROUS_TAG = /<(script|iframe|object|embed|html|body|svg|meta|link|style|form)\b/i;

function textKind(bytes: Uint8Array, name: string): SniffResult {
	if (bytes.includes(0)) return refuse('problems.uploads.notAllowed');
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return refuse('problems.uploads.notUtf8');
	}
	if (/<svg\b/i.test(text)) return refuse('problems.uploads.svg');
	if (MARKUP_START.test(text.replace(/^\uFEFF/, '')) || DANGEROUS_TAG.test(text))
		return refuse('problems.uploads.html');
	return { ok: true, kind: extensionOf(name) === 'csv' ? FILE_KINDS.csv : FILE_KINDS.text };
}

/** What the bytes are. The name only chooses between plain text and CSV. */
export function sniffContent(bytes: Uint8Array, name = ''): SniffResult {
	if (bytes.length === 0) return refuse('problems.uploads.empty');
	if (startsWith(bytes, ascii('%PDF-'))) return { ok: true, kind: FILE_KINDS.pdf };
	if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
		return { ok: true, kind: FILE_KINDS.png };
	if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { ok: true, kind: FILE_KINDS.jpeg };
	if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a')))
		return { ok: true, kind: FILE_KINDS.gif };
	if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8))
		return { ok: true, kind: FILE_KINDS.webp };
	if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return officeKind(bytes);
	return textKind(bytes, name);
}

export function extensionOf(name: string): string {
	const m = /\.([a-z0-9]{1,8})$/i.exec(name);
	return m ? m[1].toLowerCase() : '';
}

function kindOfExtension(ext: string): FileKind | null {
	return Object.values(FILE_KINDS).find((k) => k.ext === ext || k.aliases.includes(ext)) ?? null;
}

/** A file name safe to store and show: no folders, no control characters, at most 150 characters. */
export function cleanFileName(name: string): string {
	const base = name.normalize('NFC').split(/[/\\]/).pop() ?? '';
	return (
		base
			// eslint-disable-next-line no-control-regex
			.replace(/[\u0000-\u001f\u007f"<>|*?:]/g, '')
			.replace(/\s+/g, ' ')
			.trim()
			.replace(/^\.+/, '')
	);
}

function shorten(name: string, max = 150): string {
	if (name.length <= max) return name;
	const ext = extensionOf(name);
	const stem = name.slice(0, name.length - (ext ? ext.length + 1 : 0));
	return ext ? `${stem.slice(0, max - ext.length - 1)}.${ext}` : stem.slice(0, max);
}

export type UploadCheck =
	{ ok: true; kind: FileKind; name: string } | { ok: false; reason: Refusal };

/**
 * Decides whether an upload is accepted: size, type from the content, and a name that does
 * not claim to be something else (a web page called rapport.pdf is refused).
 */
export function checkUpload(bytes: Uint8Array, originalName: string): UploadCheck {
	if (bytes.length > MAX_UPLOAD_BYTES)
		return {
			ok: false,
			reason: { key: 'problems.content.fileTooLarge', values: { size: megabytes(bytes.length) } }
		};
	const sniffed = sniffContent(bytes, originalName);
	if (!sniffed.ok) return sniffed;
	let name = cleanFileName(originalName);
	const ext = extensionOf(name);
	const claimed = ext ? kindOfExtension(ext) : null;
	const textual = (k: FileKind) => k.mime.startsWith('text/');
	if (claimed && claimed.mime !== sniffed.kind.mime && !(textual(claimed) && textual(sniffed.kind)))
		return {
			ok: false,
			reason: {
				key: 'problems.uploads.mismatch',
				values: { name, claimed: claimed.label, sniffed: sniffed.kind.label }
			}
		};
	if (!claimed) name = `${name || 'fil'}.${sniffed.kind.ext}`;
	return { ok: true, kind: sniffed.kind, name: shorten(name) };
}

export function megabytes(bytes: number): string {
	const mb = Math.round((bytes / (1024 * 1024)) * 10) / 10;
	return `${formatNumber(mb, Number.isInteger(mb) ? 0 : 1)} MB`;
}

/** Size for people: 12 kB, 3,4 MB. */
export function formatFileSize(bytes: number): string {
	if (bytes >= 1024 * 1024) return megabytes(bytes);
	return `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} kB`;
}

// ——— Serving ———

/** RFC 5987 encoding of a header parameter value (UTF-8, percent-encoded). */
export function rfc5987(value: string): string {
	return encodeURIComponent(value).replace(
		/['()*]/g,
		(c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
	);
}

/** `inline` for PDF and images, `attachment` for the rest, with an ASCII fallback name and the real one. */
export function contentDisposition(mime: string, name: string): string {
	const inline = mime === 'application/pdf' || mime.startsWith('image/');
	const fallback =
		name
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.replace(/[^\x20-\x7e]/g, '_')
			.replace(/["\\%;]/g, '_') || 'fil';
	return `${inline ? 'inline' : 'attachment'}; filename="${fallback}"; filename*=UTF-8''${rfc5987(name)}`;
}

/** The canonical public address of a stored file. */
export function fileHref(id: number, name: string): string {
	return `/filer/${id}/${encodeURIComponent(name)}`;
}

/** True when the browser's copy (If-None-Match) is the stored one. */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
	if (!ifNoneMatch) return false;
	return ifNoneMatch
		.split(',')
		.map((t) => t.trim().replace(/^W\//, ''))
		.some((t) => t === '*' || t === etag);
}

export interface StoredFileMeta {
	id: number;
	name: string;
	mime: string;
	size: number;
	sha256: string;
}

/** Headers a stored file is served with: never HTML, never sniffed, sandboxed, cached for a year. */
export function fileHeaders(meta: StoredFileMeta): Record<string, string> {
	const type = meta.mime.startsWith('text/') ? `${meta.mime}; charset=utf-8` : meta.mime;
	return {
		'content-type': type,
		'content-length': String(meta.size),
		etag: `"${meta.sha256}"`,
		'cache-control': 'public, max-age=31536000, immutable',
		'content-disposition': contentDisposition(meta.mime, meta.name),
		'x-content-type-options': 'nosniff',
		'content-security-policy': "default-src 'none'; sandbox"
	};
}

export type FileAnswer =
	| { status: 404 }
	| { status: 301; location: string }
	| { status: 304; headers: Record<string, string> }
	| { status: 200; headers: Record<string, string> };

/** How to answer a request for `/filer/<id>/<name>` (the body is added by the route for 200 GETs). */
export function answerFileRequest(
	meta: StoredFileMeta | null,
	requestedName: string | undefined,
	ifNoneMatch: string | null
): FileAnswer {
	if (!meta) return { status: 404 };
	if (requestedName !== meta.name) return { status: 301, location: fileHref(meta.id, meta.name) };
	const headers = fileHeaders(meta);
	if (matchesEtag(ifNoneMatch, headers.etag)) {
		const rest: Record<string, string> = { ...headers };
		delete rest['content-length'];
		return { status: 304, headers: rest };
	}
	return { status: 200, headers };
}
