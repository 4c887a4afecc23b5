import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import pg from 'pg';
import fs from 'node:fs';
import os from 'node:os';
import net from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';
import { randomBytes } from 'node:crypto';
import {
	BackupError,
	backupDatabase,
	restoreDatabase,
	restoreDataDir,
	type Manifest
} from './backup';
import { startEmbedded } from './embedded';
import { loadDemoIfEmpty } from '../demo';

const adminUrl = inject('pgAdminUrl');
const sourceUrl = process.env.DATABASE_URL!;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fk-backup-test-'));
fs.chmodSync(tmp, 0o755);
const made: string[] = [];

async function emptyDatabase(): Promise<string> {
	const name = `fk_restore_${process.pid}_${made.length}_${Math.random().toString(36).slice(2, 6)}`;
	const admin = new pg.Client({ connectionString: adminUrl });
	await admin.connect();
	await admin.query(`create database ${name}`);
	await admin.end();
	made.push(name);
	return adminUrl.replace(/\/[^/]+$/, `/${name}`);
}

async function client(url: string) {
	const c = new pg.Client({ connectionString: url });
	await c.connect();
	await c.query("set time zone 'UTC'");
	return c;
}

/**
 * Row count and a checksum of every table in the app's schema, computed here independently
 * of the backup code (whole rows, generated columns included, sorted by their text).
 */
async function fingerprint(c: pg.Client): Promise<Record<string, string>> {
	const tables = await c.query<{ name: string }>(
		"select tablename as name from pg_tables where schemaname = 'public' order by 1"
	);
	const out: Record<string, string> = {};
	for (const { name } of tables.rows) {
		const r = await c.query<{ n: number; h: string }>(
			`select count(*)::int as n, md5(coalesce(string_agg(x, E'\\n' order by x collate "C"), '')) as h
			 from (select to_jsonb(r)::text as x from public."${name}" r) s`
		);
		out[name] = `${r.rows[0].n}:${r.rows[0].h}`;
	}
	return out;
}

/** One change that writes two tables in one transaction: a file and its audit row. */
async function writePair(c: pg.Client, tag: string) {
	await c.query('begin');
	const data = randomBytes(64 + Math.floor(Math.random() * 512));
	const m = await c.query<{ id: number }>(
		`insert into media_files (name, mime, size, sha256, data) values ($1, 'application/octet-stream', $2, 'x', $3) returning id`,
		[tag, data.length, data]
	);
	await c.query(
		`insert into audit_log (action, entity_type, entity_id, summary) values ('backup-test', 'media_file', $1, $2)`,
		[String(m.rows[0].id), tag]
	);
	await c.query('commit');
}

/** Files from the writer without their audit row, and audit rows without their file. */
async function halfDone(c: pg.Client): Promise<number> {
	const r = await c.query<{ n: number }>(
		`select (select count(*) from media_files m where m.name like 'bk-%' and not exists
		   (select 1 from audit_log a where a.action = 'backup-test' and a.entity_id = m.id::text))
		 + (select count(*) from audit_log a where a.action = 'backup-test' and not exists
		   (select 1 from media_files m where m.id::text = a.entity_id)) as n`
	);
	return Number(r.rows[0].n);
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const s = net.createServer();
		s.once('error', reject);
		s.listen(0, '127.0.0.1', () => {
			const port = (s.address() as net.AddressInfo).port;
			s.close(() => resolve(port));
		});
	});
}

/** Generous limits: these tests start servers and restore, and a busy machine is slow. */
const SLOW = 120_000;

let file: string;
let manifest: Manifest;
let atSnapshot: Record<string, string>;
let afterBackup: Record<string, string>;

beforeAll(async () => {
	// Real content in most tables (foreign keys, sequences, generated columns), a file with
	// every byte value and a large one.
	await loadDemoIfEmpty();
	const c = await client(sourceUrl);
	const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
	await c.query(
		`insert into media_files (name, mime, size, sha256, data) values ('alle-bytes', 'application/octet-stream', 256, 'x', $1)`,
		[all]
	);
	// A file whose row is longer than the chunks the restore reads.
	const big = randomBytes(1_500_000);
	await c.query(
		`insert into media_files (name, mime, size, sha256, data) values ('stor', 'application/octet-stream', $1, 'x', $2)`,
		[big.length, big]
	);
	await c.end();
});

afterAll(async () => {
	const admin = new pg.Client({ connectionString: adminUrl });
	await admin.connect();
	for (const name of made) await admin.query(`drop database if exists ${name} with (force)`);
	await admin.end();
	fs.rmSync(tmp, { recursive: true, force: true });
});

describe('backup under write load', { timeout: SLOW }, () => {
	it('reads one snapshot while a writer commits, and writes a file the restore checks', async () => {
		file = path.join(tmp, 'kopi.backup.gz');
		const writer = await client(sourceUrl);
		const between = await client(sourceUrl);
		const snapshot = await client(sourceUrl);
		let stop = false;
		let written = 0;
		// A concurrent writer (bounded), committing pairs while the backup runs.
		const load = (async () => {
			for (let i = 0; i < 5000 && !stop; i++) {
				await writePair(writer, `bk-load-${i}`);
				written++;
			}
		})();
		try {
			manifest = await backupDatabase(sourceUrl, file, {
				onSnapshot: async (id) => {
					await snapshot.query('begin isolation level repeatable read read only');
					await snapshot.query(`set transaction snapshot '${id}'`);
				},
				onTable: async (t) => {
					// Deterministically, a pair commits after audit_log was read and before
					// media_files is: outside the snapshot it would be half in the backup.
					if (t.name === 'audit_log') await writePair(between, 'bk-between');
				}
			});
			atSnapshot = await fingerprint(snapshot);
			await snapshot.query('commit');
		} finally {
			stop = true;
			await load;
			await writer.end();
			await between.end();
			await snapshot.end();
		}
		expect(written).toBeGreaterThan(0);
		const after = await client(sourceUrl);
		afterBackup = await fingerprint(after);
		// The pair written between the two tables was committed (the restore must not have it).
		const committed = await after.query("select 1 from media_files where name = 'bk-between'");
		expect(committed.rowCount).toBe(1);
		await after.end();
		// The writer kept writing: the database moved on from the snapshot.
		expect(afterBackup.media_files).not.toBe(atSnapshot.media_files);
		expect(manifest.tables.find((t) => t.name === 'media_files')!.rows).toBe(
			Number(atSnapshot.media_files.split(':')[0])
		);
		expect(fs.statSync(file).mode & 0o777).toBe(0o600);
		expect(fs.existsSync(file + '.partial')).toBe(false);
		expect(manifest.tables.map((t) => t.schema)).not.toContain('pgboss');
	});

	it('restores into an empty database exactly what the snapshot held', async () => {
		const target = await emptyDatabase();
		await restoreDatabase(target, file);
		const c = await client(target);
		try {
			// No change is half in the backup: every file has its audit row and the reverse.
			expect(await halfDone(c)).toBe(0);
			const between = await c.query("select 1 from media_files where name = 'bk-between'");
			expect(between.rowCount).toBe(0);
			expect(await fingerprint(c)).toEqual(atSnapshot);
			// Every byte of an uploaded file survives.
			const all = await c.query<{ data: Buffer }>(
				"select data from media_files where name = 'alle-bytes'"
			);
			expect([...all.rows[0].data]).toEqual(Array.from({ length: 256 }, (_, i) => i));
			// Sequences continue after the restored rows.
			const next = await c.query<{ id: number; max: number }>(
				`with m as (select max(id) as max from media_files)
				 insert into media_files (name, mime, size, sha256, data)
				 select 'ny', 'text/plain', 1, 'x', '\\x41'::bytea returning id, (select max from m)`
			);
			expect(next.rows[0].id).toBeGreaterThan(next.rows[0].max);
			// The schema version is the backup's.
			const versions = await c.query('select hash from drizzle.__drizzle_migrations');
			expect(versions.rowCount).toBe(manifest.migrations.length);
		} finally {
			await c.end();
		}
	});

	it('refuses a damaged file before writing anything', async () => {
		const damaged = path.join(tmp, 'avkortet.backup.gz');
		const whole = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n');
		// Drop the last row line of a table and the manifest: a backup cut short.
		fs.writeFileSync(damaged, zlib.gzipSync(whole.slice(0, whole.length - 4).join('\n')));
		const target = await emptyDatabase();
		await expect(restoreDatabase(target, damaged)).rejects.toThrow(BackupError);
		const c = await client(target);
		const tables = await c.query(
			"select 1 from pg_tables where schemaname not in ('pg_catalog', 'information_schema')"
		);
		await c.end();
		expect(tables.rowCount).toBe(0);
	});
});

describe('restore target', { timeout: SLOW }, () => {
	it('refuses a database that is not empty, and leaves it as it was', async () => {
		await expect(restoreDatabase(sourceUrl, file)).rejects.toThrow(/tom database/);
		const c = await client(sourceUrl);
		const now = await fingerprint(c);
		await c.end();
		expect(now.media_files).toBe(afterBackup.media_files);
	});

	it('refuses a data directory that is not empty', async () => {
		const dir = path.join(tmp, 'brukt');
		fs.mkdirSync(dir);
		fs.writeFileSync(path.join(dir, 'noe'), 'x');
		await expect(restoreDataDir(dir, await freePort(), file)).rejects.toThrow(/tom datakatalog/);
		expect(fs.readdirSync(dir)).toEqual(['noe']);
	});

	it('restores into an empty data directory that the app then starts on', async () => {
		const dir = path.join(tmp, 'data');
		const port = await freePort();
		await restoreDataDir(dir, port, file);
		expect(fs.statSync(path.join(dir, 'pg-password')).mode & 0o777).toBe(0o600);
		// As `npm start` does: start the embedded server on the directory and read.
		const server = await startEmbedded(dir, port);
		try {
			const c = await client(server.url);
			expect(await fingerprint(c)).toEqual(atSnapshot);
			await c.end();
		} finally {
			await server.stop();
		}
	});
});
