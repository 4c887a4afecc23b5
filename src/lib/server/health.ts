/**
 * Health (`/helse`): the database answers, this node's job runner is alive, and no job is
 * overdue. JSON; the route answers 503 when `ok` is false, so a load balancer or a monitor
 * can act on the status alone.
 */
import { sql } from 'drizzle-orm';
import { db } from './db/client';
import { config } from './config';
import { log } from './log';
import { runnerHeartbeat, runnerStatus, type RunnerStatus } from './jobs/runner';
import { providerHealth } from './accounts/providers';

/** pg-boss keeps time for its schedules every 30 s: three missed beats is a dead runner. */
export const HEARTBEAT_MAX_S = 180;
/** Maintenance runs every 2 minutes on some node: five missed runs is a stuck job system. */
export const MAINTENANCE_MAX_S = 600;
/** How long a freshly started runner may go without its first maintenance. */
const GRACE_S = MAINTENANCE_MAX_S;

export interface JobRunnerHealth {
	/** This process: `off` (FK_JOBS=0), `not-started`, `starting`, `running` or `stopped`. */
	state: 'off' | RunnerStatus['state'];
	/** Running, and its own connections answer with a recent heartbeat. */
	alive: boolean;
	/** Test build in test mode: the app's clock can be moved, and tests run jobs by hand. */
	testMode: boolean;
	startedAt: string | null;
	heartbeatSecondsAgo: number | null;
	maintenanceSecondsAgo: number | null;
	/** When pg-boss last reported an error (the message is in the log, not on this open page). */
	lastErrorAt: string | null;
	/** One line for the operator (Norwegian). */
	note: string;
}

const round = (n: number | null) => (n === null ? null : Math.round(n));

/**
 * Judges the runner from what it says of itself and its heartbeat (pure, for the tests).
 * `uptimeS`: seconds since it started.
 */
export function judgeRunner(
	runsJobs: boolean,
	status: RunnerStatus,
	beat: { cronSecondsAgo: number | null; maintenanceSecondsAgo: number | null } | Error | null,
	uptimeS: number,
	testMode = false
): JobRunnerHealth {
	const base = {
		testMode,
		startedAt: status.startedAt?.toISOString() ?? null,
		heartbeatSecondsAgo: null as number | null,
		maintenanceSecondsAgo: null as number | null,
		lastErrorAt: status.lastError?.at.toISOString() ?? null
	};
	const suffix = testMode ? ' (testmodus: klokken kan flyttes, og testene kjører jobber selv)' : '';
	if (!runsJobs)
		return {
			...base,
			state: 'off',
			alive: false,
			note:
				'Jobbkjøringen er slått av på denne noden (FK_JOBS=0); andre noder må kjøre jobbene.' +
				suffix
		};
	if (status.state !== 'running')
		return {
			...base,
			state: status.state,
			alive: false,
			note:
				(status.state === 'stopped'
					? 'Jobbkjøringen er stoppet.'
					: status.state === 'starting'
						? 'Jobbkjøringen starter.'
						: 'Jobbkjøringen har ikke startet.') + suffix
		};
	if (beat === null || beat instanceof Error)
		return {
			...base,
			state: 'running',
			alive: false,
			// The reason goes to the log (jobRunnerHealth), not to this open page.
			note: 'Jobbkjøringens egne databaseforbindelser svarer ikke.' + suffix
		};
	const cron = beat.cronSecondsAgo;
	const maintenance = beat.maintenanceSecondsAgo;
	const withBeat = {
		...base,
		state: 'running' as const,
		heartbeatSecondsAgo: round(cron),
		maintenanceSecondsAgo: round(maintenance)
	};
	if (cron === null ? uptimeS > 60 : cron > HEARTBEAT_MAX_S)
		return {
			...withBeat,
			alive: false,
			note:
				`Ingen hjerteslag fra jobbkjøringen på ${cron === null ? 'over et minutt' : `${Math.round(cron)} s`} (tidsplanene går ikke).` +
				suffix
		};
	if ((maintenance === null || maintenance > MAINTENANCE_MAX_S) && uptimeS > GRACE_S)
		return {
			...withBeat,
			alive: false,
			note:
				`Jobbkjøringens vedlikehold har ikke gått på ${maintenance === null ? 'lenge' : `${Math.round(maintenance)} s`}.` +
				suffix
		};
	return { ...withBeat, alive: true, note: 'Jobbkjøringen kjører.' + suffix };
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`${what} svarte ikke innen ${ms / 1000} s`)), ms);
	});
	return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

export async function jobRunnerHealth(): Promise<JobRunnerHealth> {
	const status = runnerStatus();
	const runs = config.runJobs;
	let beat: Awaited<ReturnType<typeof runnerHeartbeat>> | Error = null;
	if (runs && status.state === 'running')
		beat = await withTimeout(runnerHeartbeat(), 3000, 'Jobbkjøringen').catch((e: unknown) => {
			log.warn('Helsesjekk: jobbkjøringens forbindelser svarer ikke', { error: e });
			return e instanceof Error ? e : new Error(String(e));
		});
	const uptimeS = status.startedAt ? (Date.now() - status.startedAt.getTime()) / 1000 : 0;
	return judgeRunner(runs, status, beat, uptimeS, config.testMode);
}

export async function health() {
	const started = Date.now();
	let database: boolean;
	let overdueJobs: { name: string; count: number }[] = [];
	let failedJobs = 0;
	const jobRunner = await jobRunnerHealth();
	try {
		await db.execute(sql`select 1`);
		database = true;
		const schema = await db.execute<{ exists: boolean }>(
			sql`select exists (select 1 from information_schema.tables where table_schema = 'pgboss' and table_name = 'job') as exists`
		);
		if (schema.rows[0]?.exists) {
			const overdue = await db.execute<{ name: string; count: number }>(sql`
				select name, count(*)::int as count from pgboss.job
				where state in ('created', 'retry') and start_after < now() - interval '5 minutes'
				group by name order by name`);
			overdueJobs = overdue.rows;
			const failed = await db.execute<{ count: number }>(
				sql`select count(*)::int as count from pgboss.job where state = 'failed' and completed_on > now() - interval '1 day'`
			);
			failedJobs = failed.rows[0]?.count ?? 0;
		}
	} catch {
		database = false;
	}
	// Sign-in providers (Feide, ID-porten, Ansattporten) whose discovery fails lose their button;
	// the site goes on, so they do not make the node unhealthy: the note says why.
	const signInProviders = database
		? await providerHealth()
				.then((list) =>
					list.map(({ provider, ok, reason }) => ({
						provider,
						ok,
						note: ok ? 'Oppdaget.' : `Kunne ikke lese oppdagelsesdokumentet: ${reason}`
					}))
				)
				.catch(() => [])
		: [];
	// A node with the runner off on purpose is healthy; overdue jobs show if no node runs them.
	const runnerOk = jobRunner.state === 'off' || jobRunner.alive;
	const ok = database && runnerOk && overdueJobs.length === 0;
	return {
		ok,
		database,
		jobRunner,
		overdueJobs,
		failedJobsLastDay: failedJobs,
		signInProviders,
		ms: Date.now() - started
	};
}
