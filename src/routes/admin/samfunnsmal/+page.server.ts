import { listGoalsAdmin } from '$lib/server/fremtidsbilde/goals.service';
import { actorOf, orRefused } from '$lib/server/http';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals }) => ({
	goals: await orRefused(() => listGoalsAdmin(actorOf(locals))),
	deleted: url.searchParams.has('slettet')
});
