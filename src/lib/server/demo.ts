/** Loads the demo content into an empty database, once (marked in app_settings). */
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

const MARK = 'demo_loaded_at';

export async function loadDemoIfEmpty(): Promise<boolean> {
	return db.transaction(async (tx) => {
		// Many statements in one transaction, and another node may hold the lock while it
		// loads: no statement or lock timeout here.
		await tx.execute('set local statement_timeout = 0');
		await tx.execute('set local lock_timeout = 0');
		await tx.execute('select pg_advisory_xact_lock(727002)');
		const done = await tx.select().from(appSettings).where(eq(appSettings.key, MARK));
		if (done.length > 0) return false;
		await loadContentDemo(tx);
		await loadFremtidsbildeDemo(tx);
		await loadEventsDemo(tx);
		await loadProgrammesDemo(tx);
		// After the programmes' demo (it looks the regional programme up by slug).
		await loadCallsDemo(tx);
		await tx.insert(appSettings).values({ key: MARK, value: now().toISOString() });
		log.info('Demoinnhold lastet inn');
		return true;
	});
}
