import { listActions } from '$lib/server/fremtidsbilde/actions.service';
import { chosenGoals } from '$lib/server/fremtidsbilde/workspace.service';
import { nrOf } from '$lib/server/fremtidsbilde/route-kit';
import type { PageServerLoad } from './$types';
import { orRefused } from '$lib/server/http';

export const load: PageServerLoad = ({ params, locals, url }) =>
	orRefused(async () => {
		const nr = nrOf(params);
		const [actions, goals] = await Promise.all([
			listActions(locals.user, nr),
			chosenGoals(locals.user, nr)
		]);
		return {
			actions,
			goals: goals.map((g) => ({ id: g.id, title: g.title })),
			byGoal: url.searchParams.get('visning') === 'mal',
			deleted: url.searchParams.has('slettet')
		};
	});
