import { countyOptions, isEventType, publicEvents } from '$lib/server/events/events.service';
import { feedLinks } from '$lib/server/events/feeds';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const rawType = url.searchParams.get('type');
	const type = isEventType(rawType) ? rawType : null;
	const rawCounty = url.searchParams.get('fylke') ?? '';
	const counties = await countyOptions();
	const county =
		rawCounty === 'nasjonal' || counties.some((c) => c.number === rawCounty) ? rawCounty : null;
	const { upcoming, past } = await publicEvents({ type, county });
	return { upcoming, past, counties, filter: { type, county }, feeds: await feedLinks() };
};
