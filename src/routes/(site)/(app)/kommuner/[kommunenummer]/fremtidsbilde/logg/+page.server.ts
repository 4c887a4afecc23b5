import { listLog, mayEditEntry } from '$lib/server/fremtidsbilde/actions.service';
import { nrOf } from '$lib/server/fremtidsbilde/route-kit';
import type { PageServerLoad } from './$types';
import { orRefused } from '$lib/server/http';

export const load: PageServerLoad = ({ params, locals, url }) =>
	orRefused(async () => {
		const nr = nrOf(params);
		const entries = await listLog(locals.user, nr);
		const cycles = [...new Set(entries.map((e) => e.cycle))].sort((a, b) => b - a);
		return {
			cycles: cycles.map((cycle) => ({
				cycle,
				entries: entries
					.filter((e) => e.cycle === cycle)
					.map((e) => ({ ...e, editable: mayEditEntry(locals.user, nr, e) }))
			})),
			deleted: url.searchParams.has('slettet')
		};
	});
