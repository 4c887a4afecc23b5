import { json } from '@sveltejs/kit';
import { requireTestMode } from '$lib/server/test-mode';
import { now, resetClock, setNow } from '$lib/server/clock';
import { invalidatePublic } from '$lib/server/cache/public-cache';
import type { RequestHandler } from './$types';

/** Test mode: GET the app's time; POST {"at": ISO} to set it, {"reset": true} to return to real time. */
export const GET: RequestHandler = () => {
	requireTestMode();
	return json({ now: now().toISOString() });
};

export const POST: RequestHandler = async ({ request }) => {
	requireTestMode();
	const body = (await request.json().catch(() => ({}))) as { at?: string; reset?: boolean };
	if (body.reset) resetClock();
	else if (body.at && !Number.isNaN(Date.parse(body.at))) setNow(new Date(body.at));
	else return json({ error: 'at (ISO-tid) eller reset må oppgis' }, { status: 400 });
	invalidatePublic();
	return json({ now: now().toISOString() });
};
