import { error } from '@sveltejs/kit';
import { newsInYear, newsYears } from '$lib/server/content/news.service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	if (!/^\d{4}$/.test(params.year)) error(404, 'Siden finnes ikke');
	const year = Number(params.year);
	const [items, years] = await Promise.all([newsInYear(year), newsYears()]);
	if (items.length === 0) error(404, 'Ingen nyheter fra dette året');
	return { year, items, years };
};
