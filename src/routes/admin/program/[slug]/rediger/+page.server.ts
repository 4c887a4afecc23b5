import {
	managedProgramme,
	programmeFormPage,
	saveProgrammeAction
} from '$lib/server/programmes/route-kit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const programme = await managedProgramme(locals.user, params.slug);
	return {
		programme: { slug: programme.slug, name: programme.name },
		...(await programmeFormPage(locals.user!, programme))
	};
};

export const actions: Actions = {
	lagre: async ({ request, locals, params }) => {
		const programme = await managedProgramme(locals.user, params.slug);
		return saveProgrammeAction(locals.user!, programme.slug, request);
	}
};
