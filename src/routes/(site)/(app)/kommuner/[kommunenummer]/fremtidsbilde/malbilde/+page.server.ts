import { chosenGoals } from '$lib/server/fremtidsbilde/workspace.service';
import { listIndicators } from '$lib/server/fremtidsbilde/indicators.service';
import { nrOf } from '$lib/server/fremtidsbilde/route-kit';
import type { PageServerLoad } from './$types';
import { orRefused } from '$lib/server/http';

export const load: PageServerLoad = ({ params, locals, url }) =>
	orRefused(async () => ({
		goals: await chosenGoals(locals.user, nrOf(params)),
		indicators: await listIndicators(locals.user, nrOf(params)),
		indicatorDeleted: url.searchParams.get('indikator') === 'slettet'
	}));
