import { redirect } from '@sveltejs/kit';
import { newsPage, newsYears } from '$lib/server/content/news.service';
import type { PageServerLoad } from './$types';
import { notFoundPage } from '$lib/server/http';
import { l } from '$lib/i18n';
import { withImages } from '$lib/server/content/image-views';

export const load: PageServerLoad = async ({ url }) => {
	const raw = url.searchParams.get('side');
	let page = 1;
	if (raw !== null) {
		if (!/^\d{1,6}$/.test(raw)) notFoundPage('problems.pages.page');
		page = Number(raw);
		if (page <= 1) redirect(301, l('/nyheter'));
	}
	const [list, years] = await Promise.all([newsPage(page), newsYears()]);
	if (page > list.pages) notFoundPage('problems.pages.page');
	return { list: { ...list, items: await withImages('nyhet', list.items) }, years };
};
