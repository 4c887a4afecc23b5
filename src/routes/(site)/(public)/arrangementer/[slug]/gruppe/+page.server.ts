import { redirect } from '@sveltejs/kit';
import { coordinatedMunicipalities } from '$lib/server/events/registration/group';
import { noStore } from '$lib/server/http';
import { l } from '$lib/i18n';
import type { PageServerLoad } from './$types';

/**
 * From the event's page to the group form of the municipality this person coordinates (or a
 * choice of them). Personal, so never cached; signing in first when nobody is.
 */
export const load: PageServerLoad = async (event) => {
	noStore(event);
	const { params, locals } = event;
	const self = l(`/arrangementer/${params.slug}/gruppe`);
	if (!locals.user) redirect(303, `${l('/logg-inn')}?neste=${encodeURIComponent(self)}`);
	const mine = await coordinatedMunicipalities(locals.user);
	if (mine.length === 1) redirect(303, l(`/kommuner/${mine[0].number}/pamelding/${params.slug}`));
	return { slug: params.slug, municipalities: mine };
};
