import { error } from '@sveltejs/kit';
import { publicProgramme } from '$lib/server/programmes/programmes.public';
import { currentCall } from '$lib/server/programmes/calls.service';
import type { PageServerLoad } from './$types';
import { m } from '$lib/i18n';

export const load: PageServerLoad = async ({ params }) => {
	const programme = await publicProgramme(params.slug);
	if (!programme) error(404, m.pub.programmes.notFound);
	return { programme, call: await currentCall(programme.id) };
};
