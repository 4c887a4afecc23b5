import { adminOverview } from '$lib/server/admin-overview';
import { actorOf, orRefused } from '$lib/server/http';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => ({
	overview: await orRefused(() => adminOverview(actorOf(locals))),
	welcome: url.searchParams.has('velkommen')
});
