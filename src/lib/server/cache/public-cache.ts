/**
 * A cache of rendered public responses for anonymous visitors, served by the Node server
 * (`server/index.js`) before SvelteKit is asked at all. Filled by `hooks.server.ts` after a
 * page on the allow-list (`cacheable-routes.ts`) renders, emptied whenever content changes
 * (`invalidatePublic()`, on this node and — through PostgreSQL NOTIFY, `invalidation.ts` — on
 * every other node), and every entry expires after `ttlMs` so time-based views (upcoming
 * events) stay current. This is shared public output, never per-user state.
 *
 * The process-wide cache is off until its node listens for invalidations (`active`): a node
 * that cannot hear the others must not serve what they may have changed.
 */
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { InvalidationListener, notifyNodes } from './invalidation';
import { log } from '../log';

export const SESSION_COOKIE = 'fk_session';
/**
 * Response header on answers the app would cache itself (`hooks.server.ts`); nginx's
 * micro-cache keeps only those (deploy/nginx).
 */
export const CACHE_MARK = 'x-fk-cache';

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
	/** Bumped by every clear: a page rendered before the last clear is not stored. */
	private gen = 0;
	private on: boolean;
	/** Answers served from the cache since the process started (for /metrics). */
	hits = 0;
	constructor(
		private maxEntries = 2000,
		private ttlMs = 5 * 60_000,
		{ active = true }: { active?: boolean } = {}
	) {
		this.on = active;
	}

	/** Whether the cache stores and serves at all. */
	get active() {
		return this.on;
	}

	/** Taken before rendering and handed to `store`, so a render that raced a clear is dropped. */
	get generation() {
		return this.gen;
	}

	/** Starts caching (empty): the node hears invalidations again. */
	activate(): void {
		this.clear();
		this.on = true;
	}

	/** Empties the cache and stops caching: the node may miss invalidations. */
	deactivate(): void {
		this.on = false;
		this.clear();
	}

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

	store(key: string, status: number, headers: Headers, body: Buffer, generation = this.gen): void {
		if (!this.on || generation !== this.gen) return;
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
		this.gen++;
		this.entries.clear();
	}

	/** Serves `req` from the cache if it can; returns false to let SvelteKit answer. */
	serve(req: IncomingMessage, res: ServerResponse): boolean {
		if (!this.on) return false;
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
			this.hits++;
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
		this.hits++;
		return true;
	}
}

const g = globalThis as typeof globalThis & { __fkPublicCache?: PublicCache };
/** Off until `startInvalidationListener` (bootstrap) hears the other nodes. */
export const publicCache: PublicCache = (g.__fkPublicCache ??= new PublicCache(2000, 5 * 60_000, {
	active: false
}));

/**
 * Call after any change that could alter what the public sees (after its transaction has
 * committed): empties this node's cache now and every other node's within moments.
 */
export function invalidatePublic(): void {
	publicCache.clear();
	void tellNodes();
}

// One NOTIFY on its way at a time from this process (each is a commit of its own; a burst of
// 500 registrations need not be 500). A change while one is on its way is told by the next,
// sent once that one is done: every change is told after it committed. A process-wide flag,
// not per-user state; nothing is lost if the process dies (the change is in the database).
let telling = false;
let tellAgain = false;
async function tellNodes(): Promise<void> {
	if (telling) {
		tellAgain = true;
		return;
	}
	telling = true;
	try {
		do {
			tellAgain = false;
			await notifyNodes();
		} while (tellAgain);
	} finally {
		telling = false;
	}
}

const gl = globalThis as typeof globalThis & { __fkCacheListener?: InvalidationListener };

/**
 * Start-up (bootstrap): listens for other nodes' invalidations on a dedicated connection to
 * `url`, and caches only while it does. Resolves once the first attempt is done.
 */
export async function startPublicCacheListener(url: string): Promise<void> {
	await gl.__fkCacheListener?.stop();
	gl.__fkCacheListener = new InvalidationListener(url, publicCache);
	if (!(await gl.__fkCacheListener.start()))
		log.warn('Sidebufferen er av til lytteforbindelsen til databasen er oppe');
}

export async function stopPublicCacheListener(): Promise<void> {
	await gl.__fkCacheListener?.stop();
	gl.__fkCacheListener = undefined;
}
