/**
 * Backup and restore (`npm run backup`, `npm run restore -- <fil>`; docs/sikkerhetskopi.md).
 *
 * A logical backup written over the normal connection, so it works for the embedded server
 * (PostgreSQL 18) and for any DATABASE_URL whatever the client tools' version. Everything is
 * read inside ONE `REPEATABLE READ READ ONLY` transaction: one snapshot, so a change that
 * writes two tables in one transaction is either wholly in the backup or not at all.
 *
 * The file is gzip'd lines. Lines starting with `#` are JSON control records (header, the
 * start and end of each table, and the manifest last); every other line is one row, the
 * server's `to_jsonb` of the row's stored columns (bytea as hex, so uploaded files are
 * included). Per table the manifest has the row count and a sha256 that does not depend on
 * row order (sha256 of the sorted row hashes), so the restore checks both the file and the
 * restored tables against it.
 *
 * Not in the backup: pg-boss's schema `pgboss` (its own version-specific tables; every
 * recurring job is re-scheduled by `startJobs()` at start, mail waits in `mail_messages`,
 * and the only one-off job, a sign-in link mail, is asked for again by the user) and the
 * `drizzle` migrations table (the header records the schema version instead; the restore
 * runs the migrations up to that version, which writes it again).
 */
import pg from 'pg';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import zlib from 'node:zlib';
import { StringDecoder } from 'node:string_decoder';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { drizzle } from 'drizzle-orm/node-postgres';
import * as schema from './schema';
import { runMigrations } from './migrate';
import { PASSWORD_FILE, startEmbedded } from './embedded';
import { config } from '../config';

export const FORMAT = 'fk-backup/1';
/** Schemas never backed up or restored (see above). */
const SKIP_SCHEMAS = ['pgboss', 'drizzle'];
/** Rows per FETCH; one at a time for tables with files, so memory stays bounded. */
const BATCH_ROWS = 500;
/** Bytes of row JSON per INSERT while restoring. */
const INSERT_BYTES = 4 * 1024 * 1024;

export interface Migration {
	hash: string;
	createdAt: number;
}
export interface TableEntry {
	schema: string;
	name: string;
	columns: string[];
	rows: number;
	sha256: string;
}
export interface SequenceEntry {
	schema: string;
	name: string;
	/** null: never used (a fresh sequence is left as it is). */
	lastValue: string | null;
}
export interface Manifest {
	format: string;
	createdAt: string;
	serverVersion: string;
	migrations: Migration[];
	tables: TableEntry[];
	sequences: SequenceEntry[];
}

/** A target that is not empty, a newer backup than the code, a damaged file: the operator's to fix. */
export class BackupError extends Error {}

export interface BackupHooks {
	/** Called with `pg_export_snapshot()` once the snapshot is taken (tests read the same snapshot). */
	onSnapshot?: (snapshot: string) => Promise<void> | void;
	/** Called after each table is written. */
	onTable?: (table: TableEntry) => Promise<void> | void;
}

const q = (id: string) => '"' + id.replace(/"/g, '""') + '"';
const qualified = (t: { schema: string; name: string }) => `${q(t.schema)}.${q(t.name)}`;

/** The session settings both sides use, so `to_jsonb` prints values the same way. */
async function setSession(client: pg.Client) {
	await client.query(
		"set time zone 'UTC'; set bytea_output = 'hex'; set extra_float_digits = 1; " +
			"set datestyle = 'ISO, YMD'; set intervalstyle = 'postgres'"
	);
}

async function connectTo(url: string, name: string): Promise<pg.Client> {
	const client = new pg.Client({ connectionString: url, application_name: name });
	await client.connect();
	await setSession(client);
	return client;
}

const schemaFilter = `n.nspname not in ('pg_catalog', 'information_schema', ${SKIP_SCHEMAS.map((s) => `'${s}'`).join(', ')})
	and n.nspname not like 'pg\\_%'`;

async function listTables(client: pg.Client): Promise<{ schema: string; name: string }[]> {
	const r = await client.query<{ schema: string; name: string }>(
		`select n.nspname as schema, c.relname as name from pg_class c
		 join pg_namespace n on n.oid = c.relnamespace
		 where c.relkind = 'r' and ${schemaFilter} order by 1, 2`
	);
	return r.rows;
}

/** The table's stored columns (generated ones are computed again on insert). */
async function storedColumns(client: pg.Client, t: { schema: string; name: string }) {
	const r = await client.query<{ name: string; bytea: boolean }>(
		`select a.attname as name, a.atttypid = 'bytea'::regtype as bytea from pg_attribute a
		 where a.attrelid = $1::regclass and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
		 order by a.attnum`,
		[qualified(t)]
	);
	return r.rows;
}

/** Order-independent digest: sha256 over the sorted sha256 of each row line. */
class Digest {
	private hashes: Buffer[] = [];
	add(line: string) {
		this.hashes.push(createHash('sha256').update(line).digest());
	}
	get rows() {
		return this.hashes.length;
	}
	hex(): string {
		const h = createHash('sha256');
		for (const b of this.hashes.sort(Buffer.compare)) h.update(b);
		return h.digest('hex');
	}
}

/** Reads a table's rows as lines through a cursor, in batches. */
async function eachRow(
	client: pg.Client,
	t: { schema: string; name: string },
	columns: { name: string; bytea: boolean }[],
	fn: (line: string) => Promise<void> | void
) {
	const cols = columns.map((c) => q(c.name)).join(', ');
	const batch = columns.some((c) => c.bytea) ? 1 : BATCH_ROWS;
	await client.query(
		`declare fk_rows no scroll cursor for select to_jsonb(r)::text as j from (select ${cols} from ${qualified(t)}) r`
	);
	for (;;) {
		const r = await client.query<{ j: string }>(`fetch ${batch} from fk_rows`);
		for (const row of r.rows) await fn(row.j);
		if (r.rows.length < batch) break;
	}
	await client.query('close fk_rows');
}

/** Row count and digest of a table as it is in the database (used by the restore's check). */
export async function tableDigest(
	client: pg.Client,
	t: { schema: string; name: string },
	columnNames: string[]
): Promise<{ rows: number; sha256: string }> {
	const all = await storedColumns(client, t);
	const columns = columnNames.map(
		(n) => all.find((c) => c.name === n) ?? { name: n, bytea: false }
	);
	const d = new Digest();
	await eachRow(client, t, columns, (line) => d.add(line));
	return { rows: d.rows, sha256: d.hex() };
}

/**
 * Writes a consistent backup of the database at `url` to `file` (mode 0600; written to
 * `<file>.partial` first and renamed when complete). Returns the manifest.
 */
export async function backupDatabase(
	url: string,
	file: string,
	hooks: BackupHooks = {}
): Promise<Manifest> {
	const partial = file + '.partial';
	const client = await connectTo(url, 'fk-backup');
	const gzip = zlib.createGzip();
	const out = fs.createWriteStream(partial, { mode: 0o600 });
	gzip.pipe(out);
	const write = async (line: string) => {
		if (!gzip.write(line + '\n')) await once(gzip, 'drain');
	};
	try {
		await client.query('begin isolation level repeatable read read only');
		// The first statement takes the snapshot every later read sees.
		const snap = await client.query<{ id: string }>('select pg_export_snapshot() as id');
		await hooks.onSnapshot?.(snap.rows[0].id);

		const hasDrizzle = await client.query(
			"select 1 from pg_tables where schemaname = 'drizzle' and tablename = '__drizzle_migrations'"
		);
		if (hasDrizzle.rowCount === 0)
			throw new BackupError('Databasen har ingen migreringer: er dette appens database?');
		const migrations = (
			await client.query<{ hash: string; created_at: string | number }>(
				'select hash, created_at from drizzle.__drizzle_migrations order by created_at, id'
			)
		).rows.map((m) => ({ hash: m.hash, createdAt: Number(m.created_at) }));
		const version = await client.query<{ v: string }>(
			"select current_setting('server_version') as v"
		);

		const manifest: Manifest = {
			format: FORMAT,
			createdAt: new Date().toISOString(),
			serverVersion: version.rows[0].v,
			migrations,
			tables: [],
			sequences: []
		};
		await write('#' + JSON.stringify({ header: { ...manifest, tables: undefined } }));

		for (const t of await listTables(client)) {
			const columns = await storedColumns(client, t);
			const names = columns.map((c) => c.name);
			await write(
				'#' + JSON.stringify({ table: { schema: t.schema, name: t.name, columns: names } })
			);
			const d = new Digest();
			await eachRow(client, t, columns, async (line) => {
				d.add(line);
				await write(line);
			});
			const entry: TableEntry = { ...t, columns: names, rows: d.rows, sha256: d.hex() };
			await write('#' + JSON.stringify({ end: { rows: entry.rows, sha256: entry.sha256 } }));
			manifest.tables.push(entry);
			await hooks.onTable?.(entry);
		}

		// Sequences are outside the snapshot: their value now is at least every value in it.
		const seqs = await client.query<{ schema: string; name: string; last: string | null }>(
			`select s.schemaname as schema, s.sequencename as name, s.last_value::text as last
			 from pg_sequences s join pg_namespace n on n.nspname = s.schemaname
			 where ${schemaFilter} order by 1, 2`
		);
		manifest.sequences = seqs.rows.map((s) => ({
			schema: s.schema,
			name: s.name,
			lastValue: s.last
		}));
		await write('#' + JSON.stringify({ manifest }));
		await client.query('commit');
		gzip.end();
		await finished(out);
		fs.renameSync(partial, file);
		return manifest;
	} catch (e) {
		gzip.destroy();
		out.destroy();
		fs.rmSync(partial, { force: true });
		throw e;
	} finally {
		await client.end().catch(() => undefined);
	}
}

type Line =
	| { kind: 'row'; text: string }
	| { kind: 'header'; header: Omit<Manifest, 'tables'> }
	| { kind: 'table'; table: { schema: string; name: string; columns: string[] } }
	| { kind: 'end'; end: { rows: number; sha256: string } }
	| { kind: 'manifest'; manifest: Manifest };

/**
 * The file's lines, read with backpressure (node:readline's iterator buffers lines ahead of
 * a slow reader, which with files of several MB per line costs a lot of memory).
 */
async function* linesOf(input: NodeJS.ReadableStream): AsyncGenerator<string> {
	const decoder = new StringDecoder('utf8');
	// Pieces of the current line: a long line is joined once, not copied at every chunk.
	let pieces: string[] = [];
	for await (const chunk of input) {
		const text = decoder.write(chunk as Buffer);
		let start = 0;
		for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', start)) {
			pieces.push(text.slice(start, i));
			yield pieces.join('');
			pieces = [];
			start = i + 1;
		}
		if (start < text.length) pieces.push(text.slice(start));
	}
	const tail = pieces.join('') + decoder.end();
	if (tail) yield tail;
}

async function* readBackup(file: string): AsyncGenerator<Line> {
	const source = fs.createReadStream(file);
	const input = source.pipe(zlib.createGunzip({ chunkSize: 256 * 1024 }));
	source.on('error', (e) => input.destroy(e));
	let first = true;
	try {
		for await (const text of linesOf(input)) {
			if (!text.startsWith('#')) {
				if (first) throw new BackupError(`${file} er ikke en sikkerhetskopi fra appen.`);
				yield { kind: 'row', text };
				continue;
			}
			let record: Record<string, unknown>;
			try {
				record = JSON.parse(text.slice(1));
			} catch {
				throw new BackupError(`${file} er skadet (en kontrollinje kan ikke leses).`);
			}
			if (first) {
				const header = record.header as Manifest | undefined;
				if (header?.format !== FORMAT)
					throw new BackupError(`${file} er ikke en sikkerhetskopi fra appen (${FORMAT}).`);
				first = false;
				yield { kind: 'header', header };
			} else if (record.table) yield { kind: 'table', table: record.table as never };
			else if (record.end) yield { kind: 'end', end: record.end as never };
			else if (record.manifest) yield { kind: 'manifest', manifest: record.manifest as never };
		}
	} catch (e) {
		if (e instanceof BackupError) throw e;
		throw new BackupError(
			`${file} kan ikke leses (avkortet eller skadet): ${(e as Error).message}`
		);
	} finally {
		input.destroy();
		source.destroy();
	}
}

/** Reads the whole file and checks every table's rows against its end record and the manifest. */
export async function verifyFile(file: string): Promise<Manifest> {
	let manifest: Manifest | undefined;
	let current: string | undefined;
	let digest = new Digest();
	const seen: { name: string; rows: number; sha256: string }[] = [];
	for await (const line of readBackup(file)) {
		if (line.kind === 'row') {
			if (current === undefined) throw new BackupError(`${file} er skadet (rad utenfor tabell).`);
			digest.add(line.text);
		} else if (line.kind === 'table') {
			current = `${line.table.schema}.${line.table.name}`;
			digest = new Digest();
		} else if (line.kind === 'end') {
			const sha256 = digest.hex();
			if (current === undefined || line.end.rows !== digest.rows || line.end.sha256 !== sha256)
				throw new BackupError(`${file} er skadet (tabellen ${current} stemmer ikke).`);
			seen.push({ name: current, rows: digest.rows, sha256 });
			current = undefined;
		} else if (line.kind === 'manifest') manifest = line.manifest;
	}
	const listed = manifest?.tables.map((t) => ({
		name: `${t.schema}.${t.name}`,
		rows: t.rows,
		sha256: t.sha256
	}));
	if (!manifest || current !== undefined || JSON.stringify(listed) !== JSON.stringify(seen))
		throw new BackupError(`${file} er ufullstendig (innholdslisten mangler eller stemmer ikke).`);
	return manifest;
}

/** Reads only the header (schema version) of a backup file. */
export async function readHeader(file: string): Promise<Omit<Manifest, 'tables'>> {
	for await (const line of readBackup(file)) {
		if (line.kind === 'header') return line.header;
	}
	throw new BackupError(`${file} er tom.`);
}

/** Why the database at `url` is not an empty target, or null when it is empty. */
export async function whyNotEmpty(client: pg.Client): Promise<string | null> {
	const r = await client.query<{ n: number }>(
		`select count(*)::int as n from pg_class c join pg_namespace n on n.oid = c.relnamespace
		 where c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
		 and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'`
	);
	const n = r.rows[0].n;
	return n > 0 ? `databasen har allerede ${n} tabeller, sekvenser eller visninger` : null;
}

/**
 * A copy of the migrations folder with only the backup's migrations, after checking that
 * each is the same file (hash) as here. Refuses a backup from a newer version of the code.
 */
function migrationsUpTo(folder: string, wanted: Migration[]): string {
	const journalFile = path.join(folder, 'meta', '_journal.json');
	const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as {
		entries: { when: number; tag: string }[];
	};
	const keep: typeof journal.entries = [];
	for (const m of wanted) {
		const entry = journal.entries.find((e) => e.when === m.createdAt);
		if (!entry)
			throw new BackupError(
				'Sikkerhetskopien er fra en nyere versjon av appen (ukjent migrering). ' +
					'Hent den versjonen av koden og gjenopprett med den.'
			);
		const sql = fs.readFileSync(path.join(folder, `${entry.tag}.sql`), 'utf8');
		if (createHash('sha256').update(sql).digest('hex') !== m.hash)
			throw new BackupError(`Migreringen ${entry.tag} er endret siden sikkerhetskopien ble tatt.`);
		keep.push(entry);
	}
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fk-restore-'));
	fs.mkdirSync(path.join(tmp, 'meta'));
	fs.writeFileSync(
		path.join(tmp, 'meta', '_journal.json'),
		JSON.stringify({ ...journal, entries: keep })
	);
	for (const e of keep)
		fs.copyFileSync(path.join(folder, `${e.tag}.sql`), path.join(tmp, `${e.tag}.sql`));
	return tmp;
}

async function migrateTo(url: string, migrations: Migration[], folder: string) {
	const tmp = migrationsUpTo(folder, migrations);
	const pool = new pg.Pool({ connectionString: url, max: 2 });
	try {
		await runMigrations(drizzle(pool, { schema }), pool, tmp);
	} finally {
		await pool.end();
		fs.rmSync(tmp, { recursive: true, force: true });
	}
}

export interface RestoreOptions {
	/** The migrations folder (default: the app's `drizzle/`). */
	migrationsFolder?: string;
	/** The file was just checked with verifyFile (restoreDataDir): skip reading it twice. */
	verified?: boolean;
}

/**
 * Restores `file` into the EMPTY database at `url`: migrations up to the backup's version,
 * then every row, foreign keys checked again, sequences set, and every table compared with
 * the manifest, all in one transaction. Refuses a database that is not empty.
 */
export async function restoreDatabase(
	url: string,
	file: string,
	options: RestoreOptions = {}
): Promise<Manifest> {
	const header = await readHeader(file);
	const client = await connectTo(url, 'fk-restore');
	try {
		const why = await whyNotEmpty(client);
		if (why) throw new BackupError(`Gjenoppretter bare til en tom database: ${why}.`);
		// The whole file is read and checked before anything is written to the target.
		if (!options.verified) await verifyFile(file);
		await migrateTo(
			url,
			header.migrations,
			options.migrationsFolder ?? path.join(config.root, 'drizzle')
		);

		await client.query('begin');
		// Foreign keys are dropped while loading (rows come in any order) and added again
		// afterwards, which checks every reference.
		const fks = (
			await client.query<{ tbl: string; name: string; def: string }>(
				`select c.conrelid::regclass::text as tbl, c.conname as name, pg_get_constraintdef(c.oid) as def
				 from pg_constraint c join pg_namespace n on n.oid = c.connamespace
				 where c.contype = 'f' and ${schemaFilter}`
			)
		).rows;
		for (const fk of fks) await client.query(`alter table ${fk.tbl} drop constraint ${q(fk.name)}`);
		const tables = await listTables(client);
		for (const t of tables) await client.query(`alter table ${qualified(t)} disable trigger user`);

		let manifest: Manifest | undefined;
		let current: { schema: string; name: string; columns: string[] } | undefined;
		let digest = new Digest();
		let batch: string[] = [];
		let bytes = 0;
		const flush = async () => {
			if (!current || batch.length === 0) return;
			const cols = current.columns.map(q).join(', ');
			await client.query(
				`insert into ${qualified(current)} (${cols}) overriding system value
				 select ${cols} from jsonb_populate_recordset(null::${qualified(current)}, $1::jsonb)`,
				['[' + batch.join(',') + ']']
			);
			batch = [];
			bytes = 0;
		};
		for await (const line of readBackup(file)) {
			if (line.kind === 'row') {
				if (!current) throw new BackupError(`${file} er skadet (rad utenfor tabell).`);
				digest.add(line.text);
				batch.push(line.text);
				bytes += line.text.length;
				if (bytes >= INSERT_BYTES || batch.length >= BATCH_ROWS) await flush();
			} else if (line.kind === 'table') {
				const t = line.table;
				if (!tables.some((x) => x.schema === t.schema && x.name === t.name))
					throw new BackupError(`Tabellen ${t.schema}.${t.name} finnes ikke etter migreringene.`);
				current = t;
				digest = new Digest();
			} else if (line.kind === 'end') {
				await flush();
				if (!current || line.end.rows !== digest.rows || line.end.sha256 !== digest.hex())
					throw new BackupError(`${file} er skadet (tabellen ${current?.name} stemmer ikke).`);
				current = undefined;
			} else if (line.kind === 'manifest') {
				manifest = line.manifest;
			}
		}
		if (!manifest || current)
			throw new BackupError(`${file} er ufullstendig (mangler innholdslisten på slutten).`);

		for (const t of tables) await client.query(`alter table ${qualified(t)} enable trigger user`);
		for (const fk of fks)
			await client.query(`alter table ${fk.tbl} add constraint ${q(fk.name)} ${fk.def}`);
		for (const s of manifest.sequences) {
			if (s.lastValue === null) continue;
			await client.query('select setval($1::regclass, $2::bigint, true)', [
				qualified(s),
				s.lastValue
			]);
		}
		// The restored tables, read back, must match what the backup read.
		for (const t of manifest.tables) {
			const got = await tableDigest(client, t, t.columns);
			if (got.rows !== t.rows || got.sha256 !== t.sha256)
				throw new BackupError(
					`Tabellen ${t.name} ble ikke lik sikkerhetskopien (${got.rows} av ${t.rows} rader).`
				);
		}
		await client.query('commit');
		return manifest;
	} catch (e) {
		await client.query('rollback').catch(() => undefined);
		throw e;
	} finally {
		await client.end().catch(() => undefined);
	}
}

/** The embedded server's database (embedded.ts `DB_NAME`, which it does not export). */
const EMBEDDED_DB = 'kulturskole';

/** The URL of the embedded server on `dataDir`, which must already hold a database. */
export function embeddedUrl(dataDir: string, port: number): string {
	const passwordFile = path.join(dataDir, PASSWORD_FILE);
	if (!fs.existsSync(path.join(dataDir, 'pg', 'PG_VERSION')) || !fs.existsSync(passwordFile))
		throw new BackupError(`Fant ingen innebygd database i ${dataDir} (FK_DATA_DIR).`);
	const password = fs.readFileSync(passwordFile, 'utf8').trim();
	return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${EMBEDDED_DB}`;
}

/**
 * Backs up the embedded server on `dataDir`: over its port while the app runs; when the
 * server is not running, starts it for the backup and stops it again.
 */
export async function backupDataDir(
	dataDir: string,
	port: number,
	file: string,
	hooks: BackupHooks = {}
): Promise<Manifest> {
	const url = embeddedUrl(dataDir, port);
	try {
		return await backupDatabase(url, file, hooks);
	} catch (e) {
		if ((e as { code?: string }).code !== 'ECONNREFUSED') throw e;
	}
	const server = await startEmbedded(dataDir, port);
	try {
		return await backupDatabase(server.url, file, hooks);
	} finally {
		await server.stop();
	}
}

/**
 * Restores `file` into the EMPTY (or missing) data directory `dataDir`: starts an embedded
 * server there (new cluster, new password file), restores, stops it. On failure the
 * directory is emptied again, so the restore can simply be run once more.
 */
export async function restoreDataDir(
	dataDir: string,
	port: number,
	file: string,
	options: RestoreOptions = {}
): Promise<Manifest> {
	if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0)
		throw new BackupError(
			`Gjenoppretter bare til en tom datakatalog: ${dataDir} er ikke tom. ` +
				'Velg en ny katalog med FK_DATA_DIR, eller flytt den gamle bort først.'
		);
	await verifyFile(file);
	const server = await startEmbedded(dataDir, port);
	let ok = false;
	try {
		const manifest = await restoreDatabase(server.url, file, { ...options, verified: true });
		ok = true;
		return manifest;
	} finally {
		await server.stop();
		if (!ok)
			for (const entry of fs.readdirSync(dataDir))
				fs.rmSync(path.join(dataDir, entry), { recursive: true, force: true });
	}
}
