import { redirect } from '@sveltejs/kit';
import { newsInYear, newsYears } from '$lib/server/content/news.service';
import type { PageServerLoad } from './$types';
import { notFoundPage } from '$lib/server/http';
import { l } from '$lib/i18n';

export const load: PageServerLoad = async ({ params, url }) => {
	if (!/^\d{4}$/.test(params.year)) notFoundPage('problems.pages.page');
	const year = Number(params.year);
	const raw = url.searchParams.get('side');
	let page = 1;
	if (raw !== null) {
		if (!/^\d{1,6}$/.test(raw)) notFoundPage('problems.pages.page');
		page = Number(raw);
		if (page <= 1) redirect(301, l(`/nyheter/arkiv/${year}`));
	}
	const [list, years] = await Promise.all([newsInYear(year, page), newsYears()]);
	if (list.total === 0) notFoundPage('problems.pages.noNewsYear');
	if (page > list.pages) notFoundPage('problems.pages.page');
	return { year, list, years };
};
