/**
 * `/metrics` in Prometheus' text format (prom-client): requests and their latency by route,
 * the database pool, the job queues, the mail backlog, the public page cache and the Node
 * process. Each node serves its own figures; Prometheus scrapes every node (docs/drift.md).
 *
 * Labels stay few: the route is SvelteKit's route id (`/(site)/(public)/nyheter/[slug]`),
 * never the address as asked, the method one of a fixed set and the status its class
 * (`2xx`), so no visitor can make new time series.
 *
 * Not public: open only with FK_METRICS_TOKEN (a bearer token) or from an address in
 * FK_METRICS_ALLOW; otherwise `/metrics` answers 404 like any unknown address.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Handle, RequestEvent } from '@sveltejs/kit';
import { isHttpError, isRedirect } from '@sveltejs/kit';
import client from 'prom-client';
import { sql } from 'drizzle-orm';
import { config } from './config';
import { db, pool } from './db/client';
import { publicCache } from './cache/public-cache';
import { clientIp } from './http';
import { log } from './log';

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
/** Job states that make a queue's depth (completed jobs are history, not depth). */
const JOB_STATES = ['created', 'retry', 'active', 'failed'] as const;

function create() {
	const registry = new client.Registry();
	client.collectDefaultMetrics({ register: registry });
	const registers = [registry];
	const labelNames = ['route', 'method', 'status'] as const;
	const requests = new client.Counter({
		name: 'fk_http_requests_total',
		help: 'HTTP-forespørsler SvelteKit svarte på, etter rute-id, metode og statusklasse',
		labelNames,
		registers
	});
	const duration = new client.Histogram({
		name: 'fk_http_request_duration_seconds',
		help: 'Tid til svaret (hodene) var klart, etter rute-id, metode og statusklasse',
		labelNames,
		buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
		registers
	});
	new client.Gauge({
		name: 'fk_db_pool_connections',
		help: 'Appens databasepool på denne noden: total (åpne), idle (ledige) og waiting (forespørsler som venter på en forbindelse)',
		labelNames: ['state'],
		registers,
		collect() {
			this.set({ state: 'total' }, pool?.totalCount ?? 0);
			this.set({ state: 'idle' }, pool?.idleCount ?? 0);
			this.set({ state: 'waiting' }, pool?.waitingCount ?? 0);
		}
	});
	new client.Gauge({
		name: 'fk_db_pool_max',
		help: 'Største antall forbindelser i appens pool (FK_DB_POOL_SIZE)',
		registers,
		collect() {
			this.set(pool?.options.max ?? 0);
		}
	});
	new client.Counter({
		name: 'fk_public_cache_hits_total',
		help: 'Svar gitt fra den offentlige sidebufferen før SvelteKit (ikke med i fk_http_requests_total)',
		registers,
		collect() {
			this.reset();
			this.inc(publicCache.hits);
		}
	});
	new client.Gauge({
		name: 'fk_public_cache_entries',
		help: 'Sider i den offentlige sidebufferen på denne noden',
		registers,
		collect() {
			this.set(publicCache.size);
		}
	});
	const databaseUp = new client.Gauge({
		name: 'fk_metrics_database_up',
		help: '1 når databasetallene (jobber, e-post) kunne leses ved denne innhentingen, ellers 0',
		registers
	});
	const jobs = new client.Gauge({
		name: 'fk_jobs',
		help: 'Jobber i jobbkøen (pg-boss) etter kø og tilstand; felles for alle noder',
		labelNames: ['queue', 'state'],
		registers
	});
	const overdue = new client.Gauge({
		name: 'fk_jobs_overdue',
		help: 'Jobber som skulle ha startet for mer enn 5 minutter siden (som på /helse)',
		registers
	});
	const mail = new client.Gauge({
		name: 'fk_mail_messages',
		help: 'E-post som ikke er sendt: queued (venter på sending) og failed (ga opp); felles for alle noder',
		labelNames: ['status'],
		registers
	});
	const mailAge = new client.Gauge({
		name: 'fk_mail_oldest_queued_seconds',
		help: 'Alderen på den eldste e-posten som venter på sending (0 når ingen venter)',
		registers
	});
	return { registry, requests, duration, databaseUp, jobs, overdue, mail, mailAge };
}

type Metrics = ReturnType<typeof create>;
const g = globalThis as typeof globalThis & { __fkMetrics?: Metrics };
// One registry per process (a module loaded twice, as under Vite, must not register twice).
const metrics: Metrics = (g.__fkMetrics ??= create());

export const metricsContentType = metrics.registry.contentType;

const statusClass = (status: number) => `${Math.floor(status / 100)}xx`;

/** Counts and times one answer (exported for the tests). */
export function observe(routeId: string | null, method: string, status: number, seconds: number) {
	const labels = {
		route: routeId ?? 'ingen',
		method: METHODS.has(method) ? method : 'OTHER',
		status: statusClass(status)
	};
	metrics.requests.inc(labels);
	metrics.duration.observe(labels, seconds);
}

/**
 * Requests this process is answering, read by server/index.js on shutdown: the database and
 * the job runner stop only when the last handler has finished, also one that runs on after
 * its connection was closed (on globalThis: the server and the app are separate bundles).
 */
const inFlight = ((
	globalThis as typeof globalThis & { __fkInFlight?: { count: number } }
).__fkInFlight ??= { count: 0 });

/**
 * First in hooks.server.ts's sequence: times everything after it, also the answers a later
 * handle gives itself and the redirects and errors it throws, and counts it as in flight.
 */
export const timeRequests: Handle = async ({ event, resolve }) => {
	const started = performance.now();
	let status = 500;
	inFlight.count++;
	try {
		const response = await resolve(event);
		status = response.status;
		return response;
	} catch (e) {
		status = isRedirect(e) ? e.status : isHttpError(e) ? e.status : 500;
		throw e;
	} finally {
		inFlight.count--;
		observe(event.route.id, event.request.method, status, (performance.now() - started) / 1000);
	}
};

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Whether this request may read /metrics: the bearer token, or an allowed address. */
export function metricsAllowed(event: Pick<RequestEvent, 'request' | 'getClientAddress'>): boolean {
	const token = config.metricsToken;
	const allow = config.metricsAllow;
	if (!token && !allow) return false;
	if (token) {
		const given = /^Bearer\s+(\S+)\s*$/i.exec(
			event.request.headers.get('authorization') ?? ''
		)?.[1];
		// Equal-length digests, compared in constant time: neither length nor prefix leaks.
		if (given && timingSafeEqual(digest(given), digest(token))) return true;
	}
	if (allow && allow.allows(clientIp(event))) return true;
	return false;
}

/** Reads the figures that live in the database (shared by all nodes) at scrape time. */
async function collectDatabase() {
	try {
		await db.transaction(async (tx) => {
			// A scrape must never hang on a busy database.
			await tx.execute(sql`set local statement_timeout = 5000`);
			const [{ installed }] = (
				await tx.execute<{ installed: boolean }>(
					sql`select to_regclass('pgboss.job') is not null and to_regclass('pgboss.queue') is not null as installed`
				)
			).rows;
			const queues = installed
				? await tx.execute<{ queue: string; state: string; count: number }>(sql`
					select q.name as queue, s.state, coalesce(c.count, 0)::int as count
					from pgboss.queue q
					cross join unnest(${sql.param([...JOB_STATES])}::text[]) as s(state)
					left join (
						select name, state::text as state, count(*) as count from pgboss.job
						where state::text = any(${sql.param([...JOB_STATES])}::text[])
						group by 1, 2
					) c on c.name = q.name and c.state = s.state
					order by 1, 2`)
				: null;
			const late = installed
				? await tx.execute<{ count: number }>(sql`
					select count(*)::int as count from pgboss.job
					where state in ('created', 'retry') and start_after < now() - interval '5 minutes'`)
				: null;
			const mails = await tx.execute<{ queued: number; failed: number; oldest: number | null }>(sql`
				select count(*) filter (where status = 'queued')::int as queued,
					count(*) filter (where status = 'failed')::int as failed,
					extract(epoch from now() - min(created_at) filter (where status = 'queued'))::float8 as oldest
				from mail_messages where status in ('queued', 'failed')`);
			metrics.jobs.reset();
			for (const r of queues?.rows ?? [])
				metrics.jobs.set({ queue: r.queue, state: r.state }, r.count);
			metrics.overdue.set(late?.rows[0]?.count ?? 0);
			const mr = mails.rows[0];
			metrics.mail.set({ status: 'queued' }, mr?.queued ?? 0);
			metrics.mail.set({ status: 'failed' }, mr?.failed ?? 0);
			metrics.mailAge.set(Math.max(0, mr?.oldest ?? 0));
		});
		metrics.databaseUp.set(1);
	} catch (e) {
		metrics.databaseUp.set(0);
		log.warn('Metrikk: fikk ikke lest databasetallene', { error: e });
	}
}

/** The whole page Prometheus scrapes. */
export async function metricsText(): Promise<string> {
	await collectDatabase();
	return metrics.registry.metrics();
}
