import { describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { IncomingMessage, ServerResponse } from 'node:http';
import { brotliDecompressSync } from 'node:zlib';
import { PublicCache } from './public-cache';

function request(url: string, headers: Record<string, string> = {}, method = 'GET') {
	const req = new IncomingMessage(new PassThrough() as never);
	req.url = url;
	req.method = method;
	req.headers = headers;
	const res = new ServerResponse(req);
	const chunks: Buffer[] = [];
	res.write = ((c: Buffer) => (chunks.push(Buffer.from(c)), true)) as never;
	const end = res.end.bind(res);
	res.end = ((c?: Buffer) => {
		if (c) chunks.push(Buffer.from(c));
		return end();
	}) as never;
	return { req, res, body: () => Buffer.concat(chunks) };
}

const html = Buffer.from('<!doctype html><p>' + 'Kulturskolen '.repeat(100) + '</p>');
const headers = new Headers({ 'content-type': 'text/html; charset=utf-8', 'set-cookie': 'x=1' });

describe('public cache', () => {
	it('serves a stored page to anonymous visitors, compressed when asked, with an ETag', () => {
		const cache = new PublicCache();
		cache.store('/nyheter?side=2', 200, headers, html);
		const plain = request('/nyheter?side=2');
		expect(cache.serve(plain.req, plain.res)).toBe(true);
		expect(plain.body().equals(html)).toBe(true);
		expect(plain.res.getHeader('set-cookie')).toBeUndefined();
		const etag = String(plain.res.getHeader('etag'));

		const br = request('/nyheter?side=2', { 'accept-encoding': 'gzip, br' });
		cache.serve(br.req, br.res);
		expect(br.res.getHeader('content-encoding')).toBe('br');
		expect(brotliDecompressSync(br.body()).equals(html)).toBe(true);

		const again = request('/nyheter?side=2', { 'if-none-match': etag });
		cache.serve(again.req, again.res);
		expect(again.res.statusCode).toBe(304);
	});

	it('never serves signed-in visitors, other methods or other addresses', () => {
		const cache = new PublicCache();
		cache.store('/', 200, headers, html);
		const signedIn = request('/', { cookie: 'a=b; fk_session=abc' });
		expect(cache.serve(signedIn.req, signedIn.res)).toBe(false);
		const post = request('/', {}, 'POST');
		expect(cache.serve(post.req, post.res)).toBe(false);
		const other = request('/?x=1');
		expect(cache.serve(other.req, other.res)).toBe(false);
	});

	it('forgets everything when content changes, and expires entries', async () => {
		const cache = new PublicCache(10, 1);
		cache.store('/', 200, headers, html);
		cache.clear();
		expect(cache.size).toBe(0);
		cache.store('/', 200, headers, html);
		await new Promise((r) => setTimeout(r, 5));
		const r = request('/');
		expect(cache.serve(r.req, r.res)).toBe(false);
	});

	it('holds a bounded number of entries', () => {
		const cache = new PublicCache(3);
		for (let i = 0; i < 10; i++) cache.store(`/s${i}`, 200, headers, html);
		expect(cache.size).toBe(3);
	});
});
