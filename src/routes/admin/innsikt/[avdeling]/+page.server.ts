import { loadInsight } from '$lib/server/insight/route-kit';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params, url }) =>
	loadInsight(locals, params.avdeling, url);
