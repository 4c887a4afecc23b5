import { redirect } from '@sveltejs/kit';
import { nrOf } from '$lib/server/fremtidsbilde/route-kit';
import { l } from '$lib/i18n';
import type { PageServerLoad } from './$types';
import { orRefused } from '$lib/server/http';

/** The municipality's workspace is its fremtidsbilde. */
export const load: PageServerLoad = ({ params }) =>
	orRefused(async () => {
		redirect(303, l(`/kommuner/${nrOf(params)}/fremtidsbilde`));
	});
