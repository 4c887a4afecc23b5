/**
 * Loads the starting content into an empty database, once (marked in app_settings).
 * Seed content (the programme's pages, news, resources, FAQ, named people, goals and their
 * statements, events, programmes and the open call) always; with `fictional` also the made-up
 * people: the demo municipalities' members and fremtidsbilder, registrations to the demo
 * events and applications to the call (config.loadFictionalDemo: the embedded default or
 * FK_DEMO=1).
 */
import { eq } from 'drizzle-orm';
import { db } from './db/client';
import { appSettings } from './content/schema';
import { now } from './clock';
import { log } from './log';
import { loadContentDemo } from './content/demo/load';
import { loadFremtidsbildeDemo } from './fremtidsbilde/demo';
import { loadEventsDemo } from './events/demo';
import { loadProgrammesDemo } from './programmes/demo';
import { loadCallsDemo } from './programmes/demo-calls';
import { loadTranslationsDemo } from './content/demo/translations';
import { refreshSearchWords } from './search/words';
import { loadImagesDemo } from './content/demo/images';

const MARK = 'demo_loaded_at';

export async function loadDemoIfEmpty({ fictional = true }: { fictional?: boolean } = {}) {
	return db.transaction(async (tx) => {
		// Many statements in one transaction, and another node may hold the lock while it
		// loads: no statement or lock timeout here.
		await tx.execute('set local statement_timeout = 0');
		await tx.execute('set local lock_timeout = 0');
		await tx.execute('select pg_advisory_xact_lock(727002)');
		const done = await tx.select().from(appSettings).where(eq(appSettings.key, MARK));
		if (done.length > 0) return false;
		await loadContentDemo(tx);
		await loadFremtidsbildeDemo(tx, { people: fictional });
		await loadEventsDemo(tx, { people: fictional });
		await loadProgrammesDemo(tx);
		// After the programmes' demo (it looks the regional programme up by slug).
		await loadCallsDemo(tx, { applications: fictional });
		// The nynorsk and English versions of pages, news and an event loaded above.
		await loadTranslationsDemo(tx);
		// The words for the search's «Mente du …?» (the job keeps them up to date after this).
		await refreshSearchWords(tx);
		await tx.insert(appSettings).values({ key: MARK, value: now().toISOString() });
		log.info(fictional ? 'Demoinnhold lastet inn' : 'Startinnhold lastet inn (uten demopersoner)');
		return true;
	});
}

const IMAGES_MARK = 'demo_images_loaded_at';

/**
 * The demo's illustrations as main images of its pages, news, resources and events: once, at
 * start-up after the demo content (bootstrap.ts), apart from it because resizing them takes
 * a few seconds of the CPU, which tests that load the demo content need not spend. A site
 * whose demo content was loaded before the pictures existed gets them at its next start.
 */
export async function loadDemoImagesIfMissing() {
	return db.transaction(async (tx) => {
		await tx.execute('set local statement_timeout = 0');
		await tx.execute('set local lock_timeout = 0');
		await tx.execute('select pg_advisory_xact_lock(727003)');
		const demo = await tx.select().from(appSettings).where(eq(appSettings.key, MARK));
		const done = await tx.select().from(appSettings).where(eq(appSettings.key, IMAGES_MARK));
		if (demo.length === 0 || done.length > 0) return false;
		await loadImagesDemo(tx);
		await tx.insert(appSettings).values({ key: IMAGES_MARK, value: now().toISOString() });
		log.info('Demobilder lastet inn');
		return true;
	});
}
