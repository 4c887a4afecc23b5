import { publicProgramme } from '$lib/server/programmes/programmes.public';
import { currentCall } from '$lib/server/programmes/calls.service';
import type { PageServerLoad } from './$types';
import { notFoundPage } from '$lib/server/http';

export const load: PageServerLoad = async ({ params }) => {
	const programme = await publicProgramme(params.slug);
	if (!programme) notFoundPage('problems.pages.programmePublic');
	return { programme, call: await currentCall(programme.id) };
};
