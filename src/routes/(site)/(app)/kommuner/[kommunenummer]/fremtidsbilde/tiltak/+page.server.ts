import { listActions } from '$lib/server/fremtidsbilde/actions.service';
import { chosenGoals } from '$lib/server/fremtidsbilde/workspace.service';
import { listIndicators } from '$lib/server/fremtidsbilde/indicators.service';
import { nrOf } from '$lib/server/fremtidsbilde/route-kit';
import type { PageServerLoad } from './$types';
import { orRefused } from '$lib/server/http';

export const load: PageServerLoad = ({ params, locals, url }) =>
	orRefused(async () => {
		const nr = nrOf(params);
		const [actions, goals, indicators] = await Promise.all([
			listActions(locals.user, nr),
			chosenGoals(locals.user, nr),
			listIndicators(locals.user, nr)
		]);
		return {
			actions,
			goals: goals.map((g) => ({ id: g.id, title: g.title })),
			indicators: indicators.map((i) => ({
				id: i.id,
				name: i.name,
				actionIds: i.actions.map((a) => a.id)
			})),
			byGoal: url.searchParams.get('visning') === 'mal',
			deleted: url.searchParams.has('slettet')
		};
	});
