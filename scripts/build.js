// Builds the app when the build is missing or older than the sources (used by start and bench).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function newest(p) {
	if (!fs.existsSync(p)) return 0;
	const st = fs.statSync(p);
	if (!st.isDirectory()) return st.mtimeMs;
	let max = st.mtimeMs;
	for (const e of fs.readdirSync(p)) max = Math.max(max, newest(path.join(p, e)));
	return max;
}

export function ensureBuild() {
	const stamp = path.join(root, 'build', '.built-at');
	const sources = [
		'src',
		'static',
		'drizzle',
		'package-lock.json',
		'vite.config.ts',
		'tsconfig.json'
	];
	const built = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : 0;
	if (built >= Math.max(...sources.map((s) => newest(path.join(root, s))))) return;
	console.log('Bygger appen (første start eller endrede kilder) …');
	const r = spawnSync(
		process.execPath,
		[path.join(root, 'node_modules/vite/bin/vite.js'), 'build'],
		{
			cwd: root,
			stdio: ['ignore', 'ignore', 'inherit'],
			env: { ...process.env, NODE_ENV: 'production' }
		}
	);
	if (r.status !== 0) {
		console.error('Byggingen feilet.');
		process.exit(r.status ?? 1);
	}
	fs.writeFileSync(stamp, new Date().toISOString());
}
