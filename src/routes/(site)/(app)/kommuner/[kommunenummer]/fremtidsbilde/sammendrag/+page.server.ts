import { summaryOf } from '$lib/server/fremtidsbilde/summary.service';
import { nrOf } from '$lib/server/fremtidsbilde/route-kit';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals, url }) => ({
	summary: await summaryOf(locals.user, nrOf(params), {
		withNames: url.searchParams.get('navn') === '1'
	})
});
