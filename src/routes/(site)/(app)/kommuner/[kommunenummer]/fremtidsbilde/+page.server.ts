import { overviewOf } from '$lib/server/fremtidsbilde/summary.service';
import { nrOf } from '$lib/server/fremtidsbilde/route-kit';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => ({
	overview: await overviewOf(locals.user, nrOf(params))
});
