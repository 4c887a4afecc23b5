import { json } from '@sveltejs/kit';
import { requireTestMode } from '$lib/server/test-mode';
import { createTestEvent, testEventCounts, type TestEventSpec } from '$lib/server/events/test-mode';
import type { RequestHandler } from './$types';

/** Test mode only: creates a published event (capacity, format, times, questions as asked). */
export const POST: RequestHandler = async ({ request }) => {
	requireTestMode();
	const spec = (await request.json().catch(() => ({}))) as TestEventSpec;
	return json(await createTestEvent(spec));
};

/** Test mode only: an event's seat counts (?id=…). */
export const GET: RequestHandler = async ({ url }) => {
	requireTestMode();
	const id = Number(url.searchParams.get('id'));
	if (!Number.isInteger(id)) return json({ error: 'id mangler' }, { status: 400 });
	return json(await testEventCounts(id));
};
