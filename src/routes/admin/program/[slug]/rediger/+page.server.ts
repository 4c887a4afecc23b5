import {
	managedProgramme,
	programmeFormPage,
	saveProgrammeAction
} from '$lib/server/programmes/route-kit';
import { editorTranslations } from '$lib/server/content/desk';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const programme = await managedProgramme(locals.user, params.slug);
	return {
		programme: { slug: programme.slug, name: programme.name },
		...(await programmeFormPage(locals.user!, programme)),
		translations: await editorTranslations(locals.user!, 'program', programme.id)
	};
};

export const actions: Actions = {
	lagre: async ({ request, locals, params }) => {
		const programme = await managedProgramme(locals.user, params.slug);
		return saveProgrammeAction(locals.user!, programme.slug, request);
	}
};
