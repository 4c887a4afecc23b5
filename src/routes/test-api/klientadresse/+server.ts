import { json } from '@sveltejs/kit';
import { requireTestMode } from '$lib/server/test-mode';
import { clientIp } from '$lib/server/http';
import type { RequestHandler } from './$types';

/**
 * Test mode: the client address as the app sees it (`clientIp`, which the sign-in limits key
 * on), so the multi-node test can check that a forged X-Forwarded-For does not get through
 * nginx. Test builds only, like every test endpoint.
 */
export const GET: RequestHandler = (event) => {
	requireTestMode();
	return json({ address: clientIp(event) }, { headers: { 'cache-control': 'no-store' } });
};
