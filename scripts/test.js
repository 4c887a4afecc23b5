// `npm test`: typecheck, lint, unit tests, build, end-to-end tests, the multi-node test (three
// nodes behind the shipped nginx configuration) — stops at the first failure.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './chromium.js';
import { ensureNginx } from './nginx.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';

const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const steps = [
	['Typesjekk (svelte-check)', bin('svelte-kit'), ['sync']],
	[
		'Typesjekk (svelte-check)',
		bin('svelte-check'),
		['--tsconfig', './tsconfig.json', '--fail-on-warnings']
	],
	['Formatering (prettier)', bin('prettier'), ['--check', '.']],
	['Lint (eslint)', bin('eslint'), ['.']],
	['Enhetstester (vitest)', bin('vitest'), ['run']],
	// The test build (build-test/), with the test endpoints the journeys use.
	['Bygg (testbygg)', bin('vite'), ['build'], { FK_TEST_BUILD: '1' }],
	// kill -9, restart, second start refused, SIGTERM: about 20 s (scripts/crash-recovery.js).
	[
		'Krasj og omstart (innebygd PostgreSQL)',
		process.execPath,
		['scripts/crash-recovery.js', '--test-build']
	],
	['Ende-til-ende-tester (playwright)', bin('playwright'), ['test']],
	// Three app nodes on one PostgreSQL behind deploy/nginx (scripts/multi-node.js).
	['Flere noder bak nginx', process.execPath, [path.join(root, 'scripts/multi-node.js')]]
];

const browser = ensureChromium();
if (!browser.ok) {
	console.error(`\n${browser.message}\n`);
	process.exit(1);
}
const nginx = ensureNginx();
if (!nginx.ok) {
	console.error(`\n${nginx.message}\n`);
	process.exit(1);
}

for (const [label, cmd, args, env = {}] of steps) {
	const started = Date.now();
	console.log(`\n▶ ${label}: ${path.basename(cmd)} ${args.join(' ')}`);
	const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	if (r.status !== 0) {
		console.error(`\n✖ ${label} feilet (kode ${r.status ?? r.signal}).`);
		process.exit(r.status ?? 1);
	}
	console.log(`✔ ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
console.log('\nAlle tester bestått.');
