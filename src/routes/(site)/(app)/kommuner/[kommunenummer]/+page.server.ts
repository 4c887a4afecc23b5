import { redirect } from '@sveltejs/kit';
import { nrOf } from '$lib/server/fremtidsbilde/route-kit';
import { l } from '$lib/i18n';
import type { PageServerLoad } from './$types';

/** The municipality's workspace is its fremtidsbilde. */
export const load: PageServerLoad = ({ params }) => {
	redirect(303, l(`/kommuner/${nrOf(params)}/fremtidsbilde`));
};
