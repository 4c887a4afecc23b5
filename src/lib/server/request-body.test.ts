import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/i18n';
import {
	bodySizeLimit,
	checkRequestBody,
	parseContentType,
	SMALL_LIMIT,
	ENDPOINTS
} from './request-body';

const URL_ = 'http://localhost/logg-inn?/passord';

function eventFor(
	init: RequestInit & { headers?: Record<string, string> },
	routeId: string | null = '/(site)/(public)/logg-inn',
	url = URL_
) {
	const request = new Request(url, { method: 'POST', ...init });
	// As SvelteKit's `use:enhance` asks: an action result in JSON.
	if (!request.headers.has('accept')) request.headers.set('accept', 'application/json');
	return { request, url: new URL(url), route: { id: routeId } } as unknown as RequestEvent;
}

/** Runs the handle; the status and message it refused with, or the request it passed on. */
async function run(event: RequestEvent) {
	let passed: Request | undefined;
	const res = await checkRequestBody({
		event,
		resolve: async (e) => {
			passed = e.request;
			return new Response('ok');
		}
	});
	if (passed) return { status: 200, request: passed };
	const body = (await res.json()) as { type: string; error: { message: string } };
	expect(body.type).toBe('error');
	return { status: res.status, message: body.error.message };
}

const form = (body: BodyInit, type = 'application/x-www-form-urlencoded') =>
	eventFor({ body, headers: { 'content-type': type } });

describe('checkRequestBody', () => {
	it('passes a good urlencoded form and hands the action the parsed fields', async () => {
		const r = await run(form('epost=kari%40example.no&navn=K%C3%A5re+%C3%98&tom='));
		expect(r.status).toBe(200);
		const data = await r.request!.formData();
		expect(data.get('epost')).toBe('kari@example.no');
		expect(data.get('navn')).toBe('Kåre Ø');
		expect(data.get('tom')).toBe('');
		// The body is still there for anything that reads it as text.
		expect(await r.request!.text()).toContain('epost=');
	});

	it('takes UTF-8 named in any spelling, as browsers send it', async () => {
		for (const type of [
			'application/x-www-form-urlencoded;charset=UTF-8',
			'application/x-www-form-urlencoded; charset="utf8"'
		])
			expect((await run(form('a=1', type))).status).toBe(200);
	});

	it('refuses another charset with 415 (UTF-16 used to hang)', async () => {
		for (const cs of ['utf-16', 'UTF-16LE', 'iso-8859-1', 'bogus']) {
			const r = await run(form('a=1', `application/x-www-form-urlencoded; charset=${cs}`));
			expect(r).toEqual({ status: 415, message: m.badInput.charset });
		}
	});

	it('refuses JSON, text and a missing content type at a form action with 415', async () => {
		expect(await run(form('{"a":1}', 'application/json'))).toEqual({
			status: 415,
			message: m.badInput.contentType
		});
		expect((await run(form('a=1', 'text/plain'))).status).toBe(415);
		expect((await run(eventFor({ body: null }))).status).toBe(415);
	});

	it('refuses invalid percent-encoding, invalid UTF-8 and NUL with 400', async () => {
		for (const body of ['a=%E0%A4%A', 'a=%zz', 'a=100%', 'a=%ff', '%C3=1', 'a=x%00y'])
			expect(await run(form(body))).toEqual({ status: 400, message: m.badInput.encoding });
	});

	it('refuses a multipart body without a boundary or that does not parse with 400', async () => {
		expect(await run(form('garbage', 'multipart/form-data'))).toEqual({
			status: 400,
			message: m.badInput.malformed
		});
		expect((await run(form('garbage', 'multipart/form-data; boundary=xyz'))).status).toBe(400);
	});

	it('passes a good multipart form with a file', async () => {
		const fd = new FormData();
		fd.append('tittel', 'Årsmelding');
		fd.append('fil', new Blob(['%PDF-1.4'], { type: 'application/pdf' }), 'a.pdf');
		const probe = new Request('http://x/', { method: 'POST', body: fd });
		const r = await run(
			form(await probe.arrayBuffer(), probe.headers.get('content-type') ?? 'multipart/form-data')
		);
		expect(r.status).toBe(200);
		const data = await r.request!.formData();
		expect(data.get('tittel')).toBe('Årsmelding');
		expect((data.get('fil') as File).name).toBe('a.pdf');
	});

	it('refuses a body over the limit with 413, by its length or as it streams', async () => {
		const big = 'a=' + 'x'.repeat(SMALL_LIMIT);
		expect(
			await run(
				eventFor({
					body: big,
					headers: {
						'content-type': 'application/x-www-form-urlencoded',
						'content-length': String(big.length)
					}
				})
			)
		).toEqual({ status: 413, message: m.badInput.tooLarge });
		// No content-length (chunked): counted while reading.
		expect((await run(form(big))).status).toBe(413);
	});

	it('lets an upload past BODY_SIZE_LIMIT reach the action, whose formData() answers 413', async () => {
		const before = process.env.BODY_SIZE_LIMIT;
		process.env.BODY_SIZE_LIMIT = '1K';
		try {
			const body = '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n' + 'b'.repeat(2048);
			for (const headers of [
				{ 'content-type': 'multipart/form-data; boundary=x', 'content-length': '2100' } as Record<
					string,
					string
				>,
				// No content-length: found while reading.
				{ 'content-type': 'multipart/form-data; boundary=x' }
			]) {
				const r = await run(eventFor({ body, headers }));
				expect(r.status).toBe(200);
				await expect(r.request!.formData()).rejects.toMatchObject({
					status: 413,
					body: { message: m.badInput.tooLarge }
				});
			}
		} finally {
			if (before === undefined) delete process.env.BODY_SIZE_LIMIT;
			else process.env.BODY_SIZE_LIMIT = before;
		}
	});

	it('lets the JSON endpoints take JSON, and only what they take', async () => {
		const draft = '/(site)/(app)/kommuner/[kommunenummer]/fremtidsbilde/utkast';
		const json = (routeId: string, type = 'application/json') =>
			run(eventFor({ body: '{"key":"a","text":"b"}', headers: { 'content-type': type } }, routeId));
		expect((await json(draft)).status).toBe(200);
		expect((await json('/test-api/brukere')).status).toBe(200);
		expect((await json('/admin/markdown', 'text/plain')).status).toBe(200);
		expect((await json('/admin/markdown')).status).toBe(415);
		expect((await json(draft, 'application/json; charset=utf-16')).status).toBe(415);
		// An endpoint posted to without a body.
		expect((await run(eventFor({}, '/test-api/jobber'))).status).toBe(200);
	});

	it('answers a browser posting a plain form with a short Norwegian page', async () => {
		const event = eventFor({
			body: 'a=1',
			headers: {
				'content-type': 'application/x-www-form-urlencoded; charset=utf-16',
				accept: 'text/html,application/xhtml+xml'
			}
		});
		const res = await checkRequestBody({ event, resolve: async () => new Response('ok') });
		expect(res.status).toBe(415);
		expect(res.headers.get('content-type')).toMatch(/^text\/html/);
		const html = await res.text();
		expect(html).toContain('<html lang="nb">');
		expect(html).toContain(m.badInput.charset);
		expect(html).toContain('href="/logg-inn"');
	});

	it('leaves GET and unknown routes alone', async () => {
		const get = {
			request: new Request('http://localhost/', { method: 'GET' }),
			route: { id: '/' }
		} as unknown as RequestEvent;
		expect((await run(get)).status).toBe(200);
		expect((await run(eventFor({ body: 'x' }, null))).status).toBe(200);
	});
});

describe('parsing helpers', () => {
	it('reads BODY_SIZE_LIMIT as adapter-node does', () => {
		expect(bodySizeLimit('27M')).toBe(27 * 1024 * 1024);
		expect(bodySizeLimit('512K')).toBe(512 * 1024);
		expect(bodySizeLimit('1000')).toBe(1000);
		expect(bodySizeLimit('Infinity')).toBe(Infinity);
	});

	it('parses a content type with parameters', () => {
		expect(parseContentType('Multipart/Form-Data; boundary="a b"; charset=UTF-8')).toEqual({
			type: 'multipart/form-data',
			params: { boundary: 'a b', charset: 'UTF-8' }
		});
	});
});

describe('bodies nobody reads', () => {
	it('are read to the end and thrown away, refused or not', async () => {
		for (const [type, routeId] of [
			['application/x-www-form-urlencoded; charset=utf-16', '/(site)/(public)/logg-inn'],
			['application/json', null]
		] as const) {
			let pulled = 0;
			const body = new ReadableStream<Uint8Array>({
				pull(c) {
					if (pulled++ < 5) c.enqueue(new Uint8Array(1024));
					else c.close();
				}
			});
			const event = eventFor(
				{ body, headers: { 'content-type': type }, duplex: 'half' } as RequestInit & {
					headers: Record<string, string>;
				},
				routeId
			);
			await checkRequestBody({ event, resolve: async () => new Response('ok') });
			await new Promise((r) => setTimeout(r, 20));
			expect(pulled).toBeGreaterThan(5);
		}
	});
});

describe('what each endpoint takes', () => {
	/** Endpoints that take a plain form (what the page's own form posts). */
	const FORM_ENDPOINTS = ['/logg-ut'];

	it('names every endpoint that takes a body, so a new JSON endpoint is not refused with 415', () => {
		const missing: string[] = [];
		const walk = (dir: string, id: string) => {
			for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
				if (e.isDirectory()) walk(path.join(dir, e.name), `${id}/${e.name}`);
				else if (e.name === '+server.ts') {
					const src = fs.readFileSync(path.join(dir, e.name), 'utf8');
					if (!/export const (POST|PUT|PATCH|DELETE)\b/.test(src)) continue;
					if (!ENDPOINTS.some((x) => x.match(id)) && !FORM_ENDPOINTS.includes(id)) missing.push(id);
				}
			}
		};
		walk(path.resolve('src/routes'), '');
		expect(missing).toEqual([]);
	});
});
