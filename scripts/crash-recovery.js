// `npm run test:crash`: the app after a crash, for real. Starts the production server
// (`node server/index.js`, building first when needed) on a fresh data directory, kills it
// with -9 (its embedded PostgreSQL is left running), starts it again and checks that it
// serves /helse with the data from before; that a second start on the same data directory
// refuses while one runs; and that SIGTERM stops the app and its PostgreSQL cleanly (exit 0).
// Loopback only; every wait is bounded. Ports: CRASH_PORT (3190), CRASH_PG_PORT (54390).
// `--test-build`: the test build in build-test/ instead, as built by `npm test` just before
// (no build here). Linux only: telling an orphaned server from a running app's reads /proc.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { ensureBuild, root } from './build.js';

const testBuild = process.argv.includes('--test-build');
if (process.platform !== 'linux') {
	console.log('Krasjtesten kjører bare på Linux (den leser /proc); hoppet over.');
	process.exit(0);
}
const port = Number(process.env.CRASH_PORT ?? 3190);
const pgPort = Number(process.env.CRASH_PG_PORT ?? 54390);
const base = `http://127.0.0.1:${port}`;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fk-crash-'));
fs.chmodSync(dataDir, 0o755);
const pidFile = path.join(dataDir, 'pg', 'postmaster.pid');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const started = Date.now();
/** @type {Set<import('node:child_process').ChildProcess>} */
const children = new Set();

function alive(pid) {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}
const postmaster = () =>
	fs.existsSync(pidFile)
		? Number.parseInt(fs.readFileSync(pidFile, 'utf8').split('\n')[0], 10)
		: null;

function step(text) {
	console.log(`▶ ${text} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
function check(ok, text) {
	if (!ok) throw new Error(text);
	console.log(`  ✔ ${text}`);
}

function startApp(appPort = port) {
	const env = {
		...process.env,
		PORT: String(appPort),
		HOST: '127.0.0.1',
		ORIGIN: `http://localhost:${appPort}`,
		FK_DATA_DIR: dataDir,
		FK_PG_PORT: String(pgPort),
		LOG_LEVEL: 'warn'
	};
	delete env.DATABASE_URL;
	delete env.NODE_ENV;
	delete env.FK_BUILD;
	if (testBuild) Object.assign(env, { FK_BUILD: 'test', FK_TEST_MODE: '1' });
	const child = spawn(process.execPath, [path.join(root, 'server/index.js')], {
		cwd: root,
		env,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	children.add(child);
	let output = '';
	child.stdout.on('data', (c) => (output += c));
	child.stderr.on('data', (c) => (output += c));
	const exited = new Promise((resolve) =>
		child.once('exit', (code, signal) => {
			children.delete(child);
			resolve({ code, signal });
		})
	);
	return { child, exited, output: () => output };
}

async function serves() {
	try {
		return (await fetch(`${base}/helse`)).ok;
	} catch {
		return false;
	}
}

async function untilServes(app) {
	let gone = false;
	void app.exited.then(() => (gone = true));
	for (let i = 0; i < 720; i++) {
		if (await serves()) return;
		if (gone) throw new Error(`Appen avsluttet før den svarte:\n${app.output()}`);
		await sleep(250);
	}
	throw new Error(`/helse svarte ikke innen 3 minutter:\n${app.output()}`);
}

async function within(promise, ms, what) {
	let timer;
	const timeout = new Promise((_, reject) => {
		timer = setTimeout(() => reject(new Error(`${what}: ikke innen ${ms / 1000} s`)), ms);
	});
	try {
		return await Promise.race([promise, timeout]);
	} finally {
		clearTimeout(timer);
	}
}

async function demoMark() {
	const password = fs.readFileSync(path.join(dataDir, 'pg-password'), 'utf8').trim();
	const c = new pg.Client({
		host: '127.0.0.1',
		port: pgPort,
		user: 'postgres',
		password,
		database: 'kulturskole'
	});
	await c.connect();
	try {
		const r = await c.query(`select value from app_settings where key = 'demo_loaded_at'`);
		return r.rows[0]?.value ?? null;
	} finally {
		await c.end();
	}
}

let failed = false;
try {
	if (testBuild) {
		if (!fs.existsSync(path.join(root, 'build-test', 'handler.js')))
			throw new Error('Fant ikke testbygget i build-test/. Bygg det først: npm run build:test');
	} else ensureBuild();

	step('Starter appen');
	const first = startApp();
	await untilServes(first);
	const loadedAt = await demoMark();
	check(loadedAt !== null, 'svarer på /helse, demoinnholdet er lagret');
	const orphan = postmaster();

	step('kill -9 av appen');
	first.child.kill('SIGKILL');
	await within(first.exited, 10_000, 'appen avsluttet');
	check(orphan !== null && alive(orphan), `innebygd PostgreSQL (pid ${orphan}) kjører videre`);

	step('Starter appen igjen');
	const second = startApp();
	await untilServes(second);
	check(!alive(orphan), 'den gjenglemte PostgreSQL-en er stoppet');
	check((await demoMark()) === loadedAt, 'svarer på /helse med dataene fra før krasjen');

	step('En start til på samme datamappe mens appen kjører');
	const third = startApp(port + 1);
	const refused = await within(third.exited, 120_000, 'andre start avsluttet');
	check(refused.code === 1, `andre start avslutter med kode 1 (fikk ${refused.code})`);
	check(/er i bruk/.test(third.output()), 'og sier at datamappen er i bruk');
	check(await serves(), 'den første svarer fortsatt');

	step(testBuild ? 'SIGTERM mens en forespørsel bruker 7 s' : 'SIGTERM');
	const pgPid = postmaster();
	if (testBuild) {
		// Outlives the 5 s the connections get: the app must wait for its handler anyway.
		void fetch(`${base}/test-api/treg`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ ms: 7000 })
		}).catch(() => {});
		for (let i = 0; i < 200 && !second.output().includes('Treg testforespørsel startet'); i++)
			await sleep(50);
	}
	second.child.kill('SIGTERM');
	const stopped = await within(second.exited, 40_000, 'appen stoppet');
	check(stopped.code === 0, `appen avslutter med kode 0 (fikk ${stopped.code ?? stopped.signal})`);
	if (testBuild)
		check(
			second.output().includes('Treg testforespørsel ferdig'),
			'forespørselen som kjørte fikk bruke databasen til den var ferdig'
		);
	check(pgPid !== null && !alive(pgPid), 'PostgreSQL er stoppet');
	check(!fs.existsSync(pidFile), 'postmaster.pid er borte (ren stopp)');
	console.log(`\nKrasjtesten bestått (${((Date.now() - started) / 1000).toFixed(1)} s).`);
} catch (e) {
	failed = true;
	console.error(`\n✖ ${e instanceof Error ? e.message : e}`);
} finally {
	for (const c of children) c.kill('SIGKILL');
	const left = postmaster();
	if (left && alive(left)) {
		process.kill(left, 'SIGINT');
		for (let i = 0; i < 100 && alive(left); i++) await sleep(100);
	}
	fs.rmSync(dataDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
