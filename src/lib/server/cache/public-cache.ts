/**
 * A cache of rendered public responses for anonymous visitors, served by the Node server
 * (`server/index.js`) before SvelteKit is asked at all. Filled by `hooks.server.ts` after a
 * public page renders, emptied whenever content changes (`invalidatePublic()`), and every
 * entry expires after `ttlMs` so time-based views (upcoming events) stay current.
 * This is shared public output, never per-user state.
 */
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const SESSION_COOKIE = 'fk_session';

interface Entry {
	status: number;
	headers: [string, string][];
	body: Buffer;
	gzip: Buffer;
	br: Buffer;
	etag: string;
	expiresAt: number;
}

const COMPRESSIBLE = /^(text\/|application\/(json|xml|rss\+xml|atom\+xml|javascript))/;

export class PublicCache {
	private entries = new Map<string, Entry>();
	constructor(
		private maxEntries = 2000,
		private ttlMs = 5 * 60_000
	) {}

	static key(rawUrl: string): string | null {
		try {
			const u = new URL(rawUrl, 'http://x');
			return u.pathname + u.search;
		} catch {
			return null;
		}
	}

	get size() {
		return this.entries.size;
	}

	store(key: string, status: number, headers: Headers, body: Buffer): void {
		if (this.entries.size >= this.maxEntries) {
			const oldest = this.entries.keys().next().value;
			if (oldest !== undefined) this.entries.delete(oldest);
		}
		const type = headers.get('content-type') ?? '';
		const compressible = COMPRESSIBLE.test(type) && body.length > 512;
		const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
		const list: [string, string][] = [];
		headers.forEach((v, k) => {
			if (k !== 'set-cookie' && k !== 'content-length' && k !== 'etag') list.push([k, v]);
		});
		list.push(['etag', etag], ['x-cache', 'hit']);
		if (compressible) list.push(['vary', 'Accept-Encoding, Cookie']);
		this.entries.set(key, {
			status,
			headers: list,
			body,
			gzip: compressible ? gzipSync(body, { level: 6 }) : body,
			br: compressible
				? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 6 } })
				: body,
			etag,
			expiresAt: Date.now() + this.ttlMs
		});
	}

	clear(): void {
		this.entries.clear();
	}

	/** Serves `req` from the cache if it can; returns false to let SvelteKit answer. */
	serve(req: IncomingMessage, res: ServerResponse): boolean {
		if (req.method !== 'GET' && req.method !== 'HEAD') return false;
		const cookie = req.headers.cookie;
		if (cookie && cookie.includes(SESSION_COOKIE + '=')) return false;
		const key = PublicCache.key(req.url ?? '/');
		if (key === null) return false;
		const entry = this.entries.get(key);
		if (!entry) return false;
		if (entry.expiresAt < Date.now()) {
			this.entries.delete(key);
			return false;
		}
		for (const [k, v] of entry.headers) res.setHeader(k, v);
		if (req.headers['if-none-match'] === entry.etag) {
			res.statusCode = 304;
			res.end();
			return true;
		}
		const accept = String(req.headers['accept-encoding'] ?? '');
		let body = entry.body;
		if (entry.br !== entry.body && /\bbr\b/.test(accept)) {
			body = entry.br;
			res.setHeader('content-encoding', 'br');
		} else if (entry.gzip !== entry.body && /\bgzip\b/.test(accept)) {
			body = entry.gzip;
			res.setHeader('content-encoding', 'gzip');
		}
		res.statusCode = entry.status;
		res.setHeader('content-length', body.length);
		res.end(req.method === 'HEAD' ? undefined : body);
		return true;
	}
}

const g = globalThis as typeof globalThis & { __fkPublicCache?: PublicCache };
export const publicCache: PublicCache = (g.__fkPublicCache ??= new PublicCache());

/** Call after any change that could alter what the public sees. */
export function invalidatePublic(): void {
	publicCache.clear();
}
