import { json } from '@sveltejs/kit';
import { requireTestMode } from '$lib/server/test-mode';
import { runRecurringNow } from '$lib/server/jobs/runner';
import type { RequestHandler } from './$types';

/** Test mode: run every recurring job (publishing, reminders, retention …) now, by the app's clock. */
export const POST: RequestHandler = async () => {
	requireTestMode();
	await runRecurringNow();
	return json({ ok: true });
};
