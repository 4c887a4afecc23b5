import { describe, expect, it } from 'vitest';
import {
	MAX_UPLOAD_BYTES,
	answerFileRequest,
	checkUpload,
	cleanFileName,
	contentDisposition,
	fileHeaders,
	matchesEtag,
	sniffContent,
	zipEntryNames
} from './files';
import type { Reason } from '../errors';
import { message } from '$lib/i18n';

/** A refusal's text (bokmål in the tests). */
const said = (r: Reason) => message(r.key, r.values);

const bytes = (...parts: (string | number[])[]) =>
	Buffer.concat(
		parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p)))
	);

/** A minimal zip archive (stored, no compression) with the given entry names. */
function zip(names: string[]): Buffer {
	const locals: Buffer[] = [];
	const centrals: Buffer[] = [];
	let offset = 0;
	for (const name of names) {
		const n = Buffer.from(name);
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(n.length, 26);
		const central = Buffer.alloc(46);
		central.writeUInt32LE(0x02014b50, 0);
		central.writeUInt16LE(n.length, 28);
		central.writeUInt32LE(offset, 42);
		locals.push(local, n);
		centrals.push(central, n);
		offset += 30 + n.length;
	}
	const cd = Buffer.concat(centrals);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(names.length, 8);
	end.writeUInt16LE(names.length, 10);
	end.writeUInt32LE(cd.length, 12);
	end.writeUInt32LE(offset, 16);
	return Buffer.concat([...locals, cd, end]);
}

const PDF = bytes('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], [0, 0, 0, 13]);
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF');
const GIF = bytes('GIF89a', [1, 0, 1, 0]);
const WEBP = bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 ');

describe('sniffing uploads from their content', () => {
	it.each([
		['PDF', PDF, 'application/pdf'],
		['PNG', PNG, 'image/png'],
		['JPEG', JPEG, 'image/jpeg'],
		['GIF', GIF, 'image/gif'],
		['WebP', WEBP, 'image/webp'],
		[
			'docx',
			zip(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']),
			'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
		],
		[
			'xlsx',
			zip(['[Content_Types].xml', 'xl/workbook.xml']),
			'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
		],
		[
			'pptx',
			zip(['[Content_Types].xml', 'ppt/presentation.xml']),
			'application/vnd.openxmlformats-officedocument.presentationml.presentation'
		],
		['text', Buffer.from('Hei på deg\nÆØÅ\n'), 'text/plain']
	])('recognises %s', (_, content, mime) => {
		const r = sniffContent(content, 'x');
		expect(r.ok && r.kind.mime).toBe(mime);
	});

	it('tells CSV from plain text by the name only when the content is text', () => {
		const csv = Buffer.from('kommune;antall\nBodø;12\n');
		const r = sniffContent(csv, 'tall.csv');
		expect(r.ok && r.kind.mime).toBe('text/csv');
		const pdfNamedCsv = sniffContent(PDF, 'tall.csv');
		expect(pdfNamedCsv.ok && pdfNamedCsv.kind.mime).toBe('application/pdf');
	});

	it.each([
		['HTML', '<!DOCTYPE html><html><body>Hei</body></html>', /HTML/],
		['HTML without doctype', '<html><script>alert(1)</script></html>', /HTML/],
		['a script tag further down', 'Vanlig tekst\n<script>alert(1)</script>', /HTML/],
		[
			'SVG',
			'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
			/SVG/
		],
		['SVG without a prolog', '<svg onload=alert(1)>', /SVG/],
		['XML', '<?xml version="1.0"?><a/>', /HTML/]
	])('refuses %s', (_, content, reason) => {
		const r = sniffContent(Buffer.from(content), 'fil.txt');
		expect(r.ok).toBe(false);
		expect(!r.ok && said(r.reason)).toMatch(reason);
	});

	it('refuses empty files, binary junk, non-UTF-8 text, plain zips and legacy Office files', () => {
		const reasons = [
			Buffer.alloc(0),
			bytes([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2]),
			bytes('Bl', [0xe5], 'b', [0xe6, 0xf8]), // latin-1 «Blåbæø»
			zip(['bilde.svg', 'notat.txt']),
			zip(['[Content_Types].xml', 'custom/thing.xml']),
			bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0])
		].map((b) => {
			const r = sniffContent(b, 'x');
			return r.ok ? 'godtatt' : said(r.reason);
		});
		expect(reasons[0]).toBe('Filen er tom.');
		expect(reasons[1]).toMatch(/Filtypen er ikke tillatt/);
		expect(reasons[2]).toMatch(/UTF-8/);
		expect(reasons[3]).toMatch(/zip/);
		expect(reasons[4]).toMatch(/Office-dokument/);
		expect(reasons[5]).toMatch(/Filtypen er ikke tillatt/);
	});

	it('reads zip entry names from the central directory, and null from broken archives', () => {
		expect(zipEntryNames(zip(['a.txt', 'mappe/b.xml']))).toEqual(['a.txt', 'mappe/b.xml']);
		expect(zipEntryNames(bytes([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBeNull();
		const truncated = zip(['[Content_Types].xml', 'word/document.xml']);
		truncated.writeUInt32LE(9999, truncated.length - 6); // central directory offset past the end
		expect(zipEntryNames(truncated)).toBeNull();
	});
});

describe('checking an upload', () => {
	it('accepts a PDF and keeps its name', () => {
		expect(checkUpload(PDF, 'Rapport 2021.pdf')).toEqual({
			ok: true,
			kind: expect.objectContaining({ mime: 'application/pdf' }),
			name: 'Rapport 2021.pdf'
		});
	});

	it('refuses a web page disguised as a PDF, with a reason about HTML', () => {
		const r = checkUpload(Buffer.from('<html><script>alert(1)</script></html>'), 'rapport.pdf');
		expect(r.ok).toBe(false);
		expect(!r.ok && said(r.reason)).toMatch(/HTML/);
	});

	it('refuses a name that claims another type than the content', () => {
		const r = checkUpload(PNG, 'rapport.pdf');
		expect(r.ok).toBe(false);
		expect(!r.ok && said(r.reason)).toMatch(/innholdet er ikke PDF\. Den ser ut til å være PNG/);
		expect(checkUpload(JPEG, 'bilde.jpeg').ok).toBe(true);
		expect(checkUpload(Buffer.from('a;b\n'), 'tall.txt').ok).toBe(true);
	});

	it('adds the extension the content has when the name has none or an unknown one', () => {
		expect(checkUpload(PDF, 'rapport')).toMatchObject({ ok: true, name: 'rapport.pdf' });
		expect(checkUpload(PNG, 'skjerm.bin')).toMatchObject({ ok: true, name: 'skjerm.bin.png' });
		expect(checkUpload(PDF, '')).toMatchObject({ ok: true, name: 'fil.pdf' });
	});

	it('refuses files over 25 MB', () => {
		const big = Buffer.alloc(MAX_UPLOAD_BYTES + 1, 0x20);
		big.write('%PDF-');
		const r = checkUpload(big, 'stor.pdf');
		expect(r.ok).toBe(false);
		expect(!r.ok && said(r.reason)).toBe(
			'Filen er for stor (25 MB). Største tillatte størrelse er 25 MB.'
		);
		const limit = Buffer.alloc(MAX_UPLOAD_BYTES, 0x20);
		limit.write('%PDF-');
		expect(checkUpload(limit, 'akkurat.pdf').ok).toBe(true);
	});

	it('cleans names: no folders, control characters or leading dots, and at most 150 characters', () => {
		expect(cleanFileName('C:\\Users\\kari\\Møte\u0000notat.pdf')).toBe('Møtenotat.pdf');
		expect(cleanFileName('../../etc/passwd')).toBe('passwd');
		expect(cleanFileName('..skjult.txt')).toBe('skjult.txt');
		expect(cleanFileName('a "sitat" <b>.pdf')).toBe('a sitat b.pdf');
		const long = checkUpload(PDF, `${'x'.repeat(300)}.pdf`);
		expect(long.ok && long.name.length).toBe(150);
		expect(long.ok && long.name.endsWith('.pdf')).toBe(true);
	});
});

describe('serving stored files', () => {
	const meta = {
		id: 7,
		name: 'Årsrapport «2021».pdf',
		mime: 'application/pdf',
		size: 1234,
		sha256: 'abc123'
	};

	it('sends the stored type, a year of caching, the ETag, nosniff and a sandbox', () => {
		expect(fileHeaders(meta)).toEqual({
			'content-type': 'application/pdf',
			'content-length': '1234',
			etag: '"abc123"',
			'cache-control': 'public, max-age=31536000, immutable',
			'content-disposition':
				'inline; filename="Arsrapport _2021_.pdf"; filename*=UTF-8\'\'%C3%85rsrapport%20%C2%AB2021%C2%BB.pdf',
			'x-content-type-options': 'nosniff',
			'content-security-policy': "default-src 'none'; sandbox"
		});
		expect(fileHeaders({ ...meta, mime: 'text/csv', name: 'tall.csv' })['content-type']).toBe(
			'text/csv; charset=utf-8'
		);
	});

	it('shows PDFs and images inline and downloads everything else, with safe names', () => {
		expect(contentDisposition('image/png', 'a.png')).toMatch(/^inline;/);
		expect(
			contentDisposition(
				'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
				'Notat.docx'
			)
		).toMatch(/^attachment;/);
		expect(contentDisposition('text/plain', 'a.txt')).toMatch(/^attachment;/);
		const tricky = contentDisposition('text/plain', 'x"; filename=evil.html;\\ 100%.txt');
		expect(tricky).toBe(
			'attachment; filename="x__ filename=evil.html__ 100_.txt"; filename*=UTF-8\'\'x%22%3B%20filename%3Devil.html%3B%5C%20100%25.txt'
		);
		expect(contentDisposition('text/plain', "it's (a) *test*.txt")).toContain(
			"filename*=UTF-8''it%27s%20%28a%29%20%2Atest%2A.txt"
		);
	});

	it('answers 404 for an unknown file and 301 to the canonical name', () => {
		expect(answerFileRequest(null, 'x.pdf', null)).toEqual({ status: 404 });
		expect(answerFileRequest(meta, 'gammelt-navn.pdf', null)).toEqual({
			status: 301,
			location: '/filer/7/%C3%85rsrapport%20%C2%AB2021%C2%BB.pdf'
		});
		expect(answerFileRequest(meta, undefined, null)).toMatchObject({ status: 301 });
	});

	it('answers 304 when the browser has this version, and 200 otherwise', () => {
		expect(answerFileRequest(meta, meta.name, '"abc123"')).toMatchObject({ status: 304 });
		expect(answerFileRequest(meta, meta.name, 'W/"abc123", "other"')).toMatchObject({
			status: 304
		});
		const fresh = answerFileRequest(meta, meta.name, '"old"');
		expect(fresh.status).toBe(200);
		expect(matchesEtag(null, '"abc123"')).toBe(false);
		expect(matchesEtag('*', '"abc123"')).toBe(true);
	});
});
