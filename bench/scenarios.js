// Further measurements beyond the public pages. Each scenario gets the running app (started
// with FK_TEST_MODE=1 so the test API can make users) and returns figures for results.json.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { root } from '../scripts/build.js';
import { ensureNginx, ensureWrk, renderNginx } from '../scripts/nginx.js';
import { startApp } from './lib.js';
import { growthScenario } from './growth.js';

async function makeUser(app, role) {
	const email = `bench-${role}-${Date.now()}@example.no`;
	const res = await fetch(`${app.base}/test-api/brukere`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ email, role, password: 'bench-passord-123' })
	});
	return { email, ...(await res.json()) };
}

function line(name, s) {
	return `${name}: ${s.requestsPerSecond} req/s, p50 ${s.latencyMs.p50} ms, p99 ${s.latencyMs.p99} ms, feil ${s.errors + s.non2xx}`;
}

const BURST = Number(process.env.BENCH_BURST ?? 500);
const SEATS = Number(process.env.BENCH_SEATS ?? 300);

function percentile(sorted, p) {
	if (sorted.length === 0) return 0;
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

// The burst's client. A real burst is many browsers, each with its own connection; one Node
// process opening 500 `fetch` connections at once spends more CPU than the server (on the same
// 2 cores), so by default the burst goes over 100 keep-alive connections with node:http
// (BENCH_RUSH_CONNECTIONS). BENCH_RUSH_CLIENT=fetch measures it the old way (500 fetch at once).
const RUSH_CLIENT = process.env.BENCH_RUSH_CLIENT === 'fetch' ? 'fetch' : 'http';
const RUSH_CONNECTIONS = Number(process.env.BENCH_RUSH_CONNECTIONS ?? 100);
const rushAgent = new http.Agent({ keepAlive: true, maxSockets: RUSH_CONNECTIONS });

/** One registration through the public form, as a browser without JavaScript posts it. */
async function registerOnce(base, slug, i) {
	const body = new URLSearchParams({
		name: `Deltaker ${i}`,
		email: `rush-${i}@example.no`,
		municipality: 'Trondheim',
		role: 'kulturskoleleder',
		privacy: 'true'
	}).toString();
	const url = `${base}/arrangementer/${slug}/pamelding?/pamelding`;
	const headers = {
		accept: 'text/html',
		origin: base,
		'content-type': 'application/x-www-form-urlencoded'
	};
	const started = performance.now();
	let status;
	if (RUSH_CLIENT === 'fetch') {
		const res = await fetch(url, { method: 'POST', redirect: 'manual', headers, body });
		await res.arrayBuffer();
		status = res.status;
	} else {
		status = await new Promise((resolve, reject) => {
			const req = http.request(
				url,
				{
					method: 'POST',
					agent: rushAgent,
					headers: { ...headers, 'content-length': Buffer.byteLength(body) }
				},
				(res) => {
					res.resume();
					res.on('end', () => resolve(res.statusCode));
				}
			);
			req.on('error', reject);
			req.end(body);
		});
	}
	return { ms: performance.now() - started, ok: status === 303, status };
}

async function newEvent(base, capacity) {
	const res = await fetch(`${base}/test-api/arrangementer`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ capacity, title: 'Påmeldingsrush' })
	});
	if (!res.ok) throw new Error(`Kunne ikke lage arrangement: ${res.status}`);
	return res.json();
}

export const scenarios = [
	{
		name: 'Innlogging (argon2id, 10 forbindelser)',
		async run({ app, cannon, summary, duration }) {
			const user = await makeUser(app, 'ingen');
			const body = new URLSearchParams({
				email: user.email,
				password: 'bench-passord-123'
			}).toString();
			const res = await cannon({
				url: `${app.base}/logg-inn?/passord`,
				method: 'POST',
				connections: 10,
				duration,
				headers: {
					'content-type': 'application/x-www-form-urlencoded',
					origin: app.base,
					accept: 'text/html'
				},
				body
			});
			// A successful sign-in answers 303 (redirect to /min-side): those are the good ones.
			const ok = res['3xx'] ?? 0;
			const s = { ...summary(res), non2xx: res.non2xx - ok };
			return {
				...s,
				signIns: ok,
				printed: `${line('innlogging', s)} (${ok} vellykkede innlogginger)`
			};
		}
	},
	{
		name: 'Admin: nyhetslisten',
		async run({ app, cannon, summary, duration, connections }) {
			const admin = await makeUser(app, 'admin');
			const s = summary(
				await cannon({
					url: `${app.base}/admin/nyheter`,
					connections,
					duration,
					headers: { cookie: `fk_session=${admin.token}` }
				})
			);
			return { ...s, printed: line('/admin/nyheter', s) };
		}
	},
	{
		// The fremtidsbilde tool's public face: the list of experience stories (served from the cache).
		name: 'Erfaringer (offentlig liste)',
		async run({ app, cannon, summary, duration, connections }) {
			const url = `${app.base}/erfaringer`;
			await fetch(url);
			const s = summary(await cannon({ url, connections, duration }));
			return { ...s, printed: line('/erfaringer', s) };
		}
	},
	{
		// 500 people register for 300 seats at the same moment: exactly 300 seats, 200 waiting.
		name: 'påmeldingsrush',
		ownApp: true,
		async run() {
			const port = Number(process.env.BENCH_PORT ?? 3100) + 2;
			const pgPort = Number(process.env.BENCH_PG_PORT ?? 54340) + 2;
			const app = await startApp({ port, pgPort, env: { FK_TEST_MODE: '1', FK_DEMO: '0' } });
			try {
				// Warm up (code paths, caches) on another event.
				const warm = await newEvent(app.base, 1000);
				await Promise.all(
					Array.from({ length: 50 }, (_, i) => registerOnce(app.base, warm.slug, 100_000 + i))
				);
				const ev = await newEvent(app.base, SEATS);
				const started = performance.now();
				const results = await Promise.all(
					Array.from({ length: BURST }, (_, i) => registerOnce(app.base, ev.slug, i))
				);
				const durationMs = performance.now() - started;
				const counts = await (await fetch(`${app.base}/test-api/arrangementer?id=${ev.id}`)).json();
				const latencies = results.map((r) => r.ms).sort((a, b) => a - b);
				const out = {
					registrations: BURST,
					seats: SEATS,
					durationMs: Math.round(durationMs),
					requestsPerSecond: Math.round((BURST / durationMs) * 1000),
					latencyMs: {
						p50: Math.round(percentile(latencies, 50)),
						p99: Math.round(percentile(latencies, 99)),
						max: Math.round(latencies.at(-1) ?? 0)
					},
					errors: results.filter((r) => !r.ok).length,
					confirmed: counts.confirmed,
					waitlisted: counts.waitlisted
				};
				out.client =
					RUSH_CLIENT === 'fetch'
						? `fetch, ${BURST} forbindelser`
						: `node:http, ${RUSH_CONNECTIONS} forbindelser`;
				out.printed = [
					`${BURST} samtidige påmeldinger til ${SEATS} plasser på ${out.durationMs} ms (${out.client})`,
					`${out.requestsPerSecond} påmeldinger/s, p50 ${out.latencyMs.p50} ms, p99 ${out.latencyMs.p99} ms`,
					`${out.confirmed} fikk plass, ${out.waitlisted} på venteliste, ${out.errors} feil`
				].join('\n');
				return out;
			} finally {
				await app.stop();
			}
		}
	}
];

/** wrk's figures: requests per second and the 50th/99th latency percentiles in ms. */
function runWrk(wrk, url, { connections, duration }) {
	const r = spawnSync(wrk, ['-t2', `-c${connections}`, `-d${duration}s`, '--latency', url], {
		encoding: 'utf8'
	});
	if (r.status !== 0) throw new Error(`wrk feilet: ${r.stderr}`);
	const ms = (label) => {
		const m = new RegExp(`\\s${label}%\\s+([\\d.]+)(us|ms|s)`).exec(r.stdout);
		if (!m) return null;
		const n = Number(m[1]);
		return Number((m[2] === 'us' ? n / 1000 : m[2] === 's' ? n * 1000 : n).toFixed(2));
	};
	const errors = /Non-2xx or 3xx responses: (\d+)/.exec(r.stdout);
	const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(
		r.stdout
	);
	return {
		requestsPerSecond: Math.round(Number(/Requests\/sec:\s+([\d.]+)/.exec(r.stdout)?.[1] ?? 0)),
		latencyMs: { p50: ms('50'), p99: ms('99') },
		errors: socket ? socket.slice(1).reduce((a, b) => a + Number(b), 0) : 0,
		non2xx: errors ? Number(errors[1]) : 0
	};
}

scenarios.push({
	// Public pages through the shipped nginx configuration (deploy/nginx) in front of the app,
	// next to the same nginx serving the same bytes as a static file: the share is what the
	// proxy, its micro-cache and the app cost. Measured with wrk (autocannon saturates first).
	name: 'nginx foran appen',
	ownApp: true,
	async run({ duration, connections }) {
		const nginxBin = ensureNginx();
		const wrkBin = ensureWrk();
		for (const found of [nginxBin, wrkBin])
			if (!found.ok) return { error: found.message, printed: `Ikke målt: ${found.message}` };
		const port = Number(process.env.BENCH_PORT ?? 3100) + 3;
		const pgPort = Number(process.env.BENCH_PG_PORT ?? 54340) + 3;
		const proxyPort = port + 10;
		const staticPort = port + 11;
		const app = await startApp({ port, pgPort, env: { FK_TEST_MODE: '1' } });
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fk-bench-nginx-'));
		fs.chmodSync(dir, 0o755);
		let nginx;
		try {
			const feed = await (await fetch(`${app.base}/nyheter.xml`)).text();
			const article = new URL(feed.match(/<link>(http[^<]+\/nyheter\/[^<]+)<\/link>/)[1]).pathname;
			const pages = ['/', '/nyheter', article];
			fs.mkdirSync(path.join(dir, 'static'));
			for (const [i, p] of pages.entries()) {
				await fetch(app.base + p);
				const body = Buffer.from(await (await fetch(app.base + p)).arrayBuffer());
				fs.writeFileSync(path.join(dir, 'static', `${i}.html`), body);
			}
			const conf = renderNginx({
				template: path.join(root, 'deploy/nginx/fremtidens-kulturskole.conf'),
				dir,
				listen: proxyPort,
				nodes: [port],
				extra: [
					'server {',
					`	listen 127.0.0.1:${staticPort};`,
					`	root ${dir}/static;`,
					'	default_type text/html;',
					...pages.map((p, i) => `	location = ${p} { try_files /${i}.html =404; }`),
					'}'
				].join('\n')
			});
			nginx = spawn(nginxBin.path, ['-c', conf, '-p', dir, '-e', path.join(dir, 'error.log')], {
				stdio: 'inherit'
			});
			for (let i = 0; i < 100; i++) {
				const ok = await fetch(`http://127.0.0.1:${proxyPort}/helse`).then(
					(r) => r.ok,
					() => false
				);
				if (ok) break;
				await new Promise((r) => setTimeout(r, 100));
			}
			const rows = [];
			for (const p of pages) {
				const proxied = runWrk(wrkBin.path, `http://127.0.0.1:${proxyPort}${p}`, {
					connections,
					duration
				});
				const plain = runWrk(wrkBin.path, `http://127.0.0.1:${staticPort}${p}`, {
					connections,
					duration
				});
				rows.push({
					path: p,
					nginxProxy: proxied,
					nginxStatic: plain,
					share: Number((proxied.requestsPerSecond / plain.requestsPerSecond).toFixed(3))
				});
			}
			return {
				client: `wrk, 2 tråder, ${connections} forbindelser, ${duration} s`,
				pages: rows,
				printed: rows
					.map(
						(r) =>
							`${r.path}: gjennom nginx ${r.nginxProxy.requestsPerSecond} req/s (p99 ${r.nginxProxy.latencyMs.p99} ms, feil ${r.nginxProxy.errors + r.nginxProxy.non2xx}), ` +
							`nginx statisk ${r.nginxStatic.requestsPerSecond} req/s: andel ${r.share} (mål ≥ 0,8)`
					)
					.join('\n')
			};
		} finally {
			nginx?.kill('SIGTERM');
			await app.stop();
			fs.rmSync(dir, { recursive: true, force: true });
		}
	}
});

// Costs that do not grow with the archive: 1×, 10× and 100× the demo volume (bench/growth.js).
scenarios.push(growthScenario);
