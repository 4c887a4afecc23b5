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

/**
 * A whole number setting in [min, max]; unset gives the default. A value that is not one
 * (typo, unit, out of range) is an error at start, not a quiet fallback: see `checkConfig`.
 */
function setting(name: string, fallback: number, min: number, max: number): number {
	const raw = process.env[name]?.trim();
	if (!raw) return fallback;
	if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
		throw new ConfigError(
			`${name}=${JSON.stringify(process.env[name])} er ikke gyldig: skriv et heltall fra ${min} til ${max} (standard ${fallback}).`
		);
	}
	return Number(raw);
}

export class ConfigError extends Error {}

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
	/** Load the seed content into an empty database (default on; FK_DEMO=0 skips all). */
	get loadDemo() {
		return process.env.FK_DEMO !== '0';
	},
	/**
	 * Also the fictional demo people (members, fremtidsbilder, registrations, applications):
	 * FK_DEMO=1, or unset on the embedded default (`npm start` with neither DATABASE_URL nor
	 * NODE_ENV=production). Never on a real server unless asked for.
	 */
	get loadFictionalDemo() {
		const v = process.env.FK_DEMO;
		if (v === '1') return true;
		if (v) return false;
		return !this.databaseUrl && !this.production;
	},
	/** Start the job runner's workers (off in unit tests, which call the work directly). */
	get runJobs() {
		return process.env.FK_JOBS !== '0';
	},
	get logLevel() {
		return process.env.LOG_LEVEL ?? 'info';
	},
	/** Started as production (NODE_ENV=production, as an operator's service sets it). */
	get production() {
		// Bracket access: a bundler must not replace this at build time.
		return process.env['NODE_ENV'] === 'production';
	},
	/** FK_EMBEDDED_DB=1: run the embedded PostgreSQL in production on purpose (one node). */
	get embeddedDbWanted() {
		return process.env.FK_EMBEDDED_DB === '1';
	},
	/**
	 * Connections in the app's pool, per node (default 14). With the job runner's 4 that is
	 * 18 a node: five nodes use 90 of PostgreSQL's default max_connections = 100 (3 of them
	 * reserved for superusers), with room for backups and an admin's psql.
	 */
	get dbPoolSize() {
		return setting('FK_DB_POOL_SIZE', 14, 1, 500);
	},
	/** Connections in the job runner's (pg-boss) own pool, per node (default 4). */
	get jobsPoolSize() {
		return setting('FK_JOBS_POOL_SIZE', 4, 1, 100);
	},
	/**
	 * Longest time one statement of the app may run (default 30 s; 0 = no limit). Migrations
	 * run without it. Set on each connection of the app's pool.
	 */
	get statementTimeoutMs() {
		return setting('FK_STATEMENT_TIMEOUT_MS', 30_000, 0, 3_600_000);
	},
	/**
	 * Longest time a statement waits for a row or table lock (default 5 s; 0 = no limit).
	 * A registration that waits longer on a busy event is told to try again in a moment.
	 */
	get lockTimeoutMs() {
		return setting('FK_LOCK_TIMEOUT_MS', 5_000, 0, 3_600_000);
	}
};

/**
 * Reads every setting once at start and throws one ConfigError listing every bad value,
 * so a typo stops the app with a clear message instead of surfacing later.
 */
export function checkConfig(): void {
	const problems: string[] = [];
	const read = (f: () => unknown) => {
		try {
			f();
		} catch (e) {
			if (e instanceof ConfigError) problems.push(e.message);
			else throw e;
		}
	};
	read(() => config.dbPoolSize);
	read(() => config.jobsPoolSize);
	read(() => config.statementTimeoutMs);
	read(() => config.lockTimeoutMs);
	const demo = process.env.FK_DEMO;
	if (demo && demo !== '0' && demo !== '1')
		problems.push(
			`FK_DEMO=${JSON.stringify(demo)} er ikke gyldig: 1 (med demopersoner), 0 (uten noe demoinnhold) eller tom.`
		);
	if (problems.length === 0) {
		const st = config.statementTimeoutMs;
		const lt = config.lockTimeoutMs;
		if (st > 0 && lt >= st)
			problems.push(
				`FK_LOCK_TIMEOUT_MS (${lt}) må være mindre enn FK_STATEMENT_TIMEOUT_MS (${st}), ellers virker den ikke.`
			);
	}
	if (config.production && !config.databaseUrl && !config.embeddedDbWanted)
		problems.push(
			'NODE_ENV=production uten DATABASE_URL: sett DATABASE_URL til PostgreSQL-serveren ' +
				'(postgres://bruker:passord@vert:5432/database), eller FK_EMBEDDED_DB=1 for å bruke ' +
				'den innebygde PostgreSQL-en med vilje (bare én node; se docs/drift.md).'
		);
	if (problems.length > 0)
		throw new ConfigError(`Ugyldige innstillinger:\n- ${problems.join('\n- ')}`);
}
