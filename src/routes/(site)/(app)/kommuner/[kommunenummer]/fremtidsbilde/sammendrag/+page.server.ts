import { summaryOf } from '$lib/server/fremtidsbilde/summary.service';
import { nrOf } from '$lib/server/fremtidsbilde/route-kit';
import type { PageServerLoad } from './$types';
import { orRefused } from '$lib/server/http';

export const load: PageServerLoad = ({ params, locals, url }) =>
	orRefused(async () => ({
		summary: await summaryOf(locals.user, nrOf(params), {
			withNames: url.searchParams.get('navn') === '1'
		})
	}));
