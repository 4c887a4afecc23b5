import { managedProgramme } from '$lib/server/programmes/route-kit';
import { programmeOverview } from '$lib/server/programmes/overview';
import { actorOf, orRefused } from '$lib/server/http';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const programme = await managedProgramme(locals.user, params.slug);
	return {
		programme: { slug: programme.slug, name: programme.name },
		...(await orRefused(() => programmeOverview(actorOf(locals), programme)))
	};
};
