import { nrOf } from '$lib/server/fremtidsbilde/route-kit';
import { tasksForMunicipality } from '$lib/server/programmes/tasks.service';
import { findMunicipality } from '$lib/server/events/municipalities';
import { can } from '$lib/server/accounts/permissions';
import type { PageServerLoad } from './$types';
import { notFoundPage, orRefused } from '$lib/server/http';

export const load: PageServerLoad = (event) =>
	orRefused(async () => {
		const nr = nrOf(event.params);
		const tasks = await tasksForMunicipality(event.locals.user, nr);
		const found = await findMunicipality(nr);
		if (found.kind !== 'found') notFoundPage('problems.pages.municipality');
		return {
			nr,
			name: found.choice.label,
			tasks,
			member: can.participate(event.locals.user, nr)
		};
	});
