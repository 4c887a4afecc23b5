import { development } from '$lib/server/fremtidsbilde/rounds.service';
import { stakeholdersOf } from '$lib/server/fremtidsbilde/pictures.service';
import { gapChart } from '$lib/server/fremtidsbilde/chart';
import { nrOf } from '$lib/server/fremtidsbilde/route-kit';
import type { PageServerLoad } from './$types';
import { orRefused } from '$lib/server/http';

export const load: PageServerLoad = ({ params, locals }) =>
	orRefused(async () => {
		const dev = await development(locals.user, nrOf(params));
		const stake = await stakeholdersOf(dev.goals.map((g) => g.id));
		return {
			chart: dev.goals.length ? gapChart(dev.goals) : null,
			goals: dev.goals.map((g) => ({
				id: g.id,
				title: g.title,
				targetLevel: g.targetLevel,
				current: g.current,
				gap: g.gap,
				stakeholders: stake.filter((s) => s.workspaceGoalId === g.id)
			}))
		};
	});
