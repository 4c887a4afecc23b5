import { listGoalsAdmin } from '$lib/server/fremtidsbilde/goals.service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => ({
	goals: await listGoalsAdmin(),
	deleted: url.searchParams.has('slettet')
});
