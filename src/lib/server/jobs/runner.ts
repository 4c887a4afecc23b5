/**
 * The one job runner (pg-boss). Domains declare jobs with `defineJob`; `jobs/all.ts`
 * imports every declaration so `startJobs()` knows them. Jobs carry an idempotency key
 * (`singletonKey`) where they must run once; recurring work ("sweeps") runs on a cron
 * schedule in Europe/Oslo time and asks the app clock what is due.
 */
import PgBoss from 'pg-boss';
import { log } from '../log';

export interface JobDefinition<T extends object> {
	name: string;
	/** Runs the job; throw to have pg-boss retry it. */
	run: (data: T) => Promise<void>;
	/** Cron expression (Europe/Oslo) for recurring jobs. */
	cron?: string;
	retryLimit?: number;
	/** pg-boss queue policy; 'short' keeps at most one waiting job (repeated kicks collapse). */
	policy?: 'standard' | 'short' | 'singleton' | 'stately';
}

export interface SendOptions {
	/** Idempotency key: a second send with the same key while the first exists is dropped. */
	key?: string;
	startAfter?: Date;
}

// Declarations, not per-user state: filled once as modules load.
const definitions = new Map<string, JobDefinition<object>>();
let boss: PgBoss | undefined;
/** What the runner of this process is doing, for /helse. */
let state: 'not-started' | 'starting' | 'running' | 'stopped' = 'not-started';
let startedAt: Date | null = null;
let lastError: { at: Date; message: string } | null = null;

export function defineJob<T extends object>(def: JobDefinition<T>) {
	definitions.set(def.name, def as unknown as JobDefinition<object>);
	return {
		name: def.name,
		run: def.run,
		send: (data: T, opts: SendOptions = {}) => sendJob(def.name, data, opts)
	};
}

export async function sendJob(name: string, data: object, opts: SendOptions = {}) {
	if (!boss) return null; // unit tests and one-off scripts run work directly
	return boss.send(name, data, {
		singletonKey: opts.key,
		startAfter: opts.startAfter,
		retryLimit: definitions.get(name)?.retryLimit ?? 5,
		retryBackoff: true
	});
}

/** Starts pg-boss with its own pool of `max` connections (config.jobsPoolSize at start-up). */
export async function startJobs(connectionString: string, max = 4) {
	if (boss) return boss;
	state = 'starting';
	const b = new PgBoss({ connectionString, schema: 'pgboss', max });
	b.on('error', (e) => {
		// Expected while the database shuts down with the app.
		if (!boss || /terminating connection|Connection terminated/.test(String(e?.message))) return;
		lastError = { at: new Date(), message: String(e?.message ?? e) };
		log.error('job runner', { error: e });
	});
	try {
		await b.start();
	} catch (e) {
		state = 'not-started';
		throw e;
	}
	for (const def of definitions.values()) {
		await b.createQueue(def.name, {
			name: def.name,
			retryLimit: def.retryLimit ?? 5,
			policy: def.policy ?? 'standard'
		});
		await b.work<object>(def.name, { batchSize: 1, pollingIntervalSeconds: 2 }, async (jobs) => {
			for (const job of jobs) await def.run(job.data);
		});
		if (def.cron) await b.schedule(def.name, def.cron, {}, { tz: 'Europe/Oslo' });
	}
	boss = b;
	state = 'running';
	startedAt = new Date();
	lastError = null;
	log.info('Jobbkjøring startet', { jobs: [...definitions.keys()] });
	return b;
}

export async function stopJobs() {
	const b = boss;
	boss = undefined;
	if (b) state = 'stopped';
	await b?.stop({ graceful: true, timeout: 5000 });
}

export interface RunnerStatus {
	/** In this process: never started (or off), starting, running, stopped. */
	state: 'not-started' | 'starting' | 'running' | 'stopped';
	startedAt: Date | null;
	/** The last error pg-boss reported since it started (its pool, maintenance, a worker). */
	lastError: { at: Date; message: string } | null;
}

export function runnerStatus(): RunnerStatus {
	return { state, startedAt, lastError };
}

/**
 * Asks the database through the runner's own connections (pg-boss's pool, not the app's)
 * how long ago pg-boss last kept time for its schedules (`cron_on`: every 30 s, on whichever
 * node gets there first) and last ran maintenance (`maintained_on`: every 2 minutes), in
 * seconds by the database's clock. Null when this process runs no job runner.
 */
export async function runnerHeartbeat(): Promise<{
	cronSecondsAgo: number | null;
	maintenanceSecondsAgo: number | null;
} | null> {
	if (!boss) return null;
	const { rows } = await boss.getDb().executeSql(
		`select extract(epoch from now() - cron_on)::float8 as cron,
			extract(epoch from now() - maintained_on)::float8 as maintenance
		from pgboss.version limit 1`,
		[]
	);
	const row = rows[0] as { cron: number | null; maintenance: number | null } | undefined;
	return { cronSecondsAgo: row?.cron ?? null, maintenanceSecondsAgo: row?.maintenance ?? null };
}

/** Runs every recurring job once, now (test hooks and the health page's «kjør nå»). */
export async function runRecurringNow() {
	for (const def of definitions.values()) if (def.cron) await def.run({});
}

export function jobNames() {
	return [...definitions.keys()];
}
