import { newsInYear, newsYears } from '$lib/server/content/news.service';
import type { PageServerLoad } from './$types';
import { notFoundPage } from '$lib/server/http';

export const load: PageServerLoad = async ({ params }) => {
	if (!/^\d{4}$/.test(params.year)) notFoundPage('problems.pages.page');
	const year = Number(params.year);
	const [items, years] = await Promise.all([newsInYear(year), newsYears()]);
	if (items.length === 0) notFoundPage('problems.pages.noNewsYear');
	return { year, items, years };
};
