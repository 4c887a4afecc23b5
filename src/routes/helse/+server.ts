import { json } from '@sveltejs/kit';
import { health } from '$lib/server/health';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () => {
	const h = await health();
	return json(h, { status: h.ok ? 200 : 503, headers: { 'cache-control': 'no-store' } });
};
