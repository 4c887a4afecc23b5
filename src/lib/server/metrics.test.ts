/**
 * `/metrics`: closed (404) unless FK_METRICS_TOKEN or FK_METRICS_ALLOW opens it; Prometheus
 * text with requests by route id, the pool, the job queues and the mail backlog.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { redirect, type RequestEvent } from '@sveltejs/kit';
import { db } from './db/client';
import { mailMessages } from './mail/schema';
import { metricsText, observe, timeRequests } from './metrics';
import { startJobs, stopJobs } from './jobs/runner';
import { decideAccess } from './accounts/access';
import { isCacheable } from './cache/cacheable-routes';
import { m } from '$lib/i18n';
import { GET } from '../../routes/metrics/+server';

const NAMES = ['FK_METRICS_TOKEN', 'FK_METRICS_ALLOW'];
const saved = Object.fromEntries(NAMES.map((n) => [n, process.env[n]]));
afterEach(() => {
	for (const n of NAMES) {
		if (saved[n] === undefined) delete process.env[n];
		else process.env[n] = saved[n];
	}
});
afterAll(() => stopJobs());

const TOKEN = 'prometheus-les-3f9a1c2b';

async function scrape(headers: Record<string, string> = {}, address = '127.0.0.1') {
	const event = {
		request: new Request('http://localhost/metrics', { headers }),
		getClientAddress: () => address
	};
	const res = await GET(event as unknown as Parameters<typeof GET>[0]);
	return {
		status: res.status,
		type: res.headers.get('content-type'),
		cache: res.headers.get('cache-control'),
		text: await res.text()
	};
}

/** The value of one series in the text, or undefined. */
function value(text: string, series: string): number | undefined {
	const line = text.split('\n').find((l) => l.startsWith(series + ' '));
	return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('who may read /metrics', () => {
	it('is a 404 with neither setting, whoever asks', async () => {
		const res = await scrape({ authorization: `Bearer ${TOKEN}` });
		expect(res.status).toBe(404);
		expect(res.text).toBe(m.errors.notFoundTitle);
		expect(res.cache).toBe('no-store');
	});

	it('opens with the bearer token, and only with that token', async () => {
		process.env.FK_METRICS_TOKEN = TOKEN;
		const ok = await scrape({ authorization: `Bearer ${TOKEN}` });
		expect(ok.status).toBe(200);
		expect(ok.type).toMatch(/^text\/plain; version=0\.0\.4/);
		expect(ok.cache).toBe('no-store');
		expect((await scrape({ authorization: `bearer ${TOKEN}` })).status).toBe(200);
		expect((await scrape()).status).toBe(404);
		expect((await scrape({ authorization: `Bearer ${TOKEN}x` })).status).toBe(404);
		expect((await scrape({ authorization: `Bearer ${TOKEN.slice(0, -1)}` })).status).toBe(404);
		expect((await scrape({ authorization: TOKEN })).status).toBe(404);
		expect((await scrape({ authorization: `Basic ${btoa('a:' + TOKEN)}` })).status).toBe(404);
	});

	it('opens for an allowed address or network', async () => {
		process.env.FK_METRICS_ALLOW = '127.0.0.1, 10.0.0.0/8';
		expect((await scrape({}, '127.0.0.1')).status).toBe(200);
		expect((await scrape({}, '::ffff:10.1.2.3')).status).toBe(200);
		expect((await scrape({}, '192.168.0.10')).status).toBe(404);
		expect((await scrape({}, 'ukjent')).status).toBe(404);
		// Either way in: the token from an address not on the list.
		process.env.FK_METRICS_TOKEN = TOKEN;
		expect((await scrape({ authorization: `Bearer ${TOKEN}` }, '192.168.0.10')).status).toBe(200);
	});

	it('is neither refused by the access guard nor ever cached', () => {
		expect(decideAccess('/metrics', {}, null)).toEqual({ kind: 'open' });
		expect(isCacheable('/metrics', new URL('http://x/metrics'))).toBe(false);
	});
});

describe('what /metrics gives', () => {
	it('counts and times requests by route id, method and status class', async () => {
		const route = '/(site)/(public)/nyheter/[slug]';
		const series = `fk_http_requests_total{route="${route}",method="GET",status="2xx"}`;
		const before = value(await metricsText(), series) ?? 0;
		const event = (routeId: string | null, method = 'GET') =>
			({
				route: { id: routeId },
				request: new Request('http://localhost/nyheter/noe', { method })
			}) as unknown as RequestEvent;
		await timeRequests({
			event: event(route),
			resolve: async () => new Response('ok')
		});
		// A redirect thrown further in, an unknown address, an odd method.
		await expect(
			timeRequests({
				event: event('/admin'),
				resolve: async () => redirect(303, '/logg-inn')
			})
		).rejects.toMatchObject({ status: 303 });
		await timeRequests({
			event: event(null),
			resolve: async () => new Response('', { status: 404 })
		});
		observe('/helse', 'PROPFIND', 200, 0.003);

		const text = await metricsText();
		expect(value(text, series)).toBe(before + 1);
		expect(
			value(
				text,
				`fk_http_request_duration_seconds_count{route="${route}",method="GET",status="2xx"}`
			)
		).toBe(before + 1);
		expect(text).toContain(
			`fk_http_request_duration_seconds_bucket{le="10",route="${route}",method="GET",status="2xx"}`
		);
		expect(value(text, 'fk_http_requests_total{route="/admin",method="GET",status="3xx"}')).toBe(1);
		expect(value(text, 'fk_http_requests_total{route="ingen",method="GET",status="4xx"}')).toBe(1);
		expect(value(text, 'fk_http_requests_total{route="/helse",method="OTHER",status="2xx"}')).toBe(
			1
		);
		// The address as asked is never a label.
		expect(text).not.toContain('/nyheter/noe');
	});

	it('gives the pool, the job queues and the mail backlog', async () => {
		await db.insert(mailMessages).values([
			{ to: 'a@example.no', subject: 'Hei', text: 'Hei', html: '<p>Hei</p>', template: 't' },
			{ to: 'b@example.no', subject: 'Hei', text: 'Hei', html: '<p>Hei</p>', template: 't' },
			{
				to: 'c@example.no',
				subject: 'Hei',
				text: 'Hei',
				html: '<p>Hei</p>',
				template: 't',
				status: 'failed'
			},
			{
				to: 'd@example.no',
				subject: 'Hei',
				text: 'Hei',
				html: '<p>Hei</p>',
				template: 't',
				status: 'sent'
			}
		]);
		const boss = await startJobs(process.env.DATABASE_URL!, 2);
		await boss.createQueue('metrikktest');
		await boss.send('metrikktest', {});
		await boss.send('metrikktest', {}, { startAfter: new Date(Date.now() - 10 * 60_000) });

		const text = await metricsText();
		expect(value(text, 'fk_metrics_database_up')).toBe(1);
		expect(value(text, 'fk_db_pool_max')).toBe(5);
		expect(value(text, 'fk_db_pool_connections{state="total"}')).toBeGreaterThanOrEqual(1);
		expect(value(text, 'fk_db_pool_connections{state="idle"}')).toBeGreaterThanOrEqual(0);
		expect(value(text, 'fk_db_pool_connections{state="waiting"}')).toBe(0);
		expect(value(text, 'fk_jobs{queue="metrikktest",state="created"}')).toBe(2);
		expect(value(text, 'fk_jobs{queue="metrikktest",state="failed"}')).toBe(0);
		expect(value(text, 'fk_jobs_overdue')).toBe(1);
		expect(value(text, 'fk_mail_messages{status="queued"}')).toBe(2);
		expect(value(text, 'fk_mail_messages{status="failed"}')).toBe(1);
		expect(value(text, 'fk_mail_oldest_queued_seconds')).toBeGreaterThanOrEqual(0);
		expect(text).toMatch(/^fk_public_cache_hits_total \d+$/m);
		// The Node process (prom-client's defaults).
		expect(text).toMatch(/^process_cpu_seconds_total /m);
		expect(text).toMatch(/^nodejs_eventloop_lag_seconds /m);
	});
});
