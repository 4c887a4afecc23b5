/**
 * `/helse`: the database, this node's job runner (started here, its own connections
 * answering, pg-boss's heartbeat recent) and overdue jobs; 503 whenever something is wrong.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { db } from './db/client';
import { HEARTBEAT_MAX_S, health, judgeRunner } from './health';
import { startJobs, stopJobs, type RunnerStatus } from './jobs/runner';
import { GET } from '../../routes/helse/+server';

const url = process.env.DATABASE_URL!;
const jobsBefore = process.env.FK_JOBS;
afterAll(async () => {
	await stopJobs();
	if (jobsBefore === undefined) delete process.env.FK_JOBS;
	else process.env.FK_JOBS = jobsBefore;
});

async function answer() {
	const res = await GET({} as Parameters<typeof GET>[0]);
	return { status: res.status, body: await res.json(), cache: res.headers.get('cache-control') };
}

const running: RunnerStatus = {
	state: 'running',
	startedAt: new Date('2026-01-01T10:00:00Z'),
	lastError: null
};

describe('judging the job runner', () => {
	it('is alive with a recent heartbeat, and says when it is off, stopped or silent', () => {
		const fresh = { cronSecondsAgo: 12, maintenanceSecondsAgo: 80 };
		expect(judgeRunner(true, running, fresh, 3600)).toMatchObject({
			state: 'running',
			alive: true,
			heartbeatSecondsAgo: 12,
			maintenanceSecondsAgo: 80
		});
		expect(judgeRunner(false, running, null, 0)).toMatchObject({ state: 'off', alive: false });
		expect(judgeRunner(false, running, null, 0).note).toMatch(/FK_JOBS=0/);
		expect(judgeRunner(true, { ...running, state: 'stopped' }, null, 0)).toMatchObject({
			state: 'stopped',
			alive: false
		});
		expect(
			judgeRunner(true, { ...running, state: 'not-started', startedAt: null }, null, 0).note
		).toMatch(/ikke startet/);
		const silent = judgeRunner(
			true,
			running,
			{ cronSecondsAgo: HEARTBEAT_MAX_S + 1, maintenanceSecondsAgo: 80 },
			3600
		);
		expect(silent.alive).toBe(false);
		expect(silent.note).toMatch(/Ingen hjerteslag/);
		const unreachable = judgeRunner(true, running, new Error('svarte ikke innen 3 s'), 3600);
		expect(unreachable.alive).toBe(false);
		// The reason is logged, not shown on the open page.
		expect(unreachable.note).toBe('Jobbkjøringens egne databaseforbindelser svarer ikke.');
		const failed = judgeRunner(
			true,
			{ ...running, lastError: { at: new Date('2026-01-01T11:00:00Z'), message: 'passord feil' } },
			fresh,
			3600
		);
		expect(failed.lastErrorAt).toBe('2026-01-01T11:00:00.000Z');
		expect(JSON.stringify(failed)).not.toContain('passord');
		// Maintenance every 2 minutes: none yet is fine just after the start, not later.
		expect(
			judgeRunner(true, running, { cronSecondsAgo: 1, maintenanceSecondsAgo: null }, 30).alive
		).toBe(true);
		expect(
			judgeRunner(true, running, { cronSecondsAgo: 1, maintenanceSecondsAgo: null }, 3600).alive
		).toBe(false);
		expect(judgeRunner(true, running, fresh, 3600, true).note).toMatch(/testmodus/);
	});
});

describe('/helse', () => {
	it('is ok on a node with the runner off on purpose, and says so', async () => {
		process.env.FK_JOBS = '0';
		const { status, body, cache } = await answer();
		expect(status).toBe(200);
		expect(cache).toBe('no-store');
		expect(body).toMatchObject({ ok: true, database: true, overdueJobs: [] });
		expect(body.jobRunner).toMatchObject({ state: 'off', alive: false });
	});

	it('answers 503 while a node that should run jobs has no runner, and 200 once it runs', async () => {
		process.env.FK_JOBS = '1';
		const before = await answer();
		expect(before.status).toBe(503);
		expect(before.body.ok).toBe(false);
		expect(before.body.database).toBe(true);
		expect(before.body.jobRunner).toMatchObject({ state: 'not-started', alive: false });

		const boss = await startJobs(url, 2);
		const after = await answer();
		expect(after.body.jobRunner).toMatchObject({ state: 'running', alive: true });
		expect(after.body.jobRunner.heartbeatSecondsAgo).toBeLessThan(60);
		expect(after.status).toBe(200);
		expect(after.body.ok).toBe(true);

		// A job that should have started ten minutes ago, on a queue no worker takes.
		await boss.createQueue('helsetest');
		await boss.send('helsetest', {}, { startAfter: new Date(Date.now() - 10 * 60_000) });
		const overdue = await answer();
		expect(overdue.status).toBe(503);
		expect(overdue.body.overdueJobs).toEqual([{ name: 'helsetest', count: 1 }]);
		await db.execute(sql`delete from pgboss.job where name = 'helsetest'`);
		expect((await answer()).status).toBe(200);

		// pg-boss stopped keeping time (a hung process, a lost pool): not alive.
		await db.execute(sql`update pgboss.version set cron_on = now() - interval '10 minutes'`);
		const silent = await health();
		expect(silent.ok).toBe(false);
		expect(silent.jobRunner.alive).toBe(false);
		expect(silent.jobRunner.heartbeatSecondsAgo).toBeGreaterThan(HEARTBEAT_MAX_S);
		await db.execute(sql`update pgboss.version set cron_on = now()`);

		await stopJobs();
		const stopped = await answer();
		expect(stopped.status).toBe(503);
		expect(stopped.body.jobRunner).toMatchObject({ state: 'stopped', alive: false });
	});
});
