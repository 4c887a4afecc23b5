import { error } from '@sveltejs/kit';
import { newsInYear, newsYears } from '$lib/server/content/news.service';
import type { PageServerLoad } from './$types';
import { m } from '$lib/i18n';

export const load: PageServerLoad = async ({ params }) => {
	if (!/^\d{4}$/.test(params.year)) error(404, m.errors.notFoundTitle);
	const year = Number(params.year);
	const [items, years] = await Promise.all([newsInYear(year), newsYears()]);
	if (items.length === 0) error(404, m.errors.notFoundTitle);
	return { year, items, years };
};
