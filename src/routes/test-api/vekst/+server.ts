import { json } from '@sveltejs/kit';
import { requireTestMode } from '$lib/server/test-mode';
import { growTo, growthTargets } from '$lib/server/demo-growth';
import { invalidatePublic } from '$lib/server/cache/public-cache';
import type { RequestHandler } from './$types';

/**
 * Test mode only (the growth benchmark): POST {"factor": 10} grows the data to 10 × the demo;
 * answers the row counts and, under `targets`, the event, workspace and programme to measure.
 */
export const POST: RequestHandler = async ({ request }) => {
	requireTestMode();
	const body = (await request.json().catch(() => ({}))) as { factor?: number };
	const factor = Number(body.factor ?? 1);
	if (!Number.isInteger(factor) || factor < 1 || factor > 1000)
		return json({ error: 'factor må være et heltall 1–1000' }, { status: 400 });
	const counts = await growTo(factor);
	invalidatePublic();
	return json({ ...counts, targets: await growthTargets() });
};
