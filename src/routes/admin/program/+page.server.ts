import { listProgrammesAdmin } from '$lib/server/programmes/programmes.admin';
import { actorOf, orRefused } from '$lib/server/http';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	items: await orRefused(() => listProgrammesAdmin(actorOf(locals)))
});
