import { adminOverview } from '$lib/server/admin-overview';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => ({
	overview: await adminOverview(locals.user!),
	welcome: url.searchParams.has('velkommen')
});
