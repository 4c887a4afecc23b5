import { error } from '@sveltejs/kit';
import { nrOf } from '$lib/server/fremtidsbilde/route-kit';
import { tasksForMunicipality } from '$lib/server/programmes/tasks.service';
import { findMunicipality } from '$lib/server/events/municipalities';
import { can } from '$lib/server/accounts/permissions';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const nr = nrOf(event.params);
	const tasks = await tasksForMunicipality(event.locals.user, nr);
	const found = await findMunicipality(nr);
	if (found.kind !== 'found') error(404, 'Kommunen finnes ikke');
	return {
		nr,
		name: found.choice.label,
		tasks,
		member: can.participate(event.locals.user, nr)
	};
};
