import { overviewOf } from '$lib/server/fremtidsbilde/summary.service';
import { nrOf } from '$lib/server/fremtidsbilde/route-kit';
import type { PageServerLoad } from './$types';
import { orRefused } from '$lib/server/http';

export const load: PageServerLoad = ({ params, locals }) =>
	orRefused(async () => ({
		overview: await overviewOf(locals.user, nrOf(params))
	}));
