/**
 * Run-time configuration, read from the environment only (never from files in the repo).
 * Every setting has a safe default for `npm start` on a developer machine.
 */
import path from 'node:path';

/** Set at build time (vite.config.ts `define`); false when the code runs without Vite. */
export const TEST_BUILD = typeof __FK_TEST_BUILD__ !== 'undefined' && __FK_TEST_BUILD__;

function int(name: string, fallback: number): number {
	const raw = process.env[name];
	if (!raw) return fallback;
	const n = Number.parseInt(raw, 10);
	return Number.isFinite(n) ? n : fallback;
}

export const config = {
	get root() {
		return process.env.FK_ROOT ?? process.cwd();
	},
	/** PostgreSQL URL; when unset the app starts its own embedded server. */
	get databaseUrl() {
		return process.env.DATABASE_URL || undefined;
	},
	/** Where the embedded PostgreSQL keeps its files. */
	get dataDir() {
		return path.resolve(this.root, process.env.FK_DATA_DIR ?? 'data');
	},
	get embeddedPort() {
		return int('FK_PG_PORT', 54320);
	},
	get port() {
		return int('PORT', 3000);
	},
	get origin() {
		return (process.env.ORIGIN ?? `http://localhost:${this.port}`).replace(/\/$/, '');
	},
	get secureCookies() {
		return this.origin.startsWith('https://');
	},
	get smtpUrl() {
		return process.env.SMTP_URL || undefined;
	},
	get mailFrom() {
		return process.env.MAIL_FROM ?? 'Fremtidens kulturskole <ikke-svar@fremtidenskulturskole.no>';
	},
	/**
	 * Test hooks (controllable clock, job tick, test endpoints): only in a test build
	 * (scripts/test-build.js), and there only with FK_TEST_MODE=1. A production build has
	 * `__FK_TEST_BUILD__` false, so no environment variable turns them on.
	 */
	get testMode() {
		return TEST_BUILD && process.env.FK_TEST_MODE === '1';
	},
	/** Load demo content into an empty database (default on). */
	get loadDemo() {
		return process.env.FK_DEMO !== '0';
	},
	/** Start the job runner's workers (off in unit tests, which call the work directly). */
	get runJobs() {
		return process.env.FK_JOBS !== '0';
	},
	get logLevel() {
		return process.env.LOG_LEVEL ?? 'info';
	}
};
