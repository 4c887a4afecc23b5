// Shared by `npm run backup` and `npm run restore`: paths the operator typed, and the
// TypeScript backup module (src/lib/server/db/backup.ts) loaded through tsx, so the scripts,
// the app and the tests share one implementation.
import path from 'node:path';
import { register } from 'tsx/esm/api';
import { root } from './build.js';

/** A path given on the command line, relative to where `npm run` was typed. */
export function fromCommandLine(p) {
	return path.resolve(process.env.INIT_CWD ?? process.cwd(), p);
}

/** Loads the backup module and the configuration (after the paths are resolved). */
export async function load() {
	process.chdir(root);
	register();
	const backup = await import('../src/lib/server/db/backup.ts');
	const { config } = await import('../src/lib/server/config.ts');
	return { backup, config };
}

/** Runs `main`; an operator's error (BackupError) is one line, anything else its stack. */
export async function run(main) {
	try {
		await main();
		process.exit(0);
	} catch (e) {
		const err = /** @type {Error} */ (e);
		console.error(err.constructor?.name === 'BackupError' ? `\n${err.message}\n` : err);
		process.exit(1);
	}
}
