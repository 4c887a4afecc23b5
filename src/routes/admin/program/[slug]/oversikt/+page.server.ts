import { managedProgramme } from '$lib/server/programmes/route-kit';
import { programmeOverview } from '$lib/server/programmes/overview';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const programme = await managedProgramme(locals.user, params.slug);
	return {
		programme: { slug: programme.slug, name: programme.name },
		...(await programmeOverview(programme.id))
	};
};
