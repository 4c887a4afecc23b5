import { afterEach, describe, expect, it, vi } from 'vitest';
import { pool } from '../db/client';
import { invalidatePublic, PublicCache } from './public-cache';
import { InvalidationListener, notifyNodes } from './invalidation';

const html = Buffer.from('<!doctype html><p>Kulturskolen</p>');
const headers = new Headers({ 'content-type': 'text/html; charset=utf-8' });
const url = () => process.env.DATABASE_URL!;

/** Polls `check` every 20 ms for up to `ms`; the bound, not a timing assertion. */
async function eventually(check: () => boolean | Promise<boolean>, ms = 5_000): Promise<boolean> {
	const end = Date.now() + ms;
	while (Date.now() < end) {
		if (await check()) return true;
		await new Promise((r) => setTimeout(r, 20));
	}
	return check();
}

const listeners: InvalidationListener[] = [];
function node(opts = {}) {
	const cache = new PublicCache(100, 60_000, { active: false });
	const listener = new InvalidationListener(url(), cache, { retryMs: 50, ...opts });
	listeners.push(listener);
	return { cache, listener };
}

afterEach(async () => {
	await Promise.all(listeners.splice(0).map((l) => l.stop()));
});

describe('public cache across nodes', () => {
	it('does not cache before its node listens for invalidations', async () => {
		const a = node();
		a.cache.store('/', 200, headers, html);
		expect(a.cache.size).toBe(0);
		expect(await a.listener.start()).toBe(true);
		a.cache.store('/', 200, headers, html);
		expect(a.cache.size).toBe(1);
	});

	it('an invalidation sent through one node clears the cache of the other', async () => {
		const b = node();
		expect(await b.listener.start()).toBe(true);
		b.cache.store('/nyheter', 200, headers, html);
		b.cache.store('/', 200, headers, html);

		// Node A is this process: the function every service calls after its change.
		invalidatePublic();

		expect(await eventually(() => b.cache.size === 0)).toBe(true);
		expect(b.cache.active).toBe(true);
	});

	it('a burst of changes sends one NOTIFY on its way and one after it, not one per change', async () => {
		const b = node();
		expect(await b.listener.start()).toBe(true);
		const before = b.cache.generation;
		const sent = vi.spyOn(pool, 'query');
		const notifies = () => sent.mock.calls.filter((c) => String(c[0]).includes('pg_notify')).length;
		for (let i = 0; i < 50; i++) invalidatePublic();
		// Wait (bounded) until every NOTIFY asked for has been answered.
		for (let i = 0; i < 50; i++) {
			const asked = sent.mock.results.length;
			await Promise.all(sent.mock.results.map((r) => r.value));
			await new Promise((r) => setTimeout(r, 20));
			if (sent.mock.results.length === asked) break;
		}
		const count = notifies();
		sent.mockRestore();
		expect(count).toBe(2);
		// Both arrive; and a change after the burst is told too.
		expect(await eventually(() => b.cache.generation >= before + 2)).toBe(true);
		b.cache.store('/', 200, headers, html);
		expect(b.cache.size).toBe(1);
		invalidatePublic();
		expect(await eventually(() => b.cache.size === 0)).toBe(true);
	});

	it('a page rendered before an invalidation arrived is not stored after it', async () => {
		const b = node();
		expect(await b.listener.start()).toBe(true);
		const before = b.cache.generation;
		await notifyNodes(pool);
		expect(await eventually(() => b.cache.generation !== before)).toBe(true);
		b.cache.store('/', 200, headers, html, before);
		expect(b.cache.size).toBe(0);
	});

	it('a node that lost its listening connection stops caching until it has reconnected', async () => {
		const b = node({ retryMs: 300 });
		expect(await b.listener.start()).toBe(true);
		b.cache.store('/', 200, headers, html);
		const pid = b.listener.backendPid;
		expect(pid).toBeTypeOf('number');

		await pool.query('select pg_terminate_backend($1)', [pid]);
		expect(await eventually(() => !b.listener.listening)).toBe(true);
		// Dropped everything, and stores nothing while deaf.
		expect(b.cache.size).toBe(0);
		expect(b.cache.active).toBe(false);
		b.cache.store('/', 200, headers, html);
		expect(b.cache.size).toBe(0);

		// Back again on a new connection: caching resumes, and it hears invalidations.
		expect(await eventually(() => b.listener.listening)).toBe(true);
		expect(b.listener.backendPid).not.toBe(pid);
		expect(b.cache.active).toBe(true);
		b.cache.store('/', 200, headers, html);
		expect(b.cache.size).toBe(1);
		await notifyNodes(pool);
		expect(await eventually(() => b.cache.size === 0)).toBe(true);
	});

	it('starts deaf and keeps trying when the database cannot be reached', async () => {
		const cache = new PublicCache(100, 60_000, { active: false });
		const bad = url().replace(/:\d+\//, ':1/');
		const listener = new InvalidationListener(bad, cache, { retryMs: 50 });
		listeners.push(listener);
		expect(await listener.start()).toBe(false);
		cache.store('/', 200, headers, html);
		expect(cache.size).toBe(0);
	});
});
