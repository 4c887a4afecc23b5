import { programmeFormPage, saveProgrammeAction } from '$lib/server/programmes/route-kit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => programmeFormPage(locals.user!, null);

export const actions: Actions = {
	lagre: async ({ request, locals }) => saveProgrammeAction(locals.user!, null, request)
};
