/**
 * Bad request bodies get a 4xx and a Norwegian message before any action or endpoint runs,
 * never a 500 or a hang: a content type the route does not take (JSON to a form action),
 * a charset other than UTF-8, a multipart body without a boundary or that does not parse,
 * invalid percent-encoding or UTF-8 in a form, a NUL character (PostgreSQL text cannot
 * hold it), or a body over the size limit.
 *
 * Form bodies are read once here and parsed once: the action's `request.formData()` gets
 * the FormData parsed here, so the hot path (registration bursts) does not parse twice.
 */
import { error, isHttpError, type Handle, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/i18n';
import { config } from './config';

export const FORM = 'application/x-www-form-urlencoded';
export const MULTIPART = 'multipart/form-data';
export const JSON_TYPE = 'application/json';
export const TEXT = 'text/plain';

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const FORMS: readonly string[] = [FORM, MULTIPART];
/** Everything but file uploads: forms, JSON, text. Generous for long articles. */
export const SMALL_LIMIT = 2 * 1024 * 1024;

/**
 * `+server.ts` endpoints that take something other than a form, by route id. Every other
 * route (pages with form actions, `/logg-ut`) takes forms only.
 */
export const ENDPOINTS: { match: (routeId: string) => boolean; accepts: readonly string[] }[] = [
	// Live preview in the Markdown editor posts the text as it is.
	{ match: (id) => id === '/admin/markdown', accepts: [TEXT] },
	// Autosave posts JSON while typing; without JavaScript «Forkast utkastet» posts a form.
	{ match: (id) => id.endsWith('/utkast'), accepts: [JSON_TYPE, FORM, MULTIPART] },
	// The passkey ceremonies (registering on Min side, signing in) post WebAuthn's JSON.
	{ match: (id) => id.endsWith('/passkey'), accepts: [JSON_TYPE] },
	// Test builds only (the production build has no test endpoints).
	{ match: (id) => id.startsWith('/test-api/'), accepts: [JSON_TYPE] }
];

/** adapter-node's BODY_SIZE_LIMIT (`512K`, `27M`, bytes, `Infinity`): the ceiling for uploads. */
export function bodySizeLimit(raw = config.bodySizeLimit): number {
	const match = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)b?\s*$/i.exec(raw);
	if (!match) return raw.trim() === 'Infinity' ? Infinity : 512 * 1024;
	const unit = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[match[2].toLowerCase()] ?? 1;
	return Math.floor(Number(match[1]) * unit);
}

export interface ContentType {
	type: string;
	params: Record<string, string>;
}

export function parseContentType(header: string): ContentType {
	const [type, ...rest] = header.split(';');
	const params: Record<string, string> = {};
	for (const part of rest) {
		const eq = part.indexOf('=');
		if (eq < 0) continue;
		const key = part.slice(0, eq).trim().toLowerCase();
		const value = part
			.slice(eq + 1)
			.trim()
			.replace(/^"(.*)"$/, '$1');
		if (key && !(key in params)) params[key] = value;
	}
	return { type: type.trim().toLowerCase(), params };
}

const refuse = (status: 400 | 413 | 415, message: string): never => error(status, message);

const utf8 = new TextDecoder('utf-8', { fatal: true });

function hex(byte: number): number {
	if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
	if (byte >= 0x41 && byte <= 0x46) return byte - 0x37;
	if (byte >= 0x61 && byte <= 0x66) return byte - 0x57;
	return -1;
}

/** One name or value of a urlencoded body: `+` is a space, `%XX` a byte, then strict UTF-8. */
function decodePart(bytes: Uint8Array, start: number, end: number): string {
	const out = new Uint8Array(end - start);
	let n = 0;
	for (let i = start; i < end; i++) {
		const b = bytes[i];
		if (b === 0x2b) out[n++] = 0x20;
		else if (b === 0x25) {
			const hi = i + 2 < end ? hex(bytes[i + 1]) : -1;
			const lo = hi >= 0 ? hex(bytes[i + 2]) : -1;
			if (lo < 0) refuse(400, m.badInput.encoding);
			out[n++] = hi * 16 + lo;
			i += 2;
		} else out[n++] = b;
	}
	let text: string;
	try {
		text = utf8.decode(out.subarray(0, n));
	} catch {
		return refuse(400, m.badInput.encoding);
	}
	if (text.includes('\u0000')) refuse(400, m.badInput.encoding);
	return text;
}

/** `application/x-www-form-urlencoded`, strictly: invalid percent-encoding or UTF-8 is a 400. */
export function parseUrlEncoded(bytes: Uint8Array): FormData {
	const form = new FormData();
	let start = 0;
	while (start <= bytes.length) {
		let end = bytes.indexOf(0x26, start);
		if (end < 0) end = bytes.length;
		if (end > start) {
			let eq = bytes.indexOf(0x3d, start);
			if (eq < 0 || eq > end) eq = end;
			form.append(decodePart(bytes, start, eq), eq < end ? decodePart(bytes, eq + 1, end) : '');
		}
		start = end + 1;
	}
	return form;
}

async function parseMultipart(bytes: Uint8Array<ArrayBuffer>, header: string): Promise<FormData> {
	let form: FormData;
	try {
		form = await new Response(bytes, { headers: { 'content-type': header } }).formData();
	} catch {
		return refuse(400, m.badInput.malformed);
	}
	for (const [key, value] of form)
		if (key.includes('\u0000') || (typeof value === 'string' && value.includes('\u0000')))
			refuse(400, m.badInput.encoding);
	return form;
}

async function readBody(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer>> {
	if (!request.body) return new Uint8Array(0);
	const reader = request.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		let chunk: ReadableStreamReadResult<Uint8Array>;
		try {
			chunk = await reader.read();
		} catch (e) {
			// adapter-node errors the stream with a 413 past BODY_SIZE_LIMIT.
			const status = (e as { status?: unknown })?.status;
			return refuse(
				status === 413 ? 413 : 400,
				status === 413 ? m.badInput.tooLarge : m.badInput.malformed
			);
		}
		if (chunk.done) break;
		size += chunk.value.byteLength;
		if (size > limit) {
			void drain(reader);
			refuse(413, m.badInput.tooLarge);
		}
		chunks.push(chunk.value);
	}
	const bytes = new Uint8Array(size);
	let at = 0;
	for (const c of chunks) {
		bytes.set(c, at);
		at += c.byteLength;
	}
	return bytes;
}

/**
 * Reads what is left of a refused body and throws it away. A client that sends its whole
 * body before it reads the answer would otherwise wait on a paused socket until it times
 * out (cancelling instead destroys the socket, and the client never sees the answer).
 */
async function drain(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
	try {
		for (;;) if ((await reader.read()).done) return;
	} catch {
		/* the stream ended in an error (e.g. past BODY_SIZE_LIMIT): nothing more to read */
	}
}

/**
 * An upload too large to read: the action still runs (the desk answers «Filen er for stor»
 * beside the field), and its `formData()` rejects with a 413 that, left uncaught, is the
 * answer. The body is read and thrown away after the answer.
 */
function tooLarge(request: Request): Request {
	const copy = new Request(request.url, {
		method: request.method,
		headers: request.headers,
		signal: request.signal
	});
	let refusal: unknown;
	try {
		refuse(413, m.badInput.tooLarge);
	} catch (e) {
		refusal = e;
	}
	Object.defineProperty(copy, 'formData', { value: () => Promise.reject(refusal) });
	return copy;
}

/**
 * The request itself, its body read here: `formData()` answers the form parsed here, and
 * `text()`, `arrayBuffer()`, `bytes()`, `blob()` and `json()` the bytes. (A copy of the
 * request, its headers, signal and body, cost more than the rest of a registration's hooks.)
 */
function withParsedForm(request: Request, bytes: Uint8Array<ArrayBuffer>, form: FormData): Request {
	const text = () => new TextDecoder().decode(bytes);
	Object.defineProperties(request, {
		formData: { value: async () => form },
		text: { value: async () => text() },
		json: { value: async () => JSON.parse(text()) },
		bytes: { value: async () => bytes.slice() },
		arrayBuffer: { value: async () => bytes.slice().buffer },
		blob: { value: async () => new Blob([bytes]) }
	});
	return request;
}

/** Checks (and for forms, reads and parses) the body; throws a 400/413/415 HttpError. */
export async function checkedRequest(event: RequestEvent): Promise<Request> {
	const { request } = event;
	const routeId = event.route.id;
	if (!BODY_METHODS.has(request.method) || routeId === null) return request;
	const header = request.headers.get('content-type');
	const length = request.headers.get('content-length');
	const endpoint = ENDPOINTS.find((e) => e.match(routeId));
	if (!header) {
		// adapter-node drops a body without a content type; an endpoint may want none.
		if (endpoint) return request;
		return refuse(415, m.badInput.contentType);
	}
	const { type, params } = parseContentType(header);
	if (!(endpoint?.accepts ?? FORMS).includes(type)) refuse(415, m.badInput.contentType);
	if (params.charset !== undefined && !/^utf-?8$/i.test(params.charset))
		refuse(415, m.badInput.charset);
	const limit = type === MULTIPART ? bodySizeLimit() : SMALL_LIMIT;
	if (type === MULTIPART && !params.boundary) refuse(400, m.badInput.malformed);
	if (length !== null && Number(length) > limit) {
		// An upload past BODY_SIZE_LIMIT: the form says so itself («Filen er for stor»).
		if (type === MULTIPART) return tooLarge(request);
		refuse(413, m.badInput.tooLarge);
	}
	if (type !== FORM && type !== MULTIPART) return request;
	const bytes = await readBody(request, limit).catch((e: unknown) => {
		if (type === MULTIPART && isHttpError(e) && e.status === 413) return null;
		throw e;
	});
	if (bytes === null) return tooLarge(request);
	const form = type === FORM ? parseUrlEncoded(bytes) : await parseMultipart(bytes, header);
	return withParsedForm(request, bytes, form);
}

/**
 * A Response, not a thrown error, so the handles around it (security headers) still apply:
 * JSON in SvelteKit's action-result shape for `use:enhance`, else a short page.
 */
function refusal(event: RequestEvent, status: number, message: string): Response {
	const accept = event.request.headers.get('accept') ?? '';
	if (/application\/json/i.test(accept) && !/text\/html/i.test(accept))
		return Response.json({ type: 'error', status, error: { message } }, { status });
	const text = message.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
	const back = event.url.pathname.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
	return new Response(
		`<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>${text}</title></head>` +
			`<body><main><h1>${text}</h1><p><a href="${back}">${m.badInput.back}</a></p></main></body></html>`,
		{ status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } }
	);
}

export const checkRequestBody: Handle = async ({ event, resolve }) => {
	const original = event.request;
	const drainUnread = () => {
		if (original.body && !original.body.locked) void drain(original.body.getReader());
	};
	try {
		event.request = await checkedRequest(event);
	} catch (e) {
		if (!isHttpError(e)) throw e;
		drainUnread();
		return refusal(event, e.status, e.body.message);
	}
	try {
		return await resolve(event);
	} finally {
		// A body nobody read (a 404, a refused sign-in, a redirect to sign in) is read and
		// thrown away too, so the client is not left writing into a paused socket.
		drainUnread();
	}
};
