/**
 * Start-up, run once by SvelteKit's `init` hook before the first request:
 * database (embedded or DATABASE_URL) → migrations → reference data → demo content when
 * the database is empty → job runner. Shutdown stops them again.
 */
import { config } from './config';
import { connect, disconnect, db, pool } from './db/client';
import { startEmbedded, type EmbeddedServer } from './db/embedded';
import { runMigrations } from './db/migrate';
import { loadReferenceData } from './geo/reference';
import { loadDemoIfEmpty } from './demo';
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
	let embedded: EmbeddedServer | undefined;
	let url = config.databaseUrl;
	if (!url) {
		embedded = await startEmbedded(config.dataDir, config.embeddedPort);
		url = embedded.url;
	}
	connect(url);
	await runMigrations(db, pool);
	// The public page cache is on only while this node hears the others' invalidations.
	await startPublicCacheListener(url);
	await loadReferenceData(db);
	if (config.loadDemo) await loadDemoIfEmpty();
	if (config.runJobs) await startJobs(url);
	await afterStart();
	log.info('Klar', {
		ms: Date.now() - started,
		database: embedded ? `innebygd (${config.dataDir}/pg)` : 'DATABASE_URL'
	});

	let stopping = false;
	const stop = async () => {
		if (stopping) return;
		stopping = true;
		await stopJobs().catch(() => undefined);
		await stopPublicCacheListener().catch(() => undefined);
		await disconnect().catch(() => undefined);
		await embedded?.stop().catch(() => undefined);
	};
	process.once('sveltekit:shutdown' as 'beforeExit', () => void stop());
	process.once('SIGINT', () => void stop().then(() => process.exit(130)));
	process.once('SIGTERM', () => void stop().then(() => process.exit(143)));
}
