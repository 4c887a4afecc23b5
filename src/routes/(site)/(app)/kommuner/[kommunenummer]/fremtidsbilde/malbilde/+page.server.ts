import { chosenGoals } from '$lib/server/fremtidsbilde/workspace.service';
import { nrOf } from '$lib/server/fremtidsbilde/route-kit';
import type { PageServerLoad } from './$types';
import { orRefused } from '$lib/server/http';

export const load: PageServerLoad = ({ params, locals }) =>
	orRefused(async () => ({
		goals: await chosenGoals(locals.user, nrOf(params))
	}));
