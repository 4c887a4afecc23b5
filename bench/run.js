// `npm run bench`: builds and starts the app on the demo content, then measures it with
// autocannon (50 connections, 10 s per scenario) next to a plain Node http server that returns
// the same bytes (the ceiling for this runtime). Prints a table and writes bench/results.json.
// `npm run bench -- <text>` runs only the scenarios whose name contains the text (no public
// pages, nothing written): e.g. `npm run bench -- påmeldingsrush`.
// It runs the test build (build-test/; the same app plus the test endpoints the scenarios use
// to make users and events, see scripts/test-build.js).
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { ensureBuild, root } from '../scripts/build.js';
import { cannon, startApp, summary, table } from './lib.js';
import { scenarios as extraScenarios } from './scenarios.js';

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const PORT = Number(process.env.BENCH_PORT ?? 3100);
const CEILING_PORT = PORT + 1;

const only = process.argv[2]?.toLowerCase();
const selected = only
	? extraScenarios.filter((s) => s.name.toLowerCase().includes(only))
	: extraScenarios;
if (only && selected.length === 0) {
	console.error(`Ingen scenarioer heter noe med «${process.argv[2]}».`);
	process.exit(1);
}

// The test build: the scenarios make users and events through the test endpoints.
ensureBuild({ test: true });
// Scenarios with their own app (ownApp) do not need the shared one.
const needsApp = !only || selected.some((s) => !s.ownApp);
if (needsApp) console.log(`Starter appen på demoinnhold (port ${PORT}) …`);
const app = needsApp
	? await startApp({
			port: PORT,
			pgPort: Number(process.env.BENCH_PG_PORT ?? 54340),
			env: { FK_TEST_MODE: '1' }
		})
	: null;
const results = {
	machine: { cpus: os.cpus().length, node: process.version },
	at: new Date().toISOString(),
	pages: [],
	scenarios: {}
};

try {
	if (!only) await measurePages();
	for (const scenario of selected) {
		console.log(`Måler ${scenario.name} …`);
		results.scenarios[scenario.name] = await scenario.run({
			app,
			cannon,
			summary,
			duration: DURATION,
			connections: CONNECTIONS
		});
	}
} finally {
	await app?.stop();
}

if (only) {
	for (const [name, r] of Object.entries(results.scenarios))
		console.log(`\n${name}:\n${r.printed ?? JSON.stringify(r, null, 2)}`);
	process.exit(0);
}

async function measurePages() {
	// A real article from the feed.
	const feed = await (await fetch(`${app.base}/nyheter.xml`)).text();
	const article = new URL(feed.match(/<link>(http[^<]+\/nyheter\/[^<]+)<\/link>/)[1]).pathname;

	for (const pathname of ['/', '/nyheter', article]) {
		const url = app.base + pathname;
		await fetch(url); // fill the public cache as a first visitor would
		const res = await fetch(url);
		const body = Buffer.from(await res.arrayBuffer());
		const headers = Object.fromEntries(
			[...res.headers].filter(
				([k]) =>
					!['content-length', 'transfer-encoding', 'connection', 'keep-alive', 'date'].includes(k)
			)
		);

		const appRun = summary(await cannon({ url, connections: CONNECTIONS, duration: DURATION }));

		const specFile = path.join(os.tmpdir(), `fk-bench-ceiling-${process.pid}.json`);
		fs.writeFileSync(
			specFile,
			JSON.stringify({ status: res.status, headers, body: body.toString('base64') })
		);
		const ceiling = fork(path.join(root, 'bench/ceiling.js'), [String(CEILING_PORT), specFile], {
			stdio: 'inherit'
		});
		await new Promise((r) => ceiling.once('message', r));
		const ceilRun = summary(
			await cannon({
				url: `http://localhost:${CEILING_PORT}${pathname}`,
				connections: CONNECTIONS,
				duration: DURATION
			})
		);
		ceiling.kill();
		fs.rmSync(specFile, { force: true });

		results.pages.push({
			path: pathname,
			bytes: body.length,
			app: appRun,
			plainNode: ceilRun,
			shareOfPlainNode: Number((appRun.requestsPerSecond / ceilRun.requestsPerSecond).toFixed(3))
		});
	}

	// Front page weight: HTML + the CSS and JavaScript it loads, compressed as served.
	const html = await (await fetch(app.base + '/')).text();
	const assets = [
		...html.matchAll(/(?:href|src)="\.?(\/?_app\/immutable\/[^"]+\.(?:css|js))"/g)
	].map((m) => m[1].replace(/^(?!\/)/, '/'));
	let gzipTotal = gzipSync(html).length;
	let brTotal = brotliCompressSync(html).length;
	const seen = new Set();
	const queue = [...assets];
	while (queue.length) {
		const a = queue.shift();
		if (seen.has(a)) continue;
		seen.add(a);
		const text = await (await fetch(app.base + a)).text();
		gzipTotal += gzipSync(text).length;
		brTotal += brotliCompressSync(text).length;
		if (a.endsWith('.js'))
			for (const m of text.matchAll(/["'](\.\.?\/[^"']+\.js)["']/g))
				queue.push(path.posix.join(path.posix.dirname(a), m[1]));
	}
	results.frontPage = {
		files: seen.size + 1,
		gzipBytes: gzipTotal,
		brotliBytes: brTotal,
		gzipKB: Number((gzipTotal / 1024).toFixed(1))
	};
}

console.log('\nOffentlige sider (autocannon, %d forbindelser, %d s):\n', CONNECTIONS, DURATION);
console.log(
	table(
		results.pages.flatMap((p) => [
			{
				side: p.path,
				server: 'appen',
				'req/s': p.app.requestsPerSecond,
				p50: p.app.latencyMs.p50,
				p99: p.app.latencyMs.p99,
				feil: p.app.errors + p.app.non2xx,
				byte: p.bytes
			},
			{
				side: '',
				server: 'ren Node http',
				'req/s': p.plainNode.requestsPerSecond,
				p50: p.plainNode.latencyMs.p50,
				p99: p.plainNode.latencyMs.p99,
				feil: p.plainNode.errors + p.plainNode.non2xx,
				byte: p.bytes
			}
		])
	)
);
console.log(
	`\nForsiden: ${results.frontPage.files} filer, ${results.frontPage.gzipKB} KB gzip (${(results.frontPage.brotliBytes / 1024).toFixed(1)} KB brotli)`
);
for (const [name, r] of Object.entries(results.scenarios))
	console.log(`\n${name}:\n${r.printed ?? JSON.stringify(r, null, 2)}`);

fs.writeFileSync(path.join(root, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
console.log('\nSkrevet til bench/results.json');
