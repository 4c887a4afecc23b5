import { error } from '@sveltejs/kit';
import { publicProgramme } from '$lib/server/programmes/programmes.public';
import { currentCall } from '$lib/server/programmes/calls.service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const programme = await publicProgramme(params.slug);
	if (!programme) error(404, 'Programmet finnes ikke');
	return {
		programme,
		languages: programme.languages,
		call: await currentCall(programme.id)
	};
};
