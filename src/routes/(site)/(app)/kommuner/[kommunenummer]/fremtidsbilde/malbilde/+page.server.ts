import { chosenGoals } from '$lib/server/fremtidsbilde/workspace.service';
import { nrOf } from '$lib/server/fremtidsbilde/route-kit';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => ({
	goals: await chosenGoals(locals.user, nrOf(params))
});
