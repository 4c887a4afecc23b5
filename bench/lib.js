// Shared pieces of the benchmark: start the app, run autocannon, summarise.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { root } from '../scripts/build.js';

export async function startApp({ port, pgPort, env = {} }) {
	const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fk-bench-'));
	fs.chmodSync(dataDir, 0o755);
	// BENCH_NODE_ARGS passes flags to the app's node, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
	const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
	const child = spawn(process.execPath, [...nodeArgs, path.join(root, 'server/index.js')], {
		cwd: root,
		env: {
			...process.env,
			PORT: String(port),
			ORIGIN: `http://localhost:${port}`,
			FK_DATA_DIR: dataDir,
			FK_PG_PORT: String(pgPort),
			LOG_LEVEL: 'warn',
			NODE_ENV: 'production',
			// A production start without DATABASE_URL refuses unless the embedded server is asked for.
			FK_EMBEDDED_DB: '1',
			// The test build (build-test/): the scenarios make users and events through test-api.
			FK_BUILD: 'test',
			FK_TEST_MODE: '1',
			...env
		},
		stdio: ['ignore', 'inherit', 'inherit']
	});
	const base = `http://localhost:${port}`;
	for (let i = 0; i < 240; i++) {
		try {
			const r = await fetch(`${base}/helse`);
			if (r.ok) break;
		} catch {
			/* not up yet */
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	return {
		base,
		child,
		async stop() {
			child.kill('SIGTERM');
			await new Promise((r) => child.once('exit', r));
			fs.rmSync(dataDir, { recursive: true, force: true });
		}
	};
}

export function cannon(opts) {
	return new Promise((resolve, reject) => {
		autocannon({ connections: 50, duration: 10, ...opts }, (err, res) =>
			err ? reject(err) : resolve(res)
		);
	});
}

export function summary(res) {
	return {
		requestsPerSecond: Math.round(res.requests.average),
		latencyMs: {
			p50: res.latency.p50,
			p90: res.latency.p90,
			p99: res.latency.p99,
			max: res.latency.max
		},
		non2xx: res.non2xx,
		errors: res.errors,
		timeouts: res.timeouts
	};
}

export function table(rows) {
	const cols = Object.keys(rows[0] ?? {});
	const widths = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
	const line = (vals) => vals.map((v, i) => String(v).padEnd(widths[i])).join('  ');
	return [
		line(cols),
		line(widths.map((w) => '-'.repeat(w))),
		...rows.map((r) => line(cols.map((c) => r[c])))
	].join('\n');
}
