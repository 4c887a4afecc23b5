// Builds the app when the build is missing or older than the sources (used by start and bench).
// `ensureBuild()` is the production build in build/; `ensureBuild({ test: true })` the test
// build in build-test/ (see scripts/test-build.js).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertNoTestCode, buildDir, TEST_BUILD_ENV } from './test-build.js';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function newest(p) {
	if (!fs.existsSync(p)) return 0;
	const st = fs.statSync(p);
	if (!st.isDirectory()) return st.mtimeMs;
	let max = st.mtimeMs;
	for (const e of fs.readdirSync(p)) max = Math.max(max, newest(path.join(p, e)));
	return max;
}

export function ensureBuild({ test = false } = {}) {
	const out = path.join(root, buildDir(test));
	const stamp = path.join(out, '.built-at');
	const sources = [
		'src',
		'static',
		'drizzle',
		'package-lock.json',
		'vite.config.ts',
		'scripts/test-build.js',
		'tsconfig.json'
	];
	const built = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : 0;
	if (built >= Math.max(...sources.map((s) => newest(path.join(root, s))))) return;
	console.log(
		test
			? 'Bygger testbygget (build-test/) …'
			: 'Bygger appen (første start eller endrede kilder) …'
	);
	const env = { ...process.env, NODE_ENV: 'production' };
	if (test) env[TEST_BUILD_ENV] = '1';
	else delete env[TEST_BUILD_ENV];
	const r = spawnSync(
		process.execPath,
		[path.join(root, 'node_modules/vite/bin/vite.js'), 'build'],
		{
			cwd: root,
			stdio: ['ignore', 'ignore', 'inherit'],
			env
		}
	);
	if (r.status !== 0) {
		console.error('Byggingen feilet.');
		process.exit(r.status ?? 1);
	}
	if (!test) {
		try {
			assertNoTestCode(out);
		} catch (e) {
			console.error(/** @type {Error} */ (e).message);
			process.exit(1);
		}
	}
	fs.writeFileSync(stamp, new Date().toISOString());
}
