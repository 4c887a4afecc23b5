import { error, redirect } from '@sveltejs/kit';
import { newsPage, newsYears } from '$lib/server/content/news.service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const raw = url.searchParams.get('side');
	let page = 1;
	if (raw !== null) {
		if (!/^\d{1,6}$/.test(raw)) error(404, 'Siden finnes ikke');
		page = Number(raw);
		if (page <= 1) redirect(301, '/nyheter');
	}
	const [list, years] = await Promise.all([newsPage(page), newsYears()]);
	if (page > list.pages) error(404, 'Siden finnes ikke');
	return { list, years };
};
