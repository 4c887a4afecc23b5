/**
 * Start-up, run once by SvelteKit's `init` hook before the first request:
 * database (embedded or DATABASE_URL) → migrations → reference data → demo content when
 * the database is empty → job runner. Shutdown stops them again.
 */
import { checkConfig, config } from './config';
import { connect, disconnect, db, pool } from './db/client';
import { startEmbedded, type EmbeddedServer } from './db/embedded';
import { runMigrations } from './db/migrate';
import { loadReferenceData } from './geo/reference';
import { loadDemoIfEmpty, loadDemoImagesIfMissing } from './demo';
import { startJobs, stopJobs } from './jobs/runner';
import './jobs/all';
import { log } from './log';
import { afterStart } from './start-hooks';
import { startPublicCacheListener, stopPublicCacheListener } from './cache/public-cache';

const g = globalThis as typeof globalThis & { __fkBoot?: Promise<void> };

export function bootstrap(): Promise<void> {
	g.__fkBoot ??= boot();
	return g.__fkBoot;
}

async function boot() {
	const started = Date.now();
	// Every setting read and checked first: a bad value stops the start with its message.
	checkConfig();
	let embedded: EmbeddedServer | undefined;
	let url = config.databaseUrl;
	if (!url) {
		embedded = await startEmbedded(config.dataDir, config.embeddedPort);
		url = embedded.url;
	}
	connect(url, config.dbPoolSize, {
		statementMs: config.statementTimeoutMs,
		lockMs: config.lockTimeoutMs
	});
	await runMigrations(db, pool);
	// The public page cache is on only while this node hears the others' invalidations.
	await startPublicCacheListener(url);
	await loadReferenceData(db);
	if (config.loadDemo) {
		await loadDemoIfEmpty({ fictional: config.loadFictionalDemo });
		await loadDemoImagesIfMissing();
	}
	if (config.runJobs) await startJobs(url, config.jobsPoolSize);
	await afterStart();
	log.info('Klar', {
		ms: Date.now() - started,
		database: embedded ? `innebygd (${config.dataDir}/pg)` : 'DATABASE_URL'
	});

	let stopping: Promise<void> | undefined;
	const stop = () =>
		(stopping ??= (async () => {
			await stopJobs().catch((e) => log.warn('Jobbkjøringen stoppet ikke rent', { error: e }));
			await stopPublicCacheListener().catch(() => undefined);
			await disconnect().catch(() => undefined);
			await embedded?.stop().catch(() => undefined);
			log.info('Stoppet');
		})());
	// server/index.js (and adapter-node's own server) emit this once the HTTP server is closed.
	process.once('sveltekit:shutdown' as 'beforeExit', () => void stop().then(() => process.exit(0)));
	// Without that server (vite dev): stop on the signal itself.
	process.once('SIGINT', () => void stop().then(() => process.exit(130)));
	process.once('SIGTERM', () => void stop().then(() => process.exit(143)));
}
